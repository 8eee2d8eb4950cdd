"""Actions put their texts anew when the window they sit in changes language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject


class LanguageFollower(QObject):
    """Calls ``retranslate`` whenever ``window`` hears of a language change.

    Actions and other plain objects get no LanguageChange of their own; the window does (Qt
    sends it to every top-level widget when a translator is installed or removed). A child of
    the window, so it lives as long as the window does.
    """

    def __init__(self, window: QObject, retranslate: Callable[[], None]) -> None:
        super().__init__(window)
        self._retranslate = retranslate
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and watched is self.parent():
            self._retranslate()
        return super().eventFilter(watched, event)
