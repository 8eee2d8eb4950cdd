"""Sorts and searches by a joined record (focal point, signing authority, contact) follow edits."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import replace
from pathlib import Path

from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.domain.records import (
    ApplicationDraft,
    AuthorityDraft,
    MembershipDraft,
    PersonDraft,
    SignatureDraft,
)
from alliance_desktop.exchange import COLUMNS, ListKind, read_rows
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.services.imports.service import ImportService
from alliance_desktop.services.output.exports import ExportFormat, ExportRequest, ExportService


def _member(services: Services, town: str, focal: str | None) -> str:
    record, _ = services.members.create(
        AuthorityDraft(name=town, country_code="HU"),
        MembershipDraft(authority_uid="", joined_on=dt.date(2018, 3, 1)),
        focal_point=PersonDraft(name=focal) if focal else None,
    )
    return record.uid


def _by_focal(services: Services, descending: bool = False) -> list[str]:
    query = ListQuery(sort="focal_point", descending=descending)
    return [r.focal_point for r in services.members.list(query).rows]


def test_members_sort_by_focal_point_ignoring_case_and_accents(services: Services) -> None:
    _member(services, "Pécs", "Zoltán Varga")
    _member(services, "Miskolc", "ágnes Kovács")
    _member(services, "Szeged", None)
    _member(services, "Győr", "Béla Nagy")
    _member(services, "Eger", "Ádám Tóth")
    # A member without a focal point comes first, as an empty cell does.
    expected = ["", "Ádám Tóth", "ágnes Kovács", "Béla Nagy", "Zoltán Varga"]
    assert _by_focal(services) == expected
    assert _by_focal(services, descending=True) == expected[::-1]


def test_renaming_or_erasing_a_focal_point_moves_its_member(services: Services) -> None:
    _member(services, "Pécs", "Zoltán Varga")
    uid = _member(services, "Miskolc", "Ágnes Kovács")
    person = services.members.get(uid).focal_point
    assert person is not None
    services.persons.update(
        person.uid, person.meta.version, replace(person.draft, name="Zsófia Zsák")
    )
    assert _by_focal(services) == ["Zoltán Varga", "Zsófia Zsák"]
    services.privacy.erase(person.uid)
    erased = services.members.get(uid).focal_point
    assert erased is not None
    assert _by_focal(services)[0] == erased.draft.name  # "Erased …" before "Zoltán"
    services.members.update(uid, services.members.get(uid).meta.version, _unlinked(services, uid))
    assert _by_focal(services) == ["", "Zoltán Varga"]


def _unlinked(services: Services, uid: str) -> MembershipDraft:
    return replace(services.members.get(uid).draft, focal_point_uid=None)


def test_signatories_sort_and_search_by_the_signing_authority(services: Services) -> None:
    authority, _ = services.authorities.create(AuthorityDraft(name="Kraków", country_code="PL"))
    services.signatures.create(
        SignatureDraft(
            signer_name="Zofia Wójcik",
            signed_on=dt.date(2019, 4, 8),
            country_code="PL",
            authority_uid=authority.uid,
        )
    )
    services.signatures.create(
        SignatureDraft(
            signer_name="Marek Zieliński", signed_on=dt.date(2020, 4, 8), country_code="PL"
        )
    )
    # The Name column shows the authority (Kraków), else the signer.
    assert [r.name for r in services.signatures.list(ListQuery(sort="name")).rows] == [
        "Kraków",
        "Marek Zieliński",
    ]
    assert [r.name for r in services.signatures.list(ListQuery(search="krakow")).rows] == ["Kraków"]
    services.authorities.update(
        authority.uid, authority.meta.version, replace(authority.draft, name="Wrocław")
    )
    assert [r.name for r in services.signatures.list(ListQuery(sort="name")).rows] == [
        "Marek Zieliński",
        "Wrocław",
    ]
    assert services.signatures.list(ListQuery(search="krakow")).total == 0
    assert services.signatures.list(ListQuery(search="wroclaw")).total == 1
    assert services.signatures.list(ListQuery(search="zofia")).total == 1  # the signer's own


def test_applications_sort_by_contact_and_search_the_linked_authority(
    services: Services,
) -> None:
    authority, _ = services.authorities.create(AuthorityDraft(name="Şişli", country_code="TR"))
    for name, contact in (("Kadıköy", "Zeynep Kaya"), ("Üsküdar", "Ömer Demir"), ("Beşiktaş", "")):
        services.applications.create(
            ApplicationDraft(
                applicant_name=name,
                country_code="TR",
                received_on=dt.date(2025, 1, 6),
                contact_name=contact,
                authority_uid=authority.uid if name == "Üsküdar" else None,
            )
        )
    by_contact = services.applications.list(ListQuery(sort="contact_name")).rows
    assert [r.contact_name for r in by_contact] == ["", "Ömer Demir", "Zeynep Kaya"]
    found = services.applications.list(ListQuery(search="sisli")).rows
    assert [r.applicant_name for r in found] == ["Üsküdar"]


def test_imported_focal_points_sort_with_the_others(services: Services, tmp_path: Path) -> None:
    _member(services, "Pécs", "Zoltán Varga")
    path = tmp_path / "members.csv"
    ExportService(services).export(ExportRequest(ListKind.MEMBERS, path, ExportFormat.CSV))
    rows = list(csv.reader(path.open(encoding="utf-8-sig")))
    header = rows[0]
    new = ["" for _ in header]
    for column, value in (
        ("name", "Debrecen"),
        ("country_code", "HU"),
        ("joined_on", "2019-06-01"),
        ("focal_point", "Ábel Szabó"),
    ):
        new[header.index(column)] = value
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows([*rows, new])
    importer = ImportService(services, backup=None)
    plan = importer.plan(ListKind.MEMBERS, read_rows(path, COLUMNS[ListKind.MEMBERS]), path.name)
    assert plan.ok, plan.report()
    importer.apply(plan)
    assert _by_focal(services) == ["Ábel Szabó", "Zoltán Varga"]


def test_a_filtered_list_keeps_the_order_of_the_whole_list(services: Services) -> None:
    """A short filtered list is sorted from its keys outside the database (on SQLite): names
    in any script, accents, empty cells and ties come in the database's own order."""
    towns = ["Ωραιόκαστρο", "Łódź", "Zürich", "Ängelholm", "Beograd", "Београд", "Östersund"]
    for i, town in enumerate(towns):
        _member(services, town, None if i % 3 == 0 else ["Ирина", "Ádám", "Bo"][i % 3])
    for sort in ("name", "focal_point", "country_code", "joined_on", "left_on", "kind"):
        for descending in (False, True):
            whole = ListQuery(sort=sort, descending=descending)
            narrowed = ListQuery(sort=sort, descending=descending, country="HU")
            expected = [r.uid for r in services.members.list(whole).rows]
            assert [r.uid for r in services.members.list(narrowed).rows] == expected
