"""Text normalisation: trimming, NFC, search folding and LIKE escaping."""

from __future__ import annotations

import re
import unicodedata

# Letters that Unicode decomposition does not reduce to a base letter plus marks.
_EXTRA_FOLDS = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "ħ": "h",
        "ı": "i",
        "ŀ": "l",
        "ŧ": "t",
        "þ": "th",
        "æ": "ae",
        "œ": "oe",
        "ß": "ss",
        "ς": "σ",
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u2013": "-",
        "\u2014": "-",
    }
)

# Characters refused in any text field: C0/C1 controls, zero-width and bidi overrides.
_FORBIDDEN_RE = re.compile(
    "[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f"
    "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]"
)
_FORBIDDEN_SINGLE_LINE_RE = re.compile("[\t\n\r]")
_SPACES_RE = re.compile("[ \t\n\r\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def find_forbidden_character(value: str, *, multiline: bool = False) -> str | None:
    """Return the first control or invisible character in ``value``, or None."""
    match = _FORBIDDEN_RE.search(value)
    if match is None and not multiline:
        match = _FORBIDDEN_SINGLE_LINE_RE.search(value)
    return match.group(0) if match else None


def describe_character(char: str) -> str:
    """A readable name for a character, e.g. ``U+202E RIGHT-TO-LEFT OVERRIDE``."""
    name = unicodedata.name(char, "control character")
    return f"U+{ord(char):04X} {name}"


def clean_line(value: str | None) -> str:
    """NFC-normalise, trim and collapse inner white space of a single-line value."""
    if value is None:
        return ""
    return _SPACES_RE.sub(" ", unicodedata.normalize("NFC", value)).strip()


def clean_text(value: str | None) -> str:
    """NFC-normalise and trim a multi-line value, keeping its line breaks."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n")
    return text.strip()


def fold(value: str | None) -> str:
    """Case- and accent-insensitive form used for search: ``Łódź`` → ``lodz``."""
    if not value:
        return ""
    text = unicodedata.normalize("NFKD", value.casefold().translate(_EXTRA_FOLDS))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _SPACES_RE.sub(" ", text.translate(_EXTRA_FOLDS)).strip()


_KEY_DROP_RE = re.compile(r"[^\w]+")


def name_key(value: str | None) -> str:
    """Key for duplicate detection: folded, punctuation and spaces removed."""
    return _KEY_DROP_RE.sub("", fold(value)).replace("_", "")


def search_key(*values: str | None) -> str:
    """Folded concatenation of several name fields, separated so a match never spans two."""
    return "\x1f".join(fold(v) for v in values if v)


LIKE_ESCAPE = "\\"


def like_pattern(query: str) -> str:
    """A LIKE pattern that finds ``query`` anywhere, with ``%``, ``_`` and ``\\`` literal."""
    folded = fold(query)
    escaped = (
        folded.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2)
        .replace("%", LIKE_ESCAPE + "%")
        .replace("_", LIKE_ESCAPE + "_")
    )
    return f"%{escaped}%"
