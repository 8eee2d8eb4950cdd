"""A plain window naming the open database and its figures, until the main window lands."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from alliance_desktop import __version__
from alliance_desktop.services.opening import Services
from alliance_desktop.services.stats import members_sentence, pending_sentence, signatories_sentence


class DatabaseWindow(QMainWindow):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self._services = services
        self.setWindowTitle(
            self.tr("Alliance Desktop — {location}").format(location=services.db.location)
        )
        central = QWidget(self)
        layout = QVBoxLayout(central)
        heading = QLabel(
            self.tr(
                "Alliance of European Cities and Regions for the Inclusion of Roma and Travellers"
            )
        )
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        form = QFormLayout()
        self.location_label = QLabel(services.db.location)
        self.location_label.setTextInteractionFlags(self.location_label.textInteractionFlags())
        self.members_label = QLabel()
        self.signatories_label = QLabel()
        self.pending_label = QLabel()
        form.addRow(self.tr("Database:"), self.location_label)
        form.addRow(self.tr("Members:"), self.members_label)
        form.addRow(self.tr("Signatories:"), self.signatories_label)
        form.addRow(self.tr("Applications:"), self.pending_label)
        form.addRow(self.tr("Version:"), QLabel(__version__))
        layout.addLayout(form)
        layout.addStretch(1)
        self.setCentralWidget(central)
        self.resize(720, 260)
        self.refresh()

    def refresh(self) -> None:
        stats = self._services.stats
        self.members_label.setText(members_sentence(stats.members()))
        self.signatories_label.setText(signatories_sentence(stats.signatories()))
        self.pending_label.setText(pending_sentence(*stats.pending()))
