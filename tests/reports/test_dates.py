"""Dates written out in English and French."""

from __future__ import annotations

import datetime as dt

import pytest

from alliance_desktop.domain.enums import Language
from alliance_desktop.reports import format_date


def test_english_dates() -> None:
    assert format_date(dt.date(2017, 3, 29), "en") == "29 March 2017"
    assert format_date(dt.date(2017, 3, 1), "en") == "1 March 2017"
    assert format_date(dt.date(2018, 12, 31), Language.EN) == "31 December 2018"


def test_french_dates() -> None:
    assert format_date(dt.date(2017, 3, 29), "fr") == "29 mars 2017"
    assert format_date(dt.date(2017, 3, 1), "fr") == "1er mars 2017"
    assert format_date(dt.date(2019, 2, 2), Language.FR) == "2 février 2019"
    assert format_date(dt.date(2020, 8, 15), "fr") == "15 août 2020"
    assert format_date(dt.date(2021, 12, 1), "fr") == "1er décembre 2021"


def test_every_french_month_is_lower_case_with_its_accents() -> None:
    months = [format_date(dt.date(2022, m, 10), "fr").split(" ")[1] for m in range(1, 13)]
    assert months == [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ]


def test_no_break_spaces_keep_a_date_on_one_line() -> None:
    assert format_date(dt.date(2017, 3, 1), "fr", nbsp=True) == "1er\u00a0mars\u00a02017"


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError):
        format_date(dt.date(2017, 3, 29), "de")
