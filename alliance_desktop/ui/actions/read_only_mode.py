"""Read-only databases: the window's actions that write are marked once and disabled together."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

# Dynamic property on a QAction: triggering it changes the open database (import, restore from
# a backup, organisation settings, certificates' register...). Actions whose enabled state
# already follows the selection (New, Edit, Delete, Accept/Decline...) check the window's
# ``read_only`` themselves and are not marked.
WRITES = "writesDatabase"
# Dynamic property on a QAction that only reads the database to write a backup beside it: it
# stays enabled while the database is read-only, unless no backup can be written there.
BACKS_UP = "writesBackups"


def mark_writing(*actions: QAction) -> None:
    """Say that each of ``actions`` changes the database: disabled while it is read-only."""
    for action in actions:
        action.setProperty(WRITES, True)


def mark_backing_up(action: QAction) -> None:
    """Say that ``action`` writes a backup: enabled while the backups folder can be written."""
    action.setProperty(BACKS_UP, True)


def writing_actions(window: QObject) -> list[QAction]:
    return [a for a in window.findChildren(QAction) if a.property(WRITES) is True]


def follow_read_only(window: QObject, read_only: bool) -> None:
    """Enable the marked actions of ``window`` when its database can be written, else not."""
    for action in writing_actions(window):
        action.setEnabled(not read_only)
    backups = getattr(getattr(window, "services", None), "backups", None)
    can_back_up = backups is None or backups.can_back_up()
    for action in window.findChildren(QAction):
        if action.property(BACKS_UP) is True:
            action.setEnabled(can_back_up)
