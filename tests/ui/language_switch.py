"""Switching the window's language in tests, as the language loader does."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from alliance_desktop.domain.messages import use_language
from alliance_desktop.ui import formatting
from alliance_desktop.ui.language import I18N_FOLDER


def forget_formats() -> None:
    """The window's formats and word lists are cached per run; a switch must not leave the
    next tests reading French dates (the language loader forgets them the same way)."""
    for value in vars(formatting).values():
        clear = getattr(value, "cache_clear", None)
        if callable(clear):
            clear()


class French:
    """What the language loader does: every compiled French catalogue installed, messages
    rendered in French; ``leave()`` takes it all back (English again)."""

    def __init__(self) -> None:
        self.translators: list[QTranslator] = []
        self.locale = QLocale()

    def enter(self) -> None:
        use_language("fr")
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        forget_formats()
        for qm in sorted(I18N_FOLDER.glob("*_fr.qm")):
            translator = QTranslator()
            assert translator.load(str(qm)), qm
            self.translators.append(translator)
            QCoreApplication.installTranslator(translator)
        QApplication.processEvents()  # the LanguageChange events are posted to the windows

    def leave(self) -> None:
        use_language("en")
        QLocale.setDefault(self.locale)
        forget_formats()
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()
        QApplication.processEvents()


def switching() -> Iterator[French]:
    """For a test module's fixture: the switch, English again afterwards whatever happened."""
    switch = French()
    yield switch
    switch.leave()
