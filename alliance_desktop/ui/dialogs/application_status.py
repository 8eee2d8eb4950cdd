"""The application dialog's "Status and decisions" box: the status, the decision taken, the
buttons that take one, and the dated status history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.enums import ApplicationStatus
from alliance_desktop.domain.records import ApplicationRecord
from alliance_desktop.ui.actions import application_actions as actions
from alliance_desktop.ui.enum_words import application_status_text
from alliance_desktop.ui.formatting import date_text
from alliance_desktop.ui.language import Retranslating

ActionFunction = Callable[..., object]


class StatusBox(Retranslating, QGroupBox):
    """Shows an application's status and history; its buttons hand a decision to ``run_action``."""

    def __init__(
        self, run_action: Callable[[ActionFunction], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        status_layout = QVBoxLayout(self)
        self.status_label = QLabel()
        font = QFont(self.status_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.status_label.setFont(font)
        self.status_label.setWordWrap(True)
        status_layout.addWidget(self.status_label)
        self.decision_label = QLabel()
        self.decision_label.setWordWrap(True)
        self.decision_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status_layout.addWidget(self.decision_label)
        grid = QGridLayout()
        self.accept_button = QPushButton()
        self.decline_button = QPushButton()
        self.review_button = QPushButton()
        self.information_button = QPushButton()
        self.withdraw_button = QPushButton()
        grid.addWidget(self.accept_button, 0, 0)
        grid.addWidget(self.decline_button, 0, 1)
        grid.addWidget(self.review_button, 1, 0)
        grid.addWidget(self.information_button, 1, 1)
        grid.addWidget(self.withdraw_button, 2, 0)
        status_layout.addLayout(grid)
        self.actions: list[tuple[str, QPushButton, ActionFunction]] = [
            (actions.ACCEPT, self.accept_button, actions.accept_application),
            (actions.DECLINE, self.decline_button, actions.decline_application),
            (actions.REVIEW, self.review_button, actions.review_application),
            (
                actions.REQUEST_INFORMATION,
                self.information_button,
                actions.request_information,
            ),
            (actions.WITHDRAW, self.withdraw_button, actions.withdraw_application),
        ]
        for _name, button, function in self.actions:
            button.clicked.connect(lambda _checked=False, f=function: run_action(f))
        self.history_label = QLabel()
        status_layout.addWidget(self.history_label)
        self.history = QTableWidget(0, 4)
        self.history_label.setBuddy(self.history)
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setWordWrap(True)
        self.history.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.history.setTabKeyNavigation(False)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # Long notes wrap; rows grow to show them whole whenever the columns change width.
        header.sectionResized.connect(self._on_history_section_resized)
        self._history_rows_timer = QTimer(self)
        self._history_rows_timer.setSingleShot(True)
        self._history_rows_timer.setInterval(0)
        self._history_rows_timer.timeout.connect(self.history.resizeRowsToContents)
        status_layout.addWidget(self.history, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The box's own words; the status shown is worded anew by the dialog's ``show_*``."""
        self.setTitle(self.tr("Status and decisions"))
        self.accept_button.setText(self.tr("&Accept…"))
        self.accept_button.setToolTip(
            self.tr("Make the applicant a member with the next participant number")
        )
        self.decline_button.setText(self.tr("&Decline…"))
        self.decline_button.setToolTip(self.tr("Decline the application, giving the reason"))
        self.review_button.setText(self.tr("Start re&view…"))
        self.review_button.setToolTip(self.tr("Mark the application as under review"))
        self.information_button.setText(self.tr("Request in&formation…"))
        self.information_button.setToolTip(
            self.tr("Record that information was asked from the applicant")
        )
        self.withdraw_button.setText(self.tr("&Withdraw…"))
        self.withdraw_button.setToolTip(self.tr("The applicant withdrew the application"))
        self.history_label.setText(self.tr("Status &history"))
        self.history.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Status"), self.tr("By"), self.tr("Note")]
        )
        self.history.setAccessibleName(self.tr("Status history"))

    def show_unsaved(self) -> None:
        self.status_label.setText(self.tr("New application (not saved yet)"))
        self.decision_label.setText(
            self.tr("The decisions become available once the application is saved.")
        )
        for _name, button, _function in self.actions:
            button.setEnabled(False)
        self.history.setRowCount(0)

    def show_record(self, record: ApplicationRecord, accepted_text: str = "") -> None:
        """``accepted_text`` says who became which member, for an accepted application."""
        draft = record.draft
        status = record.status
        if status.is_pending:
            days = max(0, (dt.date.today() - draft.received_on).days)
            # English says "1 day" without a catalogue; French takes both from its plural forms.
            waiting = (
                self.tr("waiting 1 day") if days == 1 else self.tr("waiting %n days", "", days)
            )
            self.status_label.setText(
                self.tr("{status} · {waiting}").format(
                    status=application_status_text(status), waiting=waiting
                )
            )
            self.decision_label.setText("")
            self.decision_label.hide()
        else:
            self.status_label.setText(application_status_text(status))
            text = self.tr("Decided on {date}.").format(date=date_text(record.decided_on))
            if status is ApplicationStatus.ACCEPTED:
                text = accepted_text or text
            if record.decision_note:
                text += "\n" + record.decision_note
            self.decision_label.setText(text)
            self.decision_label.show()
        for name, button, _function in self.actions:
            button.setEnabled(actions.can(name, status))
        self._fill_history(record)

    def _fill_history(self, record: ApplicationRecord) -> None:
        changes = sorted(record.history, key=lambda c: c.changed_at, reverse=True)
        self.history.setRowCount(len(changes))
        for row, change in enumerate(changes):
            cells = [
                date_text(change.changed_on),
                application_status_text(change.status),
                change.changed_by,
                change.note,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.history.setItem(row, column, item)
        self.history.resizeRowsToContents()

    def _on_history_section_resized(self, _index: int, _old: int, _new: int) -> None:
        # The header is still settling while it signals; measure the rows once it is done.
        self._history_rows_timer.start()
