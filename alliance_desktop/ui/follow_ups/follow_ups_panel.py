"""FollowUpsPanel: the Follow-ups tab of the member, signature and application dialogs."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.domain.follow_ups import FollowUpDraft, FollowUpRecord, FollowUpTarget
from alliance_desktop.ui.follow_ups.follow_up_dialog import FollowUpDialog
from alliance_desktop.ui.follow_ups.follow_up_model import DONE, DUE, WHAT, WHO, FollowUpModel
from alliance_desktop.ui.formatting import number_text
from alliance_desktop.ui.language import Retranslating
from alliance_desktop.ui.service_errors import guarded, report_refusal


def colleagues(services: Any) -> list[str]:
    """Who a follow-up can be given to: the users the audit trail knows, and oneself."""
    try:
        users = list(services.audit.users())
    except RefusedError:  # the names are a convenience: the box still takes any name
        users = []
    return sorted({*users, services.db.user}, key=str.casefold)


def edit_follow_up(
    parent: QWidget | None,
    services: Any,
    prompts: Any,
    draft: FollowUpDraft,
    *,
    title: str = "",
    note: str = "",
) -> FollowUpDraft | None:
    """The follow-up as the user leaves it in the dialog, or None when cancelled."""
    dialog = FollowUpDialog(draft, colleagues(services), parent, title=title, note=note)
    try:
        if not prompts.run_dialog(dialog):
            return None
        return dialog.draft()
    finally:
        dialog.deleteLater()


class FollowUpsPanel(Retranslating, QWidget):
    """A record's follow-ups: list, add, edit, mark done or reopen, delete; each change is
    one service call. ``follow_ups_changed`` tells the window its counts moved."""

    follow_ups_changed = Signal()

    def __init__(
        self,
        services: Any,
        prompts: Any,
        target: FollowUpTarget,
        record_uid: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts
        self.target = target
        self.record_uid = record_uid
        self.model = FollowUpModel((DUE, WHAT, WHO, DONE), self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setTabKeyNavigation(False)
        header = self.view.horizontalHeader()
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        # The buttons leave their letters to the dialog's fields: the Delete key works here.
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._on_delete_button_clicked)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty_label = QLabel()
        self.empty_label.setEnabled(False)
        self.empty_label.setWordWrap(True)
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.done_button = QPushButton()
        self.delete_button = QPushButton()
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.done_button.clicked.connect(self._on_done_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.done_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.read_only = bool(getattr(services.db, "read_only", False))
        # Set by attach_follow_ups: puts the open count in the dialog's tab title.
        self.retitle: Any = None
        self.retranslate_ui()
        self.reload()

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("&Add follow-up…"))
        self.edit_button.setText(self.tr("Edi&t…"))
        self.delete_button.setText(self.tr("Delete"))
        self.view.setAccessibleName(self.tr("Follow-ups"))
        self.empty_label.setText(
            self.tr("No follow-up yet: add one to be reminded of what this record is waiting for.")
        )
        self._update_buttons()
        if self.retitle is not None:
            self.retitle()
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )

    def reload(self, select_uid: str | None = None) -> None:
        rows: list[FollowUpRecord] = []
        if guarded(
            self,
            self.prompts,
            lambda: rows.extend(self.services.follow_ups.for_record(self.target, self.record_uid)),
        ):
            self.model.set_rows(rows)
        self.empty_label.setVisible(not self.model.rows)
        if select_uid is not None:
            for row, item in enumerate(self.model.rows):
                if item.uid == select_uid:
                    self.view.selectRow(row)
        self._update_buttons()
        if self.retitle is not None:
            self.retitle()

    def current(self) -> FollowUpRecord | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        item = self.current()
        writable = not self.read_only
        self.add_button.setEnabled(writable)
        for button in (self.edit_button, self.done_button, self.delete_button):
            button.setEnabled(writable and item is not None)
        if item is not None and item.is_done:
            self.done_button.setText(self.tr("Reopen"))
            self.done_button.setToolTip(self.tr("Not done after all: open it again"))
        else:
            self.done_button.setText(self.tr("Mark done"))
            self.done_button.setToolTip(self.tr("Done today, by you"))

    def _call(self, title: str, work: Any) -> bool:
        try:
            result = work()
        except RefusedError as exc:
            report_refusal(self, self.prompts, exc, title)
            self.reload()
            return False
        self.reload(getattr(result, "uid", None))
        self.follow_ups_changed.emit()
        return True

    def add(self, draft: FollowUpDraft) -> bool:
        return self._call(
            self.tr("Follow-up not added"),
            lambda: self.services.follow_ups.add(self.target, self.record_uid, draft),
        )

    def _on_add_button_clicked(self) -> None:
        draft = FollowUpDraft(
            due_on=dt.date.today() + dt.timedelta(days=7), what="", assignee=self.services.db.user
        )
        edited = edit_follow_up(
            self, self.services, self.prompts, draft, title=self.tr("New follow-up")
        )
        if edited is not None:
            self.add(edited)

    def _on_edit_button_clicked(self) -> None:
        item = self.current()
        if item is None:
            return
        edited = edit_follow_up(
            self, self.services, self.prompts, item.draft, title=self.tr("Edit follow-up")
        )
        if edited is not None and edited != item.draft:
            self._call(
                self.tr("Follow-up not changed"),
                lambda: self.services.follow_ups.update(item.uid, item.meta.version, edited),
            )

    def _on_view_double_clicked(self, _index: QModelIndex) -> None:
        if not self.read_only:
            self._on_edit_button_clicked()

    def _on_done_button_clicked(self) -> None:
        item = self.current()
        if item is None:
            return
        follow_ups = self.services.follow_ups
        if item.is_done:
            self._call(
                self.tr("Follow-up not reopened"),
                lambda: follow_ups.reopen(item.uid, item.meta.version),
            )
        else:
            self._call(
                self.tr("Follow-up not marked done"),
                lambda: follow_ups.complete(item.uid, item.meta.version),
            )

    def _on_delete_button_clicked(self) -> None:
        item = self.current()
        if item is None:
            return
        text = self.tr("Delete the follow-up “{what}”?").format(what=item.draft.what)
        if self.read_only or not self.prompts.confirm(self, self.tr("Delete follow-up"), text):
            return
        self._call(
            self.tr("Follow-up not deleted"),
            lambda: self.services.follow_ups.delete(item.uid, item.meta.version),
        )


def attach_follow_ups(dialog: Any, target: FollowUpTarget) -> None:
    """Give a record dialog its Follow-ups tab, kept on the record the dialog shows: called
    before the dialog's ``start()``, it follows every ``refresh_history`` (load, save, and a
    member dialog switching to another member); a new record gets the tab once saved."""
    original = dialog.refresh_history

    def refresh_history() -> None:
        original()
        _sync(dialog, target)

    # An instance attribute, so that the dialog classes stay as they are (one line each).
    dialog.refresh_history = refresh_history
    dialog.follow_ups_panel = None


def _sync(dialog: Any, target: FollowUpTarget) -> None:
    uid = dialog.uid
    if uid is None:
        return
    meta = dialog.loaded_meta()
    in_trash = meta is not None and meta.deleted_at is not None
    panel: FollowUpsPanel | None = dialog.follow_ups_panel
    if panel is None:
        panel = FollowUpsPanel(dialog.services, dialog.prompts, target, uid)
        panel.read_only = panel.read_only or in_trash
        dialog.follow_ups_panel = panel
        dialog.pages.insertTab(1, panel, "")
        panel.retitle = lambda: _retitle(dialog, panel)
        panel.retitle()
        return
    panel.read_only = bool(getattr(dialog.services.db, "read_only", False)) or in_trash
    if panel.record_uid != uid:
        panel.record_uid = uid
    panel.reload()


def _retitle(dialog: Any, panel: FollowUpsPanel) -> None:
    """The tab says how many follow-ups are still open: "Follow-ups (2)"."""
    open_count = sum(1 for item in panel.model.rows if not item.is_done)
    title = QCoreApplication.translate("FollowUpsPanel", "Follow-ups")
    if open_count:
        title = QCoreApplication.translate("FollowUpsPanel", "Follow-ups ({n})").format(
            n=number_text(open_count)
        )
    dialog.pages.setTabText(dialog.pages.indexOf(panel), title)
