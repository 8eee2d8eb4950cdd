"""Read-only tables of ready-made texts: a model over tuples of strings and its view set-up."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

ModelIndex = QModelIndex | QPersistentModelIndex


class TextTableModel(QAbstractTableModel):
    """Rows of texts under fixed titles; selectable to copy from, never editable.

    Subclasses give ``titles()`` and ``row_texts()`` (in the language in use), call ``refill()``
    when their rows change and ``retranslate()`` on a language switch, and may give each row
    a record id (``row_uid``, the UserRole).
    """

    def __init__(self, titles: Sequence[str], parent: Any = None, *, tooltips: bool = False):
        super().__init__(parent)
        self._titles = tuple(titles)
        self._tooltips = tooltips  # a cell's text is its tooltip too (long texts get cut)
        self.texts: list[tuple[str, ...]] = []

    def row_uid(self, row: int) -> str | None:
        return None

    def titles(self) -> tuple[str, ...]:
        return self._titles

    def row_texts(self) -> list[tuple[str, ...]]:
        return self.texts

    def refill(self) -> None:
        """Show ``row_texts()`` anew (other rows: a model reset)."""
        self.beginResetModel()
        self.texts = self.row_texts()
        self.endResetModel()

    def retranslate(self) -> None:
        """Titles and rows in the language in use (the number of rows does not change)."""
        self.set_titles(self.titles())
        self.replace_texts(self.row_texts())

    def set_titles(self, titles: Sequence[str]) -> None:
        """New column titles (another language); rows, selection and sorting stay."""
        self._titles = tuple(titles)
        if self._titles:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._titles) - 1)

    def replace_texts(self, texts: list[tuple[str, ...]]) -> None:
        """The same rows in other words (another language): no reset, so selection stays."""
        if len(texts) != len(self.texts):
            raise ValueError("replace_texts keeps the rows; use a model reset to change them")
        self.texts = texts
        if texts and self._titles:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(texts) - 1, len(self._titles) - 1)
            )

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.texts)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.texts):
            return None
        if not 0 <= index.column() < len(self._titles):
            return None
        if role == Qt.ItemDataRole.DisplayRole or (
            role == Qt.ItemDataRole.ToolTipRole and self._tooltips
        ):
            return self.texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return self.row_uid(index.row())
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._titles)
        ):
            return self._titles[section]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def read_only_table(
    model: QAbstractTableModel,
    accessible_name: str,
    stretch: int,
    selection: QAbstractItemView.SelectionMode = QAbstractItemView.SelectionMode.SingleSelection,
) -> QTableView:
    """A table that selects whole rows and edits nothing; column ``stretch`` takes the room."""
    view = QTableView()
    view.setAccessibleName(accessible_name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(selection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    compact_rows(view)  # views that wrap text size their rows to it
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def compact_rows(view: QTableView) -> None:
    """Rows one line of text high with a little air, as in every list of the application."""
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
