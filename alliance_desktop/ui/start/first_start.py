"""The first start: the welcome panel on an empty register's Overview, and what its buttons do."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication

from alliance_desktop.services.start.sample_register import (
    prepare_sample_database,
    register_is_empty,
)
from alliance_desktop.ui.service_errors import guarded
from alliance_desktop.ui.settings_keys import WELCOME_DISMISSED
from alliance_desktop.ui.start.welcome_panel import WelcomePanel


class FirstStart(QObject):
    """Puts a WelcomePanel on ``window``'s Overview: shown while the open register is empty
    and its welcome was not put away; at start, an empty register opens on the Overview."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.panel = WelcomePanel()
        self.panel.import_requested.connect(self._on_panel_import_requested)
        # File → Import… is off on a read-only register: so is the panel's button.
        import_action = window.exchange_actions.import_action
        import_action.changed.connect(
            lambda: self.panel.import_button.setEnabled(import_action.isEnabled())
        )
        self.panel.import_button.setEnabled(import_action.isEnabled())
        self.panel.open_requested.connect(window.open_database)
        self.panel.sample_requested.connect(self._on_panel_sample_requested)
        self.panel.empty_requested.connect(self._on_panel_empty_requested)
        window.overview.set_welcome(self.panel, self.wanted)
        if self.wanted():
            guarded(window, window.prompts, self._show_if_empty)

    def wanted(self) -> bool:
        """Whether an empty register should greet the user (not put away for this file)."""
        location = self.window.services.db.location
        return location not in self.window.settings.get(WELCOME_DISMISSED)

    def _show_if_empty(self) -> None:
        if register_is_empty(self.window.services.db):
            self.window.show_tab("overview")

    def _on_panel_import_requested(self) -> None:
        self.window.exchange_actions.import_action.trigger()  # File → Import…

    def _on_panel_sample_requested(self) -> None:
        """Make (or reuse) the separate sample register and open it; the real register is
        remembered in File → Open Recent to come back to."""
        window = self.window
        made: list[str] = []
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            guarded(window, window.prompts, lambda: made.append(str(prepare_sample_database())))
        finally:
            QGuiApplication.restoreOverrideCursor()
        if made:
            window.settings.add_recent_database(window.services.db.location)
            window.open_database_at(made[0], create=False)

    def _on_panel_empty_requested(self) -> None:
        settings = self.window.settings
        location = self.window.services.db.location
        settings.set(WELCOME_DISMISSED, [location, *settings.get(WELCOME_DISMISSED)][:20])
        self.window.refresh()
        self.window.show_tab("members")


def install_first_start(window: Any) -> FirstStart:
    window.first_start = FirstStart(window)
    return window.first_start
