"""Links a plan made to authorities are checked again when the import writes: Trash, members."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.domain.records import AuthorityDraft, MembershipDraft
from alliance_desktop.exchange import COLUMNS, ListKind, read_rows
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.services.imports.service import ImportPlan, ImportService, RowAction


def _write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(rows)
    return path


def _plan(services: Services, kind: ListKind, path: Path) -> ImportPlan:
    return ImportService(services, backup=None).plan(
        kind, read_rows(path, COLUMNS[kind]), path.name
    )


def _authority(services: Services, name: str, country: str) -> str:
    record, _ = services.authorities.create(AuthorityDraft(name=name, country_code=country))
    return record.uid


def _audit_count(services: Services) -> int:
    return len(services.audit.list(limit=None))


def test_a_member_row_for_an_authority_trashed_after_the_check_is_refused(
    services: Services, tmp_path: Path
) -> None:
    _authority(services, "Brno", "CZ")
    graz = _authority(services, "Graz", "AT")
    path = _write_csv(
        tmp_path / "members.csv",
        [
            ["name", "country", "joined_on"],
            ["Brno", "CZ", "2017-01-01"],
            ["GRAZ", "AT", "2017-01-01"],
        ],
    )
    plan = _plan(services, ListKind.MEMBERS, path)
    assert [r.action for r in plan.rows] == [RowAction.LINK, RowAction.LINK]
    services.authorities.delete(graz)
    audited = _audit_count(services)
    with pytest.raises(RefusedError) as refused:
        ImportService(services, backup=None).apply(plan)
    text = str(refused.value)
    assert "row 3: the authority “Graz” was moved to the Trash after the file was checked" in text
    assert text.startswith("Check members.csv again, then import it:\n")
    assert services.members.list().rows == ()
    assert _audit_count(services) == audited


def test_a_member_row_for_an_authority_that_became_a_member_meanwhile_is_refused(
    services: Services, tmp_path: Path
) -> None:
    graz = _authority(services, "Graz", "AT")
    path = _write_csv(
        tmp_path / "members.csv", [["name", "country", "joined_on"], ["Graz", "AT", "2017-01-01"]]
    )
    plan = _plan(services, ListKind.MEMBERS, path)
    assert [r.action for r in plan.rows] == [RowAction.LINK]
    services.members.create(
        graz, MembershipDraft(authority_uid=graz, joined_on=dt.date(2018, 1, 1))
    )
    before = services.members.list().rows
    with pytest.raises(RefusedError, match="row 2: the authority “Graz” became a member"):
        ImportService(services, backup=None).apply(plan)
    assert services.members.list().rows == before


def test_a_signature_linked_to_an_authority_trashed_after_the_check_is_refused(
    services: Services, tmp_path: Path
) -> None:
    gent = _authority(services, "Gent", "BE")
    path = _write_csv(
        tmp_path / "signatories.csv",
        [
            ["name", "country", "signer_name", "signed_on"],
            ["", "FR", "Jeanne Martin", "2021-06-03"],
            ["Gent", "BE", "Mathias De Clercq", "2021-06-02"],
        ],
    )
    plan = _plan(services, ListKind.SIGNATORIES, path)
    assert [r.action for r in plan.rows] == [RowAction.ADD, RowAction.LINK]
    services.authorities.delete(gent)
    audited = _audit_count(services)
    with pytest.raises(RefusedError, match="row 3: the authority “Gent” was moved to the Trash"):
        ImportService(services, backup=None).apply(plan)
    assert services.signatures.list().rows == ()
    assert _audit_count(services) == audited


@pytest.mark.parametrize("how", ["chosen link", "authority id column"])
def test_an_application_linked_to_an_authority_trashed_after_the_check_is_refused(
    services: Services, tmp_path: Path, how: str
) -> None:
    lodz = _authority(services, "Łódź", "PL")
    header = ["Applicant", "Country", "Received on", "Contact"]
    row = ["Lodz", "PL", "2024-03-12", "Jan Nowak"]
    if how == "authority id column":
        header, row = [*header, "authority_uid"], [*row, lodz]
    path = _write_csv(tmp_path / "applications.csv", [header, row])
    plan = _plan(services, ListKind.APPLICATIONS, path)
    assert plan.ok, plan.report()
    links = {2: plan.matches[2][0].uid} if how == "chosen link" else {}
    services.authorities.delete(lodz)
    audited = _audit_count(services)
    with pytest.raises(RefusedError, match="row 2: the authority “Łódź” was moved to the Trash"):
        ImportService(services, backup=None).apply(plan, links=links)
    assert services.applications.list().rows == ()
    assert _audit_count(services) == audited


def test_links_still_sound_are_written(services: Services, tmp_path: Path) -> None:
    gent = _authority(services, "Gent", "BE")
    _authority(services, "Graz", "AT")
    path = _write_csv(
        tmp_path / "signatories.csv",
        [["name", "country", "signer_name", "signed_on"], ["Gent", "BE", "Mathias", "2021-06-02"]],
    )
    plan = _plan(services, ListKind.SIGNATORIES, path)
    summary = ImportService(services, backup=None).apply(plan)
    assert summary.linked == 1
    assert services.signatures.list().rows[0].authority_uid == gent


def test_a_member_row_for_an_authority_edited_after_the_check_is_refused(
    services: Services, tmp_path: Path
) -> None:
    graz = _authority(services, "Graz", "AT")
    path = _write_csv(
        tmp_path / "members.csv",
        [["name", "country", "joined_on", "population"], ["Graz", "AT", "2017-01-01", ""]],
    )
    plan = _plan(services, ListKind.MEMBERS, path)
    assert [(r.action, r.changes) for r in plan.rows] == [(RowAction.LINK, ())]
    # The plan found nothing to change; the file's empty population would now clear one.
    record = services.authorities.get(graz)
    services.authorities.update(graz, record.meta.version, replace(record.draft, population=1))
    with pytest.raises(RefusedError, match="“Graz” was changed by someone else after"):
        ImportService(services, backup=None).apply(plan)
    assert services.members.list().rows == ()
    assert services.authorities.get(graz).draft.population == 1
