"""DueFollowUpsWindow: the follow-ups due (overdue, this week, or all open), one click away."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.domain.follow_ups import FollowUpRecord, FollowUpTarget, end_of_week
from alliance_desktop.ui.follow_ups.follow_up_model import DUE, RECORD, WHAT, WHO, FollowUpModel
from alliance_desktop.ui.formatting import number_text, plural
from alliance_desktop.ui.language import Retranslating
from alliance_desktop.ui.service_errors import guarded, report_refusal

OVERDUE, THIS_WEEK, ALL_OPEN = "overdue", "week", "open"
# The record tab each kind of record is opened from.
TAB_OF = {
    FollowUpTarget.MEMBER: "members",
    FollowUpTarget.SIGNATURE: "signatories",
    FollowUpTarget.APPLICATION: "applications",
}


class DueFollowUpsWindow(Retranslating, QDialog):
    """Not modal: the list stays open beside the records. Double-click (or Open record) asks
    the main window to open the record (``record_requested(tab, uid)``); Mark done completes
    the chosen follow-ups; ``follow_ups_changed`` tells the window to count again."""

    record_requested = Signal(str, str)
    follow_ups_changed = Signal()

    def __init__(self, services: Any, prompts: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts
        self.today = dt.date.today()
        self.setSizeGripEnabled(True)
        self.resize(820, 420)
        self.show_box = QComboBox()
        for key in (THIS_WEEK, OVERDUE, ALL_OPEN):
            self.show_box.addItem("", key)
        self.show_box.currentIndexChanged.connect(self._on_show_box_current_index_changed)
        self.show_label = QLabel()
        self.show_label.setBuddy(self.show_box)
        self.count_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.show_label)
        top.addWidget(self.show_box)
        top.addStretch(1)
        top.addWidget(self.count_label)
        self.model = FollowUpModel((DUE, RECORD, WHAT, WHO), self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setTabKeyNavigation(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.open_button = QPushButton()
        self.done_button = QPushButton()
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.done_button.clicked.connect(self._on_done_button_clicked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.done_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Follow-ups due"))
        self.show_label.setText(self.tr("&Show:"))
        self.show_box.setItemText(0, self.tr("Due this week and overdue"))
        self.show_box.setItemText(1, self.tr("Overdue only"))
        self.show_box.setItemText(2, self.tr("All open follow-ups"))
        self.view.setAccessibleName(self.tr("Follow-ups due"))
        self.open_button.setText(self.tr("&Open record"))
        self.done_button.setText(self.tr("Mark &done"))
        self.done_button.setToolTip(self.tr("Done today, by you"))
        self._show_count()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)

    def set_services(self, services: Any) -> None:
        self.services = services
        self.refresh()

    def show_only(self, key: str) -> None:
        """Show ``key``'s list (OVERDUE, THIS_WEEK or ALL_OPEN), read afresh."""
        index = self.show_box.findData(key)
        if index != self.show_box.currentIndex():
            self.show_box.setCurrentIndex(max(index, 0))  # reads the list
        else:
            self.refresh()

    def refresh(self) -> None:
        self.today = dt.date.today()
        key = self.show_box.currentData()
        rows: list[FollowUpRecord] = []
        follow_ups = self.services.follow_ups
        if key == OVERDUE:
            work: Any = lambda: rows.extend(follow_ups.due(overdue_on=self.today))  # noqa: E731
        elif key == THIS_WEEK:
            work = lambda: rows.extend(follow_ups.due(end_of_week(self.today)))  # noqa: E731
        else:
            work = lambda: rows.extend(follow_ups.due())  # noqa: E731
        if guarded(self, self.prompts, work):
            self.model.set_rows(rows, self.today)
        self._show_count()
        self._update_buttons()

    def _show_count(self) -> None:
        rows = self.model.rows
        late = sum(1 for item in rows if item.is_overdue(self.today))
        text = plural(len(rows), self.tr("{n} follow-up"), self.tr("{n} follow-ups"))
        if late:
            overdue = self.tr("{n} overdue").format(n=number_text(late))
            text = self.tr("{follow_ups}, {overdue}").format(follow_ups=text, overdue=overdue)
        self.count_label.setText(text)

    def selected(self) -> list[FollowUpRecord]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [item for item in (self.model.row_at(r) for r in rows) if item is not None]

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected()
        self.open_button.setEnabled(len(chosen) == 1)
        writable = not getattr(self.services.db, "read_only", False)
        self.done_button.setEnabled(writable and bool(chosen))

    def open_record(self, item: FollowUpRecord) -> None:
        self.record_requested.emit(TAB_OF[item.target], item.record_uid)

    def mark_done(self) -> int:
        """Complete the chosen follow-ups (today, by the current user); how many were."""
        done = 0
        for item in self.selected():
            try:
                self.services.follow_ups.complete(item.uid, item.meta.version)
            except RefusedError as exc:
                report_refusal(self, self.prompts, exc, self.tr("Follow-up not marked done"))
                break
            done += 1
        self.refresh()
        if done:
            self.follow_ups_changed.emit()
        return done

    def _on_show_box_current_index_changed(self, _index: int) -> None:
        self.refresh()

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        item = self.model.row_at(index.row())
        if item is not None:
            self.open_record(item)

    def _on_open_button_clicked(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            self.open_record(chosen[0])

    def _on_done_button_clicked(self) -> None:
        self.mark_done()
