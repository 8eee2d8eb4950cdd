"""Read-only databases: the window's actions that write are marked once and disabled together."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

# Dynamic property on a QAction: triggering it changes the open database (import, restore from
# a backup, organisation settings, certificates' register...). Actions whose enabled state
# already follows the selection (New, Edit, Delete, Accept/Decline...) check the window's
# ``read_only`` themselves and are not marked.
WRITES = "writesDatabase"


def mark_writing(*actions: QAction) -> None:
    """Say that each of ``actions`` changes the database: disabled while it is read-only."""
    for action in actions:
        action.setProperty(WRITES, True)


def writing_actions(window: QObject) -> list[QAction]:
    return [a for a in window.findChildren(QAction) if a.property(WRITES) is True]


def follow_read_only(window: QObject, read_only: bool) -> None:
    """Enable the marked actions of ``window`` when its database can be written, else not."""
    for action in writing_actions(window):
        action.setEnabled(not read_only)
