"""Imports refuse what the dialogs and ``check`` refuse: every person and authority a file makes."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from alliance_desktop.db.models import (
    Application,
    AuditEntry,
    Authority,
    Membership,
    Person,
    Signature,
)
from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.exchange import COLUMNS, ListKind, read_rows
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.services.imports.service import ImportPlan, ImportService

LONG = "Jan Nowak " + "z" * 240  # 250 characters, at most 200 are allowed
BAD_NAMES = {
    "too long": (LONG, "is too long (250 characters; at most 200)"),
    "zero-width space": ("Jan\u200bNowak", "U+200B ZERO WIDTH SPACE"),
    "right-to-left override": ("Jan \u202eNowak", "U+202E RIGHT-TO-LEFT OVERRIDE"),
}


def _write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(rows)
    return path


def _plan(services: Services, kind: ListKind, path: Path) -> ImportPlan:
    return ImportService(services, backup=None).plan(
        kind, read_rows(path, COLUMNS[kind]), path.name
    )


def _stored(services: Services) -> list[int]:
    """How many records of each table hold anything: authorities, persons, and the lists."""
    with services.db.read() as session:
        return [
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Authority, Person, Membership, Signature, Application, AuditEntry)
        ]


def _refused_and_nothing_written(services: Services, plan: ImportPlan) -> None:
    before = _stored(services)
    with pytest.raises(RefusedError):
        ImportService(services, backup=None).apply(plan)
    assert _stored(services) == before == [0, 0, 0, 0, 0, 0]


@pytest.mark.parametrize("bad", list(BAD_NAMES))
def test_a_bad_focal_point_is_refused_by_row_and_column(
    services: Services, tmp_path: Path, bad: str
) -> None:
    name, message = BAD_NAMES[bad]
    path = _write_csv(
        tmp_path / "members.csv",
        [
            ["name", "country_code", "joined_on", "focal_point"],
            ["Graz", "AT", "2017-01-01", "Elke Kahr"],
            ["Brno", "CZ", "2017-01-01", name],
        ],
    )
    plan = _plan(services, ListKind.MEMBERS, path)
    assert [(e.row, e.column) for e in plan.errors] == [(3, "focal_point")]
    assert message in plan.errors[0].message
    assert str(plan.errors[0]).startswith("row 3, column focal_point: ")
    _refused_and_nothing_written(services, plan)


def test_a_changed_focal_point_of_a_stored_member_is_checked_too(
    services: Services, tmp_path: Path
) -> None:
    path = _write_csv(
        tmp_path / "members.csv",
        [["name", "country_code", "joined_on"], ["Graz", "AT", "2017-01-01"]],
    )
    ImportService(services, backup=None).apply(_plan(services, ListKind.MEMBERS, path))
    uid = services.members.list().rows[0].uid
    path = _write_csv(
        tmp_path / "members.csv",
        [
            ["uid", "name", "country_code", "joined_on", "Focal point"],
            [uid, "Graz", "AT", "2017-01-01", "Elke\u200bKahr"],
        ],
    )
    plan = _plan(services, ListKind.MEMBERS, path)
    assert [(e.row, e.column) for e in plan.errors] == [(2, "Focal point")]
    with pytest.raises(RefusedError):
        ImportService(services, backup=None).apply(plan)
    assert services.members.list().rows[0].focal_point == ""


def test_a_signatory_authority_name_over_200_characters_is_refused(
    services: Services, tmp_path: Path
) -> None:
    path = _write_csv(
        tmp_path / "signatories.csv",
        [
            ["name", "country", "signer_name", "signed_on"],
            ["Gent", "BE", "Mathias De Clercq", "2021-06-02"],
            ["A" * 300, "FR", "Jeanne Martin", "2021-06-03"],
        ],
    )
    plan = _plan(services, ListKind.SIGNATORIES, path)
    assert [str(e) for e in plan.errors] == [
        "row 3, column name: is too long (300 characters; at most 200)"
    ]
    _refused_and_nothing_written(services, plan)


def test_a_signatory_authority_with_a_hidden_character_is_refused(
    services: Services, tmp_path: Path
) -> None:
    path = _write_csv(
        tmp_path / "signatories.csv",
        [
            ["Authority", "Authority (Latin script)", "country", "signer_name", "signed_on"],
            ["Gent", "Ge\u202ent", "BE", "Mathias De Clercq", "2021-06-02"],
        ],
    )
    plan = _plan(services, ListKind.SIGNATORIES, path)
    assert [(e.row, e.column) for e in plan.errors] == [(2, "Authority (Latin script)")]
    assert "U+202E" in plan.errors[0].message
    _refused_and_nothing_written(services, plan)


@pytest.mark.parametrize("bad", list(BAD_NAMES))
def test_a_bad_application_contact_is_refused(services: Services, tmp_path: Path, bad: str) -> None:
    name, message = BAD_NAMES[bad]
    path = _write_csv(
        tmp_path / "applications.csv",
        [
            ["Applicant", "Country", "Received on", "Contact", "Contact's e-mail"],
            ["Graz", "AT", "2024-04-02", "Elke Kahr", "elke@graz.at"],
            ["Brno", "CZ", "2024-04-03", name, "jan@brno.cz"],
        ],
    )
    plan = _plan(services, ListKind.APPLICATIONS, path)
    assert [(e.row, e.column) for e in plan.errors] == [(3, "Contact")]
    assert message in plan.errors[0].message
    _refused_and_nothing_written(services, plan)


def test_what_an_import_accepts_check_accepts(services: Services, tmp_path: Path) -> None:
    kinds = {
        ListKind.MEMBERS: [
            ["name", "country_code", "joined_on", "focal_point"],
            ["Graz", "AT", "2017-01-01", "Elke  Kahr"],
        ],
        ListKind.SIGNATORIES: [
            ["name", "country", "signer_name", "signed_on"],
            ["Gent", "BE", "Mathias De Clercq", "2021-06-02"],
        ],
        ListKind.APPLICATIONS: [
            ["Applicant", "Country", "Received on", "Contact", "Contact's e-mail"],
            ["Brno", "CZ", "2024-04-03", "Jan Novák", "jan@brno.cz"],
        ],
    }
    for kind, rows in kinds.items():
        plan = _plan(services, kind, _write_csv(tmp_path / f"{kind.value}.csv", rows))
        assert plan.ok, plan.report()
        ImportService(services, backup=None).apply(plan)
    report = services.checks.run()
    assert report.problems == ()


def test_a_missing_required_column_is_one_problem_not_one_per_row(
    services: Services, tmp_path: Path
) -> None:
    path = _write_csv(
        tmp_path / "members.csv",
        [["name", "country_code"], ["Graz", "AT"], ["Brno", "CZ"], ["", "AT"]],
    )
    plan = _plan(services, ListKind.MEMBERS, path)
    assert [str(e) for e in plan.errors] == [
        "column joined_on: this required column is missing",
        "row 4, column name: is required",
    ]
    given = read_rows(path, COLUMNS[ListKind.MEMBERS]).with_values_for_every_row(
        {"joined_on": dt.date(2015, 10, 20)}
    )
    plan = ImportService(services, backup=None).plan(ListKind.MEMBERS, given, path.name)
    assert [str(e) for e in plan.errors] == ["row 4, column name: is required"]
