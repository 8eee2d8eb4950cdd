"""Switching the window's language in tests, as the language loader does."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from alliance_desktop.domain.messages import use_language
from alliance_desktop.ui.language import I18N_FOLDER


class French:
    """What the language loader does: every compiled French catalogue installed, messages
    rendered in French; ``leave()`` takes it all back (English again)."""

    def __init__(self) -> None:
        self.translators: list[QTranslator] = []

    def enter(self) -> None:
        use_language("fr")
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        for qm in sorted(I18N_FOLDER.glob("*_fr.qm")):
            translator = QTranslator()
            assert translator.load(str(qm)), qm
            self.translators.append(translator)
            QCoreApplication.installTranslator(translator)
        QApplication.processEvents()  # the LanguageChange events are posted to the windows

    def leave(self) -> None:
        use_language("en")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()
        QApplication.processEvents()


def switching() -> Iterator[French]:
    """For a test module's fixture: the switch, English again afterwards whatever happened."""
    switch = French()
    yield switch
    switch.leave()
