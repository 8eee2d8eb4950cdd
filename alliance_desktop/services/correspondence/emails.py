"""E-mails to a selection without a mail server: one ``.eml`` per recipient, or ``mailto:``.

Each message is written in its recipient's language with that language's version of the
template, from the organisation's sender. Recipients without an address, or with one no
mail server would take, are not written to and are named in the result (so the window can
offer a letter instead). With ``attach_certificate`` each signatory's certificate is made on
the fly, attached and registered as issued, in the transaction that logs the e-mails; the
files appear together when it commits, or none does.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from alliance_desktop.domain.correspondence import (
    Audience,
    RunKind,
    SentItem,
    TemplateDraft,
    TemplateKind,
)
from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.domain.messages import msg
from alliance_desktop.reports import (
    CertificateData,
    UniqueNames,
    certificate_filename,
    render_certificates,
    safe_filename,
    staged_file,
)
from alliance_desktop.services.base import Service
from alliance_desktop.services.correspondence.letter_settings import (
    LetterSettings,
    letter_settings_in,
)
from alliance_desktop.services.correspondence.log import record_run
from alliance_desktop.services.correspondence.mail_messages import (
    build_message,
    checked_address,
    html_document,
    mailto_batches,
)
from alliance_desktop.services.correspondence.recipients import (
    Recipient,
    recipients_in,
    sample_values,
)
from alliance_desktop.services.correspondence.template_sets import template_set_in, version_for
from alliance_desktop.services.correspondence.template_store import TemplateService
from alliance_desktop.services.correspondence.templating import (
    checked,
    render_paragraphs,
    render_subject,
)
from alliance_desktop.services.org_settings import certificate_texts_in
from alliance_desktop.services.output.certificate_records import (
    certificate_data,
    register_issues_in,
    signatures_in,
)

ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class Unreachable:
    """A recipient no e-mail was written to: ``address`` is "" when there is none."""

    uid: str
    label: str
    address: str


@dataclass(frozen=True, slots=True)
class EmailRun:
    files: tuple[Path, ...]
    items: tuple[SentItem, ...]
    without_address: tuple[Unreachable, ...]
    invalid_address: tuple[Unreachable, ...]
    certificates: int
    run_uid: str


@dataclass(frozen=True, slots=True)
class MailtoPlan:
    urls: tuple[str, ...]
    addresses: int
    without_address: tuple[Unreachable, ...]
    invalid_address: tuple[Unreachable, ...]


def _split(
    recipients: Sequence[Recipient],
) -> tuple[list[tuple[Recipient, str]], list[Unreachable], list[Unreachable]]:
    reachable, missing, invalid = [], [], []
    for r in recipients:
        if not r.email.strip():
            missing.append(Unreachable(r.uid, r.label, ""))
            continue
        address = checked_address(r.email)
        if address is None:
            invalid.append(Unreachable(r.uid, r.label, r.email))
        else:
            reachable.append((r, address))
    return reachable, missing, invalid


def split_certificates(items: Sequence[CertificateData], texts: object) -> list[bytes]:
    """Each certificate as its own one-page PDF.

    Drawn together in one document (the page design and fonts are made once: 0.5 ms a page),
    then each page written out as a file with pypdf: ten times faster than a document per
    certificate, which embeds the fonts anew each time.
    """
    buffer = io.BytesIO()
    render_certificates(items, buffer, texts)  # type: ignore[arg-type]
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    result = []
    for page in reader.pages:
        writer = PdfWriter()
        writer.add_page(page)
        writer.add_metadata({"/Title": "", "/Creator": "Alliance Desktop"})
        out = io.BytesIO()
        writer.write(out)
        result.append(out.getvalue())
    return result


def _signature_lines(settings: LetterSettings, language: str) -> list[str]:
    """The sender's signature under the text: the signatory's name and title."""
    title = settings.signatory_title_fr if language == "fr" else settings.signatory_title_en
    lines = [line for line in (settings.signatory_name, title) if line.strip()]
    return ["\n".join(lines)] if lines else []


class EmailService(Service):
    """Writes e-mails as files, or plans ``mailto:`` links, for a selection."""

    def make_files(
        self,
        name: str,
        audience: Audience,
        uids: Sequence[str],
        out_dir: str | os.PathLike[str],
        language: str | None = None,
        attach_certificate: bool = False,
        progress: ProgressCallback | None = None,
    ) -> EmailRun:
        folder = Path(out_dir)
        if not folder.is_dir():
            raise RefusedError(msg("The folder {folder} does not exist.", folder=str(folder)))
        if not uids:
            raise RefusedError(msg("No recipients were chosen; there is no e-mail to write."))
        if attach_certificate and audience is not Audience.SIGNATORY:
            raise RefusedError(msg("Only signatories have a certificate to attach."))
        if progress is not None:
            progress(0, 0)
        TemplateService(self.db).ensure_defaults()
        with self.db.read() as session:
            templates = template_set_in(session, name, TemplateKind.EMAIL)
            for record in templates.values():
                if record.draft.audience is not audience:
                    raise RefusedError(
                        msg("The template “{name}” is not written for these records.", name=name)
                    )
                checked(record.draft)
            recipients = recipients_in(session, audience, uids, language)
            reachable, missing, invalid = _split(recipients)
            pairs = [(r, a, version_for(templates, r.language, name)) for r, a in reachable]
            settings = letter_settings_in(session)
            certificates: dict[str, tuple[CertificateData, bytes]] = {}
            if attach_certificate and pairs:
                texts = certificate_texts_in(session)
                rows = signatures_in(session, [r.uid for r, _a, _t in pairs])
                data = [certificate_data(row, None, dt.date.today()) for row in rows]
                pdfs = split_certificates(data, texts)
                certificates = {
                    row.uid: (item, pdf) for row, item, pdf in zip(rows, data, pdfs, strict=True)
                }
        sender = checked_address(settings.sender_email)
        if sender is None:
            raise RefusedError(
                msg("The sender's e-mail address in the letter settings is not valid.")
            )
        names = UniqueNames(p.name for p in folder.iterdir())
        staged: list[tuple[Path, bytes]] = []
        items: list[SentItem] = []
        for done, (recipient, address, template) in enumerate(pairs, start=1):
            values = recipient.values
            signature = _signature_lines(settings, recipient.language)
            plain = render_paragraphs(template.draft.body, values, "plain") + signature
            html = [
                *render_paragraphs(template.draft.body, values, "html"),
                *(escape(text, quote=False).replace("\n", "<br>") for text in signature),
            ]
            attachments = []
            if recipient.uid in certificates:
                item, pdf = certificates[recipient.uid]
                attachments.append((certificate_filename(item), pdf))
            message = build_message(
                sender_name=settings.sender_name,
                sender_email=sender,
                to_name=recipient.name or recipient.label,
                to_email=address,
                subject=render_subject(template.draft.subject, values),
                text="\n\n".join(plain) + "\n",
                html=html_document(html, recipient.language),
                language=recipient.language,
                attachments=attachments,
            )
            eml = message.as_bytes()
            file_name = names.allocate(
                safe_filename(f"{template.name} – {recipient.label}", ".eml", fallback="e-mail")
            )
            staged.append((folder / file_name, eml))
            items.append(
                SentItem(
                    entity=recipient.entity,
                    entity_uid=recipient.uid,
                    label=recipient.label,
                    file_name=file_name,
                    sha256=hashlib.sha256(eml).hexdigest(),
                    language=recipient.language,
                    template=template.name,
                )
            )
            if progress is not None:
                progress(done, len(pairs))
        if not staged:
            # Nobody to write to: nothing is written or logged; the caller names them all.
            return EmailRun((), (), tuple(missing), tuple(invalid), 0, "")
        with contextlib.ExitStack() as stack:
            puts = [
                stack.enter_context(staged_file(path, data, private=True)) for path, data in staged
            ]
            with self.db.write() as session:
                run_uid = record_run(session, self.user, RunKind.EMAIL, template=name, items=items)
                if certificates:
                    register_issues_in(
                        session,
                        self.user,
                        [
                            (uid, item, hashlib.sha256(pdf).hexdigest())
                            for uid, (item, pdf) in certificates.items()
                        ],
                    )
                for put in puts:
                    put()
        return EmailRun(
            files=tuple(path for path, _d in staged),
            items=tuple(items),
            without_address=tuple(missing),
            invalid_address=tuple(invalid),
            certificates=len(certificates),
            run_uid=run_uid,
        )

    def preview(self, draft: TemplateDraft, uid: str | None = None) -> tuple[str, str]:
        """The subject and HTML body ``draft`` gives for the record ``uid`` (or sample
        values); nothing is written or logged. Refuses a template that does not render."""
        checked(draft)
        with self.db.read() as session:
            settings = letter_settings_in(session)
            if uid is not None:
                values = recipients_in(session, draft.audience, [uid], draft.language)[0].values
            else:
                values = sample_values(draft.audience, draft.language)
        paragraphs = render_paragraphs(draft.body, values, "html")
        signature = _signature_lines(settings, draft.language)
        paragraphs += [escape(text, quote=False).replace("\n", "<br>") for text in signature]
        return render_subject(draft.subject, values), html_document(paragraphs, draft.language)

    def mailto(self, audience: Audience, uids: Sequence[str], subject: str = "") -> MailtoPlan:
        """``mailto:`` links with the recipients in BCC, in batches mail clients accept."""
        with self.db.read() as session:
            recipients = recipients_in(session, audience, uids)
        reachable, missing, invalid = _split(recipients)
        addresses = list(dict.fromkeys(address for _r, address in reachable))
        return MailtoPlan(
            tuple(mailto_batches(addresses, subject)),
            len(addresses),
            tuple(missing),
            tuple(invalid),
        )
