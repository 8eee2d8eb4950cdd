"""Days written out in words as each language writes them: 29 March 2017, 1er mars 2017."""

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


def long_date(day: dt.date, language: str, space: str = " ") -> str:
    """``29 March 2017`` in English, ``29 mars 2017`` / ``1er mars 2017`` in French.

    Any language other than French is written in English (``language`` may be a StrEnum).
    """
    french = str(language) == "fr"
    months = _MONTHS["fr" if french else "en"]
    number = "1er" if french and day.day == 1 else str(day.day)
    return f"{number}{space}{months[day.month - 1]}{space}{day.year}"
