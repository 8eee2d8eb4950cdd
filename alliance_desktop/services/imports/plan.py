"""What an import plan holds (rows, errors, duplicates, links) and what the list imports share."""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from alliance_desktop.db.models import AuditEntry, utcnow
from alliance_desktop.domain.enums import AuditAction, RecordKind
from alliance_desktop.domain.errors import ConflictError, FieldError
from alliance_desktop.domain.messages import Message, msg, nmsg
from alliance_desktop.domain.text import fold, name_key
from alliance_desktop.exchange import (
    COLUMNS,
    ImportData,
    ListKind,
    RowError,
    column_headers,
    field_errors_to_row_errors,
)
from alliance_desktop.services.base import AUDITED, field_changes, plain
from alliance_desktop.services.imports.links import PlannedLink

Progress = Callable[[int, int], None]
"""``progress(done, total)``; it raises Cancelled to stop, and the import is rolled back."""

BackupHook = Callable[[str], object]
"""Makes a backup before an import, given the reason ("import"); returns what it made."""

PROGRESS_EVERY = 500


class DuplicateChoice(StrEnum):
    SKIP = "skip"
    UPDATE = "update"


class RowAction(StrEnum):
    ADD = "add"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    LINK = "link"  # a new record for an authority already in the register


@dataclass(frozen=True, slots=True)
class Duplicate:
    """A row that looks like a record already stored, or like an earlier row of the file."""

    row: int
    label: str
    existing_label: str
    existing_uid: str | None = None  # the stored record, when it is one
    of_row: int | None = None  # the earlier row of the file, when it is one

    @property
    def message(self) -> Message:
        if self.of_row is not None:
            return msg(
                "row {row}: “{label}” is the same as row {of_row}",
                row=self.row,
                label=self.label,
                of_row=self.of_row,
            )
        return msg(
            "row {row}: “{label}” is already in the register as “{existing}”",
            row=self.row,
            label=self.label,
            existing=self.existing_label,
        )

    def __str__(self) -> str:
        return str(self.message)


@dataclass(frozen=True, slots=True)
class AuthorityMatch:
    """An existing authority a row looks like (applications offer to link to it)."""

    uid: str
    label: str
    country_code: str


@dataclass(frozen=True, slots=True)
class PlannedRow:
    """One valid row: what it would do, with the full field values it would write."""

    row: int
    action: RowAction
    values: dict[str, Any]
    label: str
    target_uid: str | None = None  # the stored record an update changes
    target_version: int | None = None
    changes: tuple[tuple[str, Any, Any], ...] = ()
    duplicate: Duplicate | None = None
    before: dict[str, Any] | None = None  # the stored values an update starts from


@dataclass(frozen=True)
class ImportPlan:
    kind: ListKind
    file_name: str
    rows: tuple[PlannedRow, ...]
    errors: tuple[RowError, ...]
    duplicates: tuple[Duplicate, ...] = ()
    matches: Mapping[int, tuple[AuthorityMatch, ...]] = field(default_factory=dict)
    total_rows: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors

    def count(self, action: RowAction) -> int:
        return sum(1 for r in self.rows if r.action is action and r.duplicate is None)

    def report(self) -> str:
        """The error report: one "row N, column X: problem" per line."""
        return "\n".join(str(e) for e in self.errors)


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import wrote; the window words it from these numbers, the CLI with str()."""

    kind: ListKind
    added: int  # every record added
    updated: int
    skipped: int
    unchanged: int
    linked: int = 0  # of the added, those linked to an authority already in the register
    backup: object = None
    batch_id: int | None = None  # its import batch (Recent imports…, undo-import)

    @property
    def message(self) -> Message:
        counts = {"updated": self.updated, "skipped": self.skipped, "unchanged": self.unchanged}
        if self.kind is ListKind.SIGNATORIES:
            text = nmsg(
                "{n} signature added, {updated} updated, {skipped} skipped, {unchanged} unchanged",
                "{n} signatures added, {updated} updated, {skipped} skipped, {unchanged} unchanged",
                self.added,
                **counts,
            )
        elif self.kind is ListKind.APPLICATIONS:
            text = nmsg(
                "{n} application added, {updated} updated, {skipped} skipped, "
                "{unchanged} unchanged",
                "{n} applications added, {updated} updated, {skipped} skipped, "
                "{unchanged} unchanged",
                self.added,
                **counts,
            )
        else:
            text = nmsg(
                "{n} member added, {updated} updated, {skipped} skipped, {unchanged} unchanged",
                "{n} members added, {updated} updated, {skipped} skipped, {unchanged} unchanged",
                self.added,
                **counts,
            )
        if not self.linked:
            return text
        linked = nmsg(
            "{n} of the added linked to existing authorities",
            "{n} of the added linked to existing authorities",
            self.linked,
        )
        return msg("{summary}; {linked}", summary=text, linked=linked)

    def __str__(self) -> str:
        return str(self.message)


class ListImport(Protocol):
    def plan(self, session: Session, data: ImportData, file_name: str) -> ImportPlan: ...

    def apply(
        self,
        session: Session,
        user: str,
        rows: list[PlannedRow],
        links: Mapping[int, str],
        progress: Ticker,
    ) -> tuple[int, int, int]:
        """Write the rows: (added, updated, linked), the linked counted among the added."""

    def planned_links(
        self, rows: list[PlannedRow], links: Mapping[int, str]
    ) -> list[PlannedLink]: ...


def public_values(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if not k.startswith("_")}


class Ticker:
    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress = progress
        self.total = total
        self.done = 0

    def tick(self, done: int, *, force: bool = False) -> None:
        if self.progress is None:
            return
        if force or done == 0 or done - self.done >= PROGRESS_EVERY:
            self.done = done
            self.progress(done, self.total)


# --- audit --------------------------------------------------------------------------------


def audit_row(
    user: str,
    action: str,
    entity: str,
    uid: str,
    label: str,
    changes: Sequence[tuple[str, Any, Any]] = (),
) -> dict[str, Any]:
    return {
        "at": utcnow(),
        "user": user,
        "action": action,
        "entity": entity,
        "entity_uid": uid,
        "label": label[:300],
        "changes": json.dumps(
            [[name, audit_text(old), audit_text(new)] for name, old, new in changes],
            ensure_ascii=False,
        ),
    }


def audit_text(value: Any) -> str | None:
    # Most values are plain text: skip services.base.plain's type checks for them.
    return value if value.__class__ is str else plain(value)


def audit_rows(session: Session, rows: list[dict[str, Any]]) -> None:
    if rows:
        audited = session.info.get(AUDITED)
        if audited is not None:
            audited.update((row["entity"], row["entity_uid"]) for row in rows)
        session.execute(insert(table_of(AuditEntry)), rows)


def table_of(model: Any) -> Table:
    return model.__table__  # type: ignore[no-any-return]


def created_values(values: Mapping[str, Any]) -> list[tuple[str, Any, Any]]:
    return [(k, None, v) for k, v in values.items() if v is not None and v != ""]


def new_record_params(
    values: Mapping[str, Any], uid: str, now: dt.datetime, **more: Any
) -> dict[str, Any]:
    """The INSERT parameters of a new record: its values, id, timestamps and first version."""
    return {**values, "uid": uid, **more, "created_at": now, "updated_at": now, "version": 1}


def created_audit_row(
    user: str, kind: RecordKind, uid: str, label: str, values: Mapping[str, Any]
) -> dict[str, Any]:
    """The audit entry of a record an import creates, with its non-empty values."""
    return audit_row(user, AuditAction.CREATE, kind.value, uid, label, created_values(values))


# --- shared planning helpers --------------------------------------------------------------
cached_name_key = functools.lru_cache(maxsize=65_536)(name_key)
cached_fold = functools.lru_cache(maxsize=65_536)(fold)


def place_key(country: str, name: str) -> tuple[str, str] | None:
    key = cached_name_key(name)
    return (country, key) if key else None


def renamed(errors: list[FieldError], names: Mapping[str, str]) -> list[FieldError]:
    """A nested draft's problems under the row's field names (a person's "name" is the
    row's "focal_point", say)."""
    return [FieldError(names.get(e.field, e.field), e.message) for e in errors]


def without_repeats(errors: list[FieldError]) -> list[FieldError]:
    """One problem per field: the first (two drafts may judge the same field)."""
    seen: set[str] = set()
    out = []
    for error in errors:
        if error.field not in seen:
            seen.add(error.field)
            out.append(error)
    return out


class RowErrors:
    """Row errors with the file's own header text."""

    def __init__(self, data: ImportData, kind: ListKind) -> None:
        self.columns = COLUMNS[kind]
        self.headers = column_headers(data.table, data.match)
        self.file_headers = data.table.headers
        self.errors: list[RowError] = list(data.errors)
        self.bad_rows = {e.row for e in data.errors if e.row is not None}
        self.cell_rows = set(self.bad_rows)  # rows with a cell that could not be read
        self._reported = {(e.row, e.column) for e in data.errors}
        self.file_level = any(e.row is None for e in data.errors)
        # A required column the file lacks is one problem of the file, not one per row.
        self.missing = {c.key for c in self.columns if c.required and c.key not in data.fields}

    def label(self, key: str) -> str:
        return self.headers.get(key, key)

    def add(self, row: int, key: str, message: Message) -> None:
        # The Message itself: the plan is put into words when shown, in the language then in use.
        self.errors.append(RowError(row, self.label(key), message))
        self.bad_rows.add(row)

    def fields(self, row: int, errors: list[FieldError], rename: Mapping[str, str]) -> None:
        renamed = [FieldError(rename.get(e.field, e.field), e.message) for e in errors]
        renamed = [e for e in renamed if e.field not in self.missing]
        found = field_errors_to_row_errors(row, renamed, self.columns, self.headers)
        # A cell that could not be read is reported once, not again by the domain rules.
        self.errors.extend(e for e in found if (e.row, e.column) not in self._reported)
        if renamed:
            self.bad_rows.add(row)

    def sorted(self) -> tuple[RowError, ...]:
        # Problems of a row in the order of the file's columns.
        order = {header: i for i, header in reversed(list(enumerate(self.file_headers)))}
        return tuple(sorted(self.errors, key=lambda e: (e.row or 0, order.get(e.column, 99))))


class PlanRows:
    """A plan in the making: its planned rows, row errors, duplicates and authority matches."""

    def __init__(self, data: ImportData, kind: ListKind) -> None:
        self.kind = kind
        self.errors = RowErrors(data, kind)
        self.mapped = data.fields
        self.rows: list[PlannedRow] = []
        self.duplicates: list[Duplicate] = []
        self.matches: dict[int, tuple[AuthorityMatch, ...]] = {}
        self._first: dict[Hashable, int] = {}  # what a row stands for -> first row of it
        self._total = len(data.rows)

    def first_row(self, keys: Sequence[Hashable]) -> int | None:
        """The first row of the file that had one of these keys (tried in order)."""
        return next((self._first[k] for k in keys if k in self._first), None)

    def duplicate(
        self,
        row: int,
        label: str,
        keys: Sequence[Hashable],
        existing_uid: str | None = None,
        existing_label: str = "",
    ) -> Duplicate | None:
        """What the row repeats: an earlier row with one of its keys, else the stored record.

        Only a row that repeats no earlier row leaves its keys for the rows after it.
        """
        first = self.first_row(keys)
        dup: Duplicate | None = None
        if first is not None:
            dup = Duplicate(row, label, "", of_row=first)
        else:
            self._first.update(dict.fromkeys(keys, row))
            if existing_uid is not None:
                dup = Duplicate(row, label, existing_label, existing_uid=existing_uid)
        if dup is not None:
            self.duplicates.append(dup)
        return dup

    def add_update(
        self,
        row: int,
        values: dict[str, Any],
        label: str,
        target: tuple[str, int],
        before: dict[str, Any],
        after: Mapping[str, Any],
        duplicate: Duplicate | None,
    ) -> None:
        """A row for a stored record (uid, version): an update if ``after`` differs from
        ``before``, else unchanged."""
        changes = tuple(field_changes(before, after))
        action = RowAction.UPDATE if changes else RowAction.UNCHANGED
        self.rows.append(
            PlannedRow(row, action, values, label, *target, changes, duplicate, before)
        )

    def plan(self, file_name: str) -> ImportPlan:
        return ImportPlan(
            self.kind,
            file_name,
            tuple(self.rows),
            self.errors.sorted(),
            tuple(self.duplicates),
            self.matches,
            self._total,
        )


def rowcount(result: Any) -> int:
    return int(result.rowcount)


def check_all_matched(matched: int, expected: int, kind: str) -> None:
    if matched != expected:
        raise ConflictError(kind, "", msg("records in this import"))
