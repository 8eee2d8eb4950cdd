"""Help → About: the application's name, version and licence, where its data and log are, the
versions it runs on, and the way to the licences of everything it ships."""

from __future__ import annotations

import platform
import sys
from typing import Any

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop import __licence__, __version__
from alliance_desktop.services.data_safety.log_file import log_file_path
from alliance_desktop.services.identity.database_version import database_version
from alliance_desktop.ui.identity.app_icon import application_icon
from alliance_desktop.ui.identity.licences_dialog import LicencesDialog
from alliance_desktop.ui.language import Retranslating


def _selectable(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class AboutDialog(Retranslating, QDialog):
    """What a secretary reads out to whoever helps them: version, database, log, platform."""

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.licences_dialog: LicencesDialog | None = None
        frozen = getattr(sys, "frozen", False)
        self.facts = {
            "database": services.db.location,
            "engine": database_version(services.db),
            "log": str(log_file_path()),
            "qt": qVersion(),
            "pyside": PySide6.__version__,
            "python": platform.python_version() + (" (bundled)" if frozen else ""),
            "system": platform.platform(terse=True),
        }
        icon = QLabel()
        icon.setPixmap(application_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title_label = QLabel()
        self.title_label.setTextFormat(Qt.TextFormat.RichText)
        self.version_label = _selectable("")
        self.summary_label = _selectable("")
        self.licence_label = _selectable("")
        heading = QVBoxLayout()
        for label in (self.title_label, self.version_label, self.summary_label):
            heading.addWidget(label)
        heading.addWidget(self.licence_label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(heading, 1)

        self.form = QFormLayout()
        self.values = {name: _selectable(value) for name, value in self.facts.items()}
        self.captions = {name: QLabel() for name in self.facts}
        for name, value in self.values.items():
            self.form.addRow(self.captions[name], value)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.licences_button = QPushButton()
        self.copy_button = QPushButton()
        self.buttons.addButton(self.licences_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.licences_button.clicked.connect(self._on_licences_button_clicked)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("About Alliance Desktop"))
        self.title_label.setText("<h2>" + self.tr("Alliance Desktop") + "</h2>")
        self.version_label.setText(self.tr("Version {version}").format(version=__version__))
        self.summary_label.setText(
            self.tr(
                "The register of the Alliance of European Cities and Regions for the Inclusion "
                "of Roma and Travellers (Congress of Local and Regional Authorities, Council of "
                "Europe)."
            )
        )
        self.licence_label.setText(
            self.tr("Licensed under the European Union Public Licence ({licence}).").format(
                licence=__licence__
            )
        )
        captions = {
            "database": self.tr("Database:"),
            "engine": self.tr("Database engine:"),
            "log": self.tr("Log file:"),
            "qt": self.tr("Qt:"),
            "pyside": self.tr("PySide6:"),
            "python": self.tr("Python:"),
            "system": self.tr("System:"),
        }
        for name, caption in self.captions.items():
            caption.setText(captions[name])
        self.licences_button.setText(self.tr("Licences…"))
        self.copy_button.setText(self.tr("Copy details"))

    def details(self) -> str:
        """The version and every fact shown, as plain lines (what Copy details copies)."""
        lines = [f"{self.tr('Alliance Desktop')} {__version__}"]
        for name, value in self.values.items():
            lines.append(f"{self.captions[name].text()} {value.text()}")
        return "\n".join(lines)

    def show_licences(self) -> LicencesDialog:
        if self.licences_dialog is None:
            self.licences_dialog = LicencesDialog(self)
        self.licences_dialog.open()
        return self.licences_dialog

    def _on_licences_button_clicked(self) -> None:
        self.show_licences()

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details())
