"""Dates written out in words the way each language prints them: 29 March 2017, 1er mars 2017."""

from __future__ import annotations

import datetime as dt

from alliance_desktop.domain.long_dates import long_date

# A no-break space keeps "29 mars 2017" on one line when a sentence wraps.
NBSP = "\u00a0"


def format_date(day: dt.date, language: str, *, nbsp: bool = False) -> str:
    """``29 March 2017`` in English, ``29 mars 2017`` / ``1er mars 2017`` in French.

    ``language`` is ``"en"`` or ``"fr"`` (a :class:`~alliance_desktop.domain.enums.Language`
    works too). With ``nbsp`` the words are joined by no-break spaces.
    """
    if str(language) not in ("en", "fr"):
        raise ValueError(f"no date format for language {language!r}")
    return long_date(day, str(language), NBSP if nbsp else " ")
