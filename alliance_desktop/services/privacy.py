"""Personal data: find anyone, export all of it, erase a person or signer, review old contacts.

Erasing blanks the person's fields (the record stays, named "Erased person", so memberships
and applications keep their history) and anonymises every trace of their name, e-mail and
phone in the audit trail and in notes. On SQLite the erase runs with ``secure_delete`` on,
then the file is vacuumed and the WAL checkpointed and truncated, so the old values are in
neither the database file nor its -wal (backups taken before the erase still hold them until
they are thinned away; ``erase`` lists them). Every erase is written to the erasure ledger
(services/data_safety/erasure_ledger.py), which restores re-apply. Nothing here logs personal
data; exports of a person's data are audited (who, when, which file), without the data.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from alliance_desktop.db.models import Application, Membership, Person, Signature
from alliance_desktop.db.session import Database
from alliance_desktop.domain.data_safety import RetentionItem
from alliance_desktop.domain.enums import ApplicationStatus, AuditAction, RecordKind
from alliance_desktop.domain.errors import ConflictError, DatabaseError, RefusedError
from alliance_desktop.domain.messages import msg
from alliance_desktop.domain.privacy import PERSON, SIGNER, Erasure, PersonGroup, ReErased
from alliance_desktop.services.base import Service, audit, load
from alliance_desktop.services.data_safety.backups import list_backups
from alliance_desktop.services.data_safety.erasing import (
    ERASED_NAME,
    Erased,
    erase_person_in,
    erase_signer_in,
)
from alliance_desktop.services.data_safety.erasure_ledger import ErasureLedger
from alliance_desktop.services.data_safety.person_search import find_groups, persons_with_email
from alliance_desktop.services.data_safety.personal_export import (
    export_data,
    export_text,
    group_data,
    group_text,
    write_private,
)

log = logging.getLogger(__name__)

__all__ = ["ERASED_NAME", "EraseResult", "PersonExport", "PrivacyService", "months_before"]

KIND = RecordKind.PERSON.value
SIGNATURE = RecordKind.SIGNATURE.value
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
    records: int = 1  # persons and signatures erased


class PrivacyService(Service):
    def __init__(self, database: Database) -> None:
        super().__init__(database)
        self.ledger = ErasureLedger(database.url)

    def export_person(self, uid: str) -> PersonExport:
        with self.db.read() as session:
            person = load(session, Person, uid, KIND)
            data = export_data(session, person)
        return PersonExport(data=data, text=export_text(data))

    def write_export(self, uid: str, json_path: Path) -> tuple[Path, Path]:
        """Write the export as JSON at ``json_path`` and a summary beside it (.txt), both
        owner-only and written whole (temporary file, then rename); the export is audited."""
        export = self.export_person(uid)
        text_path = json_path.with_suffix(".txt")
        write_private(json_path, json.dumps(export.data, ensure_ascii=False, indent=2) + "\n")
        write_private(text_path, export.text)
        self._audit_export([(KIND, uid)], json_path)
        return json_path, text_path

    def erase(self, uid: str, version: int | None = None) -> EraseResult:
        """Erase a person's personal data and its traces; the records linked to them stay."""
        started = dt.datetime.now(dt.UTC)
        with self.db.write() as session:
            self._secure_delete(session)
            person = load(session, Person, uid, KIND)
            if version is not None and person.version != version:
                raise ConflictError(KIND, uid, "contact person")
            self.ledger.record(session, PERSON, person.uid, person.email, person.name)
            done = erase_person_in(session, self.user, person, "contact person")
        return self._erased(uid, [done], started)

    def reapply_erasures(self, extra: Iterable[Erasure] = ()) -> ReErased:
        """Erase again whoever this database's ledger, or ``extra`` (a merged travel copy's
        ledger, read with ``erasure_ledger.read_database``), names and it holds unerased.
        Restores call the ledger themselves (restoring.py); a merge calls this after it."""
        with self.db.write() as session:
            self._secure_delete(session)
            done = self.ledger.reapply(session, self.user, extra)
        if done.erasures:
            self.clean_file()
        return done

    # --- anyone, by name or e-mail ------------------------------------------------------

    def find_people(self, text: str) -> list[PersonGroup]:
        """Everyone whose name or e-mail contains ``text`` (accents and case ignored), as
        groups: persons sharing an e-mail are one group, a signer's signatures another."""
        with self.db.read() as session:
            return find_groups(session, text)

    def export_group(self, group: PersonGroup) -> PersonExport:
        with self.db.read() as session:
            persons, signatures = self._members(session, group)
            data = group_data(session, persons, signatures)
        return PersonExport(data=data, text=group_text(data))

    def write_group_export(self, group: PersonGroup, json_path: Path) -> tuple[Path, Path]:
        """Write every record of ``group`` as JSON and a text summary beside it (owner-only),
        and note the export in each record's history (who, when, which file; not the data)."""
        export = self.export_group(group)
        text_path = json_path.with_suffix(".txt")
        write_private(json_path, json.dumps(export.data, ensure_ascii=False, indent=2) + "\n")
        write_private(text_path, export.text)
        self._audit_export(
            [(KIND, p["person"]["uid"]) for p in export.data["persons"]]
            + [(SIGNATURE, s["signature_uid"]) for s in export.data["signatures"]],
            json_path,
        )
        return json_path, text_path

    def erase_group(self, group: PersonGroup) -> EraseResult:
        """Erase every record of ``group``: its persons and whoever else now shares their
        e-mail, and its signatures' signer. One transaction; each is in the ledger."""
        started = dt.datetime.now(dt.UTC)
        with self.db.write() as session:
            self._secure_delete(session)
            persons, signatures = self._members(session, group)
            if not persons and not signatures:
                raise RefusedError(
                    msg("Nothing is left to erase: the records were erased already.")
                )
            done = []
            for person in persons:
                self.ledger.record(session, PERSON, person.uid, person.email, person.name)
                done.append(erase_person_in(session, self.user, person, "contact person"))
            for signature in signatures:
                self.ledger.record(session, SIGNER, signature.uid, "", signature.signer_name)
                done.append(erase_signer_in(session, self.user, signature, "signer"))
        return self._erased(group.key, done, started)

    def _members(
        self, session: Session, group: PersonGroup
    ) -> tuple[list[Person], list[Signature]]:
        persons = {
            p.id: p
            for p in session.scalars(select(Person).where(Person.uid.in_(group.person_uids)))
            if p.erased_at is None
        }
        for person in list(persons.values()):
            persons.update((p.id, p) for p in persons_with_email(session, person.email))
        signatures = [
            s
            for s in session.scalars(
                select(Signature).where(Signature.uid.in_(group.signature_uids))
            )
            if s.signer_name != ERASED_NAME
        ]
        return sorted(persons.values(), key=lambda p: p.id), signatures

    def _audit_export(self, records: list[tuple[str, str]], path: Path) -> None:
        with self.db.write() as session:
            for kind, uid in records:
                audit(
                    session,
                    self.user,
                    AuditAction.EXPORT,
                    kind,
                    uid,
                    "personal data export",
                    [("file", None, path.name), ("records", None, len(records))],
                )

    def _secure_delete(self, session: Session) -> None:
        if self.db.is_sqlite:
            # Freed space is overwritten with zeros instead of keeping the old bytes.
            session.connection().exec_driver_sql("PRAGMA secure_delete=ON")

    def _erased(self, uid: str, done: list[Erased], started: dt.datetime) -> EraseResult:
        cleaned = self.clean_file()
        older = tuple(
            b.path
            for b in (list_backups(_sqlite_file(self.db.url)) if self.db.is_sqlite else [])
            if b.taken_at < started
        )
        return EraseResult(
            uid,
            sum(d.audit_entries for d in done),
            sum(d.notes for d in done),
            cleaned,
            older,
            records=len(done),
        )

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

    def clean_file(self) -> bool:
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
                log.info("cleaning the file after an erase failed: %s", type(exc).__name__)
                raise DatabaseError(
                    msg(
                        "The person was erased, but the database file could not be cleaned up. "
                        "Close other copies of the application and erase again."
                    )
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
