"""Messages for people as an English source text with parameters, put into words when shown.

Below the window (domain, db, services, exchange, reports, cli) no text is translated where it
is made: an error or a summary carries a :class:`Message`, and whoever shows it — the window or
the command line — renders it in the language chosen there. The English source text is also the
key of the French catalogues (gettext ``.po``/``.mo`` files in ``resources/i18n/``), so a
message without a translation still reads in English.

Parameters are named (``{name}``); a parameter may itself be a :class:`Message` (rendered in
the same language) or a list of them. ``plural`` picks the form by the parameter ``n``.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

LANGUAGES = ("en", "fr")
_CATALOGUE_FOLDER = Path(__file__).resolve().parent.parent / "resources" / "i18n"
# One gettext domain per layer, so each keeps its own catalogue: resources/i18n/fr/<domain>.po
CATALOGUE_DOMAINS = ("domain", "db", "services", "exchange", "reports", "cli")


@dataclass(frozen=True, slots=True)
class Message:
    """A sentence for people: ``text`` (English, with ``{name}`` placeholders) and its values."""

    text: str
    params: Mapping[str, Any] = field(default_factory=dict)
    plural: str | None = None  # the English plural form; the count is params["n"]

    def render(self, language: str | None = None) -> str:
        """The message in ``language`` (default: the one chosen with :func:`use_language`)."""
        catalogue = _catalogue(language or _current[0])
        if self.plural is not None:
            template = catalogue.ngettext(self.text, self.plural, int(self.params["n"]))
        else:
            template = catalogue.gettext(self.text)
        values = {key: _rendered(value, language) for key, value in self.params.items()}
        return template.format(**values)

    def __str__(self) -> str:
        return self.render()


def msg(text: str, /, **params: Any) -> Message:
    """A message; ``msg`` is also the keyword the catalogue extraction looks for."""
    return Message(text, params)


def nmsg(singular: str, plural: str, n: int, /, **params: Any) -> Message:
    """A message whose form depends on ``n`` ("1 member added" / "3 members added")."""
    return Message(singular, {"n": n, **params}, plural)


def join_messages(parts: Iterable[Message | str], separator: str = " ") -> Message:
    """Several messages shown as one (each rendered in the same language)."""
    items = list(parts)
    text = separator.join("{p%d}" % i for i in range(len(items)))  # noqa: UP031 - a template
    return Message(text, {f"p{i}": part for i, part in enumerate(items)})


def _rendered(value: Any, language: str | None) -> Any:
    if isinstance(value, Message):
        return value.render(language)
    if isinstance(value, list | tuple) and value and all(isinstance(v, Message) for v in value):
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
