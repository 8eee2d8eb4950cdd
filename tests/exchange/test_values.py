"""Dates, numbers, yes/no, enums and formula neutralisation, one cell at a time."""

from __future__ import annotations

import datetime as dt

import pytest

from alliance_desktop.domain.enums import ApplicationStatus, Language, MembershipStatus
from alliance_desktop.exchange import (
    neutralise,
    parse_bool,
    parse_date,
    parse_enum,
    parse_int,
    unneutralise,
)
from alliance_desktop.exchange.values import cell_text

from .conftest import TRICKY

D = dt.date(2017, 3, 29)


@pytest.mark.parametrize(
    "text",
    [
        "2017-03-29",
        "29.03.2017",
        "29/03/2017",
        "29-03-2017",
        "29.3.2017",
        "29. 3. 2017.",  # Croatian, Slovak
        "2017.03.29.",  # Hungarian
        "2017-03-29 00:00:00",
        "2017-03-29T00:00:00",
        " 29.03.2017 ",
    ],
)
def test_date_formats(text):
    assert parse_date(text) == D


def test_day_comes_first():
    assert parse_date("03/04/2018") == dt.date(2018, 4, 3)


@pytest.mark.parametrize(
    "text", ["31.02.2018", "2018-02-30", "29/02/2019", "03/29/2017", "00.01.2018"]
)
def test_impossible_dates_are_errors(text):
    with pytest.raises(ValueError, match="not a valid date"):
        parse_date(text)


@pytest.mark.parametrize("text", ["29.03.17", "March 29", "2017", "yesterday"])
def test_unreadable_dates_are_errors(text):
    with pytest.raises(ValueError):
        parse_date(text)


def test_spreadsheet_dates_and_serials():
    assert parse_date(dt.datetime(2017, 3, 29, 0, 0)) == D
    assert parse_date(D) == D
    assert parse_date(42823) == D  # 1900 date system
    assert parse_date(41361, date1904=True) == D
    assert parse_date(42823.0) == D
    with pytest.raises(ValueError):
        parse_date(42823.5)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12", 12),
        ("-3", -3),
        ("12 000", 12000),
        ("12\u00a0000", 12000),
        ("1'234'567", 1234567),
        ("12.000", 12000),
        ("12,000", 12000),
        ("12.0", 12),
        (12, 12),
        (12.0, 12),
    ],
)
def test_whole_numbers(value, expected):
    assert parse_int(value) == expected


@pytest.mark.parametrize("value", ["1.5", "12,5", "abc", "1 23", 1.5, True])
def test_not_whole_numbers(value):
    with pytest.raises(ValueError):
        parse_int(value)


@pytest.mark.parametrize("text", ["yes", "Yes", "TRUE", "1", "oui", "Oui", "x", "vrai"])
def test_true(text):
    assert parse_bool(text) is True


@pytest.mark.parametrize("text", ["no", "NO", "false", "0", "non", "faux"])
def test_false(text):
    assert parse_bool(text) is False


def test_bool_refuses_anything_else():
    with pytest.raises(ValueError, match="not yes or no"):
        parse_bool("maybe")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("under_review", ApplicationStatus.UNDER_REVIEW),
        ("Under review", ApplicationStatus.UNDER_REVIEW),
        ("UNDER-REVIEW", ApplicationStatus.UNDER_REVIEW),
        ("en cours d’examen", ApplicationStatus.UNDER_REVIEW),
        ("Information requested", ApplicationStatus.INFORMATION_REQUESTED),
        ("refusée", ApplicationStatus.DECLINED),
    ],
)
def test_enums_by_value_or_label(text, expected):
    assert parse_enum(text, ApplicationStatus) is expected


def test_enum_labels_of_different_enums_do_not_mix():
    assert parse_enum("withdrawn", MembershipStatus) is MembershipStatus.WITHDRAWN
    assert parse_enum("retiré", MembershipStatus) is MembershipStatus.WITHDRAWN
    assert parse_enum("French", Language) is Language.FR
    with pytest.raises(ValueError, match="not one of: active, suspended, withdrawn"):
        parse_enum("accepted", MembershipStatus)


@pytest.mark.parametrize("text", [*TRICKY, "", "plain", "'", "O'Brien", "\tindented", "\r"])
def test_neutralise_round_trip_is_exact(text):
    assert unneutralise(neutralise(text)) == text


@pytest.mark.parametrize(
    "text",
    [
        *["=1+1", "+33 1 23", "-", "@home", "\t=x", "\r=x", "'=x"],
        *["＝1+1", "＋33 1 23", "－5", "＠home", "﹦x", "﹢x", "﹣x", "﹫x", "⁼x", "⁺x", "'＝x"],
    ],
)
def test_neutralised_cells_do_not_start_with_a_trigger(text):
    assert neutralise(text).startswith("'")


@pytest.mark.parametrize("text", ["'s-Hertogenbosch", "'t Zandt", "O'Brien", "Łódź", "−", "#"])
def test_cells_that_run_no_formula_are_written_and_read_as_they_are(text):
    assert neutralise(text) == text
    assert unneutralise(text) == text


def test_numbers_as_text_keep_no_decimal_point():
    assert cell_text(33123456789.0) == "33123456789"
    assert cell_text(12) == "12"
    assert cell_text(1.5) == "1.5"
    assert cell_text(dt.datetime(2017, 3, 29)) == "2017-03-29"
