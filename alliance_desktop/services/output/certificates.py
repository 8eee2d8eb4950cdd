"""Certificates of signature: what each one says, printing them, and the register of issues.

A certificate is *issued* when its file has been written (or its pages sent to a printer):
only then is it registered, with its number, language, date, who issued it and the SHA-256
of the file. Reprinting a signature's certificate registers a new issue under the same
number. Rendering happens outside any database transaction; the combined PDF is put in
place inside the registering transaction, just before it commits, so a cancel or an error
at any earlier step leaves neither a file nor a registration.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from alliance_desktop import reports  # its ReportLab side loads when a certificate is made
from alliance_desktop.db.models import CertificateIssue, Signature
from alliance_desktop.domain.certificate_issues import (
    CertificateIssueRecord,
    IssuedFile,
    IssuedPdf,
)
from alliance_desktop.domain.countries import country_name
from alliance_desktop.domain.errors import NotFoundError, RefusedError
from alliance_desktop.domain.messages import msg
from alliance_desktop.reports import (
    CertificateData,
    CertificateLanguage,
    CertificateTexts,
    SignatureBlock,
    certificate_filename,
)
from alliance_desktop.services.base import Service
from alliance_desktop.services.org_settings import certificate_texts_in
from alliance_desktop.services.output.certificate_records import (
    KIND,
    LANGUAGES,
    certificate_data,
    chosen_language,
    register_issues_in,
    signatures_in,
    unique,
)

__all__ = [
    "LANGUAGES",
    "CertificateData",
    "CertificateLanguage",
    "CertificateService",
    "CertificateTexts",
    "PrintJob",
    "ProgressCallback",
    "SignatureBlock",
    "certificate_filename",
]


ProgressCallback = Callable[[int, int], None]
"""``progress(done, total)``; raises :class:`domain.errors.Cancelled` to stop the job.

``total`` is 0 while the job does not know its size yet (loading the signatures)."""

REGISTER_CHUNK = 250
"""Certificates registered between two progress reports (each is a cancel point)."""


@dataclass(frozen=True, slots=True)
class PrintJob:
    """Certificates rendered for a printer: the PDF bytes and what to register once printed."""

    data: bytes
    sha256: str
    pages: int
    signature_uids: tuple[str, ...]
    items: tuple[CertificateData, ...]


def _report(progress: ProgressCallback | None) -> ProgressCallback:
    return progress if progress is not None else (lambda _done, _total: None)


def _steps(report: ProgressCallback, total: int, start: int = 0) -> Callable[[int], bool]:
    """The renderer's ``progress(done) -> bool`` over a ``progress(done, total)`` callback.

    About 500 reports per job are enough for a progress bar; more would only flood the
    window with updates (each report is also where Cancel is noticed: every few ms).
    """
    every = max(1, total // 500)
    reported = [-every]

    def step(done: int) -> bool:
        if done - reported[0] >= every or start + done >= total:
            reported[0] = done
            report(start + done, total)  # raises Cancelled when the user pressed Cancel
        return True

    return step


def _issue_record(row: CertificateIssue, signature_uid: str, name: str) -> CertificateIssueRecord:
    return CertificateIssueRecord(
        certificate_no=row.certificate_no,
        signature_uid=signature_uid,
        name=name,
        language=row.language,
        issued_at=row.issued_at,
        issued_by=row.issued_by,
        sha256=row.sha256,
    )


class CertificateService(Service):
    """Prints certificates for signatures and keeps the register of every issue."""

    # --- What certificates say ----------------------------------------------------------

    def texts(self) -> CertificateTexts:
        with self.db.read() as session:
            return certificate_texts_in(session)

    def signature_uids(self, country: str | None = None) -> list[str]:
        """Every signature not in the Trash (of one country), by certificate number."""
        with self.db.read() as session:
            stmt = select(Signature.uid).where(Signature.deleted_at.is_(None))
            if country:
                stmt = stmt.where(Signature.country_code == country.upper())
            return list(session.scalars(stmt.order_by(Signature.certificate_no)))

    def data_for(
        self,
        uids: Sequence[str],
        language: str | None = None,
        issued_on: dt.date | None = None,
    ) -> list[CertificateData]:
        """What the certificates of these signatures say, in the order given.

        ``language`` is ``en``, ``fr`` or ``both``; None prints each in the language its
        signatory signed. ``issued_on`` defaults to today.
        """
        _texts, items = self._prepare(uids, language, issued_on)
        return [item for _uid, item in items]

    def preview(self, uid: str, language: str | None = None) -> bytes:
        """One certificate as PDF bytes, exactly as it will print; nothing is registered."""
        texts, items = self._prepare([uid], language, None)
        return reports.render_certificate_bytes(items[0][1], texts)

    def sample(
        self, texts: CertificateTexts, language: str = "en", uid: str | None = None
    ) -> bytes:
        """A certificate printed with ``texts`` (not yet saved), to preview settings.

        It shows the signature ``uid``, else the first signature by number, else a sample
        signatory. Nothing is registered.
        """
        chosen = chosen_language(language) or "en"
        day = dt.date.today()
        with self.db.read() as session:
            if uid is None:
                uid = session.scalars(
                    select(Signature.uid)
                    .where(Signature.deleted_at.is_(None))
                    .order_by(Signature.certificate_no)
                    .limit(1)
                ).first()
            rows = signatures_in(session, [uid]) if uid is not None else []
            item = (
                certificate_data(rows[0], chosen, day)
                if rows
                else CertificateData(
                    certificate_no=f"DAG-{day.year}-0000",
                    name="Łódź",
                    name_latin="Lodz",
                    country_en=country_name("PL", "en"),
                    country_fr=country_name("PL", "fr"),
                    signed_on=dt.date(2017, 3, 29),
                    issued_on=day,
                    language=chosen,
                    signer_name="Hanna Zdanowska",
                    signer_function="Mayor",
                    place="Strasbourg, 32nd Session",
                )
            )
        return reports.render_certificate_bytes(item, texts)

    # --- Printing -----------------------------------------------------------------------

    def make_pdf(
        self,
        uids: Sequence[str],
        out: str | os.PathLike[str],
        language: str | None = None,
        progress: ProgressCallback | None = None,
    ) -> IssuedPdf:
        """Print the certificates into one PDF at ``out`` (one page each) and register them.

        The file appears whole, registered, or not at all: it is drawn, written to a
        temporary file, the issues are inserted, and the file is put in place just before
        the transaction commits. ``progress`` runs over 3 × N steps (drawing, assembling the
        file, registering); a Cancel it raises at any step leaves no file and no issue.
        """
        report = _report(progress)
        report(0, 0)  # at once: loading thousands of signatures takes a moment
        texts, items = self._prepare(uids, language, None)
        count = len(items)
        total = 3 * count
        report(0, total)
        buffer = io.BytesIO()
        rendered = reports.render_certificates(
            [item for _uid, item in items], buffer, texts, _steps(report, total)
        )
        path = Path(out)
        placed: list[Path] = []
        with reports.staged_file(path, buffer.getvalue()) as put_in_place:

            def finish() -> None:
                put_in_place()
                placed.append(path)

            try:
                issues = self._register(
                    [(uid, item, rendered.sha256) for uid, item in items],
                    _steps(report, total, 2 * count),
                    finish,
                )
            except BaseException:
                # The commit failed after the file was put in place: it is not issued.
                for written in placed:
                    with contextlib.suppress(OSError):
                        written.unlink()
                raise
        return IssuedPdf(path, rendered.sha256, rendered.size, rendered.pages, tuple(issues))

    def make_files(
        self,
        uids: Sequence[str],
        out_dir: str | os.PathLike[str],
        language: str | None = None,
        progress: ProgressCallback | None = None,
    ) -> list[IssuedFile]:
        """Print each certificate into its own PDF in ``out_dir`` and register each one.

        File names are safe on every system and never collide (``DAG-2018-0042 Łódź.pdf``,
        ``… (2).pdf``); all files appear together at the end, or none of them does.
        """
        report = _report(progress)
        report(0, 0)
        texts, items = self._prepare(uids, language, None)
        total = 2 * len(items)
        written = reports.write_certificate_files(
            [item for _uid, item in items], out_dir, texts, _steps(report, total)
        )
        try:
            issues = self._register(
                [
                    (uid, item, file.sha256)
                    for (uid, item), file in zip(items, written, strict=True)
                ],
                _steps(report, total, len(items)),
            )
        except BaseException:
            # Cancelled or failed while registering: the files are not issued.
            for file in written:
                with contextlib.suppress(OSError):
                    file.path.unlink()
            raise
        return [IssuedFile(file.path, issue) for file, issue in zip(written, issues, strict=True)]

    def print_job(
        self,
        uids: Sequence[str],
        language: str | None = None,
        progress: ProgressCallback | None = None,
    ) -> PrintJob:
        """The certificates as PDF bytes for a printer; call :meth:`register_printed` after."""
        report = _report(progress)
        report(0, 0)
        texts, items = self._prepare(uids, language, None)
        buffer = io.BytesIO()
        rendered = reports.render_certificates(
            [item for _uid, item in items], buffer, texts, _steps(report, 2 * len(items))
        )
        return PrintJob(
            data=buffer.getvalue(),
            sha256=rendered.sha256,
            pages=rendered.pages,
            signature_uids=tuple(uid for uid, _item in items),
            items=tuple(item for _uid, item in items),
        )

    def register_printed(self, job: PrintJob) -> list[CertificateIssueRecord]:
        """Register the certificates of ``job`` once its pages went to the printer."""
        return self._register(
            [
                (uid, item, job.sha256)
                for uid, item in zip(job.signature_uids, job.items, strict=True)
            ]
        )

    # --- The register -------------------------------------------------------------------

    def issues(self, signature_uid: str) -> list[CertificateIssueRecord]:
        """Every certificate issued for a signature, oldest first (for the Register view)."""
        with self.db.read() as session:
            signature = session.scalars(
                select(Signature)
                .where(Signature.uid == signature_uid)
                .options(selectinload(Signature.authority))
            ).one_or_none()
            if signature is None:
                raise NotFoundError(KIND, signature_uid)
            name = signature.authority.name if signature.authority else signature.signer_name
            rows = session.scalars(
                select(CertificateIssue)
                .where(CertificateIssue.signature_id == signature.id)
                .order_by(CertificateIssue.issued_at, CertificateIssue.id)
            )
            return [_issue_record(row, signature_uid, name) for row in rows]

    # --- Inside -------------------------------------------------------------------------

    def _prepare(
        self, uids: Sequence[str], language: str | None, issued_on: dt.date | None
    ) -> tuple[CertificateTexts, list[tuple[str, CertificateData]]]:
        chosen = chosen_language(language)
        wanted = unique(uids)
        if not wanted:
            raise RefusedError(msg("No signatures were chosen; there is no certificate to print."))
        day = issued_on or dt.date.today()
        with self.db.read() as session:
            texts = certificate_texts_in(session)
            rows = signatures_in(session, wanted)
            return texts, [(row.uid, certificate_data(row, chosen, day)) for row in rows]

    def _register(
        self,
        entries: Sequence[tuple[str, CertificateData, str]],
        step: Callable[[int], bool] | None = None,
        finish: Callable[[], None] | None = None,
    ) -> list[CertificateIssueRecord]:
        """One transaction: a register line and an audit entry per certificate issued.

        ``step(done)`` is called every :data:`REGISTER_CHUNK` certificates (a Cancelled it
        raises rolls everything back); ``finish()`` runs last, just before the commit.
        """
        with self.db.write() as session:
            records = register_issues_in(session, self.user, entries, step, REGISTER_CHUNK)
            if finish is not None:
                finish()
            return records
