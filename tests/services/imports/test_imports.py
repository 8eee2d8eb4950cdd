"""Imports: plans with row errors and duplicates, one transaction, round trips that change nothing."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from alliance_desktop.domain.enums import ApplicationStatus
from alliance_desktop.domain.errors import Cancelled, ConflictError, RefusedError
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.domain.records import AuthorityDraft
from alliance_desktop.exchange import COLUMNS, ListKind, read_rows
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.services.imports.service import (
    DuplicateChoice,
    ImportPlan,
    ImportService,
    RowAction,
)
from alliance_desktop.services.output.exports import ExportFormat, ExportRequest, ExportService
from tests.services.exchange_samples import add_applications, add_members, add_signatures


def _export(services: Services, kind: ListKind, path: Path) -> Path:
    fmt = ExportFormat.XLSX if path.suffix == ".xlsx" else ExportFormat.CSV
    ExportService(services).export(ExportRequest(kind, path, fmt))
    return path


def _plan(services: Services, kind: ListKind, path: Path) -> ImportPlan:
    return ImportService(services, backup=None).plan(
        kind, read_rows(path, COLUMNS[kind]), path.name
    )


def _listed(services: Services, kind: ListKind) -> tuple[object, ...]:
    if kind is ListKind.MEMBERS:
        return services.members.list().rows
    if kind is ListKind.SIGNATORIES:
        return services.signatures.list().rows
    return services.applications.list().rows


def _write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(rows)
    return path


def _audit_count(services: Services) -> int:
    return len(services.audit.list(limit=None))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("kind", list(ListKind))
def test_round_trip_changes_nothing(
    services: Services, tmp_path: Path, kind: ListKind, suffix: str
) -> None:
    add_members(services)
    add_signatures(services)
    add_applications(services)
    before = _listed(services, kind)
    exported = ExportService(services).rows(kind)
    path = _export(services, kind, tmp_path / f"list{suffix}")
    plan = _plan(services, kind, path)
    assert plan.ok, plan.report()
    assert {r.action for r in plan.rows} == {RowAction.UNCHANGED}
    audited = _audit_count(services)
    summary = ImportService(services, backup=None).apply(plan)
    assert (summary.added, summary.updated, summary.unchanged) == (0, 0, len(before))
    assert _listed(services, kind) == before
    assert ExportService(services).rows(kind) == exported
    assert _audit_count(services) == audited + 1  # the import's own entry, no record changed


def test_members_into_an_empty_database_keep_their_ids(services: Services, tmp_path: Path) -> None:
    add_members(services)
    path = _export(services, ListKind.MEMBERS, tmp_path / "members.csv")
    expected = ExportService(services).rows(ListKind.MEMBERS)
    fresh = type(services).over(services.db)
    # A second database: the same file, read into a fresh SQLite file.
    from alliance_desktop.services.data_safety.opening import open_database

    other = open_database(tmp_path / "other.sqlite", create=True)
    try:
        plan = _plan(other, ListKind.MEMBERS, path)
        assert plan.ok, plan.report()
        summary = ImportService(other, backup=None).apply(plan)
        assert summary.added == len(expected)
        assert ExportService(other).rows(ListKind.MEMBERS) == expected
        again = _plan(other, ListKind.MEMBERS, path)
        assert {r.action for r in again.rows} == {RowAction.UNCHANGED}
    finally:
        other.db.dispose()
    del fresh


def test_a_changed_cell_updates_that_record_only(services: Services, tmp_path: Path) -> None:
    add_members(services)
    path = _export(services, ListKind.MEMBERS, tmp_path / "members.csv")
    rows = list(csv.reader(path.open(encoding="utf-8-sig")))
    header = rows[0]
    target = next(r for r in rows[1:] if r[header.index("name")] == "Timișoara")
    target[header.index("population")] = "319279"
    target[header.index("focal_point")] = "Dominic Fritz"
    _write_csv(path, rows)
    before = {r.uid: r for r in services.members.list().rows}
    plan = _plan(services, ListKind.MEMBERS, path)
    assert plan.count(RowAction.UPDATE) == 1
    summary = ImportService(services, backup=None).apply(plan)
    assert summary.updated == 1
    after = {r.uid: r for r in services.members.list().rows}
    uid = target[header.index("uid")]
    assert after[uid].focal_point == "Dominic Fritz"
    assert after[uid].version == before[uid].version + 1
    assert services.members.get(uid).authority.draft.population == 319279
    assert all(after[u] == before[u] for u in before if u != uid)
    assert "update" in [e.action for e in services.audit.history(uid)]


def test_invalid_rows_are_listed_and_nothing_is_written(services: Services, tmp_path: Path) -> None:
    path = _write_csv(
        tmp_path / "members.csv",
        [
            ["Name", "Country", "Joined on", "E-mail"],
            ["Łódź", "PL", "31.02.2016", ""],
            ["Atlantis", "XX", "2016-05-01", ""],
            ["Košice", "SK", "01/05/2016", "not an address"],
            ["Brno", "CZ", "2016-05-01", ""],
        ],
    )
    plan = _plan(services, ListKind.MEMBERS, path)
    assert not plan.ok
    lines = plan.report().splitlines()
    assert lines[0].startswith("row 2, column Joined on:")
    assert lines[1].startswith("row 3, column Country:")
    assert lines[2].startswith("row 4, column E-mail:")
    assert len(lines) == 3
    with pytest.raises(RefusedError):
        ImportService(services, backup=None).apply(plan)
    assert services.members.list().rows == ()


def test_duplicates_by_name_and_country_skip_or_update(services: Services, tmp_path: Path) -> None:
    add_members(services)
    path = _write_csv(
        tmp_path / "members.csv",
        [
            ["name", "country_code", "joined_on", "population"],
            ["LODZ", "PL", "2016-05-01", "670000"],  # the stored Łódź, written differently
            ["Brno", "CZ", "2017-01-01", ""],
            ["brno", "cz", "2017-01-01", "380000"],  # the same as the row above
        ],
    )
    plan = _plan(services, ListKind.MEMBERS, path)
    assert plan.ok, plan.report()
    assert [(d.row, d.of_row) for d in plan.duplicates] == [(2, None), (4, 3)]
    assert "already in the register" in str(plan.duplicates[0])
    service = ImportService(services, backup=None)
    summary = service.apply(plan)  # skip by default
    assert (summary.added, summary.updated, summary.skipped) == (1, 0, 2)
    lodz = next(r for r in services.members.list().rows if r.name == "Łódź")
    assert services.members.get(lodz.uid).authority.draft.population is None

    plan = _plan(services, ListKind.MEMBERS, path)
    choices = {d.row: DuplicateChoice.UPDATE for d in plan.duplicates}
    summary = service.apply(plan, choices)
    assert summary.updated == 2  # Łódź, and Brno from the last row
    assert services.members.get(lodz.uid).authority.draft.population == 670000
    assert services.members.get(lodz.uid).authority.draft.name == "LODZ"
    brno = services.members.list(ListQuery(search="brno")).rows
    assert len(brno) == 1
    assert services.members.get(brno[0].uid).authority.draft.population == 380000


def test_participant_numbers_given_or_next_free(services: Services, tmp_path: Path) -> None:
    add_members(services)  # numbers 1..5
    path = _write_csv(
        tmp_path / "members.csv",
        [
            ["participant_no", "name", "country", "joined_on"],
            ["", "Brno", "CZ", "2017-01-01"],
            ["40", "Graz", "AT", "2017-01-01"],
            ["3", "Gent", "BE", "2017-01-01"],
        ],
    )
    plan = _plan(services, ListKind.MEMBERS, path)
    assert [str(e) for e in plan.errors] == [
        "row 4, column participant_no: number 3 belongs to another member"
    ]
    rows = list(csv.reader(path.open(encoding="utf-8")))
    rows[3][0] = ""
    _write_csv(path, rows)
    ImportService(services, backup=None).apply(_plan(services, ListKind.MEMBERS, path))
    numbers = {r.name: r.participant_no for r in services.members.list().rows}
    assert numbers["Graz"] == 40
    assert {numbers["Brno"], numbers["Gent"]} == {41, 42}


def test_an_existing_authority_without_membership_is_linked(
    services: Services, tmp_path: Path
) -> None:
    authority, _ = services.authorities.create(AuthorityDraft(name="Graz", country_code="AT"))
    path = _write_csv(
        tmp_path / "m.csv", [["name", "country", "joined_on"], ["GRAZ", "AT", "2017-01-01"]]
    )
    plan = _plan(services, ListKind.MEMBERS, path)
    assert [r.action for r in plan.rows] == [RowAction.LINK]
    summary = ImportService(services, backup=None).apply(plan)
    assert summary.linked == 1
    assert services.members.list().rows[0].authority_uid == authority.uid


def test_cancel_rolls_everything_back(services: Services, tmp_path: Path) -> None:
    rows = [["name", "country", "joined_on"]] + [
        [f"Town {i}", "FR", "2017-01-01"] for i in range(1200)
    ]
    plan = _plan(services, ListKind.MEMBERS, _write_csv(tmp_path / "m.csv", rows))
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done >= 500:
            raise Cancelled()

    audited = _audit_count(services)
    with pytest.raises(Cancelled):
        ImportService(services, backup=None).apply(plan, progress=progress)
    assert seen[0] == 0 and seen[-1] >= 500
    assert services.members.list().rows == ()
    assert _audit_count(services) == audited


def test_a_record_changed_after_the_plan_refuses_the_import(
    services: Services, tmp_path: Path
) -> None:
    add_members(services)
    path = _export(services, ListKind.MEMBERS, tmp_path / "members.csv")
    rows = list(csv.reader(path.open(encoding="utf-8-sig")))
    for row in rows[1:]:
        row[rows[0].index("population")] = "5"
    _write_csv(path, rows)
    plan = _plan(services, ListKind.MEMBERS, path)
    authority = services.members.get(services.members.list().rows[0].uid).authority
    services.authorities.update(
        authority.uid,
        authority.meta.version,
        replace(authority.draft, notes="changed meanwhile"),
    )
    before = services.members.list().rows
    with pytest.raises(ConflictError):
        ImportService(services, backup=None).apply(plan)
    assert services.members.list().rows == before


def test_a_backup_is_made_before_writing(services: Services, tmp_path: Path) -> None:
    reasons: list[str] = []
    path = _write_csv(
        tmp_path / "m.csv", [["name", "country", "joined_on"], ["Graz", "AT", "2017-01-01"]]
    )
    service = ImportService(services, backup=reasons.append)
    service.apply(service.plan(ListKind.MEMBERS, read_rows(path, COLUMNS[ListKind.MEMBERS])))
    assert reasons == ["import"]


def test_web_form_applications_are_received_and_offered_a_link(
    services: Services, tmp_path: Path
) -> None:
    add_members(services)
    lodz = next(r for r in services.members.list().rows if r.name == "Łódź")
    path = _write_csv(
        tmp_path / "web-form.csv",
        [
            ["Applicant", "Country", "Received on", "Contact", "Contact's e-mail", "Kind"],
            ["Lodz", "Poland", "12.03.2024", "Jan Nowak", "jan@example.pl", "municipality"],
            ["Kraków", "PL", "13/03/2024", "Ewa Kot", "ewa@example.pl", "municipality"],
        ],
    )
    plan = _plan(services, ListKind.APPLICATIONS, path)
    assert plan.ok, plan.report()
    assert [m.uid for m in plan.matches[2]] == [lodz.authority_uid]
    assert 3 not in plan.matches
    summary = ImportService(services, backup=None).apply(plan, links={2: plan.matches[2][0].uid})
    assert (summary.added, summary.linked) == (2, 1)
    rows = {r.applicant_name: r for r in services.applications.list().rows}
    assert rows["Lodz"].authority_uid == lodz.authority_uid
    assert rows["Kraków"].authority_uid is None
    assert {r.status for r in rows.values()} == {ApplicationStatus.RECEIVED}
    assert rows["Kraków"].received_on == dt.date(2024, 3, 13)
    assert rows["Kraków"].contact_name == "Ewa Kot"
    history = services.applications.get(rows["Kraków"].uid).history
    assert [h.status for h in history] == [ApplicationStatus.RECEIVED]


def test_a_new_application_cannot_arrive_decided(services: Services, tmp_path: Path) -> None:
    path = _write_csv(
        tmp_path / "a.csv",
        [
            ["applicant_name", "country", "received_on", "status"],
            ["Graz", "AT", "2024-01-01", "accepted"],
        ],
    )
    plan = _plan(services, ListKind.APPLICATIONS, path)
    assert [e.column for e in plan.errors] == ["status"]


def test_signatures_link_to_authorities_and_get_numbers(services: Services, tmp_path: Path) -> None:
    add_members(services)
    path = _write_csv(
        tmp_path / "s.csv",
        [
            ["name", "country", "signer_name", "signed_on"],
            ["Timisoara", "RO", "Dominic Fritz", "2021-06-01"],
            ["Gent", "BE", "Mathias De Clercq", "2021-06-02"],
            ["", "FR", "Jeanne Martin", "2021-06-03"],
            ["", "FR", "Early Bird", "2017-03-01"],
        ],
    )
    plan = _plan(services, ListKind.SIGNATORIES, path)
    assert [str(e) for e in plan.errors] == [
        "row 5, column signed_on: 2017-03-01 is before the first signatures (9 March 2017)"
    ]
    rows = list(csv.reader(path.open(encoding="utf-8")))[:-1]
    plan = _plan(services, ListKind.SIGNATORIES, _write_csv(path, rows))
    assert [r.action for r in plan.rows] == [RowAction.LINK, RowAction.ADD, RowAction.ADD]
    ImportService(services, backup=None).apply(plan)
    listed = {r.signer_name: r for r in services.signatures.list().rows}
    assert listed["Dominic Fritz"].name == "Timișoara"
    assert listed["Mathias De Clercq"].authority_uid is not None
    assert listed["Jeanne Martin"].authority_uid is None
    assert sorted(r.certificate_no for r in listed.values()) == [
        "DAG-2021-0001",
        "DAG-2021-0002",
        "DAG-2021-0003",
    ]


def test_signatures_then_members_move_to_another_database_unchanged(
    services: Services, tmp_path: Path
) -> None:
    from alliance_desktop.services.data_safety.opening import open_database

    add_members(services)
    add_signatures(services)
    signatures = _export(services, ListKind.SIGNATORIES, tmp_path / "signatories.xlsx")
    members = _export(services, ListKind.MEMBERS, tmp_path / "members.csv")
    other = open_database(tmp_path / "other.sqlite", create=True)
    try:
        for kind, path in ((ListKind.SIGNATORIES, signatures), (ListKind.MEMBERS, members)):
            plan = _plan(other, kind, path)
            assert plan.ok, plan.report()
            ImportService(other, backup=None).apply(plan)
        for kind in (ListKind.SIGNATORIES, ListKind.MEMBERS):
            assert ExportService(other).rows(kind) == ExportService(services).rows(kind)
            # The same ids; versions count the edits made in each database.
            assert [replace(r, version=0) for r in _listed(other, kind)] == [  # type: ignore[type-var]
                replace(r, version=0)
                for r in _listed(services, kind)  # type: ignore[type-var]
            ]
    finally:
        other.db.dispose()


def test_every_problem_of_a_row_is_listed_once_in_column_order(
    services: Services, tmp_path: Path
) -> None:
    path = _write_csv(
        tmp_path / "members.csv",
        [
            ["E-mail", "Name", "Country", "Joined on"],
            ["not an address", "Kraków", "Polska", "2016-05-01"],
        ],
    )
    plan = _plan(services, ListKind.MEMBERS, path)
    assert [(e.row, e.column) for e in plan.errors] == [(2, "E-mail"), (2, "Country")]


def test_the_summary_counts_linked_records_among_the_added(
    services: Services, tmp_path: Path
) -> None:
    add_members(services)  # Timișoara and Łódź are in the register
    path = _write_csv(
        tmp_path / "s.csv",
        [
            ["name", "country", "signer_name", "signed_on"],
            ["Timisoara", "RO", "Dominic Fritz", "2021-06-01"],
            ["Lodz", "PL", "Hanna Zdanowska", "2021-06-02"],
            ["Gent", "BE", "Mathias De Clercq", "2021-06-02"],
        ],
    )
    summary = ImportService(services, backup=None).apply(
        _plan(services, ListKind.SIGNATORIES, path)
    )
    assert (summary.added, summary.linked) == (3, 2)
    assert len(services.signatures.list().rows) == 3
    assert str(summary) == (
        "3 signatures added, 0 updated, 0 skipped, 0 unchanged; "
        "2 of the added linked to existing authorities"
    )
    services.authorities.create(AuthorityDraft(name="Graz", country_code="AT"))
    path = _write_csv(
        tmp_path / "m.csv",
        [
            ["name", "country", "joined_on"],
            ["Graz", "AT", "2017-01-01"],
            ["Brno", "CZ", "2017-01-01"],
        ],
    )
    summary = ImportService(services, backup=None).apply(_plan(services, ListKind.MEMBERS, path))
    assert (summary.added, summary.linked) == (2, 1)
