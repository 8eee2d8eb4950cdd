"""Imports: plan a file's rows (errors, duplicates, links), then apply them in one transaction.

``plan`` reads the database but writes nothing: every row is converted and validated, and
compared with what is stored (same ``uid`` → update; same normalised name and country →
a duplicate the user may skip or let update). ``apply`` writes the whole plan in one
transaction after an automatic backup; an error or Cancel rolls everything back.
Writes are bulk INSERT/UPDATE statements with one audit entry per record and one for the
import (bench/bench_import.py: the ORM's unit of work is several times slower at 10,000 rows).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from alliance_desktop.db.models import AuditEntry, Authority, Membership, Person, new_uid, utcnow
from alliance_desktop.domain.enums import (
    AuditAction,
    AuthorityKind,
    Language,
    MembershipStatus,
    RecordKind,
)
from alliance_desktop.domain.errors import ConflictError, FieldError
from alliance_desktop.domain.records import AuthorityDraft, MembershipDraft, display_name
from alliance_desktop.domain.text import fold, name_key, search_key
from alliance_desktop.domain.validation import clean_draft, validate_authority, validate_membership
from alliance_desktop.exchange import (
    COLUMNS,
    ImportData,
    ListKind,
    RowError,
    column_headers,
    field_errors_to_row_errors,
)
from alliance_desktop.services.base import field_changes, plain
from alliance_desktop.services.exports import LIST_ENTITY, NO_UID

if TYPE_CHECKING:
    from alliance_desktop.services.opening import Services

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

    def __str__(self) -> str:
        if self.of_row is not None:
            return f"row {self.row}: “{self.label}” is the same as row {self.of_row}"
        return (
            f"row {self.row}: “{self.label}” is already in the register as “{self.existing_label}”"
        )


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
    kind: ListKind
    added: int
    updated: int
    skipped: int
    unchanged: int
    linked: int = 0
    backup: object = None

    def __str__(self) -> str:
        noun = {"members": "members", "signatories": "signatures", "applications": "applications"}
        text = (
            f"{self.added} {noun[self.kind.value]} added, {self.updated} updated, "
            f"{self.skipped} skipped, {self.unchanged} unchanged"
        )
        if self.linked:
            text += f", {self.linked} linked to existing authorities"
        return text


class _Handler(Protocol):
    def plan(self, session: Session, data: ImportData, file_name: str) -> ImportPlan: ...

    def apply(
        self,
        session: Session,
        user: str,
        rows: list[PlannedRow],
        links: Mapping[int, str],
        progress: _Ticker,
    ) -> tuple[int, int, int]: ...


class ImportService:
    """Plans and applies imports of the three lists."""

    def __init__(self, services: Services, backup: BackupHook | None = None) -> None:
        self.services = services
        self.db = services.db
        self.backup = backup if backup is not None else default_backup_hook(services)

    def plan(self, kind: ListKind, data: ImportData, file_name: str = "") -> ImportPlan:
        """Validate every row against the domain rules and the database; write nothing."""
        with self.db.read() as session:
            return _handler(kind).plan(session, data, file_name)

    def apply(
        self,
        plan: ImportPlan,
        choices: Mapping[int, DuplicateChoice] | None = None,
        *,
        default_choice: DuplicateChoice = DuplicateChoice.SKIP,
        links: Mapping[int, str] | None = None,
        progress: Progress | None = None,
        backup: bool = True,
    ) -> ImportSummary:
        """Write the plan in one transaction; refuse a plan with errors.

        ``choices`` maps a duplicate's row number to skip or update (``default_choice``
        for the others); ``links`` maps an application's row to the authority it is
        linked to. A stored record changed since the plan was made refuses the whole
        import (ConflictError). Cancel (progress raising Cancelled) rolls back.
        """
        from alliance_desktop.domain.errors import RefusedError

        if not plan.ok:
            raise RefusedError(
                f"{len(plan.errors)} problems in {plan.file_name or 'the file'}; nothing was "
                "imported.\n" + plan.report()
            )
        chosen, skipped = _resolve_duplicates(plan, choices or {}, default_choice)
        unchanged = sum(1 for r in chosen if r.action is RowAction.UNCHANGED)
        work = [r for r in chosen if r.action is not RowAction.UNCHANGED]
        made = None
        if backup and work and self.backup is not None:
            made = self.backup("import")
        ticker = _Ticker(progress, len(work))
        ticker.tick(0)
        with self.db.write() as session:
            added, updated, linked = _handler(plan.kind).apply(
                session, self.db.user, work, links or {}, ticker
            )
            summary = ImportSummary(plan.kind, added, updated, skipped, unchanged, linked, made)
            _audit_rows(
                session,
                [
                    _audit_row(
                        self.db.user,
                        AuditAction.IMPORT,
                        LIST_ENTITY,
                        NO_UID,
                        f"{plan.kind.value} from {plan.file_name}"[:300],
                        [
                            ("list", None, plan.kind.value),
                            ("file", None, plan.file_name),
                            ("added", None, added),
                            ("updated", None, updated),
                            ("skipped", None, skipped),
                            ("unchanged", None, unchanged),
                        ],
                    )
                ],
            )
            ticker.tick(len(work), force=True)
        return summary


def default_backup_hook(services: Services) -> BackupHook | None:
    """A backup through the data-safety BackupService (a file next to the database)."""
    try:
        from alliance_desktop.services.backups import BackupService
    except ImportError:  # pragma: no cover - only while that module is not in the tree
        return None
    backups = BackupService(services.db)
    return backups.backup_before


def _handler(kind: ListKind) -> _Handler:
    if kind is ListKind.MEMBERS:
        return _MembersHandler()
    if kind is ListKind.SIGNATORIES:
        return _SignaturesHandler()
    return _ApplicationsHandler()


def _resolve_duplicates(
    plan: ImportPlan, choices: Mapping[int, DuplicateChoice], default: DuplicateChoice
) -> tuple[list[PlannedRow], int]:
    """The rows to write and how many were skipped.

    A duplicate of a stored record updates it or is skipped. Among rows of the file that
    are the same, the last one chosen to "update" replaces the first; the others are skipped.
    """
    winner: dict[int, int] = {}  # first row of a group -> row that is written instead
    for r in plan.rows:
        d = r.duplicate
        chosen = choices.get(r.row, default) is DuplicateChoice.UPDATE
        if d is not None and d.of_row is not None and chosen:
            winner[d.of_row] = r.row
    by_row = {r.row: r for r in plan.rows}
    out: list[PlannedRow] = []
    skipped = 0
    for r in plan.rows:
        d = r.duplicate
        if d is not None and d.of_row is not None:
            skipped += 1  # written in place of the first row when it won, else skipped
        elif d is not None and choices.get(r.row, default) is not DuplicateChoice.UPDATE:
            skipped += 1
        elif r.row in winner:
            out.append(_replaced(r, by_row[winner[r.row]]))
        else:
            out.append(dataclasses.replace(r, duplicate=None))
    return out, skipped


def _replaced(first: PlannedRow, later: PlannedRow) -> PlannedRow:
    """``later``'s values written where ``first`` would have written (same target)."""
    values = dict(later.values)
    values.update({k: v for k, v in first.values.items() if k.startswith("_")})
    if first.before is None:
        return dataclasses.replace(first, values=values, label=later.label, duplicate=None)
    changes = tuple(field_changes(first.before, _public(values)))
    action = RowAction.UPDATE if changes else RowAction.UNCHANGED
    return dataclasses.replace(
        first, values=values, label=later.label, action=action, changes=changes, duplicate=None
    )


def _public(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if not k.startswith("_")}


class _Ticker:
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


def _audit_row(
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
            [[name, _plain(old), _plain(new)] for name, old, new in changes], ensure_ascii=False
        ),
    }


def _plain(value: Any) -> str | None:
    # Most values are plain text: skip services.base.plain's type checks for them.
    return value if value.__class__ is str else plain(value)


def _audit_rows(session: Session, rows: list[dict[str, Any]]) -> None:
    if rows:
        session.execute(insert(_table(AuditEntry)), rows)


def _table(model: Any) -> Table:
    return model.__table__  # type: ignore[no-any-return]


def _created(values: Mapping[str, Any]) -> list[tuple[str, Any, Any]]:
    return [(k, None, v) for k, v in values.items() if v is not None and v != ""]


# --- shared planning helpers --------------------------------------------------------------


def _enum_or(value: Any, enum: type[StrEnum], default: Any) -> Any:
    if value is None or value == "":
        return default
    return enum(value)


# A row's names are folded several times (lookups, duplicates, stored keys): remember them.
_name_key = functools.lru_cache(maxsize=65_536)(name_key)
_fold = functools.lru_cache(maxsize=65_536)(fold)


def _key(country: str, name: str) -> tuple[str, str] | None:
    key = _name_key(name)
    return (country, key) if key else None


class _Collector:
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

    def label(self, key: str) -> str:
        return self.headers.get(key, key)

    def add(self, row: int, key: str, message: str) -> None:
        self.errors.append(RowError(row, self.label(key), message))
        self.bad_rows.add(row)

    def fields(self, row: int, errors: list[FieldError], rename: Mapping[str, str]) -> None:
        renamed = [FieldError(rename.get(e.field, e.field), e.message) for e in errors]
        found = field_errors_to_row_errors(row, renamed, self.columns, self.headers)
        # A cell that could not be read is reported once, not again by the domain rules.
        self.errors.extend(e for e in found if (e.row, e.column) not in self._reported)
        if renamed:
            self.bad_rows.add(row)

    def sorted(self) -> tuple[RowError, ...]:
        # Problems of a row in the order of the file's columns.
        order = {header: i for i, header in reversed(list(enumerate(self.file_headers)))}
        return tuple(sorted(self.errors, key=lambda e: (e.row or 0, order.get(e.column, 99))))


# --- members ------------------------------------------------------------------------------

_AUTHORITY_FIELDS = (
    "name",
    "name_latin",
    "name_en",
    "name_fr",
    "country_code",
    "kind",
    "population",
    "roma_population",
    "roma_population_note",
    "website",
    "email",
    "phone",
    "address",
    "notes",
)
_MEMBERSHIP_FIELDS = ("participant_no", "joined_on", "status", "left_on", "membership_notes")
_MEMBER_FIELDS = (*_AUTHORITY_FIELDS, *_MEMBERSHIP_FIELDS, "focal_point")


@dataclass(slots=True)
class _StoredMember:
    uid: str
    version: int
    deleted: bool
    authority_uid: str
    authority_version: int
    values: dict[str, Any]


@dataclass(slots=True)
class _StoredAuthority:
    uid: str
    label: str
    country_code: str
    member_uid: str | None


class _MembersHandler:
    """Members: an authority (its fields) and its membership (number, dates, status)."""

    kind = ListKind.MEMBERS

    def _load(
        self, session: Session
    ) -> tuple[dict[str, _StoredMember], dict[str, _StoredAuthority], dict[Any, list[str]]]:
        focal = Person.__table__.alias("focal")
        stmt = (
            select(
                Membership.uid,
                Membership.version,
                Membership.deleted_at,
                Authority.uid,
                Authority.version,
                Membership.participant_no,
                Membership.joined_on,
                Membership.status,
                Membership.left_on,
                Membership.notes,
                focal.c.name,
                *(getattr(Authority, f) for f in _AUTHORITY_FIELDS),
            )
            .join(Authority, Membership.authority_id == Authority.id)
            .outerjoin(focal, Membership.focal_point_id == focal.c.id)
        )
        members: dict[str, _StoredMember] = {}
        for r in session.execute(stmt):
            values = dict(zip(_AUTHORITY_FIELDS, r[11:], strict=True))
            values.update(
                participant_no=r[5],
                joined_on=r[6],
                status=r[7],
                left_on=r[8],
                membership_notes=r[9],
                focal_point=r[10] or "",
            )
            members[r[0]] = _StoredMember(r[0], r[1], r[2] is not None, r[3], r[4], values)
        authorities: dict[str, _StoredAuthority] = {}
        names: dict[Any, list[str]] = {}
        member_of = {m.authority_uid: m.uid for m in members.values() if not m.deleted}
        stmt2 = select(
            Authority.uid, Authority.name, Authority.name_latin, Authority.country_code
        ).where(Authority.deleted_at.is_(None))
        for uid, name, latin, country in session.execute(stmt2):
            authorities[uid] = _StoredAuthority(
                uid, display_name(name, latin), country, member_of.get(uid)
            )
            for n in {name_key(name), name_key(latin)} - {""}:
                names.setdefault((country, n), []).append(uid)
        self._numbers = {m.values["participant_no"]: m.uid for m in members.values()}
        # Authorities that are not members yet (they applied or signed): a row may link one.
        self._free: dict[str, tuple[int, dict[str, Any]]] = {}
        free_stmt = select(
            Authority.uid, Authority.version, *(getattr(Authority, f) for f in _AUTHORITY_FIELDS)
        ).where(Authority.deleted_at.is_(None))
        trashed = {m.authority_uid for m in members.values() if m.deleted}
        for r in session.execute(free_stmt):
            if r[0] not in member_of and r[0] not in trashed:
                self._free[r[0]] = (r[1], dict(zip(_AUTHORITY_FIELDS, r[2:], strict=True)))
        self._deleted_authorities = set(
            session.scalars(select(Authority.uid).where(Authority.deleted_at.is_not(None)))
        )
        return members, authorities, names

    def plan(self, session: Session, data: ImportData, file_name: str) -> ImportPlan:
        members, authorities, names = self._load(session)
        errors = _Collector(data, self.kind)
        mapped = set(data.match.mapping.values())
        planned: list[PlannedRow] = []
        duplicates: list[Duplicate] = []
        seen_targets: dict[str, int] = {}  # membership uid or authority uid -> first row
        seen_names: dict[tuple[str, str], int] = {}
        seen_numbers: dict[int, int] = {}
        seen_uids: dict[str, int] = {}
        for raw, number in zip(data.rows, data.row_numbers, strict=True):
            unreadable = number in errors.cell_rows
            uid = raw.get("uid") or None
            authority_uid = raw.get("authority_uid") or None
            stored = members.get(uid) if uid else None
            if stored is not None and stored.deleted:
                errors.add(number, "uid", "this member is in the Trash; restore it first")
                continue
            if uid is not None and uid in seen_uids:
                errors.add(number, "uid", f"the same id is on row {seen_uids[uid]}")
                continue
            if uid is not None:
                seen_uids[uid] = number
            # What a row without a known uid stands for: a stored authority (by id or name).
            linked: _StoredAuthority | None = None
            name_dup: _StoredAuthority | None = None
            if stored is None:
                if authority_uid and authority_uid in authorities:
                    linked = authorities[authority_uid]
                else:
                    country = raw.get("country_code") or ""
                    for n in (raw.get("name", ""), raw.get("name_latin", "")):
                        k = _key(country, n or "")
                        if k and k in names:
                            linked = authorities[names[k][0]]
                            break
                if linked is not None and linked.member_uid is not None:
                    name_dup = linked
                    stored = members[linked.member_uid]
                    linked = None
            if linked is not None and linked.uid not in self._free:
                errors.add(number, "name", "this member is in the Trash; restore it first")
                continue
            free = self._free.get(linked.uid) if linked is not None else None
            values = self._merged(raw, mapped, stored, free[1] if free else None)
            auth_draft, member_draft, problems = self._validate(values)
            if problems or unreadable:
                errors.fields(number, problems, {"notes": "notes"})
                continue
            values = self._values_of(auth_draft, member_draft, values["focal_point"])
            label = display_name(values["name"], values["name_latin"])
            label = f"{label} ({values['country_code']})"
            # Rows of the file that stand for the same record or name.
            target_key = stored.uid if stored else (linked.uid if linked else None)
            first = seen_targets.get(target_key) if target_key else None
            name_k = _key(values["country_code"], values["name"])
            if first is None and name_k is not None:
                first = seen_names.get(name_k)
            no = values["participant_no"]
            if no is not None:
                owner = self._numbers.get(no)
                if owner is not None and (stored is None or owner != stored.uid):
                    errors.add(number, "participant_no", f"number {no} belongs to another member")
                    continue
                if first is None and no in seen_numbers:
                    errors.add(
                        number, "participant_no", f"number {no} is also on row {seen_numbers[no]}"
                    )
                    continue
            if stored is None and linked is None and authority_uid in self._deleted_authorities:
                errors.add(number, "authority_uid", "this authority is in the Trash")
                continue
            dup: Duplicate | None = None
            if first is not None:
                dup = Duplicate(number, label, "", of_row=first)
            else:
                if no is not None:
                    seen_numbers[no] = number
                if target_key:
                    seen_targets[target_key] = number
                if name_k is not None:
                    seen_names[name_k] = number
                if name_dup is not None:
                    dup = Duplicate(number, label, name_dup.label, existing_uid=name_dup.member_uid)
            if dup is not None:
                duplicates.append(dup)
            if stored is not None:
                changes = tuple(field_changes(stored.values, values))
                action = RowAction.UPDATE if changes else RowAction.UNCHANGED
                values["_authority_uid"] = stored.authority_uid
                values["_authority_version"] = stored.authority_version
                planned.append(
                    PlannedRow(
                        number,
                        action,
                        values,
                        label,
                        stored.uid,
                        stored.version,
                        changes,
                        dup,
                        stored.values,
                    )
                )
            else:
                values["_uid"] = uid or new_uid()
                if linked is not None:
                    # The row's authority fields are written to the authority it links.
                    version, before = self._free[linked.uid]
                    after = {f: values[f] for f in _AUTHORITY_FIELDS}
                    changes = tuple(field_changes(before, after))
                    values["_authority_uid"] = linked.uid
                    values["_authority_version"] = version
                    planned.append(
                        PlannedRow(
                            number, RowAction.LINK, values, label, changes=changes, duplicate=dup
                        )
                    )
                else:
                    values["_authority_uid"] = authority_uid or new_uid()
                    planned.append(PlannedRow(number, RowAction.ADD, values, label, duplicate=dup))
        return ImportPlan(
            self.kind,
            file_name,
            tuple(planned),
            errors.sorted(),
            tuple(duplicates),
            {},
            len(data.rows),
        )

    @staticmethod
    def _merged(
        raw: Mapping[str, Any],
        mapped: set[str],
        stored: _StoredMember | None,
        authority: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """The stored values (or defaults) overlaid with the columns the file has."""
        if stored is not None:
            values = dict(stored.values)
        elif authority is not None:
            values = {f: "" for f in _MEMBER_FIELDS}
            values.update(
                status=MembershipStatus.ACTIVE, participant_no=None, joined_on=None, left_on=None
            )
            values.update(authority)
        else:
            values = {f: "" for f in _MEMBER_FIELDS}
            values.update(
                kind=AuthorityKind.MUNICIPALITY,
                status=MembershipStatus.ACTIVE,
                participant_no=None,
                population=None,
                roma_population=None,
                joined_on=None,
                left_on=None,
            )
        for key in _MEMBER_FIELDS:
            if key not in mapped:
                continue
            value = raw.get(key)
            if key in ("kind", "status", "participant_no") and value is None:
                continue  # an empty cell keeps the stored value (or the default)
            values[key] = value
        return values

    @staticmethod
    def _validate(
        values: Mapping[str, Any],
    ) -> tuple[AuthorityDraft, MembershipDraft, list[FieldError]]:
        # convert_rows cleaned every cell as clean_draft would, and stored values are clean.
        auth = AuthorityDraft(
            name=values["name"] or "",
            country_code=values["country_code"] or "",
            kind=AuthorityKind(values["kind"]),
            name_latin=values["name_latin"] or "",
            name_en=values["name_en"] or "",
            name_fr=values["name_fr"] or "",
            population=values["population"],
            roma_population=values["roma_population"],
            roma_population_note=values["roma_population_note"] or "",
            website=values["website"] or "",
            email=values["email"] or "",
            phone=values["phone"] or "",
            address=values["address"] or "",
            notes=values["notes"] or "",
        )
        problems = validate_authority(auth)
        joined = values["joined_on"]
        member = MembershipDraft(
            authority_uid="",
            joined_on=joined or dt.date.today(),
            participant_no=values["participant_no"],
            status=MembershipStatus(values["status"]),
            left_on=values["left_on"],
            notes=values["membership_notes"] or "",
        )
        if joined is None:
            problems.append(FieldError("joined_on", "is required"))
        else:
            problems += [
                FieldError("membership_notes" if e.field == "notes" else e.field, e.message)
                for e in validate_membership(member)
            ]
        return auth, member, problems

    @staticmethod
    def _values_of(
        auth: AuthorityDraft, member: MembershipDraft, focal_point: str | None
    ) -> dict[str, Any]:
        values: dict[str, Any] = {f: getattr(auth, f) for f in _AUTHORITY_FIELDS}
        values["kind"] = auth.kind.value
        values.update(
            participant_no=member.participant_no,
            joined_on=member.joined_on,
            status=member.status.value,
            left_on=member.left_on,
            membership_notes=member.notes,
            focal_point=" ".join((focal_point or "").split()),
        )
        return values

    def apply(
        self,
        session: Session,
        user: str,
        rows: list[PlannedRow],
        links: Mapping[int, str],
        progress: _Ticker,
    ) -> tuple[int, int, int]:
        del links
        now = utcnow()
        audit: list[dict[str, Any]] = []
        adds = [r for r in rows if r.action in (RowAction.ADD, RowAction.LINK)]
        updates = [r for r in rows if r.action is RowAction.UPDATE]
        authority_ids = self._authority_ids(
            session, [r.values["_authority_uid"] for r in rows if r.action is not RowAction.ADD]
        )
        # New authorities.
        new_authorities = [r for r in adds if r.action is RowAction.ADD]
        if new_authorities:
            params = []
            for r in new_authorities:
                v = r.values
                a = {f: v[f] for f in _AUTHORITY_FIELDS}
                params.append(
                    {
                        **a,
                        "uid": v["_authority_uid"],
                        "created_at": now,
                        "updated_at": now,
                        "version": 1,
                        **_authority_keys(a),
                    }
                )
                audit.append(
                    _audit_row(
                        user,
                        AuditAction.CREATE,
                        RecordKind.AUTHORITY.value,
                        v["_authority_uid"],
                        v["name"],
                        _created(a),
                    )
                )
            # A plain executemany, then the ids by uid: RETURNING makes SQLite insert row by row.
            session.execute(insert(_table(Authority)), params)
            authority_ids.update(self._authority_ids(session, [p["uid"] for p in params]))
        # Participant numbers: as given, else the next free ones in file order.
        taken = set(session.scalars(select(Membership.participant_no)).all()) | {
            r.values["participant_no"] for r in adds if r.values["participant_no"]
        }
        next_no = max(taken, default=0) + 1
        # Focal points named in the file that are not the stored one become new persons.
        focal_ids = self._focal_points(session, user, rows, authority_ids, now, audit)
        if adds:
            params = []
            for r in adds:
                v = r.values
                no = v["participant_no"]
                if no is None:
                    no = next_no
                    next_no += 1
                m = {
                    "participant_no": no,
                    "joined_on": v["joined_on"],
                    "status": v["status"],
                    "left_on": v["left_on"],
                    "notes": v["membership_notes"],
                }
                params.append(
                    {
                        **m,
                        "uid": v["_uid"],
                        "authority_id": authority_ids[v["_authority_uid"]],
                        "focal_point_id": focal_ids.get(r.row),
                        "created_at": now,
                        "updated_at": now,
                        "version": 1,
                    }
                )
                audit.append(
                    _audit_row(
                        user,
                        AuditAction.CREATE,
                        RecordKind.MEMBERSHIP.value,
                        v["_uid"],
                        f"{v['name']} (no. {no})",
                        _created(m),
                    )
                )
                progress.tick(len(audit))
            session.execute(insert(_table(Membership)), params)
        # Linked authorities take the row's fields (only authority changes: no membership yet).
        changed = updates + [r for r in adds if r.action is RowAction.LINK and r.changes]
        if changed:
            self._update(session, user, changed, authority_ids, focal_ids, now, audit, progress)
        _audit_rows(session, audit)
        linked = sum(1 for r in adds if r.action is RowAction.LINK)
        return len(adds) - linked, len(updates), linked

    @staticmethod
    def _authority_ids(session: Session, uids: list[str]) -> dict[str, int]:
        return _ids_by_uid(session, Authority, uids)

    @staticmethod
    def _focal_points(
        session: Session,
        user: str,
        rows: list[PlannedRow],
        authority_ids: Mapping[str, int],
        now: dt.datetime,
        audit: list[dict[str, Any]],
    ) -> dict[int, int]:
        wanted = [
            r
            for r in rows
            if r.values["focal_point"]
            and (r.action is not RowAction.UPDATE or any(c[0] == "focal_point" for c in r.changes))
        ]
        if not wanted:
            return {}
        params = []
        for r in wanted:
            uid = new_uid()
            params.append(
                {
                    "uid": uid,
                    "name": r.values["focal_point"],
                    "function": "Focal point",
                    "language": Language.EN.value,
                    "authority_id": authority_ids[r.values["_authority_uid"]],
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
            )
            # Personal data stays out of the audit label (as PersonService does).
            audit.append(
                _audit_row(
                    user,
                    AuditAction.CREATE,
                    RecordKind.PERSON.value,
                    uid,
                    "contact person",
                )
            )
        session.execute(insert(_table(Person)), params)
        ids = _ids_by_uid(session, Person, [p["uid"] for p in params])
        return {r.row: ids[p["uid"]] for r, p in zip(wanted, params, strict=True)}

    @staticmethod
    def _update(
        session: Session,
        user: str,
        rows: list[PlannedRow],
        authority_ids: Mapping[str, int],
        focal_ids: Mapping[int, int],
        now: dt.datetime,
        audit: list[dict[str, Any]],
        progress: _Ticker,
    ) -> None:
        a_table, m_table = _table(Authority), _table(Membership)
        a_params: list[dict[str, Any]] = []
        m_params: list[dict[str, Any]] = []
        for r in rows:
            v = r.values
            changed = {c[0] for c in r.changes}
            a_changes = [c for c in r.changes if c[0] in _AUTHORITY_FIELDS]
            m_changes = [c for c in r.changes if c[0] not in _AUTHORITY_FIELDS]
            if a_changes:
                a = {f: v[f] for f in _AUTHORITY_FIELDS}
                a_params.append(
                    {
                        **{f"n_{k}": val for k, val in a.items()},
                        **{f"n_{k}": val for k, val in _authority_keys(a).items()},
                        "b_uid": v["_authority_uid"],
                        "b_version": v["_authority_version"],
                        "n_updated_at": now,
                    }
                )
                audit.append(
                    _audit_row(
                        user,
                        AuditAction.UPDATE,
                        RecordKind.AUTHORITY.value,
                        v["_authority_uid"],
                        v["name"],
                        a_changes,
                    )
                )
            if m_changes:
                m_params.append(
                    {
                        "n_participant_no": v["participant_no"],
                        "n_joined_on": v["joined_on"],
                        "n_status": v["status"],
                        "n_left_on": v["left_on"],
                        "n_notes": v["membership_notes"],
                        "n_focal_point_id": focal_ids.get(r.row),
                        "n_updated_at": now,
                        "b_uid": r.target_uid,
                        "b_version": r.target_version,
                        "keep_focal": "focal_point" not in changed or not v["focal_point"],
                        "clear_focal": "focal_point" in changed and not v["focal_point"],
                        "moves": "participant_no" in changed,
                    }
                )
                audit.append(
                    _audit_row(
                        user,
                        AuditAction.UPDATE,
                        RecordKind.MEMBERSHIP.value,
                        r.target_uid or "",
                        f"{v['name']} (no. {v['participant_no']})",
                        m_changes,
                    )
                )
            progress.tick(len(audit))
        if a_params:
            cols = (*_AUTHORITY_FIELDS, "search_key", "name_key", "sort_key", "updated_at")
            stmt = (
                update(a_table)
                .where(a_table.c.uid == bindparam("b_uid"))
                .where(a_table.c.version == bindparam("b_version"))
                .values({c: bindparam(f"n_{c}") for c in cols} | {"version": a_table.c.version + 1})
            )
            _check_all(_rowcount(session.execute(stmt, a_params)), len(a_params), "authority")
        if m_params:
            # Participant numbers move in two steps so that swapping two numbers works.
            from sqlalchemy import case

            m_cols = ("participant_no", "joined_on", "status", "left_on", "notes", "updated_at")
            focal = case(
                (bindparam("clear_focal"), None),
                (bindparam("keep_focal"), m_table.c.focal_point_id),
                else_=bindparam("n_focal_point_id"),
            )
            moving = [{"b_uid": p["b_uid"]} for p in m_params if p["moves"]]
            if moving:
                park = (
                    update(m_table)
                    .where(m_table.c.uid == bindparam("b_uid"))
                    .values(participant_no=m_table.c.id + _PARKED)
                )
                session.execute(park, moving)
            stmt = (
                update(m_table)
                .where(m_table.c.uid == bindparam("b_uid"))
                .where(m_table.c.version == bindparam("b_version"))
                .values(
                    {c: bindparam(f"n_{c}") for c in m_cols}
                    | {"version": m_table.c.version + 1, "focal_point_id": focal}
                )
            )
            _check_all(_rowcount(session.execute(stmt, m_params)), len(m_params), "member")
        del authority_ids


_PARKED = 1_000_000_000  # a participant number no member has, while numbers are swapped


def _ids_by_uid(session: Session, model: Any, uids: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for start in range(0, len(uids), 500):
        chunk = uids[start : start + 500]
        stmt = select(model.uid, model.id).where(model.uid.in_(chunk))
        out.update({uid: id_ for uid, id_ in session.execute(stmt)})
    return out


def _authority_keys(values: Mapping[str, Any]) -> dict[str, str]:
    """The folded forms AuthorityService keeps in step (see apply_authority)."""
    return {
        # search_key() of domain.text, over the cached fold.
        "search_key": "\x1f".join(
            _fold(v)
            for v in (values["name"], values["name_latin"], values["name_en"], values["name_fr"])
            if v
        ),
        "name_key": _name_key(values["name"])[:200],
        "sort_key": _fold(values["name_latin"] or values["name"])[:200],
    }


def _rowcount(result: Any) -> int:
    return int(result.rowcount)


def _check_all(matched: int, expected: int, kind: str) -> None:
    if matched != expected:
        raise ConflictError(kind, "", "records in this import")


# --- signatures and applications: fewer rows, written through the services' own helpers ----


class _RecordHandler:
    """Shared planning of signatures and applications: stored values, merging, duplicates."""

    kind: ListKind
    fields: tuple[str, ...]
    defaults: dict[str, Any]

    def _merged(
        self, raw: Mapping[str, Any], mapped: set[str], stored: dict[str, Any] | None
    ) -> dict[str, Any]:
        values = dict(stored) if stored is not None else dict(self.defaults)
        for key in self.fields:
            if key not in mapped:
                continue
            value = raw.get(key)
            if value is None and isinstance(self.defaults.get(key), StrEnum | bool):
                continue  # an empty cell keeps the stored value (or the default)
            values[key] = "" if value is None and isinstance(self.defaults.get(key), str) else value
        return values

    @staticmethod
    def _authority_index(
        session: Session,
    ) -> tuple[dict[str, tuple[str, str]], dict[tuple[str, str], list[str]]]:
        """uid -> (label, country) of authorities, and (country, name key) -> uids."""
        labels: dict[str, tuple[str, str]] = {}
        names: dict[tuple[str, str], list[str]] = {}
        stmt = select(
            Authority.uid, Authority.name, Authority.name_latin, Authority.country_code
        ).where(Authority.deleted_at.is_(None))
        for uid, name, latin, country in session.execute(stmt):
            labels[uid] = (display_name(name, latin), country)
            for n in {name_key(name), name_key(latin)} - {""}:
                names.setdefault((country, n), []).append(uid)
        return labels, names


class _SignaturesHandler(_RecordHandler):
    kind = ListKind.SIGNATORIES
    fields = (
        "certificate_no",
        "name",
        "name_latin",
        "country_code",
        "signer_name",
        "signer_function",
        "signed_on",
        "place",
        "language",
        "notes",
        "authority_uid",
    )
    defaults: dict[str, Any] = {  # noqa: RUF012 - read only
        "certificate_no": "",
        "name": "",
        "name_latin": "",
        "country_code": "",
        "signer_name": "",
        "signer_function": "",
        "signed_on": None,
        "place": "",
        "language": Language.EN,
        "notes": "",
        "authority_uid": "",
    }
    _compared = (
        "certificate_no",
        "country_code",
        "signer_name",
        "signer_function",
        "signed_on",
        "place",
        "language",
        "notes",
    )

    def plan(self, session: Session, data: ImportData, file_name: str) -> ImportPlan:
        from alliance_desktop.db.models import Signature
        from alliance_desktop.domain.records import SignatureDraft
        from alliance_desktop.domain.validation import validate_signature

        labels, names = self._authority_index(session)
        deleted = set(
            session.scalars(select(Authority.uid).where(Authority.deleted_at.is_not(None)))
        )
        stored: dict[str, tuple[int, bool, dict[str, Any]]] = {}
        by_number: dict[str, str] = {}
        by_authority: dict[str, str] = {}
        stmt = select(Signature, Authority.uid, Authority.name, Authority.name_latin).outerjoin(
            Authority, Signature.authority_id == Authority.id
        )
        for sig, a_uid, a_name, a_latin in session.execute(stmt):
            values: dict[str, Any] = {
                "certificate_no": sig.certificate_no,
                "name": a_name or "",
                "name_latin": a_latin or "",
                "country_code": sig.country_code,
                "signer_name": sig.signer_name,
                "signer_function": sig.signer_function,
                "signed_on": sig.signed_on,
                "place": sig.place,
                "language": sig.language,
                "notes": sig.notes,
                "authority_uid": a_uid or "",
            }
            stored[sig.uid] = (sig.version, sig.deleted_at is not None, values)
            by_number[sig.certificate_no] = sig.uid
            if a_uid and sig.deleted_at is None:
                by_authority[a_uid] = sig.uid
        errors = _Collector(data, self.kind)
        mapped = set(data.match.mapping.values())
        planned: list[PlannedRow] = []
        duplicates: list[Duplicate] = []
        seen: dict[Any, int] = {}
        for raw, number in zip(data.rows, data.row_numbers, strict=True):
            unreadable = number in errors.cell_rows
            uid = raw.get("uid") or None
            target = stored.get(uid) if uid else None
            if target is not None and target[1]:
                errors.add(number, "uid", "this signature is in the Trash; restore it first")
                continue
            target_uid = uid if target is not None else None
            db_dup: str | None = None
            values = self._merged(raw, mapped, target[2] if target else None)
            # The authority: stored one, the id given, or one with the same name and country.
            authority_uid = values["authority_uid"] or ""
            new_authority = ""
            if target is None:
                if authority_uid and authority_uid not in labels:
                    # An authority from another database: made here with the same id.
                    if authority_uid in deleted or not values["name"]:
                        problem = "is in the Trash" if authority_uid in deleted else "is unknown"
                        errors.add(number, "authority_uid", f"this authority {problem}")
                        continue
                    new_authority, authority_uid = authority_uid, ""
                if not authority_uid and values["name"]:
                    for n in (values["name"], values["name_latin"]):
                        k = _key(values["country_code"] or "", n or "")
                        if k and k in names:
                            authority_uid = names[k][0]
                            break
                number_owner = by_number.get(values["certificate_no"] or "")
                if number_owner is not None:
                    db_dup = number_owner
                elif authority_uid and authority_uid in by_authority:
                    db_dup = by_authority[authority_uid]
                if db_dup is not None:
                    target_uid, target = db_dup, stored[db_dup]
                    keep = target[2]
                    values = self._merged(raw, mapped, keep)
                    authority_uid = keep["authority_uid"]
            values["authority_uid"] = authority_uid
            values["_new_authority_uid"] = new_authority if not authority_uid else ""
            if not values["country_code"] and authority_uid:
                values["country_code"] = labels[authority_uid][1]
            draft = clean_draft(
                SignatureDraft(
                    signer_name=values["signer_name"] or "",
                    signed_on=values["signed_on"] or dt.date.today(),
                    authority_uid=authority_uid or None,
                    country_code=values["country_code"] or "",
                    signer_function=values["signer_function"] or "",
                    place=values["place"] or "",
                    language=Language(values["language"]),
                    certificate_no=values["certificate_no"] or "",
                    notes=values["notes"] or "",
                )
            )
            problems = validate_signature(draft)
            if values["signed_on"] is None:
                problems.append(FieldError("signed_on", "is required"))
            if not draft.country_code:
                problems.append(FieldError("country_code", "is required without an authority"))
            if problems or unreadable:
                errors.fields(number, problems, {})
                continue
            owner = by_number.get(draft.certificate_no) if draft.certificate_no else None
            if owner is not None and owner != target_uid:
                errors.add(number, "certificate_no", "this number belongs to another signature")
                continue
            values.update(
                {f: getattr(draft, f) for f in self._compared},
                language=draft.language.value,
                name=clean_draft_line(values["name"]),
                name_latin=clean_draft_line(values["name_latin"]),
            )
            who = values["name"] or draft.signer_name
            label = f"{who} ({draft.country_code})"
            keys = [("uid", target_uid)] if target_uid else []
            if draft.certificate_no:
                keys.append(("no", draft.certificate_no))
            name_k = _key(draft.country_code, who)
            if name_k:
                keys.append(("name", name_k))
            first = next((seen[k] for k in keys if k in seen), None)
            dup: Duplicate | None = None
            if first is not None:
                dup = Duplicate(number, label, "", of_row=first)
            else:
                seen.update({k: number for k in keys})
                if db_dup is not None:
                    existing = stored[db_dup][2]
                    dup = Duplicate(
                        number,
                        label,
                        f"{existing['name'] or existing['signer_name']} "
                        f"({existing['certificate_no']})",
                        existing_uid=db_dup,
                    )
            if dup is not None:
                duplicates.append(dup)
            if target is not None and target_uid is not None:
                before = {f: target[2][f] for f in self._compared}
                after = {f: values[f] for f in self._compared}
                changes = tuple(field_changes(before, after))
                action = RowAction.UPDATE if changes else RowAction.UNCHANGED
                planned.append(
                    PlannedRow(
                        number, action, values, label, target_uid, target[0], changes, dup, before
                    )
                )
            else:
                values["_uid"] = uid or ""
                action = RowAction.LINK if authority_uid else RowAction.ADD
                planned.append(PlannedRow(number, action, values, label, duplicate=dup))
        return ImportPlan(
            self.kind,
            file_name,
            tuple(planned),
            errors.sorted(),
            tuple(duplicates),
            {},
            len(data.rows),
        )

    def apply(
        self,
        session: Session,
        user: str,
        rows: list[PlannedRow],
        links: Mapping[int, str],
        progress: _Ticker,
    ) -> tuple[int, int, int]:
        from alliance_desktop.db.models import Signature
        from alliance_desktop.domain.records import SignatureDraft
        from alliance_desktop.services import signatures as sig
        from alliance_desktop.services.base import audit, check_version, load

        added = updated = linked = 0
        made: dict[Any, str] = {}
        for index, r in enumerate(rows):
            v = r.values
            authority_uid = v["authority_uid"] or None
            if r.action is RowAction.ADD and v["name"]:
                # Rows naming the same new authority share the one made for the first.
                key = v["_new_authority_uid"] or _key(v["country_code"], v["name"])
                authority_uid = made.get(key) if key else None
                if authority_uid is None:
                    authority_uid = _create_authority(
                        session,
                        user,
                        AuthorityDraft(
                            name=v["name"],
                            name_latin=v["name_latin"],
                            country_code=v["country_code"],
                        ),
                        v["_new_authority_uid"] or None,
                    )
                    if key:
                        made[key] = authority_uid
            draft = SignatureDraft(
                signer_name=v["signer_name"],
                signed_on=v["signed_on"],
                authority_uid=authority_uid,
                country_code=v["country_code"],
                signer_function=v["signer_function"],
                place=v["place"],
                language=Language(v["language"]),
                certificate_no=v["certificate_no"],
                notes=v["notes"],
            )
            if r.action is RowAction.UPDATE:
                assert r.target_uid is not None
                row = load(session, Signature, r.target_uid, sig.KIND)
                check_version(row, r.target_version, sig.KIND, sig._label(row))
                number = draft.certificate_no or row.certificate_no
                sig._check_number_free(session, number, row.uid)
                draft = dataclasses.replace(draft, certificate_no=number)
                sig._apply(session, row, draft)
                row.certificate_no = number
                row.search_key = search_key(row.signer_name, row.place, number)
                row.updated_at = utcnow()
                session.flush()
                audit(
                    session,
                    user,
                    AuditAction.UPDATE,
                    sig.KIND,
                    row.uid,
                    sig._label(row),
                    list(r.changes),
                )
                updated += 1
            else:
                _keep_uid(session, sig.create_signature_in(session, user, draft), v["_uid"])
                added += r.action is RowAction.ADD
                linked += r.action is RowAction.LINK
            progress.tick(index + 1)
        return added, updated, linked


def _keep_uid(session: Session, row: Any, uid: str) -> None:
    """Give a record just made the id it has in the file, so a second import updates it.

    The services' create functions choose a new id; their audit entry, not yet flushed, is
    moved to the kept id too.
    """
    if not uid or row.uid == uid:
        return
    old = row.uid
    for pending in session.new:
        if isinstance(pending, AuditEntry) and pending.entity_uid == old:
            pending.entity_uid = uid
    # A plain UPDATE: through the ORM it would also count as a new version of the record.
    table = _table(type(row))
    session.execute(update(table).where(table.c.id == row.id).values(uid=uid))
    session.expire(row, ["uid"])


def _create_authority(session: Session, user: str, draft: AuthorityDraft, uid: str | None) -> str:
    """A new authority, keeping the id it has in the file's database when it has one."""
    from alliance_desktop.services.authorities import apply_authority, authority_values
    from alliance_desktop.services.base import audit, created_changes

    row = Authority(uid=uid or new_uid())
    apply_authority(row, draft)
    session.add(row)
    session.flush()
    audit(
        session,
        user,
        AuditAction.CREATE,
        RecordKind.AUTHORITY.value,
        row.uid,
        row.name,
        created_changes(authority_values(draft)),
    )
    return row.uid


def clean_draft_line(value: str | None) -> str:
    from alliance_desktop.domain.text import clean_line

    return clean_line(value)


class _ApplicationsHandler(_RecordHandler):
    kind = ListKind.APPLICATIONS
    fields = (
        "applicant_name",
        "applicant_name_latin",
        "applicant_kind",
        "country_code",
        "channel",
        "received_on",
        "status",
        "decided_on",
        "decision_note",
        "contact_name",
        "contact_function",
        "contact_email",
        "contact_phone",
        "contact_language",
        "commitment_letter",
        "notes",
        "authority_uid",
    )
    # The fields an import may change; status and decision go through the Applications tab.
    _written = (
        "applicant_name",
        "applicant_name_latin",
        "applicant_kind",
        "country_code",
        "channel",
        "received_on",
        "contact_name",
        "contact_function",
        "contact_email",
        "contact_phone",
        "contact_language",
        "commitment_letter",
        "notes",
        "authority_uid",
    )

    @property
    def defaults(self) -> dict[str, Any]:  # type: ignore[override]
        from alliance_desktop.domain.enums import ApplicationChannel, ApplicationStatus

        return {
            "applicant_name": "",
            "applicant_name_latin": "",
            "applicant_kind": AuthorityKind.MUNICIPALITY,
            "country_code": "",
            "channel": ApplicationChannel.WEB_FORM,
            "received_on": None,
            "status": ApplicationStatus.RECEIVED,
            "decided_on": None,
            "decision_note": "",
            "contact_name": "",
            "contact_function": "",
            "contact_email": "",
            "contact_phone": "",
            "contact_language": Language.EN,
            "commitment_letter": False,
            "notes": "",
            "authority_uid": "",
        }

    def plan(self, session: Session, data: ImportData, file_name: str) -> ImportPlan:
        from alliance_desktop.db.models import Application
        from alliance_desktop.domain.enums import ApplicationChannel, ApplicationStatus
        from alliance_desktop.domain.records import ApplicationDraft
        from alliance_desktop.domain.validation import validate_application

        labels, names = self._authority_index(session)
        contact = Person.__table__.alias("contact")
        stmt = (
            select(
                Application.uid,
                Application.version,
                Application.deleted_at,
                Authority.uid,
                contact.c.name,
                contact.c.function,
                contact.c.email,
                contact.c.phone,
                contact.c.language,
                *(
                    getattr(Application, f)
                    for f in (
                        "applicant_name",
                        "applicant_name_latin",
                        "applicant_kind",
                        "country_code",
                        "channel",
                        "received_on",
                        "status",
                        "decided_on",
                        "decision_note",
                        "commitment_letter",
                        "notes",
                    )
                ),
            )
            .outerjoin(Authority, Application.authority_id == Authority.id)
            .outerjoin(contact, Application.contact_id == contact.c.id)
        )
        stored: dict[str, tuple[int, bool, dict[str, Any]]] = {}
        by_name: dict[tuple[str, str], str] = {}
        for r in session.execute(stmt):
            values: dict[str, Any] = {
                "authority_uid": r[3] or "",
                "contact_name": r[4] or "",
                "contact_function": r[5] or "",
                "contact_email": r[6] or "",
                "contact_phone": r[7] or "",
                "contact_language": r[8] or "en",
                "applicant_name": r[9],
                "applicant_name_latin": r[10],
                "applicant_kind": r[11],
                "country_code": r[12],
                "channel": r[13],
                "received_on": r[14],
                "status": r[15],
                "decided_on": r[16],
                "decision_note": r[17],
                "commitment_letter": bool(r[18]),
                "notes": r[19],
            }
            stored[r[0]] = (r[1], r[2] is not None, values)
            if r[2] is None:
                for n in {name_key(r[9]), name_key(r[10])} - {""}:
                    by_name.setdefault((r[12], n), r[0])
        errors = _Collector(data, self.kind)
        mapped = set(data.match.mapping.values())
        planned: list[PlannedRow] = []
        duplicates: list[Duplicate] = []
        matches: dict[int, tuple[AuthorityMatch, ...]] = {}
        seen: dict[Any, int] = {}
        for raw, number in zip(data.rows, data.row_numbers, strict=True):
            unreadable = number in errors.cell_rows
            uid = raw.get("uid") or None
            target = stored.get(uid) if uid else None
            if target is not None and target[1]:
                errors.add(number, "uid", "this application is in the Trash; restore it first")
                continue
            target_uid = uid if target is not None else None
            values = self._merged(raw, mapped, target[2] if target else None)
            db_dup: str | None = None
            if target is None:
                for n in (values["applicant_name"], values["applicant_name_latin"]):
                    k = _key(values["country_code"] or "", n or "")
                    if k and k in by_name:
                        db_dup = by_name[k]
                        break
                if db_dup is not None:
                    target_uid, target = db_dup, stored[db_dup]
                    values = self._merged(raw, mapped, target[2])
            status = ApplicationStatus(values["status"])
            if target is None and status is not ApplicationStatus.RECEIVED:
                errors.add(
                    number,
                    "status",
                    "a new application is imported as received; decide it in the Applications tab",
                )
                continue
            if target is not None:
                old = target[2]
                for key in ("status", "decided_on", "decision_note"):
                    if plain(values[key]) != plain(old[key]) and (values[key] or old[key]):
                        errors.add(
                            number,
                            key,
                            "status and decision change in the Applications tab, not by import",
                        )
                        break
                else:
                    old = {}
                if old:
                    continue
            authority_uid = values["authority_uid"] or ""
            if authority_uid and authority_uid not in labels:
                errors.add(number, "authority_uid", "no authority has this id")
                continue
            draft = clean_draft(
                ApplicationDraft(
                    applicant_name=values["applicant_name"] or "",
                    country_code=values["country_code"] or "",
                    received_on=values["received_on"] or dt.date.today(),
                    channel=ApplicationChannel(values["channel"]),
                    applicant_kind=AuthorityKind(values["applicant_kind"]),
                    applicant_name_latin=values["applicant_name_latin"] or "",
                    authority_uid=authority_uid or None,
                    contact_name=values["contact_name"] or "",
                    contact_function=values["contact_function"] or "",
                    contact_email=values["contact_email"] or "",
                    contact_phone=values["contact_phone"] or "",
                    contact_language=Language(values["contact_language"]),
                    commitment_letter=bool(values["commitment_letter"]),
                    notes=values["notes"] or "",
                )
            )
            problems = validate_application(draft)
            if values["received_on"] is None:
                problems.append(FieldError("received_on", "is required"))
            if not draft.contact_name and any(
                (draft.contact_function, draft.contact_email, draft.contact_phone)
            ):
                problems.append(FieldError("contact_name", "is required with contact details"))
            if problems or unreadable:
                errors.fields(number, problems, {})
                continue
            for f in self._written:
                value = getattr(draft, f, None) if f != "authority_uid" else authority_uid
                values[f] = value.value if isinstance(value, StrEnum) else value
            label = f"{display_name(draft.applicant_name, draft.applicant_name_latin)}"
            label += f" ({draft.country_code})"
            keys: list[Any] = [("uid", target_uid)] if target_uid else []
            name_k = _key(draft.country_code, draft.applicant_name)
            if name_k:
                keys.append(("name", name_k))
            first = next((seen[k] for k in keys if k in seen), None)
            dup: Duplicate | None = None
            if first is not None:
                dup = Duplicate(number, label, "", of_row=first)
            else:
                seen.update({k: number for k in keys})
                if db_dup is not None:
                    existing = stored[db_dup][2]
                    dup = Duplicate(
                        number,
                        label,
                        f"{existing['applicant_name']} ({existing['country_code']}, received "
                        f"{existing['received_on'].isoformat()})",
                        existing_uid=db_dup,
                    )
            if dup is not None:
                duplicates.append(dup)
            if target is not None and target_uid is not None:
                before = {f: target[2][f] for f in self._written}
                after = {f: values[f] for f in self._written}
                changes = tuple(field_changes(before, after))
                action = RowAction.UPDATE if changes else RowAction.UNCHANGED
                planned.append(
                    PlannedRow(
                        number, action, values, label, target_uid, target[0], changes, dup, before
                    )
                )
                continue
            if not authority_uid:
                found: list[str] = []
                for n in (draft.applicant_name, draft.applicant_name_latin):
                    k = _key(draft.country_code, n)
                    found += [u for u in names.get(k, []) if u not in found] if k else []
                if found:
                    matches[number] = tuple(
                        AuthorityMatch(u, labels[u][0], labels[u][1]) for u in found
                    )
            values["_uid"] = uid or ""
            planned.append(PlannedRow(number, RowAction.ADD, values, label, duplicate=dup))
        return ImportPlan(
            self.kind,
            file_name,
            tuple(planned),
            errors.sorted(),
            tuple(duplicates),
            matches,
            len(data.rows),
        )

    def apply(
        self,
        session: Session,
        user: str,
        rows: list[PlannedRow],
        links: Mapping[int, str],
        progress: _Ticker,
    ) -> tuple[int, int, int]:
        from alliance_desktop.db.models import Application
        from alliance_desktop.domain.enums import ApplicationChannel
        from alliance_desktop.domain.records import ApplicationDraft
        from alliance_desktop.services import applications as app
        from alliance_desktop.services.base import audit, check_version, load

        added = updated = linked = 0
        for index, r in enumerate(rows):
            v = r.values
            authority_uid = v["authority_uid"] or links.get(r.row) or None
            draft = ApplicationDraft(
                applicant_name=v["applicant_name"],
                country_code=v["country_code"],
                received_on=v["received_on"],
                channel=ApplicationChannel(v["channel"]),
                applicant_kind=AuthorityKind(v["applicant_kind"]),
                applicant_name_latin=v["applicant_name_latin"],
                authority_uid=authority_uid,
                contact_name=v["contact_name"],
                contact_function=v["contact_function"],
                contact_email=v["contact_email"],
                contact_phone=v["contact_phone"],
                contact_language=Language(v["contact_language"]),
                commitment_letter=bool(v["commitment_letter"]),
                notes=v["notes"],
            )
            if r.action is RowAction.UPDATE:
                assert r.target_uid is not None
                row = load(session, Application, r.target_uid, app.KIND)
                check_version(row, r.target_version, app.KIND, app._label(row))
                old = app._values(app.application_record(row).draft)
                app._apply(session, user, row, draft)
                changes = field_changes(old, app._values(draft))
                if changes:
                    row.updated_at = utcnow()
                    session.flush()
                    audit(
                        session,
                        user,
                        AuditAction.UPDATE,
                        app.KIND,
                        row.uid,
                        app._label(row),
                        changes,
                    )
                updated += 1
            else:
                # create_application_in loads the linked authority after adding the row;
                # no autoflush, or the half-filled row is flushed first.
                with session.no_autoflush:
                    made_row = app.create_application_in(session, user, draft)
                _keep_uid(session, made_row, v["_uid"])
                added += 1
                linked += authority_uid is not None and not v["authority_uid"]
            progress.tick(index + 1)
        return added, updated, linked
