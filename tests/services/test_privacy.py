"""Personal data: export one person, erase them everywhere, review old contacts, quiet logs."""

from __future__ import annotations

import datetime as dt
import json
import logging
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from alliance_desktop.db.engine import sqlite_path
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.domain.records import (
    ApplicationDraft,
    AuthorityDraft,
    MembershipDraft,
    PersonDraft,
    SignatureDraft,
)
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.services.privacy import ERASED_NAME, months_before

EMAIL = "ana.kovac@zagreb-example.hr"
OLD_EMAIL = "ana.old@zagreb-example.hr"
PHONE = "+385 1 555 0199"


def _setup(services: Services) -> tuple[str, str]:
    member, _ = services.members.create(
        AuthorityDraft(name="Zagreb", country_code="HR", email="city@zagreb-example.hr"),
        MembershipDraft(authority_uid="", joined_on=dt.date(2018, 4, 1)),
    )
    authority_uid = member.authority.meta.uid
    person = services.persons.create(
        PersonDraft(name="Ana Kovač", email=OLD_EMAIL, authority_uid=authority_uid)
    )
    person = services.persons.update(
        person.meta.uid,
        person.meta.version,
        PersonDraft(
            name="Ana Kovač",
            email=EMAIL,
            phone=PHONE,
            function="Roma coordinator",
            authority_uid=authority_uid,
        ),
    )
    services.members.update(
        member.meta.uid,
        member.meta.version,
        MembershipDraft(
            authority_uid=authority_uid,
            joined_on=dt.date(2018, 4, 1),
            participant_no=member.draft.participant_no,
            focal_point_uid=person.meta.uid,
            notes=f"Write to Ana Kovač ({EMAIL}); Banana festival in May.",
        ),
    )
    return person.meta.uid, member.meta.uid


def test_export_holds_everything_about_the_person(services: Services, tmp_path: Path) -> None:
    uid, member_uid = _setup(services)
    export = services.privacy.export_person(uid)
    assert export.data["person"]["email"] == EMAIL
    assert export.data["authority"]["name"] == "Zagreb"
    assert [m["membership_uid"] for m in export.data["focal_point_of"]] == [member_uid]
    assert len(export.data["audit_trail"]) >= 2  # created, then changed
    assert EMAIL in export.text and "Ana Kovač" in export.text and "Zagreb" in export.text
    json_path, text_path = services.privacy.write_export(uid, tmp_path / "ana.json")
    assert json.loads(json_path.read_text(encoding="utf-8"))["person"]["phone"] == PHONE
    assert "Roma coordinator" in text_path.read_text(encoding="utf-8")
    for path in (json_path, text_path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith((".", "ana"))) == [
        "ana.json",
        "ana.txt",
    ]


def test_erase_anonymises_the_person_and_their_traces_but_keeps_history(
    services: Services,
) -> None:
    uid, member_uid = _setup(services)
    history_before = services.audit.history(member_uid)
    result = services.privacy.erase(uid)
    person = services.persons.get(uid)
    assert person.erased and person.draft.name == ERASED_NAME
    assert (person.draft.email, person.draft.phone, person.draft.function) == ("", "", "")
    assert result.audit_entries_anonymised >= 2
    member = services.members.get(member_uid)
    assert member.focal_point is not None and member.focal_point.meta.uid == uid
    assert "Ana Kovač" not in member.draft.notes and EMAIL not in member.draft.notes
    assert "Banana festival" in member.draft.notes  # a name is replaced as a whole word only
    history_after = services.audit.history(member_uid)
    assert len(history_after) == len(history_before)  # the authority's history stays
    everything = json.dumps(
        [
            [e.label, [[c.field, c.old, c.new] for c in e.changes]]
            for e in services.audit.list(limit=None)
        ],
        ensure_ascii=False,
    )
    for trace in (EMAIL, OLD_EMAIL, PHONE, "Ana Kovač"):
        assert trace not in everything
    erase_entries = services.audit.list(entity_uid=uid, action="erase")
    assert len(erase_entries) == 1 and erase_entries[0].changes == ()


def _files_of(services: Services) -> list[Path]:
    path = sqlite_path(services.db.url)
    assert path is not None
    return [p for p in (path, Path(f"{path}-wal")) if p.exists()]


def test_erased_email_is_in_no_file_wal_or_later_backup(services: Services) -> None:
    if not services.db.is_sqlite:
        pytest.skip("file contents: SQLite only")
    uid, _ = _setup(services)
    # Other data written after the person, so their pages are not simply the last ones.
    for n in range(50):
        services.persons.create(PersonDraft(name=f"Someone {n}", email=f"p{n}@example.org"))
    raw = [p.read_bytes() for p in _files_of(services)]
    assert any(EMAIL.encode() in data for data in raw)  # the test can see it before
    result = services.privacy.erase(uid)
    assert result.file_cleaned
    backup = services.backups.back_up_now()
    for path in [*_files_of(services), backup.path]:
        data = path.read_bytes()
        for trace in (EMAIL, OLD_EMAIL, PHONE):
            assert trace.encode() not in data, f"{trace} still in {path.name}"
        assert "Ana Kovač".encode() not in data
    assert b"p7@example.org" in backup.path.read_bytes()  # others are untouched


def test_backups_taken_before_the_erase_are_listed(services: Services) -> None:
    if not services.db.is_sqlite:
        pytest.skip("SQLite only")
    uid, _ = _setup(services)
    before = services.backups.back_up_now()
    result = services.privacy.erase(uid)
    assert result.older_backups == (before.path,)


def test_no_personal_data_in_logs(services: Services, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    uid, _ = _setup(services)
    services.privacy.export_person(uid)
    services.privacy.erase(uid)
    assert EMAIL not in caplog.text and "Ana Kovač" not in caplog.text


def _application(
    services: Services, name: str, contact: str, status: str, decided: dt.date | None
) -> str:
    record = services.applications.create(
        ApplicationDraft(
            applicant_name=name,
            country_code="RO",
            received_on=dt.date(2020, 1, 10),
            contact_name=contact,
            contact_email=f"{contact.split()[0].lower()}@example.ro",
        )
    )
    if status == "declined":
        record = services.applications.decline(record.meta.uid, record.meta.version, "no letter")
    elif status == "withdrawn":
        record = services.applications.withdraw(record.meta.uid, record.meta.version)
    if decided is not None:
        with services.db.write() as session:
            session.execute(
                text("UPDATE application SET decided_on = :d WHERE uid = :u"),
                {"d": decided, "u": record.meta.uid},
            )
    return record.meta.uid


def test_retention_review_lists_old_declined_and_withdrawn_contacts(services: Services) -> None:
    today = dt.date(2026, 11, 25)
    _application(services, "Arad", "Old Declined", "declined", dt.date(2023, 5, 1))
    _application(services, "Brașov", "Old Withdrawn", "withdrawn", dt.date(2024, 11, 24))
    _application(services, "Cluj", "Recent Declined", "declined", dt.date(2025, 12, 1))
    _application(services, "Deva", "Still Pending", "received", None)
    listed = services.privacy.retention_review(today=today)
    assert [i.person_name for i in listed] == ["Old Declined", "Old Withdrawn"]
    assert listed[0].applicant_name == "Arad" and listed[0].status == "declined"
    shorter = services.privacy.retention_review(months=6, today=today)
    assert [i.person_name for i in shorter] == ["Old Declined", "Old Withdrawn", "Recent Declined"]
    services.privacy.erase(listed[0].person_uid)
    assert [i.person_name for i in services.privacy.retention_review(today=today)] == [
        "Old Withdrawn"
    ]


def test_months_before_handles_month_ends() -> None:
    assert months_before(dt.date(2026, 3, 31), 1) == dt.date(2026, 2, 28)
    assert months_before(dt.date(2026, 11, 25), 24) == dt.date(2024, 11, 25)
    assert months_before(dt.date(2026, 1, 15), 13) == dt.date(2024, 12, 15)


# --- subject access for anyone ---------------------------------------------------------------


def _people_everywhere(services: Services) -> dict[str, str]:
    """A focal point, an applicant's contact, a signer, and one e-mail imported twice."""
    focal_uid, _member = _setup(services)
    services.applications.create(
        ApplicationDraft(
            applicant_name="Dortmund",
            country_code="DE",
            received_on=dt.date(2024, 1, 5),
            contact_name="Jürgen Weiß",
            contact_email="jw@example.de",
        )
    )
    signature = services.signatures.create(
        SignatureDraft(
            signer_name="Łucja Żółć",
            signer_function="Mayor",
            signed_on=dt.date(2019, 5, 1),
            country_code="PL",
        )
    )
    twice_a = services.persons.create(PersonDraft(name="Mira Novak", email="Mira@Example.SI"))
    twice_b = services.persons.create(PersonDraft(name="M. Novak", email="mira@example.si "))
    return {
        "focal": focal_uid,
        "contact": services.privacy.find_people("jw@example.de")[0].person_uids[0],
        "signature": signature.meta.uid,
        "twice_a": twice_a.meta.uid,
        "twice_b": twice_b.meta.uid,
    }


def test_search_finds_focal_points_contacts_and_signers(services: Services) -> None:
    uids = _people_everywhere(services)
    focal = services.privacy.find_people("ana kovac")  # accents and case ignored
    assert [g.person_uids for g in focal] == [(uids["focal"],)]
    assert [r.role for r in focal[0].roles] == ["focal point"]
    assert [g.person_uids for g in services.privacy.find_people("JW@EXAMPLE")] == [
        (uids["contact"],)
    ]
    contact = services.privacy.find_people("jurgen weiss")[0]
    assert [(r.role, r.where) for r in contact.roles] == [("applicant contact", "Dortmund")]
    signer = services.privacy.find_people("lucja zolc")
    assert [g.signature_uids for g in signer] == [(uids["signature"],)]
    assert services.privacy.find_people("") == []


def test_same_email_in_any_case_is_one_person_exported_and_erased_together(
    services: Services, tmp_path: Path
) -> None:
    uids = _people_everywhere(services)
    groups = services.privacy.find_people("mira novak")  # names only the first record
    assert len(groups) == 1
    group = groups[0]
    assert set(group.person_uids) == {uids["twice_a"], uids["twice_b"]}
    json_path, _ = services.privacy.write_group_export(group, tmp_path / "mira.json")
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert sorted(p["person"]["name"] for p in data["persons"]) == ["M. Novak", "Mira Novak"]
    result = services.privacy.erase_group(group)
    assert result.records == 2
    for uid in (uids["twice_a"], uids["twice_b"]):
        assert services.persons.get(uid).draft.name == ERASED_NAME
    assert services.privacy.find_people("novak") == []
    assert services.persons.get(uids["focal"]).draft.name == "Ana Kovač"  # nobody else


def test_erasing_a_signer_keeps_the_signature(services: Services) -> None:
    uids = _people_everywhere(services)
    group = services.privacy.find_people("Żółć")[0]
    services.privacy.erase_group(group)
    signature = services.signatures.get(uids["signature"])
    assert signature.draft.signer_name == ERASED_NAME and signature.draft.signer_function == ""
    assert signature.draft.signed_on == dt.date(2019, 5, 1)
    history = services.audit.history(uids["signature"])
    assert "Łucja" not in json.dumps([[c.old, c.new] for e in history for c in e.changes])
    assert services.signatures.list(ListQuery(search="zolc")).total == 0


def test_personal_data_export_is_audited_without_the_data(
    services: Services, tmp_path: Path
) -> None:
    uid, _member = _setup(services)
    services.privacy.write_export(uid, tmp_path / "export.json")
    entries = services.audit.list(action="export", entity="person")
    assert [(e.entity_uid, e.user) for e in entries] == [(uid, services.db.user)]
    recorded = json.dumps([[c.field, c.old, c.new] for c in entries[0].changes]) + entries[0].label
    assert EMAIL not in recorded and "Kovač" not in recorded and PHONE not in recorded
    assert {c.field: c.new for c in entries[0].changes}["file"] == "export.json"


def test_a_filtered_list_export_records_its_filter(services: Services, tmp_path: Path) -> None:
    from alliance_desktop.exchange import ListKind
    from alliance_desktop.services.output.exports import ExportRequest, ExportService

    _setup(services)
    query = ListQuery(search="zagreb", country="HR", status="active")
    ExportService(services).export(
        ExportRequest(
            ListKind.MEMBERS, tmp_path / "m.csv", query=query, columns=("name", "country_code")
        )
    )
    entry = services.audit.list(action="export", entity="list")[0]
    changes = {c.field: c.new for c in entry.changes}
    assert changes["selection"] == (
        "shown rows: search=zagreb; country=HR; status=active; sort=name"
    )
    assert changes["columns"] == "name, country_code"


# --- the erasure ledger ------------------------------------------------------------------------


def test_ledger_erases_again_a_person_brought_back(services: Services) -> None:
    """What a restore or a merge does: the person is back unerased; the ledger erases them."""
    uid, _member = _setup(services)
    services.privacy.erase(uid)
    with services.db.write() as session:  # a merge putting the old row back
        session.execute(
            text(
                "UPDATE person SET name = 'Ana Kovač', email = :e, erased_at = NULL WHERE uid = :u"
            ),
            {"e": EMAIL, "u": uid},
        )
    assert services.privacy.reapply_erasures().people == 1
    assert services.persons.get(uid).draft.name == ERASED_NAME
    assert services.privacy.reapply_erasures().erasures == 0  # once is enough
    # The ledger in the database: uids and hashes, no name or address.
    with services.db.read() as session:
        values = [
            r[0]
            for r in session.execute(
                text("SELECT value FROM org_setting WHERE key LIKE 'erasure.%'")
            )
        ]
    assert len(values) == 2  # the salt and one erasure
    assert not any("Kova" in v or "zagreb-example" in v.lower() for v in values)


def test_ledger_of_a_merged_copy_is_applied(services: Services, tmp_path: Path) -> None:
    """A travel copy's ledger (read from its file) erases here whoever it erased there."""
    from alliance_desktop.services.data_safety.erasure_ledger import read_database
    from alliance_desktop.services.data_safety.opening import open_database

    here = services.persons.create(PersonDraft(name="Ivo Horvat", email="IVO@example.hr"))
    copy = open_database(str(tmp_path / "copy.sqlite"), create=True)
    try:
        there = copy.persons.create(PersonDraft(name="Ivo H.", email="ivo@example.hr"))
        copy.privacy.erase(there.meta.uid)
        with copy.db.read() as session:
            ledger = read_database(session)
    finally:
        copy.db.dispose()
    # Another uid, the same address (any case), recorded before the erase there.
    assert services.privacy.reapply_erasures(ledger).people == 1
    assert services.persons.get(here.meta.uid).draft.name == ERASED_NAME


def test_two_first_erasures_at_once_share_one_salt(services: Services) -> None:
    """On a shared server two colleagues' first erasures may both make the salt; the second
    uses the first's instead of failing."""
    import threading

    if services.db.is_sqlite:
        pytest.skip("PostgreSQL only: SQLite writers take turns")
    ledger = services.privacy.ledger
    got: list[str] = []
    with services.db.write() as first:
        mine = ledger.salt(first)
        worker = threading.Thread(target=lambda: got.append(_salt_in_own_session(services)))
        worker.start()
        _wait_for_a_blocked_writer(services)  # theirs waits on our uncommitted salt
    worker.join(timeout=30)
    assert got == [mine]


def _wait_for_a_blocked_writer(services: Services) -> None:
    import time

    deadline = time.monotonic() + 20
    with services.db.engine.connect() as conn:
        while time.monotonic() < deadline:
            waiting = conn.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )
            )
            if waiting.scalar():
                return
            conn.rollback()
    raise AssertionError("the second writer never waited for the first")


def _salt_in_own_session(services: Services) -> str:
    with services.db.write() as session:
        return services.privacy.ledger.salt(session)
