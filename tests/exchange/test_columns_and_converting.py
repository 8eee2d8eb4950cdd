"""Header matching and row conversion with "row N, column X: problem" errors."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from alliance_desktop.domain.enums import (
    ApplicationStatus,
    AuthorityKind,
    Language,
    MembershipStatus,
)
from alliance_desktop.domain.errors import FieldError
from alliance_desktop.domain.records import (
    ApplicationDraft,
    ApplicationRow,
    AuthorityDraft,
    MemberRow,
    SignatureDraft,
    SignatureRow,
)
from alliance_desktop.exchange import (
    APPLICATION_COLUMNS,
    MEMBER_COLUMNS,
    SIGNATORY_COLUMNS,
    RowError,
    column_headers,
    convert_rows,
    field_errors_to_row_errors,
    match_columns,
    read_rows,
    read_table,
)

DERIVED = {"days_waiting", "version"}  # computed by the database, never imported


@pytest.mark.parametrize(
    "header", ["country_code", "Country Code", "COUNTRYCODE", " country_code ", "Country"]
)
def test_headers_match_ignoring_case_spaces_and_underscores(header):
    match = match_columns(["Name", header], MEMBER_COLUMNS)
    assert match.mapping == {0: "name", 1: "country_code"}


def test_unknown_missing_and_duplicate_headers():
    match = match_columns(["name", "Favourite colour", "NAME", "", "joined_on"], MEMBER_COLUMNS)
    assert match.mapping == {0: "name", 4: "joined_on"}
    assert match.unknown == ("Favourite colour",)
    assert match.duplicates == ("NAME",)
    assert match.missing == ("country_code",)
    assert not match.ok


def test_titles_in_english_and_french_match_too():
    match = match_columns(["Nom", "Pays", "Adhésion le", "Participant no."], MEMBER_COLUMNS)
    assert sorted(match.mapping.values()) == ["country_code", "joined_on", "name", "participant_no"]


@pytest.mark.parametrize(
    ("columns", "record_types"),
    [
        (MEMBER_COLUMNS, (MemberRow, AuthorityDraft)),
        (SIGNATORY_COLUMNS, (SignatureRow, SignatureDraft)),
        (APPLICATION_COLUMNS, (ApplicationRow, ApplicationDraft)),
    ],
)
def test_column_sets_cover_the_record_fields(columns, record_types):
    keys = {c.key for c in columns}
    assert len(keys) == len(columns)
    assert "uid" in keys
    for record_type in record_types:
        fields = {f.name for f in dataclasses.fields(record_type)} - DERIVED
        assert fields <= keys, fields - keys
    assert all(c.key == c.key.lower() for c in columns)


def _table(tmp_path, text):
    path = tmp_path / "import.csv"
    path.write_text(text, encoding="utf-8")
    return read_table(path)


def test_conversion_of_every_kind(tmp_path):
    table = _table(
        tmp_path,
        "Applicant;Country;received_on;STATUS;channel;commitment_letter;contact_language;uid\n"
        "  Łódź  ;Pologne;29.03.2017;Under review;web form;oui;French;"
        "6F9619FF-8B86-D011-B42D-00C04FC964FF\n"
        "Ηράκλειο;EL;2017-03-29;refusée;E-mail;no;en;\n",
    )
    rows, errors = convert_rows(
        table, APPLICATION_COLUMNS, match_columns(table.headers, APPLICATION_COLUMNS)
    )
    assert errors == []
    assert rows[0] == {
        "applicant_name": "Łódź",
        "country_code": "PL",
        "received_on": dt.date(2017, 3, 29),
        "status": ApplicationStatus.UNDER_REVIEW,
        "channel": "web_form",
        "commitment_letter": True,
        "contact_language": Language.FR,
        "uid": "6f9619ff-8b86-d011-b42d-00c04fc964ff",
    }
    assert rows[1]["country_code"] == "GR"
    assert rows[1]["status"] is ApplicationStatus.DECLINED
    assert rows[1]["uid"] is None


def test_errors_name_the_spreadsheet_row_and_the_column_as_written(tmp_path):
    table = _table(
        tmp_path,
        "Name;Country Code;Joined on;population;kind\n"
        "Łódź;PL;31.02.2018;many;city\n"
        "\n"
        ";Narnia;2018-01-01;12;region\n",
    )
    rows, errors = convert_rows(table, MEMBER_COLUMNS, match_columns(table.headers, MEMBER_COLUMNS))
    assert [str(e) for e in errors] == [
        "row 2, column Joined on: “31.02.2018” is not a valid date (day first: 29.03.2017)",
        "row 2, column population: “many” is not a whole number",
        "row 2, column kind: “city” is not one of: "
        "municipality, district, province, region, association",
        "row 4, column Name: is required",
        "row 4, column Country Code: “Narnia” is not a Council of Europe member state",
    ]
    assert len(rows) == 2
    assert rows[1]["kind"] is AuthorityKind.REGION
    assert rows[0]["joined_on"] is None


def test_missing_required_column_is_one_error_not_one_per_row(tmp_path):
    table = _table(tmp_path, "name\nŁódź\nBrno\n")
    _, errors = convert_rows(table, MEMBER_COLUMNS, match_columns(table.headers, MEMBER_COLUMNS))
    assert [str(e) for e in errors] == [
        "column country_code: this required column is missing",
        "column joined_on: this required column is missing",
    ]


def test_only_columns_in_the_file_appear_in_rows(tmp_path):
    # An update by uid must not clear the fields a partial file does not carry.
    table = _table(tmp_path, "name,country_code,joined_on,status\nŁódź,PL,2017-03-29,\n")
    rows, errors = convert_rows(table, MEMBER_COLUMNS, match_columns(table.headers, MEMBER_COLUMNS))
    assert errors == []
    assert set(rows[0]) == {"name", "country_code", "joined_on", "status"}
    assert rows[0]["status"] is None


def test_text_is_cleaned_single_line_and_multiline(tmp_path):
    table = _table(
        tmp_path,
        'name,address,country_code,joined_on\n" Ło\u0301dz\u0301  x ","  a\r\n b ",PL,2017-03-29\n',
    )
    rows, _ = convert_rows(table, MEMBER_COLUMNS, match_columns(table.headers, MEMBER_COLUMNS))
    assert rows[0]["name"] == "Łódź x"  # NFC, trimmed, spaces collapsed
    assert rows[0]["address"] == "a\n b"


def test_domain_validation_errors_become_row_errors(tmp_path):
    table = _table(tmp_path, "Name;E-mail;country_code;joined_on\nŁódź;nope;PL;2017-03-29\n")
    match = match_columns(table.headers, MEMBER_COLUMNS)
    errors = field_errors_to_row_errors(
        table.row_numbers[0],
        [FieldError("email", "“nope” is not a valid e-mail address"), FieldError("left_on", "x")],
        MEMBER_COLUMNS,
        column_headers(table, match),
    )
    assert errors == [
        RowError(2, "E-mail", "“nope” is not a valid e-mail address"),
        RowError(2, "left_on", "x"),
    ]


def test_read_rows_in_one_call(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text(
        "name;country_code;joined_on;status;colour\nŁódź;PL;2017-03-29;active;red\n", "utf-8"
    )
    data = read_rows(path, MEMBER_COLUMNS)
    assert data.ok
    assert data.match.unknown == ("colour",)
    assert data.rows[0]["status"] is MembershipStatus.ACTIVE
    assert data.row_numbers == [2]


def test_a_value_for_every_row_fills_a_missing_required_column(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("name,country_code\nŁódź,PL\nBrno,CZ\n", "utf-8")
    data = read_rows(path, MEMBER_COLUMNS)
    assert [(e.row, e.column) for e in data.errors] == [(None, "joined_on")]
    filled = data.with_values_for_every_row({"joined_on": dt.date(2015, 10, 20)})
    assert filled.ok and "joined_on" in filled.fields
    assert [r["joined_on"] for r in filled.rows] == [dt.date(2015, 10, 20)] * 2
    assert data.rows[0].get("joined_on") is None  # the data read is left as it was

    dated = tmp_path / "d.csv"
    dated.write_text("name,country_code,joined_on\nŁódź,PL,2017-03-29\n", "utf-8")
    with_column = read_rows(dated, MEMBER_COLUMNS)
    kept = with_column.with_values_for_every_row({"joined_on": dt.date(2015, 10, 20)})
    assert kept.rows[0]["joined_on"] == dt.date(2017, 3, 29)  # the file's column wins
