"""Council of Europe member states, their membership dates and country-name parsing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from alliance_desktop.domain.country_names import NAMES
from alliance_desktop.domain.enums import Language
from alliance_desktop.domain.text import fold

_D = dt.date

# Accession (and for the Russian Federation, departure) dates of the Council of Europe.
_MEMBERSHIP: dict[str, tuple[dt.date, dt.date | None]] = {
    "AD": (_D(1994, 11, 10), None),
    "AL": (_D(1995, 7, 13), None),
    "AM": (_D(2001, 1, 25), None),
    "AT": (_D(1956, 4, 16), None),
    "AZ": (_D(2001, 1, 25), None),
    "BA": (_D(2002, 4, 24), None),
    "BE": (_D(1949, 5, 5), None),
    "BG": (_D(1992, 5, 7), None),
    "CH": (_D(1963, 5, 6), None),
    "CY": (_D(1961, 5, 24), None),
    "CZ": (_D(1993, 6, 30), None),
    "DE": (_D(1950, 7, 13), None),
    "DK": (_D(1949, 5, 5), None),
    "EE": (_D(1993, 5, 14), None),
    "ES": (_D(1977, 11, 24), None),
    "FI": (_D(1989, 5, 5), None),
    "FR": (_D(1949, 5, 5), None),
    "GB": (_D(1949, 5, 5), None),
    "GE": (_D(1999, 4, 27), None),
    "GR": (_D(1949, 8, 9), None),
    "HR": (_D(1996, 11, 6), None),
    "HU": (_D(1990, 11, 6), None),
    "IE": (_D(1949, 5, 5), None),
    "IS": (_D(1950, 3, 7), None),
    "IT": (_D(1949, 5, 5), None),
    "LI": (_D(1978, 11, 23), None),
    "LT": (_D(1993, 5, 14), None),
    "LU": (_D(1949, 5, 5), None),
    "LV": (_D(1995, 2, 10), None),
    "MC": (_D(2004, 10, 5), None),
    "MD": (_D(1995, 7, 13), None),
    "ME": (_D(2007, 5, 11), None),
    "MK": (_D(1995, 11, 9), None),
    "MT": (_D(1965, 4, 29), None),
    "NL": (_D(1949, 5, 5), None),
    "NO": (_D(1949, 5, 5), None),
    "PL": (_D(1991, 11, 26), None),
    "PT": (_D(1976, 9, 22), None),
    "RO": (_D(1993, 10, 7), None),
    "RS": (_D(2003, 4, 3), None),
    "RU": (_D(1996, 2, 28), _D(2022, 3, 16)),
    "SE": (_D(1949, 5, 5), None),
    "SI": (_D(1993, 5, 14), None),
    "SK": (_D(1993, 6, 30), None),
    "SM": (_D(1988, 11, 16), None),
    "TR": (_D(1949, 8, 9), None),
    "UA": (_D(1995, 11, 9), None),
}

# Codes people write that ISO 3166 spells otherwise (the EU and the Council use EL and UK).
_ALIASES = {"EL": "GR", "UK": "GB"}


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name_en: str
    name_fr: str
    joined_on: dt.date
    left_on: dt.date | None

    @property
    def is_current_member(self) -> bool:
        return self.left_on is None

    def name(self, language: Language | str = Language.EN) -> str:
        return self.name_fr if Language(language) is Language.FR else self.name_en


COUNTRIES: dict[str, Country] = {
    code: Country(code, NAMES[code][0], NAMES[code][1], joined, left)
    for code, (joined, left) in sorted(_MEMBERSHIP.items())
}

CURRENT_MEMBER_CODES: tuple[str, ...] = tuple(
    c.code for c in COUNTRIES.values() if c.left_on is None
)

_BY_NAME: dict[str, str] = {}
for _c in COUNTRIES.values():
    _BY_NAME[fold(_c.name_en)] = _c.code
    _BY_NAME[fold(_c.name_fr)] = _c.code
_BY_NAME.update(
    {
        fold("Czechia"): "CZ",
        fold("Tchéquie"): "CZ",
        fold("Slovakia"): "SK",
        fold("Slovaquie"): "SK",
        fold("Moldova"): "MD",
        fold("Moldavie"): "MD",
        fold("Russia"): "RU",
        fold("Russie"): "RU",
        fold("Turkey"): "TR",
        fold("Turquie"): "TR",
        fold("United Kingdom of Great Britain and Northern Ireland"): "GB",
        fold("Great Britain"): "GB",
        fold("The Netherlands"): "NL",
        fold("Macedonia"): "MK",
        fold("Holland"): "NL",
    }
)


def parse_country(value: str | None) -> str | None:
    """The alpha-2 code for a code (EL→GR, UK→GB) or an English or French name; else None."""
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    upper = text.upper()
    upper = _ALIASES.get(upper, upper)
    if upper in COUNTRIES:
        return upper
    return _BY_NAME.get(fold(text))


def country_name(code: str | None, language: Language | str = Language.EN) -> str:
    """The country's name in ``language``; unknown codes are returned as given."""
    if not code:
        return ""
    country = COUNTRIES.get(code)
    return country.name(language) if country else code
