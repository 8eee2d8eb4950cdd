"""Letters to a selection: one PDF with a letter per recipient, or one file each; logged.

Every letter is written in its recipient's language with that language's version of the
template. The file appears whole and logged, or not at all: the PDF is staged beside its
place, the log lines are inserted, and the file is put in place just before the commit.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from alliance_desktop.domain.correspondence import (
    Audience,
    RunKind,
    SentItem,
    TemplateDraft,
    TemplateKind,
    TemplateRecord,
)
from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.domain.long_dates import long_date
from alliance_desktop.domain.messages import msg
from alliance_desktop.reports import UniqueNames, safe_filename, staged_file
from alliance_desktop.reports.letter_pdf import Letter, Letterhead, letter_bytes, render_letters
from alliance_desktop.services.base import Service
from alliance_desktop.services.correspondence.letter_settings import letterhead_in
from alliance_desktop.services.correspondence.log import record_run
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
    render_text,
)

ProgressCallback = Callable[[int, int], None]
"""``progress(done, total)``; raises Cancelled to stop (nothing is written then)."""


@dataclass(frozen=True, slots=True)
class LetterRun:
    """What a run wrote: the files, and the SHA-256 logged for each recipient."""

    files: tuple[Path, ...]
    pages: int
    items: tuple[SentItem, ...]
    run_uid: str


@dataclass(frozen=True, slots=True)
class LetterJob:
    """Letters for a printer: the PDF bytes and what to log once they are printed."""

    data: bytes
    sha256: str
    pages: int
    template: str
    items: tuple[SentItem, ...]


def make_letter(
    template: TemplateDraft, recipient_values: dict[str, str], address: Sequence[str], language: str
) -> Letter:
    """One letter's page content from a checked template and a recipient's values."""
    return Letter(
        language=language,
        address=tuple(address),
        date=long_date(dt.date.today(), language),
        subject=render_text(template.subject, recipient_values, "markup").strip()
        if template.subject.strip()
        else "",
        paragraphs=tuple(render_paragraphs(template.body, recipient_values, "markup")),
    )


def _report(progress: ProgressCallback | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


class LetterService(Service):
    """Letters from a template to members, signatories or applicants."""

    def preview(
        self, draft: TemplateDraft, uid: str | None = None, letterhead: Letterhead | None = None
    ) -> bytes:
        """One letter as PDF bytes with ``draft`` (not yet saved) for the record ``uid``
        (or sample values); nothing is logged. Refuses a template that does not render."""
        checked(draft)
        with self.db.read() as session:
            head = letterhead or letterhead_in(session, draft.language)
            if uid is not None:
                recipient = recipients_in(session, draft.audience, [uid], draft.language)[0]
                values, address = recipient.values, recipient.address_lines()
            else:
                values = sample_values(draft.audience, draft.language)
                address = [
                    "Łódź",
                    "Anna Kowalska, Focal point",
                    "ul. Piotrkowska 104",
                    "90-926 Łódź",
                    "POLAND" if draft.language == "en" else "POLOGNE",
                ]
        return letter_bytes([make_letter(draft, values, address, draft.language)], head)

    def _letters(
        self,
        session: Session,
        name: str,
        audience: Audience,
        uids: Sequence[str],
        language: str | None,
    ) -> tuple[list[tuple[Recipient, TemplateRecord]], dict[str, Letterhead]]:
        if not uids:
            raise RefusedError(msg("No recipients were chosen; there is no letter to write."))
        templates = template_set_in(session, name, TemplateKind.LETTER)
        for record in templates.values():
            if record.draft.audience is not audience:
                raise RefusedError(
                    msg("The template “{name}” is not written for these records.", name=name)
                )
            checked(record.draft)
        recipients = recipients_in(session, audience, uids, language)
        pairs = [(r, version_for(templates, r.language, name)) for r in recipients]
        heads = {lang: letterhead_in(session, lang) for lang in {r.language for r in recipients}}
        return pairs, heads

    def _drawn(
        self,
        pairs: list[tuple[Recipient, TemplateRecord]],
        heads: dict[str, Letterhead],
        progress: ProgressCallback | None,
        total: int,
    ) -> tuple[bytes, int]:
        buffer = io.BytesIO()
        letters = (make_letter(t.draft, r.values, r.address_lines(), r.language) for r, t in pairs)
        rendered = render_letters(letters, buffer, heads, lambda n: _steps(progress, n, total))
        return buffer.getvalue(), rendered.pages

    def make_pdf(
        self,
        name: str,
        audience: Audience,
        uids: Sequence[str],
        out: str | os.PathLike[str],
        language: str | None = None,
        progress: ProgressCallback | None = None,
    ) -> LetterRun:
        """All the letters in one PDF at ``out``, logged for each recipient."""
        _report(progress, 0, 0)
        TemplateService(self.db).ensure_defaults()
        with self.db.read() as session:
            pairs, heads = self._letters(session, name, audience, uids, language)
        total = len(pairs)
        data, pages = self._drawn(pairs, heads, progress, total)
        digest = hashlib.sha256(data).hexdigest()
        path = Path(out)
        items = tuple(_item(r, path.name, digest, t.name) for r, t in pairs)
        with staged_file(path, data, private=True) as put_in_place, self.db.write() as session:
            run_uid = record_run(session, self.user, RunKind.LETTER, template=name, items=items)
            put_in_place()
        return LetterRun((path,), pages, items, run_uid)

    def make_files(
        self,
        name: str,
        audience: Audience,
        uids: Sequence[str],
        out_dir: str | os.PathLike[str],
        language: str | None = None,
        progress: ProgressCallback | None = None,
    ) -> LetterRun:
        """One PDF per recipient in ``out_dir`` (safe, distinct names), all logged."""
        _report(progress, 0, 0)
        folder = Path(out_dir)
        if not folder.is_dir():
            raise RefusedError(msg("The folder {folder} does not exist.", folder=str(folder)))
        TemplateService(self.db).ensure_defaults()
        with self.db.read() as session:
            pairs, heads = self._letters(session, name, audience, uids, language)
        names = UniqueNames(p.name for p in folder.iterdir())
        staged: list[tuple[Path, bytes]] = []
        items: list[SentItem] = []
        pages = 0
        for done, (recipient, template) in enumerate(pairs, start=1):
            letter = make_letter(
                template.draft, recipient.values, recipient.address_lines(), recipient.language
            )
            buffer = io.BytesIO()
            rendered = render_letters([letter], buffer, heads[recipient.language])
            pages += rendered.pages
            file_name = names.allocate(
                safe_filename(f"{template.name} – {recipient.label}", ".pdf", fallback="letter")
            )
            staged.append((folder / file_name, buffer.getvalue()))
            items.append(_item(recipient, file_name, rendered.sha256, template.name))
            _report(progress, done, len(pairs))
        with contextlib.ExitStack() as stack:
            puts = [
                stack.enter_context(staged_file(path, data, private=True)) for path, data in staged
            ]
            with self.db.write() as session:
                run_uid = record_run(session, self.user, RunKind.LETTER, template=name, items=items)
                for put in puts:
                    put()
        return LetterRun(tuple(p for p, _d in staged), pages, tuple(items), run_uid)

    def print_job(
        self,
        name: str,
        audience: Audience,
        uids: Sequence[str],
        language: str | None = None,
        progress: ProgressCallback | None = None,
    ) -> LetterJob:
        """The letters as PDF bytes for a printer; :meth:`register_printed` logs them after."""
        TemplateService(self.db).ensure_defaults()
        with self.db.read() as session:
            pairs, heads = self._letters(session, name, audience, uids, language)
        data, pages = self._drawn(pairs, heads, progress, len(pairs))
        digest = hashlib.sha256(data).hexdigest()
        items = tuple(_item(r, "", digest, t.name) for r, t in pairs)
        return LetterJob(data, digest, pages, name, items)

    def register_printed(self, job: LetterJob) -> str:
        with self.db.write() as session:
            return record_run(
                session, self.user, RunKind.LETTER, template=job.template, items=job.items
            )


def _steps(progress: ProgressCallback | None, done: int, total: int) -> bool:
    """The renderer's ``progress(done) -> bool``; a Cancelled from ``progress`` stops it."""
    if progress is not None:
        progress(done, total)
    return True


def _item(recipient: Recipient, file_name: str, digest: str, template: str) -> SentItem:
    return SentItem(
        entity=recipient.entity,
        entity_uid=recipient.uid,
        label=recipient.label,
        file_name=file_name,
        sha256=digest,
        language=recipient.language,
        template=template,
    )
