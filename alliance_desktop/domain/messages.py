"""Messages for people as an English source text with parameters, put into words when shown.

Below the window (domain, db, services, exchange, reports, cli) no text is translated where it
is made: an error or a summary carries a :class:`Message`, and whoever shows it — the window or
the command line — renders it in the language chosen there. The English source text is also the
key of the French catalogues (gettext ``.po``/``.mo`` files in ``resources/i18n/``), so a
message without a translation still reads in English.

Parameters are named (``{name}``); a parameter may itself be a :class:`Message` (rendered in
the same language), a list of them, or a value that words itself in each language:
:class:`CountryName` ("Pologne"), :class:`LongDate` ("4 décembre 2026"), :class:`Number`
("171 197"). ``plural`` picks the form by the parameter ``n`` (gettext's ``ngettext``: French
uses the singular for 0 and 1). Anything that has ``render(language)`` renders the same way,
so :class:`~alliance_desktop.domain.errors.FieldError` nests too.
"""

from __future__ import annotations

import datetime as dt
import gettext
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from alliance_desktop.domain.country_names import NAMES as COUNTRY_NAMES
from alliance_desktop.domain.long_dates import long_date

LANGUAGES = ("en", "fr")
_CATALOGUE_FOLDER = Path(__file__).resolve().parent.parent / "resources" / "i18n"
# One gettext domain per layer, so each keeps its own catalogue: resources/i18n/fr/<domain>.po
CATALOGUE_DOMAINS = ("domain", "db", "services", "exchange", "reports", "cli", "stats")
# Catalogues that hold single files rather than a layer's folder (paths under alliance_desktop/):
# the headline sentences, which the command line and the Overview share, have their own.
CATALOGUE_FILES = {"stats": ("services/stats.py",)}


@dataclass(frozen=True, slots=True)
class Message:
    """A sentence for people: ``text`` (English, with ``{name}`` placeholders) and its values."""

    text: str
    params: Mapping[str, Any] = field(default_factory=dict)
    plural: str | None = None  # the English plural form; the count is params["n"]

    def render(self, language: str | None = None) -> str:
        """The message in ``language`` (default: the one chosen with :func:`use_language`)."""
        if not self.text:
            return ""  # gettext("") would be the catalogue's header
        language = language or _current[0]
        catalogue = _catalogue(language)
        if self.plural is not None:
            template = catalogue.ngettext(self.text, self.plural, int(self.params["n"]))
        else:
            template = catalogue.gettext(self.text)
        values = {key: _rendered(value, language) for key, value in self.params.items()}
        return template.format(**values)

    def __str__(self) -> str:
        return self.render()

    def __contains__(self, part: object) -> bool:
        # Like the text it used to be: "is too long" in error.message.
        return str(part) in str(self)

    def __lt__(self, other: object) -> bool:
        # Sorted problems (e.g. an import's row errors) order by their text as shown.
        return str(self) < str(other)


def msg(text: str, /, **params: Any) -> Message:
    """A message; ``msg`` is also the keyword the catalogue extraction looks for."""
    return Message(text, params)


def nmsg(singular: str, plural: str, n: int, /, **params: Any) -> Message:
    """A message whose form depends on ``n`` ("1 member added" / "3 members added")."""
    return Message(singular, {"n": n, **params}, plural)


def join_messages(parts: Iterable[Renders | str], separator: str = " ") -> Message:
    """Several messages shown as one (each rendered in the same language)."""
    items = list(parts)
    text = separator.join("{p%d}" % i for i in range(len(items)))  # noqa: UP031 - a template
    return Message(text, {f"p{i}": part for i, part in enumerate(items)})


class Renders(Protocol):
    """A parameter that puts itself into words in a given language."""

    def render(self, language: str | None = None) -> str: ...


@dataclass(frozen=True, slots=True)
class CountryName:
    """A country, by its ISO code, named in the language of the sentence ("PL": Pologne)."""

    code: str

    def render(self, language: str | None = None) -> str:
        names = COUNTRY_NAMES.get(self.code.upper())
        if names is None:
            return self.code  # not a member state: shown as given
        return names[1] if (language or _current[0]) == "fr" else names[0]


@dataclass(frozen=True, slots=True)
class LongDate:
    """A day written out: "4 December 2026", "4 décembre 2026", "1er mars 2017"."""

    day: dt.date

    def render(self, language: str | None = None) -> str:
        return long_date(self.day, language or _current[0])


@dataclass(frozen=True, slots=True)
class Number:
    """A number grouped by thousands as each language writes it: 171,197 / 171 197.

    ``spec`` is a format spec with grouping (``",.1f"`` for 12.5); French groups with
    ``french_space``: a narrow no-break space as Qt's fr locale, or a plain no-break space where
    the text may reach a terminal or a file (the import and export messages).
    """

    value: int | float
    spec: str = ","
    french_space: str = "\u202f"

    def render(self, language: str | None = None) -> str:
        text = format(self.value, self.spec)
        if (language or _current[0]) == "fr":
            text = text.replace(",", self.french_space).replace(".", ",")  # decimal comma
        return text


def _rendered(value: Any, language: str | None) -> Any:
    if hasattr(value, "render") and not isinstance(value, str | type):
        return value.render(language)
    if isinstance(value, list | tuple) and value and all(hasattr(v, "render") for v in value):
        return ", ".join(v.render(language) for v in value)
    return value


# --- the language in use ---------------------------------------------------------------------

_current = ["en"]
_loaded: dict[str, gettext.NullTranslations] = {}


def use_language(language: str) -> None:
    """Render messages in ``language`` from now on ("en" or "fr"; others fall back to English)."""
    _current[0] = language if language in LANGUAGES else "en"


def current_language() -> str:
    return _current[0]


def language_from_environment(environ: Mapping[str, str]) -> str:
    """The language POSIX asks for (LC_ALL, then LC_MESSAGES, then LANG): "fr" or "en"."""
    for key in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(key, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def translate(text: str, language: str | None = None) -> str:
    """``text`` (an English source text) in ``language``: for texts other code makes, such as
    argparse's own, whose translations the catalogues hold too."""
    return _catalogue(language or _current[0]).gettext(text) if text else text


def ntranslate(singular: str, plural: str, n: int, language: str | None = None) -> str:
    return _catalogue(language or _current[0]).ngettext(singular, plural, n)


def _catalogue(language: str) -> gettext.NullTranslations:
    found = _loaded.get(language)
    if found is None:
        found = gettext.NullTranslations()
        if language != "en":
            for domain in CATALOGUE_DOMAINS:
                path = _CATALOGUE_FOLDER / language / f"{domain}.mo"
                if path.exists():
                    with path.open("rb") as file:
                        found.add_fallback(gettext.GNUTranslations(file))
        _loaded[language] = found
    return found


def reload_catalogues() -> None:
    """Forget the loaded catalogues (after ``make translations`` rebuilt them, in tests)."""
    _loaded.clear()
