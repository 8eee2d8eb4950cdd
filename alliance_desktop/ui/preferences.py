"""Edit → Preferences…: the window's language (System, English, Français), remembered."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from alliance_desktop.ui.language import (
    LANGUAGE_CHOICES,
    Retranslating,
    apply_language,
    resolved_language,
)
from alliance_desktop.ui.settings_keys import LANGUAGE, Settings

# Each language is named in itself, so someone lost in the other one still finds their own.
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}


class PreferencesDialog(Retranslating, QDialog):
    """The language takes effect when the user presses OK, without closing anything."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.language_combo = QComboBox()
        for choice in LANGUAGE_CHOICES:
            self.language_combo.addItem("", choice)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language_combo)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.language_label, self.language_combo)
        layout.addRow(self.note)
        layout.addRow(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate_ui()
        self.load()

    def load(self) -> None:
        """Show the choice saved (what OK last kept)."""
        self.set_language(str(self.settings.get(LANGUAGE)))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.language_label.setText(self.tr("&Language:"))
        system = LANGUAGE_NAMES[resolved_language("system")]
        self.language_combo.setItemText(0, self.tr("System ({language})").format(language=system))
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.setItemText(self.language_combo.findData(code), name)
        self.note.setText(
            self.tr(
                "Menus, lists, dialogs and messages, dates and numbers follow the language "
                "chosen; certificates and exported lists keep the language you choose for each."
            )
        )

    def chosen_language(self) -> str:
        return str(self.language_combo.currentData())

    def set_language(self, choice: str) -> None:
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(choice), 0))

    def accept(self) -> None:
        super().accept()
        choose_language(self.settings, self.chosen_language())


def choose_language(settings: Settings, choice: str) -> str:
    """Remember ``choice`` and apply it now (what OK in Preferences does): "en" or "fr"."""
    settings.set(LANGUAGE, choice)
    settings.sync()
    return apply_language(choice)


def apply_saved_language(settings: Settings) -> str:
    """At start, before any window: the language the user chose last time ("en" or "fr")."""
    return apply_language(str(settings.get(LANGUAGE)))
