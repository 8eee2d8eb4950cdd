"""A table model over a service's list pages: rows fetched in blocks, sorted and filtered in SQL."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush

from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.domain.records import Page

ModelIndex = QModelIndex | QPersistentModelIndex

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True, slots=True)
class Column:
    """One column: a stable key (settings, exports), its title, service sort key and text."""

    key: str
    title: str
    sort: str
    text: Callable[[Any], str]
    align: Qt.AlignmentFlag = LEFT
    hidden_by_default: bool = False


# Roles as plain ints: data() runs thousands of times per repaint, and most roles it is asked
# for (font, decoration, check state, size hint...) it leaves to Qt at once.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_UID = int(Qt.ItemDataRole.UserRole.value)
_ANSWERED = frozenset({_ALIGNMENT, _BACKGROUND, _FOREGROUND, _TOOLTIP, _UID})
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

# A block is BLOCK rows turned into display tuples at once; a screen shows a few dozen rows.
BLOCK = 200
# A block missing when the view paints is fetched this long after (once the scrolling pauses).
FETCH_DELAY_MS = 15
# Blocks fetched at once: what one screen can show (it may straddle two blocks) and a spare.
WANTED_BLOCKS = 3
# Blocks kept in memory: enough for a long scroll without refetching, small at 100k rows.
MAX_BLOCKS = 50


@dataclass(slots=True)
class _Block:
    rows: tuple[Any, ...]
    texts: tuple[tuple[str, ...], ...]
    # Per row, worked out once when the block comes: a repaint asks for every cell.
    backgrounds: tuple[QBrush | None, ...]
    foregrounds: tuple[QBrush | None, ...]


class RecordTableModel(QAbstractTableModel):
    """Rows of ``fetch(ListQuery)`` (a service's ``list``), fetched BLOCK rows at a time.

    The row count is the page's total, so the scroll bar is the real size; a block missing when
    the view asks for a row is fetched then (one SQL query with LIMIT/OFFSET).

    A fetch the view caused (a block while scrolling, a sort) that the database refuses is
    reported by ``read_failed`` (the RefusedError), once until the next query, never raised.
    """

    read_failed = Signal(object)

    def __init__(
        self,
        columns: Sequence[Column],
        fetch: Callable[[ListQuery], Page[Any]],
        query: ListQuery | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._alignments = tuple(int(c.align.value) for c in self.columns)
        self._fetch = fetch
        self._query = query or ListQuery()
        self._total = 0
        self._blocks: OrderedDict[int, _Block] = OrderedDict()
        self._active = False  # no query runs before the first set_query (settings first)
        self._wanted: dict[int, None] = {}  # blocks a repaint asked for, oldest first
        # A block could not be read: no more fetching (nor messages) until the next query.
        self._read_failed = False
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(FETCH_DELAY_MS)
        self._fetch_timer.timeout.connect(self._on_fetch_timer_timeout)
        self.background: Callable[[Any], QBrush | None] | None = None
        self.foreground: Callable[[Any], QBrush | None] | None = None
        self.tooltip: Callable[[Any, int], str] | None = None

    # --- queries ---------------------------------------------------------------------------

    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def retitle(self, columns: Sequence[Column]) -> None:
        """The same columns with titles and texts in another language: the rows already read
        are put into words anew (no fetch, no reset: the view keeps selection and scroll)."""
        if [c.key for c in columns] != [c.key for c in self.columns]:
            raise ValueError("retitle keeps the columns; use a new model for others")
        self.columns = tuple(columns)
        for block in self._blocks.values():
            block.texts = tuple(tuple(c.text(row) for c in self.columns) for row in block.rows)
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._total:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._total - 1, len(self.columns) - 1)
            )

    def set_fetch(self, fetch: Callable[[ListQuery], Page[Any]]) -> None:
        self._fetch = fetch

    def set_query(self, query: ListQuery, *, keep_rows_near: int = 0) -> None:
        """Run ``query`` and reset; the block around ``keep_rows_near`` is fetched first.

        When the fetch fails (a RefusedError: the database cannot be read) it raises and the
        model keeps its rows, total and query: the list never empties itself silently.
        """
        old = (self._query, self._total, self._blocks)
        self._query = replace(query, offset=0, limit=None)
        self._total = 0
        self._blocks = OrderedDict()
        try:
            self._load_block(0, set_total=True)
            if keep_rows_near >= BLOCK:
                self._load_block(min(keep_rows_near, max(self._total - 1, 0)) // BLOCK)
        except BaseException:
            self._query, self._total, self._blocks = old
            raise
        new = (self._query, self._total, self._blocks)
        self._query, self._total, self._blocks = old  # the view sees the old rows until reset
        self.beginResetModel()
        self._query, self._total, self._blocks = new
        self._wanted.clear()
        self._active = True
        self._read_failed = False
        self.endResetModel()

    def refresh(self, *, keep_rows_near: int = 0) -> None:
        self.set_query(self._query, keep_rows_near=keep_rows_near)

    def _load_block(self, number: int, *, set_total: bool = False) -> _Block:
        block = self._blocks.get(number)
        if block is not None:
            self._blocks.move_to_end(number)
            return block
        start = number * BLOCK
        count = min(BLOCK, self._total - start)
        if not set_total and count > 0 and start > self._total // 2:
            # Past the middle, the block is read from the list's other end (the sort turned
            # round): the database skips fewer rows (the last block of 100,000: 0.3 s -> 20 ms).
            query = replace(
                self._query,
                descending=not self._query.descending,
                offset=self._total - start - count,
                limit=count,
                with_total=False,
            )
            rows = tuple(reversed(self._fetch(query).rows))
        else:
            page = self._fetch(
                replace(self._query, offset=start, limit=BLOCK, with_total=set_total)
            )
            rows = page.rows
            if set_total:
                # Later blocks keep the count the view was told, even if others add rows meanwhile.
                self._total = page.total
        texts = tuple(tuple(c.text(row) for c in self.columns) for row in rows)
        background, foreground = self.background, self.foreground
        block = _Block(
            rows,
            texts,
            tuple(background(r) if background else None for r in rows),
            tuple(foreground(r) if foreground else None for r in rows),
        )
        self._blocks[number] = block
        while len(self._blocks) > MAX_BLOCKS:
            self._blocks.popitem(last=False)
        return block

    # --- rows by position and uid ----------------------------------------------------------

    def _loaded_row(self, row: int) -> Any | None:
        block = self._blocks.get(row // BLOCK)
        if block is None:
            return None
        offset = row % BLOCK
        return block.rows[offset] if offset < len(block.rows) else None

    def _wanted_block(self, number: int) -> None:
        """Fetch ``number`` soon, not while painting: scrolling far stays fluid, rows fill in."""
        if number not in self._wanted:
            self._wanted[number] = None
            self._fetch_timer.start()  # (re)started: a drag through many blocks waits its end

    def _on_fetch_timer_timeout(self) -> None:
        # Only the latest few blocks asked for: the ones passed while dragging are not needed.
        wanted = list(self._wanted)[-WANTED_BLOCKS:]
        self._wanted.clear()
        for number in wanted:
            if number in self._blocks or number * BLOCK >= self._total or self._read_failed:
                continue
            if self._try_load_block(number) is None:
                return
            last = min(self._total, (number + 1) * BLOCK) - 1
            self.dataChanged.emit(
                self.index(number * BLOCK, 0), self.index(last, len(self.columns) - 1)
            )

    def fetch_pending(self) -> None:
        """Fetch now the blocks a repaint asked for (tests, benchmarks)."""
        if self._fetch_timer.isActive():
            self._fetch_timer.stop()
            self._on_fetch_timer_timeout()

    def _try_load_block(self, number: int) -> _Block | None:
        """The block, or None when it cannot be read (said once through ``read_failed``)."""
        if self._read_failed and number not in self._blocks:
            return None
        try:
            return self._load_block(number)
        except RefusedError as exc:
            self._read_failed = True
            self._wanted.clear()
            self.read_failed.emit(exc)
            return None

    def row_at(self, row: int) -> Any | None:
        if not 0 <= row < self._total:
            return None
        block = self._try_load_block(row // BLOCK)
        if block is None:
            return None
        offset = row % BLOCK
        return block.rows[offset] if offset < len(block.rows) else None

    def loaded_row_of(self, uid: str) -> int | None:
        """The position of ``uid`` among the rows already fetched (no query), or None."""
        for number, block in self._blocks.items():
            for i, row in enumerate(block.rows):
                if row.uid == uid:
                    return number * BLOCK + i
        return None

    def find_row_of(self, uid: str, *, max_blocks: int = MAX_BLOCKS) -> int | None:
        """The position of ``uid``: among the rows fetched, else fetching blocks from the top
        (at most ``max_blocks``; a record that moved in a long list is found where it is now).
        None when it is not in the list or cannot be read (said through ``read_failed``)."""
        row = self.loaded_row_of(uid)
        if row is not None:
            return row
        blocks = min(-(-self._total // BLOCK), max_blocks)
        for number in range(blocks):
            if number in self._blocks:
                continue
            block = self._try_load_block(number)
            if block is None:
                return None
            last = number * BLOCK + len(block.rows) - 1
            self.dataChanged.emit(
                self.index(number * BLOCK, 0), self.index(last, len(self.columns) - 1)
            )
            for offset, record in enumerate(block.rows):
                if record.uid == uid:
                    return number * BLOCK + offset
        return None

    def column_of(self, key: str) -> int:
        for i, column in enumerate(self.columns):
            if column.key == key:
                return i
        raise KeyError(key)

    # --- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called thousands of times per repaint: the display text is the short path.
        if role != _DISPLAY and role not in _ANSWERED:
            return None
        row, col = index.row(), index.column()
        if role == _DISPLAY:
            block = self._blocks.get(row // BLOCK)
            if block is None:
                if not (0 <= row < self._total and 0 <= col < len(self.columns)):
                    return None
                self._wanted_block(row // BLOCK)
                return ""
            offset = row % BLOCK
            if 0 <= offset < len(block.texts) and 0 <= col < len(self.columns) and row >= 0:
                return block.texts[offset][col]
            return None
        if not (0 <= row < self._total and 0 <= col < len(self.columns)) or not index.isValid():
            return None
        if role == _ALIGNMENT:
            return self._alignments[col]
        if role in (_BACKGROUND, _FOREGROUND):
            block = self._blocks.get(row // BLOCK)
            if block is None or row % BLOCK >= len(block.rows):
                return None
            brushes = block.backgrounds if role == _BACKGROUND else block.foregrounds
            return brushes[row % BLOCK]
        if role == _TOOLTIP:
            record = self._loaded_row(row)
            if record is None:
                return None
            extra = self.tooltip(record, col) if self.tooltip is not None else ""
            block = self._blocks[row // BLOCK]
            text = block.texts[row % BLOCK][col] if row % BLOCK < len(block.texts) else ""
            return "\n".join(t for t in (text, extra) if t) or None
        if role == _UID:
            record = self.row_at(row)
            return record.uid if record is not None else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(self.columns[section].align.value)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = self.columns[column].sort
        if key == self._query.sort and descending == self._query.descending and self._active:
            return
        if not self._active:
            self._query = replace(self._query, sort=key, descending=descending)
            return
        try:
            self.set_query(replace(self._query, sort=key, descending=descending))
        except RefusedError as exc:  # the view called: keep the rows, say it once
            self.read_failed.emit(exc)
