"""``check``: the file's integrity, its foreign keys, and every record against today's rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from alliance_desktop.db.models import Application, Authority, Membership, Person, Signature
from alliance_desktop.domain.data_safety import CheckProblem, CheckReport
from alliance_desktop.domain.enums import RecordKind
from alliance_desktop.domain.errors import FieldError
from alliance_desktop.domain.messages import Message, join_messages, msg
from alliance_desktop.domain.validation import (
    validate_application,
    validate_authority,
    validate_membership,
    validate_person,
    validate_signature,
)
from alliance_desktop.services.applications import application_record
from alliance_desktop.services.authorities import authority_record
from alliance_desktop.services.base import Service, membership_label
from alliance_desktop.services.members import membership_record
from alliance_desktop.services.persons import person_record
from alliance_desktop.services.signatures import signature_record

MAX_FILE_PROBLEMS = 100


class CheckService(Service):
    def run(self, today: dt.date | None = None) -> CheckReport:
        """Everything ``check`` looks at; records in the Trash are checked too (they may come
        back). Reads only: safe on a database open read-only."""
        today = today or dt.date.today()
        problems: list[CheckProblem] = []
        checks: list[str] = []
        with self.db.read() as session:
            if self.db.is_sqlite:
                problems += _sqlite_checks(session)
                checks += ["integrity_check", "foreign_key_check"]
            count = 0
            for kind, rows, validate, label in _record_checks(session, today):
                checks.append(kind)
                for row in rows:
                    count += 1
                    try:
                        name = label(row)
                        errors: list[Message | str] = [_text(e) for e in validate(row)]
                    except Exception as exc:  # a broken row must not stop the check
                        name = ""
                        errors = [msg("cannot be read ({error})", error=type(exc).__name__)]
                    problems += [CheckProblem(kind, row.uid, name, e) for e in errors]
        return CheckReport(problems=tuple(problems), records_checked=count, checks=tuple(checks))


def _text(error: FieldError) -> Message:
    return join_messages([error.field.replace("_", " "), error.message])


def _sqlite_checks(session: Session) -> list[CheckProblem]:
    connection = session.connection()
    problems = []
    integrity = connection.exec_driver_sql(f"PRAGMA integrity_check({MAX_FILE_PROBLEMS})")
    for (message,) in integrity:
        if message != "ok":
            problems.append(CheckProblem("database", "", "file", str(message)))
    for table, rowid, parent, _fk in connection.exec_driver_sql("PRAGMA foreign_key_check"):
        problems.append(
            CheckProblem(
                "foreign key",
                "",
                msg("{table} row {row}", table=table, row=rowid),
                msg("refers to a missing {table} record", table=parent),
            )
        )
    return problems


_Check = tuple[
    str, Iterable[Any], Callable[[Any], list[FieldError]], Callable[[Any], Message | str]
]


def _record_checks(session: Session, today: dt.date) -> Iterable[_Check]:
    # Persons are named by role and uid only: check output may be pasted into e-mails.
    yield (
        RecordKind.AUTHORITY.value,
        session.scalars(select(Authority).order_by(Authority.id)),
        lambda r: validate_authority(authority_record(r).draft),
        lambda r: r.name,
    )
    yield (
        RecordKind.PERSON.value,
        session.scalars(select(Person).options(selectinload(Person.authority)).order_by(Person.id)),
        lambda r: validate_person(person_record(r).draft),
        lambda r: msg("contact person"),
    )
    yield (
        RecordKind.MEMBERSHIP.value,
        session.scalars(
            select(Membership)
            .options(selectinload(Membership.authority), selectinload(Membership.focal_point))
            .order_by(Membership.participant_no)
        ),
        lambda r: validate_membership(membership_record(r).draft, today),
        lambda r: str(membership_label(r.authority.name, r.participant_no)),
    )
    yield (
        RecordKind.SIGNATURE.value,
        session.scalars(
            select(Signature).options(selectinload(Signature.authority)).order_by(Signature.id)
        ),
        lambda r: validate_signature(signature_record(r).draft, today),
        lambda r: r.certificate_no or r.signer_name,
    )
    yield (
        RecordKind.APPLICATION.value,
        session.scalars(
            select(Application)
            .options(
                selectinload(Application.authority),
                selectinload(Application.contact),
                selectinload(Application.history),
            )
            .order_by(Application.id)
        ),
        lambda r: validate_application(application_record(r).draft, today),
        lambda r: r.applicant_name,
    )
