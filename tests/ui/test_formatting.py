"""Dates read the same everywhere: in the tables, in the date fields and in the dialogs."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from alliance_desktop.ui.formatting import date_format, date_text
from alliance_desktop.ui.widgets.date_field import DateField


def test_a_date_field_shows_its_date_as_the_tables_do(qtbot: QtBot) -> None:
    field = DateField()
    qtbot.addWidget(field)
    for day in (dt.date(2023, 11, 24), dt.date(2017, 3, 9), dt.date(1999, 12, 31)):
        field.set_value(day)
        assert field.edit.text() == date_text(day)
        assert str(day.year) in date_text(day)  # four digits: 09/03/17 would be ambiguous
        assert field.value() == day


def test_the_date_format_has_four_digit_years() -> None:
    assert "yyyy" in date_format()


def test_plural_follows_the_language_for_zero() -> None:
    from alliance_desktop.ui.formatting import plural
    from alliance_desktop.ui.language import apply_language

    assert plural(0, "{n} day", "{n} days") == "0 days"
    try:
        apply_language("fr")
        assert plural(0, "{n} jour", "{n} jours") == "0 jour"
        assert plural(2, "{n} jour", "{n} jours") == "2 jours"
    finally:
        apply_language("en")
