"""Every QSettings key the interface uses, with its default, and a small typed reader/writer."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from alliance_desktop.services.data_safety.server_login import without_password


@dataclass(frozen=True, slots=True)
class Key:
    name: str
    default: Any


# Window
WINDOW_GEOMETRY = Key("window/geometry", QByteArray())
WINDOW_STATE = Key("window/state", QByteArray())
CURRENT_TAB = Key("window/current_tab", 0)
# The window's language: "system", "en" or "fr" (ui.language.LANGUAGE_CHOICES).
LANGUAGE = Key("interface/language", "system")
# Databases opened recently, newest first (locations as the user gave them).
RECENT_DATABASES = Key("databases/recent", [])
RECENT_LIMIT = 8
# Empty registers whose welcome panel was put away ("Start with an empty register").
WELCOME_DISMISSED = Key("start/welcome_dismissed", [])
# Where exports were last written (its leftovers are cleared at start: app.py).
EXPORT_FOLDER = Key("export/folder", "")
# Applications tab: show decided applications too.
SHOW_DECIDED = Key("applications/show_decided", False)
# Trash window
TRASH_GEOMETRY = Key("trash/geometry", QByteArray())
# Tools → Find duplicates…: its size and the lowest name score it lists.
DUPLICATES_GEOMETRY = Key("duplicates/geometry", QByteArray())
DUPLICATES_MIN_SCORE = Key("duplicates/min_score", 85)
TRASH_HEADER = Key("trash/header", QByteArray())


def table_header(tab: str) -> Key:
    """Column widths, order, visibility and sort of a record tab's table (QHeaderView state)."""
    return Key(f"tabs/{tab}/header", QByteArray())


def overview_splitter() -> Key:
    return Key("tabs/overview/splitter", QByteArray())


class Settings:
    """Typed access to a QSettings; tests pass one over a temporary ini file."""

    def __init__(self, qsettings: QSettings) -> None:
        self.qsettings = qsettings

    def get(self, key: Key) -> Any:
        value = self.qsettings.value(key.name, key.default)
        default = key.default
        if isinstance(default, bool):
            return value in (True, "true", "1", 1)
        if isinstance(default, int):
            try:
                return int(str(value))
            except (TypeError, ValueError):
                return default
        if isinstance(default, list):
            if value is None or value == "":
                return []
            return [str(v) for v in value] if isinstance(value, list) else [str(value)]
        if isinstance(default, QByteArray):
            return value if isinstance(value, QByteArray) else QByteArray()
        return value

    def set(self, key: Key, value: Any) -> None:
        self.qsettings.setValue(key.name, value)

    def recent_databases(self) -> list[str]:
        stored = list(self.get(RECENT_DATABASES))
        recent = _unique(without_password(r) for r in stored)
        if recent != stored:  # written by an older version, password and all: scrub the file
            self.set(RECENT_DATABASES, recent)
            self.sync()
        return recent

    def add_recent_database(self, location: str) -> None:
        """Remember ``location`` (a server URL without its password: never stored)."""
        location = without_password(location)
        recent = [location, *(r for r in self.recent_databases() if r != location)]
        self.set(RECENT_DATABASES, recent[:RECENT_LIMIT])

    def sync(self) -> None:
        self.qsettings.sync()


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
