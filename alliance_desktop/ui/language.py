"""The window's language: Qt catalogues per ui folder, the language in use, and widgets that put
their texts anew when it changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from alliance_desktop.domain.messages import use_language

I18N_FOLDER = Path(__file__).resolve().parent.parent / "resources" / "i18n"
# One Qt catalogue per ui folder (resources/i18n/<name>_fr.ts → .qm): `make translations`
# extracts each from its files with pyside6-lupdate and compiles it with pyside6-lrelease. A file
# belongs to the first catalogue whose pattern names it (main_menus.py goes with the window).
QT_CATALOGUES = {
    "ui_main": (
        "alliance_desktop/ui/*.py",
        "alliance_desktop/app.py",
        "alliance_desktop/ui/actions/main_menus.py",
    ),
    "ui_tabs": ("alliance_desktop/ui/tabs/*.py",),
    "ui_dialogs": ("alliance_desktop/ui/dialogs/*.py", "alliance_desktop/ui/dialogs/*/*.py"),
    "ui_windows": ("alliance_desktop/ui/windows/*.py",),
    "ui_actions": ("alliance_desktop/ui/actions/*.py",),
    "ui_widgets": ("alliance_desktop/ui/widgets/*.py",),
    "ui_identity": ("alliance_desktop/ui/identity/*.py",),
    "ui_undo": ("alliance_desktop/ui/undo/*.py",),
    "ui_correspondence": ("alliance_desktop/ui/correspondence/*.py",),
    "ui_start": ("alliance_desktop/ui/start/*.py",),
    "ui_help": ("alliance_desktop/ui/help/*.py",),
    "ui_follow_ups": ("alliance_desktop/ui/follow_ups/*.py",),
    "ui_duplicates": ("alliance_desktop/ui/duplicates/*.py",),
}
# What the Preferences dialog offers (and the setting stores): the system's language or one.
LANGUAGE_CHOICES = ("system", "en", "fr")
# Qt's own words (message box buttons, file and print dialogs, date pickers), shipped with Qt.
QT_OWN_CATALOGUES = ("qtbase",)

_installed: list[QTranslator] = []


def resolved_language(choice: str) -> str:
    """ "en" or "fr" for a choice of LANGUAGE_CHOICES ("system": French for a French system)."""
    if choice in ("en", "fr"):
        return choice
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def locale_for(language: str) -> QLocale:
    """The locale for dates, numbers and sorting: the system's when it speaks ``language``
    (fr_BE, en_US keep their own formats), else France's or the United Kingdom's."""
    system = QLocale.system()
    wanted = QLocale.Language.French if language == "fr" else QLocale.Language.English
    if system.language() == wanted:
        return system
    if language == "fr":
        return QLocale(QLocale.Language.French, QLocale.Country.France)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def qt_catalogue_files(language: str) -> list[Path]:
    """The compiled catalogues to install for ``language``: ours, then Qt's own."""
    if language == "en":
        return []
    ours = [I18N_FOLDER / f"{name}_{language}.qm" for name in QT_CATALOGUES]
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    theirs = [qt_folder / f"{name}_{language}.qm" for name in QT_OWN_CATALOGUES]
    return [path for path in (*ours, *theirs) if path.exists()]


def apply_language(choice: str) -> str:
    """Put the application in the language of ``choice`` (see LANGUAGE_CHOICES) at once: Qt's
    catalogues, the messages made below the window, dates, numbers and sorting. Each open widget
    gets a LanguageChange event (Retranslating widgets put their texts anew). Returns "en"/"fr"."""
    from alliance_desktop.ui import formatting  # formatting's caches follow the language

    language = resolved_language(choice)
    app = QCoreApplication.instance()
    use_language(language)
    QLocale.setDefault(locale_for(language))
    formatting.forget_language()
    loaded: list[QTranslator] = []
    for path in qt_catalogue_files(language):
        translator = QTranslator(app)
        if translator.load(str(path)):
            loaded.append(translator)
    removed = list(_installed)
    if app is not None:
        for translator in removed:
            app.removeTranslator(translator)
            translator.deleteLater()
        for translator in loaded:
            app.installTranslator(translator)
    _installed[:] = loaded
    if app is not None and not loaded and not removed:
        # No catalogue came or went (English to English): dates may still read differently.
        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    return language


class Retranslating:
    """Mixin for a widget that sets every text in ``retranslate_ui()``: called once when built
    and again whenever the language changes, so a switch keeps the widget and what it holds."""

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]
