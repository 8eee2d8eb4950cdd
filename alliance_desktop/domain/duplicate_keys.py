"""Comparable forms of names, e-mails and websites, for finding records entered twice."""

from __future__ import annotations

import re
from collections.abc import Callable

from alliance_desktop.domain.text import fold

# Words an authority's name is often written with or without ("City of Łódź", "Łódź"), in the
# folded Latin form. Only municipal titles: "Region" or "District" name another authority.
_TITLE_WORDS = (
    "city of",
    "town of",
    "municipality of",
    "municipality",
    "metropolitan municipality of",
    "ville de",
    "ville d'",
    "commune de",
    "commune d'",
    "municipalite de",
    "mairie de",
    "comune di",
    "stadt",
    "gemeinde",
    "gmina",
    "miasto",
    "municipiul",
    "orasul",
    "grad",
    "opstina",
    "opcina",
    "obcina",
    "mesto",
    "dimos",
)
_TITLE_RE = re.compile(
    r"^(?:" + "|".join(re.escape(w) for w in sorted(_TITLE_WORDS, key=len, reverse=True)) + r")\b"
)
_NOT_WORD_RE = re.compile(r"[\W_]+")
_SCHEME_RE = re.compile(r"^[a-z][a-z0-9+.-]*://")


def _keep(text: str) -> str:
    return text


def comparable_name(value: str | None, transliterate: Callable[[str], str] = _keep) -> str:
    """A name as duplicates are compared: folded, read in Latin letters, without municipal
    titles and punctuation (``City of Łódź`` → ``lodz``; ``Београд`` → ``beograd`` when
    ``transliterate`` reads Cyrillic in Latin letters).

    The title is only taken off when a name remains, so "Grad" alone stays "grad".
    """
    return comparable_folded(fold(value), transliterate)


def comparable_folded(text: str, transliterate: Callable[[str], str] = _keep) -> str:
    """``comparable_name`` of a name already folded (``text.fold``), as the search keys
    stored with each record hold it: the fold, the costly part, is not done twice."""
    if not text:
        return ""
    if not text.isascii():
        text = fold(transliterate(text))
    stripped = _TITLE_RE.sub(" ", text)
    words = _NOT_WORD_RE.sub(" ", stripped).split()
    if not words:
        words = _NOT_WORD_RE.sub(" ", text).split()
    return " ".join(words)


def email_key(value: str | None) -> str:
    """An e-mail address compared without case or surrounding spaces ("" when empty)."""
    return (value or "").strip().casefold()


def website_key(value: str | None) -> str:
    """A website without scheme, ``www.``, case or trailing slash: ``https://www.Lodz.pl/`` and
    ``lodz.pl`` are the same site."""
    text = (value or "").strip().casefold()
    text = _SCHEME_RE.sub("", text)
    text = text.removeprefix("www.")
    return text.rstrip("/")


def block_keys(form: str, length: int = 3) -> tuple[str, str]:
    """The first and the last letters of a comparable name: only names sharing one of them
    are compared (a typo at one end is still found through the other)."""
    letters = form.replace(" ", "")
    return "<" + letters[:length], ">" + letters[-length:]
