"""CSV and XLSX exports: they re-import unchanged, never run formulas, never leave half files."""

from __future__ import annotations

import codecs
import datetime as dt
import unicodedata

import openpyxl
import pytest

from alliance_desktop.domain.enums import AuthorityKind, MembershipStatus
from alliance_desktop.domain.records import MemberRow
from alliance_desktop.exchange import (
    APPLICATION_COLUMNS,
    MEMBER_COLUMNS,
    SIGNATORY_COLUMNS,
    Cancelled,
    FileRefused,
    read_rows,
    read_table,
    write_csv,
    write_xlsx,
)

from .conftest import TRICKY, application_rows, member_rows, signatory_rows

SETS = [
    (MEMBER_COLUMNS, member_rows),
    (SIGNATORY_COLUMNS, signatory_rows),
    (APPLICATION_COLUMNS, application_rows),
]


def _same(original, imported):
    """Compare as an import sees it: an empty text and a missing value are the same."""
    for key, value in imported.items():
        expected = original[key]
        if expected in (None, "") and value in (None, ""):
            continue
        assert value == expected, (key, expected, value)


@pytest.mark.parametrize(("columns", "make_rows"), SETS)
@pytest.mark.parametrize(("suffix", "delimiter"), [(".csv", ","), (".csv", ";"), (".xlsx", None)])
def test_export_reimports_unchanged(tmp_path, columns, make_rows, suffix, delimiter):
    rows = make_rows()
    path = tmp_path / f"export{suffix}"
    if suffix == ".csv":
        assert write_csv(path, rows, columns, delimiter=delimiter) == len(rows)
    else:
        assert write_xlsx(path, rows, columns) == len(rows)
    data = read_rows(path, columns)
    assert data.errors == []
    assert data.match.unknown == () and data.match.missing == ()
    assert set(data.match.mapping.values()) == {c.key for c in columns}
    assert len(data.rows) == len(rows)
    for original, imported in zip(rows, data.rows, strict=True):
        _same(original, imported)


def test_csv_is_utf8_with_bom_crlf_and_lower_case_headers(tmp_path):
    path = tmp_path / "members.csv"
    write_csv(path, member_rows(2), MEMBER_COLUMNS, delimiter=";")
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    text = data.decode("utf-8-sig")
    header = text.split("\r\n", 1)[0]
    assert header.split(";")[:3] == ["participant_no", "name", "name_latin"]
    assert '"Piața Victoriei 1\n300030 Timișoara"' in text  # RFC 4180: quoted multi-line cell
    assert ";2015-01-01;" in text  # ISO dates
    assert ";region;" in text and ";active;" in text  # enum values


def test_formula_like_cells_round_trip_exactly_through_csv(tmp_path):
    rows = [{"name": value, "notes": value, "phone": value} for value in TRICKY]
    path = tmp_path / "tricky.csv"
    write_csv(path, rows, MEMBER_COLUMNS)
    text = path.read_text("utf-8-sig")
    assert "\n,'=1+1," in text and "'+33 1 23 45 67 89" in text and "'@home" in text
    table = read_table(path)
    name_index = table.headers.index("name")
    assert [row[name_index] for row in table.rows] == TRICKY


def test_no_written_cell_starts_with_a_formula_trigger(tmp_path):
    rows = [{"name": value} for value in [*TRICKY, "\tx", "\r\nx"]]
    path = tmp_path / "tricky.csv"
    write_csv(path, rows, MEMBER_COLUMNS)
    import csv

    with open(path, encoding="utf-8-sig", newline="") as stream:
        cells = [row[1] for row in list(csv.reader(stream))[1:]]
    triggers = ("=", "+", "-", "@", "\t", "\r")
    assert all(not cell.startswith(triggers) for cell in cells)
    # Nor with a look-alike a spreadsheet or an input method may fold to one ("＝1+1").
    assert all(not unicodedata.normalize("NFKC", cell[:1]).startswith(triggers) for cell in cells)


def test_xlsx_stores_text_as_text_never_formulas(tmp_path):
    rows = [{"name": value, "notes": value, "phone": value} for value in TRICKY]
    rows[0]["joined_on"] = dt.date(2017, 3, 29)
    rows[0]["participant_no"] = 129
    path = tmp_path / "tricky.xlsx"
    write_xlsx(path, rows, MEMBER_COLUMNS)
    workbook = openpyxl.load_workbook(path)  # full mode: see types and formats
    sheet = workbook.active
    headers = [c.value for c in sheet[1]]
    name_col = headers.index("name") + 1
    for offset, value in enumerate(TRICKY):
        cell = sheet.cell(row=offset + 2, column=name_col)
        assert cell.value == value
        assert cell.data_type == "s", (value, cell.data_type)
    date_cell = sheet.cell(row=2, column=headers.index("joined_on") + 1)
    assert date_cell.is_date and date_cell.value == dt.datetime(2017, 3, 29)
    number_cell = sheet.cell(row=2, column=headers.index("participant_no") + 1)
    assert number_cell.data_type == "n" and number_cell.value == 129
    # Nothing in the sheet's XML is a formula.
    import zipfile

    with zipfile.ZipFile(path) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")


def test_xlsx_header_is_bold_frozen_filtered_and_columns_sized(tmp_path):
    path = tmp_path / "members.xlsx"
    write_xlsx(path, member_rows(10), MEMBER_COLUMNS, sheet_title="Members: 2024/25")
    sheet = openpyxl.load_workbook(path).active
    assert sheet.title == "Members  2024 25"
    assert all(cell.font.b for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:V11"
    widths = {k: d.width for k, d in sheet.column_dimensions.items()}
    assert all(6 <= width <= 50 for width in widths.values())
    assert widths["B"] >= len("Крагујевац") + 2  # the name column fits the names


def test_row_objects_are_exported_too(tmp_path):
    row = MemberRow(
        uid="00000000-0000-0000-0000-000000000001",
        authority_uid="00000000-0000-0000-0000-000000000002",
        participant_no=129,
        name="Крагујевац",
        name_latin="Kragujevac",
        country_code="RS",
        kind=AuthorityKind.MUNICIPALITY,
        joined_on=dt.date(2017, 3, 29),
        status=MembershipStatus.ACTIVE,
        left_on=None,
        focal_point="",
        version=3,
    )
    path = tmp_path / "rows.csv"
    write_csv(path, [row], MEMBER_COLUMNS)
    data = read_rows(path, MEMBER_COLUMNS)
    assert data.errors == []
    assert data.rows[0]["name"] == "Крагујевац" and data.rows[0]["participant_no"] == 129


def test_empty_export_writes_the_header(tmp_path):
    path = tmp_path / "none.csv"
    assert write_csv(path, [], SIGNATORY_COLUMNS) == 0
    assert path.read_text("utf-8-sig").startswith("certificate_no,name,")
    assert write_xlsx(tmp_path / "none.xlsx", [], SIGNATORY_COLUMNS) == 0


@pytest.mark.parametrize("writer", [write_csv, write_xlsx])
def test_cancel_leaves_no_file_and_keeps_the_old_one(tmp_path, writer):
    path = tmp_path / "export.out"
    path.write_bytes(b"previous export")
    calls = []

    def progress(done: int) -> bool:
        calls.append(done)
        return done < 2000

    with pytest.raises(Cancelled):
        writer(path, member_rows(5000), MEMBER_COLUMNS, progress=progress)
    assert calls == [1000, 2000]
    assert path.read_bytes() == b"previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.out"]


@pytest.mark.parametrize("writer", [write_csv, write_xlsx])
def test_failure_mid_write_leaves_no_file(tmp_path, writer):
    def rows():
        yield from member_rows(3)
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        writer(tmp_path / "export.out", rows(), MEMBER_COLUMNS)
    assert list(tmp_path.iterdir()) == []


def test_progress_is_told_the_total(tmp_path):
    seen = []
    write_csv(
        tmp_path / "x.csv",
        member_rows(2500),
        MEMBER_COLUMNS,
        progress=lambda n: seen.append(n) or True,
    )
    assert seen == [1000, 2000, 2500]


def test_unwritable_folder_is_refused(tmp_path):
    with pytest.raises(FileRefused):
        write_csv(tmp_path / "missing" / "x.csv", member_rows(1), MEMBER_COLUMNS)
