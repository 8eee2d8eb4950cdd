"""Tools → Find duplicates…: the action that opens the duplicates window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from alliance_desktop.ui.actions.language_follower import LanguageFollower
from alliance_desktop.ui.duplicates.duplicates_window import DuplicatesWindow


class DuplicateActions(QObject):
    """A child of the main window (hook points ``add_tool_action``, ``services``, ``prompts``,
    ``settings``, ``refresh``); the window it opens follows the database open when it opens."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.duplicates_window: DuplicatesWindow | None = None
        parent: QWidget = window
        self.find_action = QAction(parent)
        self.find_action.setObjectName("findDuplicatesAction")
        self.find_action.triggered.connect(self.show_duplicates)
        self.retranslate_ui()
        LanguageFollower(parent, self.retranslate_ui)

    def retranslate_ui(self) -> None:
        self.find_action.setText(self.tr("Find &duplicates…"))
        self.find_action.setStatusTip(
            self.tr("Authorities and persons entered twice, to merge (and unmerge)")
        )

    def install(self) -> DuplicateActions:
        self.window.add_tool_action(self.find_action)
        return self

    def show_duplicates(self) -> DuplicatesWindow:
        window = self.window
        if self.duplicates_window is None:
            self.duplicates_window = DuplicatesWindow(
                window.services, window.prompts, window.settings, window
            )
            self.duplicates_window.merged.connect(self._on_duplicates_window_merged)
        elif self.duplicates_window.services is not window.services:
            self.duplicates_window.set_services(window.services)
        else:
            self.duplicates_window.refresh()
        self.duplicates_window.show()
        self.duplicates_window.raise_()
        self.duplicates_window.activateWindow()
        return self.duplicates_window

    def _on_duplicates_window_merged(self) -> None:
        self.window.refresh()


def install_duplicate_actions(window: Any) -> DuplicateActions:
    """Add Tools → Find duplicates… to ``window``."""
    return DuplicateActions(window).install()
