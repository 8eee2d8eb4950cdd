"""The window's language: Qt catalogues per ui folder, and widgets that put their texts anew."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent

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
}


class Retranslating:
    """Mixin for a widget that sets every text in ``retranslate_ui()``: called once when built
    and again whenever the language changes, so a switch keeps the widget and what it holds."""

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]
