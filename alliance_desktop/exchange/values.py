"""Cell values in and out: dates, whole numbers, yes/no, enums, and formula neutralisation."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
import uuid
from enum import StrEnum
from typing import Any

from alliance_desktop.domain.messages import msg
from alliance_desktop.domain.text import fold
from alliance_desktop.exchange.errors import ValueProblemError
from alliance_desktop.exchange.labels import ENUM_LABELS

# A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection").
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


@functools.lru_cache(maxsize=4096)
def is_formula_trigger(char: str) -> bool:
    """Whether a cell starting with ``char`` may run as a formula: a trigger, or a
    look-alike that folds to one (full-width ``＝``, small ``﹢``, superscript ``⁼``…),
    decided on its NFKC form as spreadsheets and input methods may fold it."""
    return unicodedata.normalize("NFKC", char).startswith(FORMULA_TRIGGERS)


def _runs_as_formula(text: str) -> bool:
    """After any leading apostrophes, the text starts with a formula trigger."""
    rest = text.lstrip("'")
    return bool(rest) and is_formula_trigger(rest[0])


def neutralise(text: str) -> str:
    """Prefix ``'`` to a formula-like cell so spreadsheets show it as text.

    Cells that already start with apostrophes before a trigger get one more, so that
    :func:`unneutralise` gives back exactly the original (``'=x`` → ``''=x`` → ``'=x``).
    """
    if text and _runs_as_formula(text):
        return "'" + text
    return text


def unneutralise(text: str) -> str:
    """Undo :func:`neutralise`: drop one ``'`` before apostrophes and a formula trigger.

    Only what :func:`neutralise` escaped: ``'s-Hertogenbosch`` stays as it is.
    """
    if text.startswith("'") and _runs_as_formula(text):
        return text[1:]
    return text


# --- Dates ---------------------------------------------------------------------------------

_TIME = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_YMD_RE = re.compile(r"^(\d{4})([-./])\s*(\d{1,2})\2\s*(\d{1,2})\.?" + _TIME + "$")
_DMY_RE = re.compile(r"^(\d{1,2})([-./])\s*(\d{1,2})\2\s*(\d{4})\.?" + _TIME + "$")
_DMY_SHORT_YEAR_RE = re.compile(r"^\d{1,2}([-./])\s*\d{1,2}\1\s*\d{2}\.?$")

_EXCEL_1900 = dt.date(1899, 12, 30)  # serial 1 = 1900-01-01 once Excel's 29 Feb 1900 is skipped
_EXCEL_1904 = dt.date(1904, 1, 1)
_MAX_SERIAL = 2_958_465  # 9999-12-31


def parse_date(value: object, *, date1904: bool = False) -> dt.date:
    """A date from a cell: ISO ``2017-03-29``, ``29.03.2017``, ``29/03/2017``, ``29-03-2017``
    (always day first), a spreadsheet date, or a spreadsheet serial number.

    Raises ValueError with a message for people.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise ValueProblemError(msg("“{value}” is not a date", value=str(value)))
    if isinstance(value, int | float):
        return _from_serial(value, date1904)
    text = str(value).strip()
    match = _YMD_RE.match(text)
    if match:
        year, month, day = int(match[1]), int(match[3]), int(match[4])
    else:
        match = _DMY_RE.match(text)
        if match:
            day, month, year = int(match[1]), int(match[3]), int(match[4])
        elif _DMY_SHORT_YEAR_RE.match(text):
            raise ValueProblemError(
                msg("“{text}”: write the year with four digits (29.03.2017)", text=text)
            )
        else:
            raise ValueProblemError(
                msg("“{text}” is not a date (write 2017-03-29 or 29.03.2017)", text=text)
            )
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueProblemError(
            msg("“{text}” is not a valid date (day first: 29.03.2017)", text=text)
        ) from None


def _from_serial(value: float, date1904: bool) -> dt.date:
    if value != int(value) or not 1 <= value <= _MAX_SERIAL:
        raise ValueProblemError(msg("“{value}” is not a date", value=format(value, "g")))
    serial = int(value)
    if date1904:
        return _EXCEL_1904 + dt.timedelta(days=serial)
    if serial < 61:  # Excel counts a 29 February 1900 that never was
        serial += 1
    return _EXCEL_1900 + dt.timedelta(days=serial)


# --- Numbers, yes/no, enums, identifiers ---------------------------------------------------

_INT_RE = re.compile(r"^[+-]?\d+$")
# Thousands separated by a space, no-break space, apostrophe, dot or comma: 12 000, 12.000, 1'234.
_GROUPED_INT_RE = re.compile(r"^[+-]?\d{1,3}(?:([ \u00a0\u202f'.,])\d{3})(?:\1\d{3})*$")
_ZERO_FRACTION_RE = re.compile(r"^([+-]?\d+)[.,]0+$")


def parse_int(value: object) -> int:
    if isinstance(value, bool):
        raise ValueProblemError(msg("“{value}” is not a whole number", value=str(value)))
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise ValueProblemError(msg("“{value}” is not a whole number", value=format(value, "g")))
    text = str(value).strip()
    if _INT_RE.match(text):
        return int(text)
    if _GROUPED_INT_RE.match(text):
        return int(re.sub(r"[^\d+-]", "", text))
    match = _ZERO_FRACTION_RE.match(text)
    if match:
        return int(match[1])
    raise ValueProblemError(msg("“{value}” is not a whole number", value=text))


_TRUE = frozenset({"yes", "y", "true", "1", "oui", "o", "vrai", "x"})
_FALSE = frozenset({"no", "n", "false", "0", "non", "faux"})


def parse_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    text = fold(str(value))
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueProblemError(msg("“{value}” is not yes or no", value=str(value)))


_ENUM_KEY_RE = re.compile(r"[\s\-]+")
_enum_index_cache: dict[type[StrEnum], dict[str, StrEnum]] = {}


def _enum_index(enum: type[StrEnum]) -> dict[str, StrEnum]:
    index = _enum_index_cache.get(enum)
    if index is None:
        index = {}
        labels = ENUM_LABELS.get(enum, {})
        for member in enum:
            names = (member.value, *labels.get(member.value, ()))
            for name in names:
                index.setdefault(_ENUM_KEY_RE.sub("_", fold(name)), member)
        _enum_index_cache[enum] = index
    return index


def parse_enum(value: object, enum: type[StrEnum]) -> StrEnum:
    """A member by value (``under_review``) or English or French label (``Under review``)."""
    if isinstance(value, enum):
        return value
    member = _enum_index(enum).get(_ENUM_KEY_RE.sub("_", fold(str(value))))
    if member is None:
        choices = ", ".join(m.value for m in enum)
        raise ValueProblemError(
            msg("“{value}” is not one of: {choices}", value=str(value), choices=choices)
        )
    return member


def parse_uid(value: object) -> str:
    text = str(value).strip()
    try:
        return str(uuid.UUID(text))
    except ValueError:
        raise ValueProblemError(
            msg("“{text}” is not a record identifier (a UUID)", text=text)
        ) from None


def cell_text(value: object) -> str:
    """A cell as text; whole numbers keep no ``.0`` (a phone typed as a number stays digits)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def export_text(value: Any) -> str:
    """How a value is written to CSV (before neutralisation): dates ISO, enums by value."""
    if value is None:
        return ""
    if isinstance(value, str):  # StrEnum members too: their str() is the value
        return str(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
