"""FollowUpSettingsPage: the organisation's follow-up settings (a page of Organisation settings)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from alliance_desktop.domain.follow_ups import MAX_INFORMATION_DAYS
from alliance_desktop.ui.language import Retranslating


class FollowUpSettingsPage(Retranslating, QWidget):
    """How many days after "Request information" the proposed follow-up is due."""

    def __init__(self, follow_ups: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.follow_ups = follow_ups
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.days_box = QSpinBox()
        self.days_box.setRange(1, MAX_INFORMATION_DAYS)
        self.days_label = QLabel()
        self.days_label.setBuddy(self.days_box)
        form = QFormLayout()
        form.addRow(self.days_label, self.days_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addStretch(1)
        self.saved_days = follow_ups.information_days()
        self.days_box.setValue(self.saved_days)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "When information is requested from an applicant, a follow-up is proposed "
                "to check that the answer came. The user sees it and can change or decline it."
            )
        )
        self.days_label.setText(self.tr("Follow-up &due after:"))
        self.days_box.setSuffix(self.tr(" days"))
        self.days_box.setAccessibleName(self.tr("Days before the follow-up is due"))

    def title(self) -> str:
        return self.tr("&Follow-ups")

    def is_changed(self) -> bool:
        return self.days_box.value() != self.saved_days

    def save(self) -> None:
        """Store the number for everyone (raises RefusedError / ValidationError)."""
        if self.is_changed():
            self.follow_ups.set_information_days(self.days_box.value())
            self.saved_days = self.days_box.value()
