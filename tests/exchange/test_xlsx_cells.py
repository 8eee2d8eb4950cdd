"""Workbook cells without a usable value (formulas never calculated, #N/A) are row errors."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from alliance_desktop.exchange import MEMBER_COLUMNS, read_rows, read_table

from .xlsx_tools import make_workbook, rewrite_member

HEADER = ["name", "country_code", "joined_on", "focal_point", "notes"]
SHEET = "xl/worksheets/sheet1.xml"


def _calculated(path: Path) -> None:
    """Make an openpyxl workbook look saved by Excel: no request to recalculate on load."""
    rewrite_member(path, "xl/workbook.xml", lambda xml: xml.replace(b' fullCalcOnLoad="1"', b""))


def _errors(path: Path) -> list[str]:
    return [str(error) for error in read_rows(path, MEMBER_COLUMNS).errors]


def test_a_formula_written_without_its_value_is_reported_by_cell(tmp_path):
    # openpyxl, like any program that does not calculate, stores "=A2&B2" without a value.
    path = make_workbook(
        tmp_path / "formula.xlsx",
        [HEADER, ["Graz", "AT", "2020-01-01", "=A2&B2"], ["Brno", "CZ", "2020-01-01", "Anna"]],
    )
    for calculated in (False, True):
        if calculated:
            _calculated(path)
        errors = _errors(path)
        assert len(errors) == 1
        assert errors[0].startswith(
            "row 2, column focal_point: cell D2 is a formula whose value was never calculated"
        )
        assert "open the file in Excel or LibreOffice, save it" in errors[0]


def test_a_formula_with_its_calculated_value_is_read(tmp_path):
    path = make_workbook(tmp_path / "calculated.xlsx", [HEADER, ["Graz", "AT", "2020-01-01"]])
    rewrite_member(
        path,
        SHEET,
        lambda xml: xml.replace(
            b"</row></sheetData>",
            b'<c r="D2" t="str"><f>A2&amp;" "&amp;B2</f><v>Graz AT</v></c>'
            b'<c r="E2" t="str"><f>""</f><v></v></c></row></sheetData>',
        ),
    )
    _calculated(path)
    data = read_rows(path, MEMBER_COLUMNS)
    assert data.errors == []
    assert data.rows[0]["focal_point"] == "Graz AT"
    assert data.rows[0]["notes"] == ""  # a formula giving "" is an empty cell


def test_placeholder_values_of_a_workbook_never_calculated_are_not_trusted(tmp_path):
    # XlsxWriter stores 0 for every formula and asks for recalculation on load.
    path = make_workbook(tmp_path / "placeholder.xlsx", [HEADER, ["Graz", "AT", "2020-01-01"]])
    rewrite_member(
        path,
        SHEET,
        lambda xml: xml.replace(
            b"</row></sheetData>", b'<c r="D2"><f>A2&amp;B2</f><v>0</v></c></row></sheetData>'
        ),
    )
    assert _errors(path) == [
        "row 2, column focal_point: cell D2 is a formula whose value was never calculated "
        "(the program that wrote the file does not calculate formulas); open the file in "
        "Excel or LibreOffice, save it, and import it again"
    ]
    _calculated(path)  # the same 0 in a workbook that was calculated is a value
    data = read_rows(path, MEMBER_COLUMNS)
    assert data.errors == [] and data.rows[0]["focal_point"] == "0"


@pytest.mark.parametrize("code", ["#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#NULL!"])
def test_error_cells_are_reported_by_cell_not_imported_as_text(tmp_path, code):
    path = make_workbook(tmp_path / "errors.xlsx", [HEADER, ["Graz", "AT", "2020-01-01", code]])
    workbook = openpyxl.load_workbook(path)
    assert workbook.active["D2"].data_type == "e"  # openpyxl wrote a real error cell
    errors = _errors(path)
    assert errors == [
        f"row 2, column focal_point: cell D2 holds the spreadsheet error {code} instead of "
        "a value; correct it in the workbook and import it again"
    ]


def test_a_calculated_formula_giving_an_error_is_reported(tmp_path):
    path = make_workbook(tmp_path / "div0.xlsx", [HEADER, ["Graz", "AT", "2020-01-01"]])
    rewrite_member(
        path,
        SHEET,
        lambda xml: xml.replace(
            b"</row></sheetData>",
            b'<c r="E2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row></sheetData>',
        ),
    )
    _calculated(path)
    assert _errors(path) == [
        "row 2, column notes: cell E2 holds the spreadsheet error #DIV/0! instead of a value; "
        "correct it in the workbook and import it again"
    ]


def test_problems_in_columns_not_imported_are_not_reported(tmp_path):
    path = make_workbook(
        tmp_path / "ignored.xlsx",
        [[*HEADER, "remarks"], ["Graz", "AT", "2020-01-01", "Anna", "", "#N/A"]],
    )
    data = read_rows(path, MEMBER_COLUMNS)
    assert data.errors == []
    assert data.rows[0]["focal_point"] == "Anna"
    table = read_table(path)
    assert table.cell_problems.keys() == {(2, 5)}  # still known, for whoever maps it


def test_a_row_holding_only_a_formula_is_reported_not_skipped(tmp_path):
    path = make_workbook(
        tmp_path / "lonely.xlsx",
        [HEADER, ["Graz", "AT", "2020-01-01"], [None, None, None, "=A2"]],
    )
    errors = _errors(path)
    assert any(e.startswith("row 3, column focal_point: cell D3 is a formula") for e in errors)
