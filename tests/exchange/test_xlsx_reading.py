"""Reading workbooks: real dates in both date systems, codes and phones kept as written."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from alliance_desktop.exchange import (
    MEMBER_COLUMNS,
    FileRefused,
    Limits,
    convert_rows,
    match_columns,
    read_table,
)

from .xlsx_tools import make_workbook, rewrite_member


@pytest.mark.parametrize("epoch_1904", [False, True])
def test_real_dates_in_both_date_systems(tmp_path, epoch_1904):
    path = make_workbook(
        tmp_path / "dates.xlsx",
        [
            ("name", "country_code", "joined_on"),
            ("Łódź", "PL", dt.date(2017, 3, 29)),
            ("Крагујевац", "RS", dt.datetime(2019, 12, 31, 0, 0)),
        ],
        epoch_1904=epoch_1904,
    )
    table = read_table(path)
    assert table.date1904 is epoch_1904
    rows, errors = convert_rows(table, MEMBER_COLUMNS, match_columns(table.headers, MEMBER_COLUMNS))
    assert errors == []
    assert [r["joined_on"] for r in rows] == [dt.date(2017, 3, 29), dt.date(2019, 12, 31)]


def test_date_serial_numbers_follow_the_workbook_date_system(tmp_path):
    # A date column formatted "General" shows the serial number; it is still a date.
    for epoch_1904, serial in ((False, 42823), (True, 41361)):
        path = make_workbook(
            tmp_path / f"serial{epoch_1904}.xlsx",
            [("name", "country_code", "joined_on"), ("Łódź", "PL", serial)],
            epoch_1904=epoch_1904,
        )
        table = read_table(path)
        rows, errors = convert_rows(
            table, MEMBER_COLUMNS, match_columns(table.headers, MEMBER_COLUMNS)
        )
        assert errors == []
        assert rows[0]["joined_on"] == dt.date(2017, 3, 29)


def test_codes_and_phones_keep_plus_and_leading_zeros(tmp_path):
    path = make_workbook(
        tmp_path / "phones.xlsx",
        [
            ("name", "country_code", "phone", "population", "joined_on"),
            ("Łódź", "PL", "+48 42 638 40 00", 670000, "2017-03-29"),
            ("Brno", "CZ", "00420 542 171 111", 380000.0, "29.03.2017"),
            ("Genève", "CH", 41223119911, "12 000", dt.date(2017, 3, 29)),
            ("Bern", "CH", "0313216111", None, dt.date(2017, 3, 29)),
        ],
        text_columns=(2,),
    )
    table = read_table(path)
    assert table.rows[0][2] == "+48 42 638 40 00"
    assert table.rows[3][2] == "0313216111"
    rows, errors = convert_rows(table, MEMBER_COLUMNS, match_columns(table.headers, MEMBER_COLUMNS))
    assert errors == []
    assert [r["phone"] for r in rows] == [
        "+48 42 638 40 00",
        "00420 542 171 111",
        "41223119911",  # a number in a text column: digits, no ".0"
        "0313216111",
    ]
    assert [r["population"] for r in rows] == [670000, 380000, 12000, None]


def test_blank_rows_and_row_numbers(tmp_path):
    path = make_workbook(
        tmp_path / "gaps.xlsx",
        [(None,), ("name", "country_code"), ("Łódź", "PL"), (None, None), ("Brno", "CZ")],
    )
    table = read_table(path)
    assert table.header_row == 2
    assert table.row_numbers == [3, 5]
    assert table.sheet == "Members"


def test_named_sheet(tmp_path):
    path = make_workbook(tmp_path / "sheets.xlsx", [("name",), ("Łódź",)])
    assert read_table(path, sheet="Members").rows == [("Łódź",)]
    with pytest.raises(FileRefused):
        read_table(path, sheet="Nope")


def test_a_dimension_claiming_a_million_rows_is_not_trusted(tmp_path):
    path = make_workbook(tmp_path / "dimension.xlsx", [("name", "country_code"), ("Łódź", "PL")])
    rewrite_member(
        path,
        "xl/worksheets/sheet1.xml",
        lambda xml: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', xml),
    )
    table = read_table(path)
    assert table.rows == [("Łódź", "PL")]


def test_row_limit(tmp_path):
    path = make_workbook(tmp_path / "many.xlsx", [("name",)] + [(f"Town {i}",) for i in range(30)])
    assert len(read_table(path, limits=Limits(max_rows=30))) == 30
    with pytest.raises(FileRefused) as caught:
        read_table(path, limits=Limits(max_rows=29))
    assert caught.value.reason == "too_many_rows"


def test_column_limit(tmp_path):
    path = make_workbook(
        tmp_path / "wide.xlsx", [tuple(f"c{i}" for i in range(12)), tuple(range(12))]
    )
    with pytest.raises(FileRefused) as caught:
        read_table(path, limits=Limits(max_columns=10))
    assert caught.value.reason == "too_many_columns"


def test_a_far_away_empty_cell_does_not_widen_the_table(tmp_path):
    path = make_workbook(tmp_path / "far.xlsx", [("name", "country_code"), ("Łódź", "PL")])
    rewrite_member(
        path,
        "xl/worksheets/sheet1.xml",
        lambda xml: xml.replace(b"</row></sheetData>", b'<c r="XFD2"/></row></sheetData>'),
    )
    table = read_table(path, limits=Limits(max_columns=10))
    assert table.rows == [("Łódź", "PL")]


def test_workbook_renamed_csv_is_read_as_workbook(tmp_path):
    path = make_workbook(tmp_path / "renamed.xlsx", [("name",), ("Łódź",)])
    renamed = path.rename(tmp_path / "renamed.csv")
    table = read_table(renamed)
    assert table.format == "xlsx"
    assert table.rows == [("Łódź",)]


def test_openpyxl_parses_with_defusedxml():
    import defusedxml.ElementTree
    import openpyxl
    import openpyxl.xml.functions as functions

    assert openpyxl.DEFUSEDXML
    assert functions.iterparse is defusedxml.ElementTree.iterparse
