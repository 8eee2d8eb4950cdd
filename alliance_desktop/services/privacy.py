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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from alliance_desktop.db.models import Application, Membership, Person
from alliance_desktop.domain.data_safety import RetentionItem
from alliance_desktop.domain.enums import ApplicationStatus, AuditAction, RecordKind
from alliance_desktop.domain.errors import ConflictError, DatabaseError
from alliance_desktop.services.base import Service, audit, load, now
from alliance_desktop.services.data_safety.backups import list_backups
from alliance_desktop.services.data_safety.erasing import (
    ERASED_NAME,
    anonymise_audit,
    anonymise_notes,
    traces_of,
)
from alliance_desktop.services.data_safety.personal_export import (
    export_data,
    export_text,
    write_private,
)

__all__ = ["ERASED_NAME", "EraseResult", "PersonExport", "PrivacyService", "months_before"]

KIND = RecordKind.PERSON.value
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
            data = export_data(session, person)
        return PersonExport(data=data, text=export_text(data))

    def write_export(self, uid: str, json_path: Path) -> tuple[Path, Path]:
        """Write the export as JSON at ``json_path`` and a summary beside it (.txt), both
        owner-only and written whole (temporary file, then rename)."""
        export = self.export_person(uid)
        text_path = json_path.with_suffix(".txt")
        write_private(json_path, json.dumps(export.data, ensure_ascii=False, indent=2) + "\n")
        write_private(text_path, export.text)
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
            traces = traces_of(person)
            entries = anonymise_audit(session, uid, traces)
            notes = anonymise_notes(session, person, traces)
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
