"""Dates written out in words the way each language prints them: 29 March 2017, 1er mars 2017."""

from __future__ import annotations

import datetime as dt

_MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "fr": (
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
    ),
}

# A no-break space keeps "29 mars 2017" on one line when a sentence wraps.
NBSP = "\u00a0"


def format_date(day: dt.date, language: str, *, nbsp: bool = False) -> str:
    """``29 March 2017`` in English, ``29 mars 2017`` / ``1er mars 2017`` in French.

    ``language`` is ``"en"`` or ``"fr"`` (a :class:`~alliance_desktop.domain.enums.Language`
    works too). With ``nbsp`` the words are joined by no-break spaces.
    """
    months = _MONTHS.get(str(language))
    if months is None:
        raise ValueError(f"no date format for language {language!r}")
    number = "1er" if language == "fr" and day.day == 1 else str(day.day)
    space = NBSP if nbsp else " "
    return f"{number}{space}{months[day.month - 1]}{space}{day.year}"
