"""The welcome panel: what an empty register offers on the Overview tab (import, open, sample)."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.ui.language import Retranslating

PANEL_WIDTH = 640


class WelcomePanel(Retranslating, QWidget):
    """Four ways to start and where the data file lives; each button says what it asks for
    through a signal (the window does it: ui/start/first_start.py)."""

    import_requested = Signal()
    open_requested = Signal()
    sample_requested = Signal()
    empty_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePanel")
        self._location = ""
        self.title_label = QLabel()
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.import_button = QCommandLinkButton()
        self.open_button = QCommandLinkButton()
        self.sample_button = QCommandLinkButton()
        self.empty_button = QCommandLinkButton()
        self.import_button.clicked.connect(self.import_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.sample_button.clicked.connect(self.sample_requested)
        self.empty_button.clicked.connect(self.empty_requested)
        self.location_label = QLabel()
        self.location_label.setWordWrap(True)
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self._on_folder_button_clicked)

        column = QVBoxLayout()
        column.addWidget(self.title_label)
        column.addWidget(self.intro_label)
        column.addSpacing(8)
        for button in (self.import_button, self.open_button, self.sample_button):
            column.addWidget(button)
        column.addWidget(self.empty_button)
        column.addSpacing(12)
        where = QHBoxLayout()
        where.addWidget(self.location_label, 1)
        where.addWidget(self.folder_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(where)
        holder = QWidget()
        holder.setLayout(column)
        holder.setFixedWidth(PANEL_WIDTH)  # word-wrapped texts need a width to measure against
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(holder, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Welcome to Alliance Desktop"))
        self.intro_label.setText(
            self.tr(
                "This register is empty. Bring in the list you keep today, open a register "
                "that already exists, or look around with sample data first."
            )
        )
        self.import_button.setText(self.tr("Import a list…"))
        self.import_button.setDescription(
            self.tr("Members, signatories or applications from an Excel or CSV file")
        )
        self.open_button.setText(self.tr("Open an existing database…"))
        self.open_button.setDescription(
            self.tr("A register file a colleague gave you, or one kept on another drive")
        )
        self.sample_button.setText(self.tr("Try with sample data"))
        self.sample_button.setDescription(
            self.tr("Opens a separate demo register; your own register stays empty and untouched")
        )
        self.empty_button.setText(self.tr("Start with an empty register"))
        self.empty_button.setDescription(
            self.tr("Enter the first member yourself (Members tab, Edit → New…)")
        )
        self.folder_button.setText(self.tr("Show in folder"))
        for button in (self.import_button, self.open_button, self.sample_button, self.empty_button):
            # Qt's own height for a command link cuts the description's descenders.
            button.setMinimumHeight(button.heightForWidth(PANEL_WIDTH) + 10)
        self._show_location()

    def set_location(self, location: str) -> None:
        """The register's file (or server address) shown at the bottom."""
        self._location = location
        self._show_location()

    def _show_location(self) -> None:
        self.location_label.setText(
            self.tr("Your register is kept in: {location}").format(location=self._location)
        )
        self.folder_button.setVisible(self._folder() is not None)

    def _folder(self) -> str | None:
        if "://" in self._location or not os.path.isabs(self._location):
            return None
        return os.path.dirname(self._location)

    def _on_folder_button_clicked(self) -> None:
        folder = self._folder()
        if folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(folder))
