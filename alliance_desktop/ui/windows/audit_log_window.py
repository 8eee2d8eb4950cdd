"""The audit log: every entry with filters (user, action, kind, dates, text); read-only."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.enums import AuditAction, RecordKind
from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.domain.records import AuditEntry
from alliance_desktop.services.data_safety.audit_export import AuditExportResult, export_audit_log
from alliance_desktop.ui.background_task import run_in_background
from alliance_desktop.ui.formatting import (
    date_format,
    datetime_text,
    record_kind_text,
    user_locale,
)
from alliance_desktop.ui.language import Retranslating
from alliance_desktop.ui.widgets.text_table import TextTableModel, read_only_table
from alliance_desktop.ui.windows.history_view import (
    HistoryView,
    action_text,
    change_text,
    field_text,
)

LIMIT = 1000
# A member's label as the audit trail stored it, in English ("Andalucía (no. 69)").
_MEMBER_LABEL = re.compile(r"^(?P<name>.*) \(no\. (?P<number>\d+)\)$")


def record_label_text(label: str) -> str:
    """A stored record label in the language shown: the trail keeps what was written, in
    English, and old entries cannot change."""
    if label == "contact person":
        return QCoreApplication.translate("AuditLogModel", "contact person")
    found = _MEMBER_LABEL.match(label)
    if found is None:
        return label
    return QCoreApplication.translate("AuditLogModel", "{name} (no. {number})").format(
        name=found["name"], number=found["number"]
    )


def changes_summary(entry: AuditEntry) -> str:
    return "; ".join(
        QCoreApplication.translate("AuditLogModel", "{field}: {change}").format(
            field=field_text(c.field), change=change_text(c.old, c.new, c.field)
        )
        for c in entry.changes
    )


class AuditLogModel(TextTableModel):
    """One row per audit entry: when, who, action, kind, record, changes."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(self.titles(), parent, tooltips=True)
        self.entries: list[AuditEntry] = []

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("When"),
            self.tr("Who"),
            self.tr("Action"),
            self.tr("Kind"),
            self.tr("Record"),
            self.tr("Changes"),
        )

    def set_entries(self, entries: Sequence[AuditEntry]) -> None:
        self.entries = list(entries)
        self.refill()

    def row_texts(self) -> list[tuple[str, ...]]:
        return [
            (
                datetime_text(e.at),
                e.user,
                action_text(e.action),
                record_kind_text(e.entity),
                record_label_text(e.label),
                changes_summary(e),
            )
            for e in self.entries
        ]

    def row_uid(self, row: int) -> str | None:
        return self.entries[row].entity_uid


def _ask_export_path(parent: QWidget, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("AuditLogWindow", "Export the audit log"),
        suggested,
        QCoreApplication.translate("AuditLogWindow", "CSV (*.csv);;Excel workbook (*.xlsx)"),
    )
    return Path(name) if name else None


class AuditLogWindow(Retranslating, QDialog):
    """Lists ``services.audit.list(...)`` newest first; the selected entry's record history
    shows below. There is no way to change or delete an entry from here; Export… writes the
    entries the filters keep."""

    export_finished = Signal(str)

    def __init__(
        self,
        services: Any,
        prompts: Any,
        parent: QWidget | None = None,
        *,
        ask_export_path: Callable[[QWidget, str], Path | None] = _ask_export_path,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts
        self.ask_export_path = ask_export_path
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

        self.user_box = QComboBox()
        self.user_box.addItem("", "")
        self.action_box = QComboBox()
        self.action_box.addItem("", "")
        for action in AuditAction:
            self.action_box.addItem(action.value, action.value)
        self.kind_box = QComboBox()
        self.kind_box.addItem("", "")
        for kind in RecordKind:
            self.kind_box.addItem(kind.value, kind.value)
        today = QDate.currentDate()
        self.since_check = QCheckBox()
        self.since_edit = QDateEdit(today.addMonths(-1))
        self.until_check = QCheckBox()
        self.until_edit = QDateEdit(today)
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(220)
        # The longest action's words (French ones are longer) would squeeze the search box;
        # the list that opens still shows them whole.
        for box in (self.action_box, self.kind_box):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(14)

        filters = QHBoxLayout()
        for widget in (
            self.user_box,
            self.action_box,
            self.kind_box,
            self.since_check,
            self.since_edit,
            self.until_check,
            self.until_edit,
        ):
            filters.addWidget(widget)
        filters.addWidget(self.search_edit, 1)

        self.model = AuditLogModel(self)
        self.view = read_only_table(self.model, "", stretch=5)
        self.view.setWordWrap(False)
        for column, width in ((0, 140), (1, 100), (2, 120), (3, 100), (4, 220)):
            self.view.horizontalHeader().resizeSection(column, width)
        self.history = HistoryView(services)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.history)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.summary_label = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton()
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.export_log)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(buttons)
        self.resize(1000, 600)

        for box in (self.user_box, self.action_box, self.kind_box):
            box.currentIndexChanged.connect(self._on_filter_changed)
        for check, edit in (
            (self.since_check, self.since_edit),
            (self.until_check, self.until_edit),
        ):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._on_filter_changed)
            edit.dateChanged.connect(self._on_filter_changed)
        self.search_edit.returnPressed.connect(self.refresh)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)
        self._count = 0
        self.retranslate_ui()
        self._fill_users()
        self.refresh()

    def retranslate_ui(self) -> None:
        """Every text in the language in use; the filters, the rows and the selection stay."""
        self.setWindowTitle(self.tr("Audit log"))
        self.user_box.setAccessibleName(self.tr("User"))
        self.user_box.setItemText(0, self.tr("All users"))
        self.action_box.setAccessibleName(self.tr("Action"))
        self.action_box.setItemText(0, self.tr("All actions"))
        for index in range(1, self.action_box.count()):
            self.action_box.setItemText(index, action_text(self.action_box.itemData(index)))
        self.kind_box.setAccessibleName(self.tr("Kind of record"))
        self.kind_box.setItemText(0, self.tr("All kinds"))
        for index in range(1, self.kind_box.count()):
            self.kind_box.setItemText(index, record_kind_text(self.kind_box.itemData(index)))
        self.since_check.setText(self.tr("&From"))
        self.since_edit.setAccessibleName(self.tr("From date"))
        self.until_check.setText(self.tr("&To"))
        self.until_edit.setAccessibleName(self.tr("To date"))
        for edit in (self.since_edit, self.until_edit):
            edit.setDisplayFormat(date_format())
            edit.setLocale(user_locale())
        self.search_edit.setAccessibleName(self.tr("Search the log"))
        self.search_edit.setPlaceholderText(self.tr("Search names and changes…"))
        self.view.setAccessibleName(self.tr("Audit log entries"))
        self.export_button.setText(self.tr("&Export…"))
        self.export_button.setToolTip(
            self.tr("Write the entries the filters keep (all of them, not only those shown)")
        )
        self.model.retranslate()
        self._show_summary()

    def set_services(self, services: Any) -> None:
        self.services = services
        self.history.services = services
        self._fill_users()
        self.refresh()

    def filters(self) -> dict[str, Any]:
        """The keyword arguments for ``services.audit.list`` the filters stand for."""
        since = until = None
        if self.since_check.isChecked():
            since = _start_of(_day(self.since_edit.date()))
        if self.until_check.isChecked():
            until = _start_of(_day(self.until_edit.date())) + dt.timedelta(days=1)
        return {
            "user": self.user_box.currentData() or None,
            "action": self.action_box.currentData() or None,
            "entity": self.kind_box.currentData() or None,
            "search": self.search_edit.text().strip(),
            "since": since,
            "until": until,
            "limit": LIMIT,
        }

    def refresh(self) -> None:
        try:
            entries = self.services.audit.list(**self.filters())
        except RefusedError as exc:
            self.prompts.error(self, self.tr("Audit log"), str(exc))
            return
        self.model.set_entries(entries)
        self.history.set_entries([])
        self._count = len(entries)
        self._show_summary()

    def _show_summary(self) -> None:
        count = self._count
        if count >= LIMIT:
            text = self.tr(
                "The newest %n entries are shown; narrow the filters to see older ones.", "", count
            )
        elif count == 1:
            text = self.tr("1 entry")
        else:
            text = self.tr("%n entries", "", count)
        self.summary_label.setText(text)

    def export_log(self) -> None:
        """Export… : the entries the filters keep as CSV or XLSX, written in the background
        (a long log takes a while); the export is itself recorded in the log."""
        path = self.ask_export_path(self, "audit-log.csv")
        if path is None:
            return
        title = self.tr("Export the audit log")
        filters = {k: v for k, v in self.filters().items() if k != "limit"}
        fmt = "xlsx" if path.suffix.lower() == ".xlsx" else "csv"
        audit = self.services.audit

        def work(progress: Any) -> AuditExportResult:
            return export_audit_log(audit, path, fmt, filters, progress)

        def done(result: AuditExportResult | None, error: BaseException | None) -> None:
            if isinstance(error, RefusedError):
                self.prompts.error(self, title, str(error))
            elif isinstance(error, OSError):
                self.prompts.error(self, title, str(error.strerror))
            if result is None:
                return
            text = (
                self.tr("1 entry written to {path}.")
                if result.count == 1
                else self.tr("%n entries written to {path}.", "", result.count)
            )
            self.prompts.info(self, title, text.format(path=result.path))
            self.refresh()
            self.export_finished.emit(str(result.path))

        run_in_background(self, title, work, done, label=self.tr("Writing the audit log…"))

    def _fill_users(self) -> None:
        current = self.user_box.currentData()
        self.user_box.blockSignals(True)
        self.user_box.clear()
        self.user_box.addItem(self.tr("All users"), "")
        try:
            users = self.services.audit.users()
        except RefusedError:
            users = []
        for user in users:
            self.user_box.addItem(user, user)
        index = self.user_box.findData(current) if current else 0
        self.user_box.setCurrentIndex(max(index, 0))
        self.user_box.blockSignals(False)

    def _on_filter_changed(self, *_args: Any) -> None:
        self.refresh()

    def _on_search_edit_text_changed(self, text: str) -> None:
        if not text:  # the clear button: show everything again at once
            self.refresh()

    def _on_view_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.history.set_entries([])
            return
        entry = self.model.entries[current.row()]
        self.history.load(entry.entity_uid)


def _day(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _start_of(day: dt.date) -> dt.datetime:
    """Midnight of ``day`` where the user is, in UTC (the log stores UTC)."""
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)
