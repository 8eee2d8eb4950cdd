"""Exports with the header row in words (English or French titles) import back unchanged."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from alliance_desktop.domain.enums import Language
from alliance_desktop.exchange import COLUMNS, ListKind, read_rows
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.services.imports.service import ImportService, RowAction
from alliance_desktop.services.output.exports import ExportFormat, ExportRequest, ExportService
from tests.services.exchange_samples import add_applications, add_members, add_signatures

FRENCH_MEMBER_HEADERS = [
    "N° de participant",
    "Nom",
    "Nom (alphabet latin)",
    "Nom en anglais",
    "Nom en français",
    "Pays",
    "Type",
    "Date d'adhésion",
    "Statut",
    "Date de retrait",
    "Point focal",
    "Population",
    "Population rom",
    "Note sur la population rom",
    "Site web",
    "Courriel",
    "Téléphone",
    "Adresse",
    "Notes",
    "Notes sur l'adhésion",
    "Identifiant de l'adhésion",
    "Identifiant de la collectivité",
]


def _header(path: Path) -> list[str]:
    if path.suffix == ".xlsx":
        sheet = openpyxl.load_workbook(path, read_only=True).active
        return [str(cell.value) for cell in next(sheet.iter_rows(max_row=1))]
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return next(csv.reader(stream))


def _listed(services: Services, kind: ListKind) -> tuple[object, ...]:
    if kind is ListKind.MEMBERS:
        return services.members.list().rows
    if kind is ListKind.SIGNATORIES:
        return services.signatures.list().rows
    return services.applications.list().rows


def test_the_default_header_is_the_keys_whatever_the_language(
    services: Services, tmp_path: Path
) -> None:
    add_members(services)
    path = tmp_path / "members.csv"
    ExportService(services).export(
        ExportRequest(ListKind.MEMBERS, path, ExportFormat.CSV, language=Language.FR)
    )
    assert _header(path) == [c.key for c in COLUMNS[ListKind.MEMBERS]]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_members_exported_with_french_headers_import_back_unchanged(
    services: Services, tmp_path: Path, suffix: str
) -> None:
    add_members(services)  # a phone "+48 …", notes "=SUM(…)" and "-1 point" among them
    before = services.members.list().rows
    path = tmp_path / f"membres{suffix}"
    fmt = ExportFormat.XLSX if suffix == ".xlsx" else ExportFormat.CSV
    ExportService(services).export(
        ExportRequest(ListKind.MEMBERS, path, fmt, language=Language.FR, headers_in_words=True)
    )
    assert _header(path) == FRENCH_MEMBER_HEADERS
    if suffix == ".xlsx":
        assert openpyxl.load_workbook(path, read_only=True).sheetnames == ["Membres"]
    data = read_rows(path, COLUMNS[ListKind.MEMBERS])
    assert data.match.unknown == () and data.match.missing == ()
    plan = ImportService(services, backup=None).plan(ListKind.MEMBERS, data, path.name)
    assert plan.ok, plan.report()
    assert {r.action for r in plan.rows} == {RowAction.UNCHANGED}
    ImportService(services, backup=None).apply(plan)
    assert services.members.list().rows == before


@pytest.mark.parametrize("language", [Language.EN, Language.FR])
@pytest.mark.parametrize("kind", list(ListKind))
def test_every_list_with_headers_in_words_imports_back_unchanged(
    services: Services, tmp_path: Path, kind: ListKind, language: Language
) -> None:
    add_members(services)
    add_signatures(services)
    add_applications(services)
    before = _listed(services, kind)
    path = tmp_path / "list.csv"
    ExportService(services).export(
        ExportRequest(kind, path, ExportFormat.CSV, language=language, headers_in_words=True)
    )
    assert _header(path) == [c.title(language) for c in COLUMNS[kind]]
    plan = ImportService(services, backup=None).plan(
        kind, read_rows(path, COLUMNS[kind]), path.name
    )
    assert plan.ok, plan.report()
    assert {r.action for r in plan.rows} == {RowAction.UNCHANGED}
    assert _listed(services, kind) == before


def test_a_file_headed_in_french_words_imports(services: Services, tmp_path: Path) -> None:
    # Typed by a person: titles in any case, without accents, with underscores.
    path = tmp_path / "adhesions.csv"
    path.write_text(
        "Nom;PAYS;date_d_adhesion;Téléphone;Point de contact\n"
        "Strasbourg;France;12.05.2016;+33 3 88 60 90 90;Anne Martin\n",
        encoding="utf-8",
    )
    data = read_rows(path, COLUMNS[ListKind.MEMBERS])
    assert data.ok, [str(e) for e in data.errors]
    assert data.match.unknown == ()
    plan = ImportService(services, backup=None).plan(ListKind.MEMBERS, data, path.name)
    assert plan.ok, plan.report()
    ImportService(services, backup=None).apply(plan)
    (member,) = services.members.list().rows
    assert (member.name, member.country_code, str(member.joined_on), member.focal_point) == (
        "Strasbourg",
        "FR",
        "2016-05-12",
        "Anne Martin",
    )
