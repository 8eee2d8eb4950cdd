"""Exports: a tab's rows (as shown, or the whole register) written as CSV, XLSX or a PDF list."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from alliance_desktop.db.models import Application, Authority, Membership, Person
from alliance_desktop.domain.enums import (
    ApplicationStatus,
    AuditAction,
    AuthorityKind,
    Language,
    MembershipStatus,
)
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.exchange import (
    COLUMNS,
    PDF_COLUMNS,
    ColumnSpec,
    ListKind,
    describe_filter,
    header_row,
    write_csv,
    write_pdf_list,
    write_xlsx,
)
from alliance_desktop.exchange.labels import list_title, sheet_title

if TYPE_CHECKING:
    from alliance_desktop.services.data_safety.opening import Services

Progress = Callable[[int, int], None]
"""``progress(done, total)``; it raises Cancelled to stop (ui.background_task gives one)."""

# Audit entries of whole-list actions name the list, not a record.
LIST_ENTITY = "list"
NO_UID = ""


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    PDF = "pdf"


def format_for(path: str | os.PathLike[str], explicit: str | None = None) -> ExportFormat:
    """The format asked for, or the one the file name's extension says (``.csv`` by default)."""
    if explicit:
        return ExportFormat(explicit.lower())
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in ("xlsx", "xlsm"):
        return ExportFormat.XLSX
    if suffix == "pdf":
        return ExportFormat.PDF
    return ExportFormat.CSV


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """What to write: ``query`` None means the whole register (sorted by name).

    ``columns`` are the keys to write, in order (the tab's visible columns); None writes
    every column of the format. Keys a format does not have are ignored.
    """

    kind: ListKind
    path: str | os.PathLike[str]
    format: ExportFormat = ExportFormat.CSV
    query: ListQuery | None = None
    columns: tuple[str, ...] | None = None
    delimiter: str = ","
    language: Language = Language.EN
    # CSV/XLSX: the column titles in ``language`` as the header row instead of the keys
    # (``Pays`` for ``country_code``); both re-import, the keys whatever the language.
    headers_in_words: bool = False


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    format: ExportFormat
    count: int


def _headers(request: ExportRequest, columns: Sequence[ColumnSpec]) -> list[str] | None:
    return header_row(columns, request.language) if request.headers_in_words else None


def export_columns(
    kind: ListKind, fmt: ExportFormat, keys: Sequence[str] | None = None
) -> tuple[ColumnSpec, ...]:
    """The column specs written for ``keys`` (in that order), or every column of the format.

    A PDF list shows "name (latin name)" in one column, so asking for ``name_latin`` there
    is met by the name column.
    """
    available = PDF_COLUMNS[kind] if fmt is ExportFormat.PDF else COLUMNS[kind]
    if keys is None:
        return available
    by_key = {c.key: c for c in available}
    chosen = [by_key[k] for k in keys if k in by_key]
    return tuple(chosen) or available


# Columns that name or reach a person, or may (free-text notes): a file with any of them is
# written owner-only (0600); others follow the user's umask.
PERSONAL_DATA_KEYS = frozenset(
    {
        "focal_point",
        "email",
        "phone",
        "signer_name",
        "signer_function",
        "contact_name",
        "contact_function",
        "contact_email",
        "contact_phone",
        "contact_language",
        "notes",
        "membership_notes",
        "decision_note",
        "roma_population_note",
    }
)


def holds_personal_data(columns: Sequence[ColumnSpec]) -> bool:
    return any(c.key in PERSONAL_DATA_KEYS for c in columns)


def query_description(
    kind: ListKind, query: ListQuery | None, language: Language | str = Language.EN
) -> str:
    """The filter line of a PDF list's header ("" for the whole register)."""
    if query is None:
        return ""
    status: StrEnum | str | None = query.status
    if query.status:
        enum = MembershipStatus if kind is ListKind.MEMBERS else ApplicationStatus
        try:
            status = enum(query.status)
        except ValueError:
            status = query.status
    return describe_filter(
        country=query.country,
        status=status,
        search=query.search,
        year=query.year,
        language=language,
    )


class ExportService:
    """Writes lists through the exchange writers; rows come from the services' ``list``."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.db = services.db

    # --- rows -----------------------------------------------------------------------------

    def rows(
        self, kind: ListKind, query: ListQuery | None = None, *, for_pdf: bool = False
    ) -> list[dict[str, Any]]:
        """Every row the query selects (no paging), in its order, with all export fields.

        In files, a signature made in person has no authority name; a PDF list shows the
        signer's name there, as the Signatories tab does.
        """
        query = dataclasses.replace(query or ListQuery(), offset=0, limit=None)
        if kind is ListKind.MEMBERS:
            return self._member_rows(query)
        if kind is ListKind.SIGNATORIES:
            return self._signatory_rows(query, for_pdf)
        return self._application_rows(query)

    def _member_rows(self, query: ListQuery) -> list[dict[str, Any]]:
        listed = self.services.members.list(query).rows
        details: dict[str, tuple[Any, ...]] = {}
        with self.db.read() as session:
            stmt = select(
                Membership.uid,
                Authority.name_en,
                Authority.name_fr,
                Authority.population,
                Authority.roma_population,
                Authority.roma_population_note,
                Authority.website,
                Authority.email,
                Authority.phone,
                Authority.address,
                Authority.notes,
                Membership.notes,
            ).join(Authority, Membership.authority_id == Authority.id)
            stmt = _only(stmt, Membership.uid, [r.uid for r in listed])
            for r in session.execute(stmt):
                details[r[0]] = tuple(r[1:])
        out = []
        for row in listed:
            d = details.get(row.uid) or (("",) * 2 + (None, None) + ("",) * 7)
            out.append(
                {
                    "participant_no": row.participant_no,
                    "name": row.name,
                    "name_latin": row.name_latin,
                    "name_en": d[0],
                    "name_fr": d[1],
                    "country_code": row.country_code,
                    "kind": row.kind,
                    "joined_on": row.joined_on,
                    "status": row.status,
                    "left_on": row.left_on,
                    "focal_point": row.focal_point,
                    "population": d[2],
                    "roma_population": d[3],
                    "roma_population_note": d[4],
                    "website": d[5],
                    "email": d[6],
                    "phone": d[7],
                    "address": d[8],
                    "notes": d[9],
                    "membership_notes": d[10],
                    "uid": row.uid,
                    "authority_uid": row.authority_uid,
                }
            )
        return out

    def _signatory_rows(self, query: ListQuery, for_pdf: bool) -> list[dict[str, Any]]:
        from alliance_desktop.db.models import Signature

        listed = self.services.signatures.list(query).rows
        notes: dict[str, str] = {}
        with self.db.read() as session:
            stmt = _only(
                select(Signature.uid, Signature.notes), Signature.uid, [r.uid for r in listed]
            )
            notes = {r[0]: r[1] for r in session.execute(stmt)}
        return [
            {
                "certificate_no": r.certificate_no,
                "name": r.name if r.authority_uid or for_pdf else "",
                "name_latin": r.name_latin if r.authority_uid or for_pdf else "",
                "country_code": r.country_code,
                "signer_name": r.signer_name,
                "signer_function": r.signer_function,
                "signed_on": r.signed_on,
                "place": r.place,
                "language": r.language,
                "notes": notes.get(r.uid, ""),
                "uid": r.uid,
                "authority_uid": r.authority_uid or "",
            }
            for r in listed
        ]

    def _application_rows(self, query: ListQuery) -> list[dict[str, Any]]:
        listed = self.services.applications.list(query).rows
        details: dict[str, tuple[Any, ...]] = {}
        with self.db.read() as session:
            stmt = select(
                Application.uid,
                Application.applicant_kind,
                Application.decision_note,
                Application.commitment_letter,
                Application.notes,
                Person.function,
                Person.email,
                Person.phone,
                Person.language,
            ).outerjoin(Person, Application.contact_id == Person.id)
            stmt = _only(stmt, Application.uid, [r.uid for r in listed])
            for r in session.execute(stmt):
                details[r[0]] = tuple(r[1:])
        out = []
        for row in listed:
            d = details.get(row.uid) or ("municipality", "", False, "", "", "", "", None)
            out.append(
                {
                    "applicant_name": row.applicant_name,
                    "applicant_name_latin": row.applicant_name_latin,
                    "applicant_kind": AuthorityKind(d[0]),
                    "country_code": row.country_code,
                    "channel": row.channel,
                    "received_on": row.received_on,
                    "status": row.status,
                    "decided_on": row.decided_on,
                    "decision_note": d[1],
                    "contact_name": row.contact_name,
                    "contact_function": d[4] or "",
                    "contact_email": d[5] or "",
                    "contact_phone": d[6] or "",
                    "contact_language": Language(d[7]) if d[7] else None,
                    "commitment_letter": bool(d[2]),
                    "notes": d[3],
                    "uid": row.uid,
                    "authority_uid": row.authority_uid or "",
                }
            )
        return out

    # --- writing --------------------------------------------------------------------------

    def export(self, request: ExportRequest, progress: Progress | None = None) -> ExportResult:
        """Write the file atomically and record the export in the audit trail.

        ``progress(done, total)`` may raise Cancelled: no file is left and nothing recorded.
        """
        rows = self.rows(request.kind, request.query, for_pdf=request.format is ExportFormat.PDF)
        total = len(rows)
        if progress is not None:
            progress(0, total)
        written = self.write(request, rows, _row_progress(progress, total))
        path = Path(request.path)
        self._record(request, path, written)
        return ExportResult(path, request.format, written)

    def write(
        self,
        request: ExportRequest,
        rows: Iterable[object],
        progress: Callable[[int], bool] | None = None,
    ) -> int:
        columns = export_columns(request.kind, request.format, request.columns)
        private = holds_personal_data(columns)
        if request.format is ExportFormat.CSV:
            return write_csv(
                request.path,
                rows,
                columns,
                delimiter=request.delimiter,
                progress=progress,
                private=private,
                headers=_headers(request, columns),
            )
        if request.format is ExportFormat.XLSX:
            return write_xlsx(
                request.path,
                rows,
                columns,
                sheet_title=sheet_title(request.kind, request.language),
                progress=progress,
                private=private,
                headers=_headers(request, columns),
            )
        return write_pdf_list(
            request.path,
            rows,
            columns,
            kind=request.kind,
            language=request.language,
            filter_description=query_description(request.kind, request.query, request.language),
            title=list_title(request.kind, request.language),
            progress=progress,
            private=private,
        )

    def _record(self, request: ExportRequest, path: Path, count: int) -> None:
        # The entry names the list, the count, the file and the filter that chose the rows
        # (what was typed in the search box included), never a row's data.
        changes: list[tuple[str, Any, Any]] = [
            ("list", None, request.kind.value),
            ("rows", None, count),
            ("format", None, request.format.value),
            ("file", None, path.name),
            ("selection", None, selection_text(request)),
            ("columns", None, ", ".join(request.columns) if request.columns else "all"),
        ]
        self.services.audit.record(
            AuditAction.EXPORT,
            LIST_ENTITY,
            NO_UID,
            f"{count} {request.kind.value} to {path.name}",
            changes,
        )


def selection_text(request: ExportRequest) -> str:
    """The filter of an export as its audit entry records it: "whole register", or the
    shown rows' search text, country, status, year and sort."""
    query = request.query
    if query is None:
        return "whole register"
    parts = [
        f"{name}={value}"
        for name, value in (
            ("search", query.search.strip()),
            ("country", query.country),
            ("status", query.status),
            ("year", query.year),
        )
        if value not in (None, "")
    ]
    parts.append(f"sort={query.sort}{' descending' if query.descending else ''}")
    return "shown rows: " + "; ".join(parts)


_IN_LIMIT = 500


def _only(stmt: Any, column: Any, uids: list[str]) -> Any:
    """Restrict a detail query to a short list's uids; a long list reads every row instead."""
    if len(uids) <= _IN_LIMIT:
        return stmt.where(column.in_(uids))
    return stmt


def _row_progress(progress: Progress | None, total: int) -> Callable[[int], bool] | None:
    if progress is None:
        return None

    def report(done: int) -> bool:
        progress(done, total)  # raises Cancelled to stop
        return True

    return report
