"""FollowUpModel: follow-ups as table rows (due, record, what, who, done), late ones in red."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from alliance_desktop.domain.follow_ups import FollowUpRecord
from alliance_desktop.ui.formatting import date_text

Index = QModelIndex | QPersistentModelIndex
LATE = QColor("#b3261e")
DUE, RECORD, WHAT, WHO, DONE = "due", "record", "what", "who", "done"


class FollowUpModel(QAbstractTableModel):
    """Plain rows over FollowUpRecords; ``columns`` chooses which are shown (the record
    dialog's tab leaves out the record, the due list the done column)."""

    def __init__(self, columns: tuple[str, ...], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.rows: list[FollowUpRecord] = []
        self.today = dt.date.today()

    def set_rows(self, rows: list[FollowUpRecord], today: dt.date | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.today = today or dt.date.today()
        self.endResetModel()

    def row_at(self, row: int) -> FollowUpRecord | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.columns):
            return None
        return {
            DUE: self.tr("Due"),
            RECORD: self.tr("Record"),
            WHAT: self.tr("What to do"),
            WHO: self.tr("Who"),
            DONE: self.tr("Done"),
        }[self.columns[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        item = self.rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item, column)
        if role == Qt.ItemDataRole.ForegroundRole and item.is_overdue(self.today):
            return QBrush(LATE)
        if role == Qt.ItemDataRole.FontRole and item.is_done:
            font = QFont()
            font.setStrikeOut(column == WHAT)
            return font
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and item.is_overdue(self.today):
            return self.tr("Overdue")
        return None

    def _text(self, item: FollowUpRecord, column: str) -> str:
        if column == DUE:
            due = date_text(item.draft.due_on)
            return (
                self.tr("{date} (overdue)").format(date=due) if item.is_overdue(self.today) else due
            )
        if column == RECORD:
            return item.record_label
        if column == WHAT:
            return item.draft.what
        if column == WHO:
            return item.draft.assignee or self.tr("Anyone")
        if item.done_on is None:
            return ""
        return self.tr("{date} by {user}").format(date=date_text(item.done_on), user=item.done_by)
