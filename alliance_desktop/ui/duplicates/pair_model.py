"""DuplicatePairModel: likely duplicate pairs as rows (kind, both names, why, score), sortable."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from alliance_desktop.domain.duplicates import (
    DuplicateKind,
    DuplicatePair,
    DuplicateReason,
    DuplicateSide,
)
from alliance_desktop.ui.formatting import collation_key, country_text

ModelIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class DuplicatePairModel(QAbstractTableModel):
    """Read-only rows over ``DuplicatePair``s; ``sort`` orders them in place (best first)."""

    KIND, FIRST, SECOND, WHY, SCORE = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.pairs: list[DuplicatePair] = []

    def set_pairs(self, pairs: Sequence[DuplicatePair]) -> None:
        self.beginResetModel()
        self.pairs = list(pairs)
        self.endResetModel()

    def pair(self, row: int) -> DuplicatePair:
        return self.pairs[row]

    def retranslate(self) -> None:
        """Titles and texts anew in the language in use (the rows stay)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.SCORE)
        if self.pairs:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.pairs) - 1, self.SCORE))

    # --- texts ---------------------------------------------------------------------------

    def kind_text(self, kind: DuplicateKind) -> str:
        return self.tr("Authority") if kind is DuplicateKind.AUTHORITY else self.tr("Person")

    def side_text(self, side: DuplicateSide) -> str:
        text = side.name
        if side.detail:
            text = self.tr("{name} ({detail})").format(name=text, detail=side.detail)
        if side.country_code:
            text = self.tr("{name}, {country}").format(
                name=text, country=country_text(side.country_code)
            )
        return text

    def why_text(self, pair: DuplicatePair) -> str:
        parts = []
        for reason in pair.reasons:
            if reason is DuplicateReason.NAMES_ALIKE:
                parts.append(self.tr("names {score} % alike").format(score=pair.score))
            elif reason is DuplicateReason.SAME_EMAIL:
                parts.append(self.tr("same e-mail"))
            else:
                parts.append(self.tr("same website"))
        return ", ".join(parts)

    def _text(self, pair: DuplicatePair, column: int) -> str:
        if column == self.KIND:
            return self.kind_text(pair.kind)
        if column == self.FIRST:
            return self.side_text(pair.left)
        if column == self.SECOND:
            return self.side_text(pair.right)
        if column == self.WHY:
            return self.why_text(pair)
        return str(pair.score)

    # --- Qt ------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.pairs)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.SCORE + 1

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.pairs):
            return None
        if not 0 <= index.column() <= self.SCORE:
            return None
        pair = self.pairs[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(pair, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return pair.left.uid
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (
            self.tr("Kind"),
            self.tr("Record"),
            self.tr("Looks like"),
            self.tr("Why"),
            self.tr("Score"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        def key(pair: DuplicatePair) -> Any:
            if column == self.SCORE:
                return (pair.score, collation_key(pair.left.name))
            return collation_key(self._text(pair, column))

        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        before = [self.pairs[i.row()] for i in persistent]
        self.pairs.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        position = {id(p): row for row, p in enumerate(self.pairs)}
        self.changePersistentIndexList(
            persistent,
            [
                self.index(position[id(p)], i.column())
                for p, i in zip(before, persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()
