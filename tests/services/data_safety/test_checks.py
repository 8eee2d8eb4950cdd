"""``check`` as a service: a sound database passes; broken rows and rules are listed."""

from __future__ import annotations

import datetime as dt
import sqlite3

from sqlalchemy import text

from alliance_desktop.db.engine import sqlite_path
from alliance_desktop.domain.records import AuthorityDraft, MembershipDraft, PersonDraft
from alliance_desktop.services.data_safety.opening import Services


def _member(services: Services, name: str) -> str:
    record, _ = services.members.create(
        AuthorityDraft(name=name, country_code="AT"),
        MembershipDraft(authority_uid="", joined_on=dt.date(2019, 1, 1)),
    )
    return record.meta.uid


def test_a_sound_database_has_no_problems(services: Services) -> None:
    _member(services, "Graz")
    services.persons.create(PersonDraft(name="Eva", email="eva@example.at"))
    report = services.checks.run()
    assert report.ok, report.problems
    assert report.records_checked == 3  # authority, membership, person


def test_records_breaking_todays_rules_are_listed(services: Services) -> None:
    uid = _member(services, "Linz")
    person = services.persons.create(PersonDraft(name="Max", email="max@example.at"))
    with services.db.write() as session:
        # Written before today's rules (or by hand): a bad e-mail and a future joining date.
        session.execute(
            text("UPDATE person SET email = 'not-an-address' WHERE uid = :u"),
            {"u": person.meta.uid},
        )
        session.execute(
            text("UPDATE membership SET joined_on = :d WHERE uid = :u"),
            {"d": dt.date.today() + dt.timedelta(days=30), "u": uid},
        )
    report = services.checks.run()
    assert not report.ok
    found = {(p.kind, p.uid) for p in report.problems}
    assert ("person", person.meta.uid) in found and ("membership", uid) in found
    person_problem = next(p for p in report.problems if p.kind == "person")
    assert str(person_problem.label) == "contact person"  # no personal data in the listing
    assert "e-mail" in person_problem.message or "email" in person_problem.message


def test_a_broken_foreign_key_is_listed(services: Services) -> None:
    if not services.db.is_sqlite:
        return  # PostgreSQL enforces foreign keys itself
    uid = _member(services, "Wels")
    path = sqlite_path(services.db.url)
    conn = sqlite3.connect(path)  # foreign keys are off unless asked for, as in old tools
    conn.execute("UPDATE membership SET authority_id = 9999 WHERE uid = ?", (uid,))
    conn.commit()
    conn.close()
    report = services.checks.run()
    assert any(p.kind == "foreign key" and "authority" in p.message for p in report.problems)
