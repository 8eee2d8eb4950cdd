"""Switching the window's language in tests, through the application's own language loader."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QApplication

from alliance_desktop.ui.language import apply_language


class French:
    """The application switched to French (catalogues, Qt's own, messages, dates) as
    Preferences does; ``leave()`` takes it back to English."""

    def enter(self) -> None:
        apply_language("fr")
        QApplication.processEvents()  # the LanguageChange events are posted to the windows

    def leave(self) -> None:
        apply_language("en")
        QApplication.processEvents()


def switching() -> Iterator[French]:
    """For a test module's fixture: the switch, English again afterwards whatever happened."""
    switch = French()
    yield switch
    switch.leave()
