"""Contact persons' personal data: export all of it, erase a person, review old contacts.

Erasing blanks the person's fields (the record stays, named "Erased person", so memberships
and applications keep their history) and anonymises every trace of their name, e-mail and
phone in the audit trail and in notes. On SQLite the erase runs with ``secure_delete`` on,
then the file is vacuumed and the WAL checkpointed and truncated, so the old values are in
neither the database file nor its -wal (backups taken before the erase still hold them until
they are thinned away; ``erase`` lists them). Nothing here logs personal data.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from alliance_desktop.db.models import (
    Application,
    ApplicationStatusChange,
    AuditEntry,
    Authority,
    Membership,
    Person,
    Signature,
)
from alliance_desktop.domain.data_safety import RetentionItem
from alliance_desktop.domain.enums import ApplicationStatus, AuditAction, RecordKind
from alliance_desktop.domain.errors import ConflictError, DatabaseError
from alliance_desktop.domain.text import LIKE_ESCAPE
from alliance_desktop.services.base import Service, audit, load, now
from alliance_desktop.services.data_safety.backups import list_backups

KIND = RecordKind.PERSON.value
ERASED_NAME = "Erased person"
ERASED = "(erased)"
DEFAULT_RETENTION_MONTHS = 24
_CLOSED = (ApplicationStatus.DECLINED.value, ApplicationStatus.WITHDRAWN.value)


@dataclass(frozen=True, slots=True)
class PersonExport:
    """Everything stored about one person: ``data`` for JSON, ``text`` for people."""

    data: dict[str, Any]
    text: str


@dataclass(frozen=True, slots=True)
class EraseResult:
    uid: str
    audit_entries_anonymised: int
    notes_anonymised: int
    file_cleaned: bool  # SQLite: vacuumed and WAL truncated (False on PostgreSQL or if busy)
    older_backups: tuple[Path, ...]  # backups taken before the erase still hold the data


class PrivacyService(Service):
    def export_person(self, uid: str) -> PersonExport:
        with self.db.read() as session:
            person = load(session, Person, uid, KIND)
            data = _export_data(session, person)
        return PersonExport(data=data, text=_export_text(data))

    def write_export(self, uid: str, json_path: Path) -> tuple[Path, Path]:
        """Write the export as JSON at ``json_path`` and a summary beside it (.txt), both
        owner-only and written whole (temporary file, then rename)."""
        export = self.export_person(uid)
        text_path = json_path.with_suffix(".txt")
        _write_private(json_path, json.dumps(export.data, ensure_ascii=False, indent=2) + "\n")
        _write_private(text_path, export.text)
        return json_path, text_path

    def erase(self, uid: str, version: int | None = None) -> EraseResult:
        """Erase a person's personal data and its traces; the records linked to them stay."""
        started = dt.datetime.now(dt.UTC)
        with self.db.write() as session:
            if self.db.is_sqlite:
                # Freed space is overwritten with zeros instead of keeping the old bytes.
                session.connection().exec_driver_sql("PRAGMA secure_delete=ON")
            person = load(session, Person, uid, KIND)
            if version is not None and person.version != version:
                raise ConflictError(KIND, uid, "contact person")
            traces = _traces(person)
            entries = _anonymise_audit(session, uid, traces)
            notes = _anonymise_notes(session, person, traces)
            person.name = ERASED_NAME
            person.function = person.email = person.phone = person.notes = ""
            person.erased_at = now()
            person.updated_at = now()
            session.flush()
            audit(session, self.user, AuditAction.ERASE, KIND, uid, "contact person")
        cleaned = self._clean_file()
        older = tuple(
            b.path
            for b in (list_backups(_sqlite_file(self.db.url)) if self.db.is_sqlite else [])
            if b.taken_at < started
        )
        return EraseResult(uid, entries, notes, cleaned, older)

    def retention_review(
        self, months: int = DEFAULT_RETENTION_MONTHS, today: dt.date | None = None
    ) -> list[RetentionItem]:
        """Contacts whose only applications were declined or withdrawn more than ``months``
        ago, and who are nobody's focal point: candidates for erasing."""
        cutoff = months_before(today or dt.date.today(), months)
        with self.db.read() as session:
            rows = session.execute(
                select(Application, Person)
                .join(Person, Application.contact_id == Person.id)
                .where(Person.erased_at.is_(None), Application.deleted_at.is_(None))
                .order_by(Person.id, Application.received_on)
            ).all()
            focal = set(
                session.scalars(
                    select(Membership.focal_point_id).where(Membership.focal_point_id.is_not(None))
                )
            )
            by_person: dict[int, list[Application]] = {}
            people: dict[int, Person] = {}
            for application, person in rows:
                by_person.setdefault(person.id, []).append(application)
                people[person.id] = person
            items = []
            for person_id, applications in by_person.items():
                if person_id in focal:
                    continue
                if not all(a.status in _CLOSED and _closed_on(a) < cutoff for a in applications):
                    continue
                latest = max(applications, key=_closed_on)
                items.append(
                    RetentionItem(
                        person_uid=people[person_id].uid,
                        person_name=people[person_id].name,
                        application_uid=latest.uid,
                        applicant_name=latest.applicant_name,
                        status=latest.status,
                        decided_on=latest.decided_on,
                        received_on=latest.received_on,
                    )
                )
            return sorted(items, key=lambda i: (i.decided_on or i.received_on, i.person_name))

    def _clean_file(self) -> bool:
        """Vacuum and truncate the WAL so no old page holding the erased values survives."""
        if not self.db.is_sqlite:
            return False
        with self.db.engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert raw is not None
            try:
                raw.execute("PRAGMA secure_delete=ON")
                raw.execute("VACUUM")
                busy = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            except Exception as exc:  # sqlite3.Error; the erase itself is committed
                raise DatabaseError(
                    "The person was erased, but the database file could not be cleaned up "
                    f"({exc}). Close other copies of the application and erase again."
                ) from exc
        return not busy


def months_before(day: dt.date, months: int) -> dt.date:
    total = day.year * 12 + (day.month - 1) - months
    year, month = divmod(total, 12)
    month += 1
    for last in (31, 30, 29, 28):
        with contextlib.suppress(ValueError):
            return dt.date(year, month, min(day.day, last))
    raise AssertionError("unreachable")


def _closed_on(application: Application) -> dt.date:
    return application.decided_on or application.received_on


def _sqlite_file(url: str) -> Path:
    from alliance_desktop.db.engine import sqlite_path

    path = sqlite_path(url)
    assert path is not None
    return path


# --- erasing ---------------------------------------------------------------------------------


def _traces(person: Person) -> list[str]:
    """The values that identify the person, longest first (a name inside an e-mail...)."""
    values = {v.strip() for v in (person.email, person.phone, person.name) if v and v.strip()}
    return sorted(values, key=len, reverse=True)


def _scrub(text: str, traces: Iterable[str]) -> str:
    for trace in traces:
        # Case-insensitive; a name only as a whole word, so "Ana" does not eat "Banana".
        pattern = re.escape(trace)
        if re.fullmatch(r"[\w .'-]+", trace):
            pattern = rf"(?<!\w){pattern}(?!\w)"
        text = re.sub(pattern, ERASED, text, flags=re.IGNORECASE)
    return text


def _blank(value: object) -> str | None:
    return None if value is None else ERASED


def _scrub_value(value: object, traces: list[str]) -> str | None:
    return None if value is None else _scrub(str(value), traces)


def _like_any(column: Any, traces: list[str]) -> Any:
    escaped = [
        t.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2)
        .replace("%", LIKE_ESCAPE + "%")
        .replace("_", LIKE_ESCAPE + "_")
        for t in traces
    ]
    return or_(*(column.ilike(f"%{t}%", escape=LIKE_ESCAPE) for t in escaped))


def _anonymise_audit(session: Session, uid: str, traces: list[str]) -> int:
    conditions = [AuditEntry.entity_uid == uid]
    if traces:
        json_traces = [json.dumps(t, ensure_ascii=False)[1:-1] for t in traces]
        conditions += [
            _like_any(AuditEntry.changes, json_traces),
            _like_any(AuditEntry.label, traces),
        ]
    count = 0
    for entry in session.scalars(select(AuditEntry).where(or_(*conditions))):
        changes = json.loads(entry.changes or "[]")
        if entry.entity_uid == uid:
            # Every value recorded about the person is theirs: keep only which field changed.
            new = [[f, _blank(o), _blank(n)] for f, o, n in changes]
        else:
            new = [[f, _scrub_value(o, traces), _scrub_value(n, traces)] for f, o, n in changes]
        label = _scrub(entry.label, traces) if entry.entity_uid != uid else entry.label
        if new != changes or label != entry.label:
            entry.changes = json.dumps(new, ensure_ascii=False)
            entry.label = label
            count += 1
    return count


def _anonymise_notes(session: Session, person: Person, traces: list[str]) -> int:
    if not traces:
        return 0
    count = 0
    targets: list[tuple[Any, tuple[str, ...]]] = [
        (Authority, ("notes", "roma_population_note")),
        (Membership, ("notes",)),
        (Signature, ("notes",)),
        (Application, ("notes", "decision_note")),
        (ApplicationStatusChange, ("note",)),
        (Person, ("notes",)),
    ]
    for model, fields in targets:
        clause = or_(*(_like_any(getattr(model, f), traces) for f in fields))
        for row in session.scalars(select(model).where(clause)):
            for name in fields:
                value = getattr(row, name) or ""
                scrubbed = _scrub(value, traces)
                if scrubbed != value:
                    setattr(row, name, scrubbed)
                    count += 1
    # An authority whose e-mail or phone is this person's own address: that is theirs too.
    same: list[Any] = []
    if person.email:
        same.append(Authority.email.ilike(person.email))
    if person.phone:
        same.append(Authority.phone == person.phone)
    for authority in session.scalars(select(Authority).where(or_(*same))) if same else []:
        if person.email and authority.email.lower() == person.email.lower():
            authority.email = ""
            count += 1
        if person.phone and authority.phone == person.phone:
            authority.phone = ""
            count += 1
    return count


# --- exporting -------------------------------------------------------------------------------


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _export_data(session: Session, person: Person) -> dict[str, Any]:
    traces = _traces(person)
    memberships = session.scalars(
        select(Membership).where(Membership.focal_point_id == person.id)
    ).all()
    applications = session.scalars(
        select(Application).where(Application.contact_id == person.id)
    ).all()
    conditions = [AuditEntry.entity_uid == person.uid]
    if traces:
        conditions.append(
            _like_any(AuditEntry.changes, [json.dumps(t, ensure_ascii=False)[1:-1] for t in traces])
        )
    entries = session.scalars(
        select(AuditEntry).where(or_(*conditions)).order_by(AuditEntry.id)
    ).all()
    return {
        "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "person": {
            "uid": person.uid,
            "name": person.name,
            "function": person.function,
            "email": person.email,
            "phone": person.phone,
            "language": person.language,
            "notes": person.notes,
            "created_at": _iso(person.created_at),
            "updated_at": _iso(person.updated_at),
            "deleted_at": _iso(person.deleted_at),
            "erased_at": _iso(person.erased_at),
        },
        "authority": (
            {
                "uid": person.authority.uid,
                "name": person.authority.name,
                "country_code": person.authority.country_code,
            }
            if person.authority is not None
            else None
        ),
        "focal_point_of": [
            {
                "membership_uid": m.uid,
                "authority": m.authority.name,
                "participant_no": m.participant_no,
                "status": m.status,
            }
            for m in memberships
        ],
        "contact_for_applications": [
            {
                "application_uid": a.uid,
                "applicant": a.applicant_name,
                "country_code": a.country_code,
                "received_on": _iso(a.received_on),
                "status": a.status,
                "decided_on": _iso(a.decided_on),
            }
            for a in applications
        ],
        "audit_trail": [
            {
                "at": _iso(e.at),
                "user": e.user,
                "action": e.action,
                "entity": e.entity,
                "entity_uid": e.entity_uid,
                "changes": json.loads(e.changes or "[]"),
            }
            for e in entries
        ],
    }


def _export_text(data: dict[str, Any]) -> str:
    p = data["person"]
    lines = [
        "Personal data held by Alliance Desktop",
        f"Exported: {data['exported_at']}",
        "",
        f"Name: {p['name']}",
        f"Function: {p['function'] or '-'}",
        f"E-mail: {p['email'] or '-'}",
        f"Phone: {p['phone'] or '-'}",
        f"Preferred language: {p['language']}",
        f"Notes: {p['notes'] or '-'}",
        f"Recorded: {p['created_at']}; last changed: {p['updated_at']}",
    ]
    if p["erased_at"]:
        lines.append(f"Erased: {p['erased_at']}")
    if data["authority"]:
        a = data["authority"]
        lines.append(f"Works for: {a['name']} ({a['country_code']})")
    lines += ["", f"Focal point of {len(data['focal_point_of'])} membership(s):"]
    lines += [
        f"  - {m['authority']} (participant no. {m['participant_no']}, {m['status']})"
        for m in data["focal_point_of"]
    ]
    lines += ["", f"Contact for {len(data['contact_for_applications'])} application(s):"]
    lines += [
        f"  - {a['applicant']} ({a['country_code']}), received {a['received_on']}, {a['status']}"
        for a in data["contact_for_applications"]
    ]
    lines += ["", f"History ({len(data['audit_trail'])} entries):"]
    for e in data["audit_trail"]:
        fields = ", ".join(c[0] for c in e["changes"]) or "-"
        lines.append(f"  - {e['at']} {e['user']}: {e['action']} {e['entity']} ({fields})")
    return "\n".join(lines) + "\n"


def _write_private(path: Path, text: str) -> None:
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)  # mkstemp made it owner-only (0600)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
