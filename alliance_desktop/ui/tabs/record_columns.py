"""The columns of a record tab's table: widths, shown or hidden, the header's saved state."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu

from alliance_desktop.ui import settings_keys
from alliance_desktop.ui.record_model import Column


class RecordColumns:
    """Column widths, the View → Columns and header menus, the header's saved state; mixed
    into ``RecordTab`` (its ``view``, ``model``, ``settings`` and ``name``)."""

    def _set_up_header(self) -> None:
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_context_menu)
        self._default_widths()

    def _default_widths(self) -> None:
        for i, column in enumerate(self.model.columns):
            self.view.horizontalHeader().resizeSection(i, self.default_width(column))
            self.view.horizontalHeader().setSectionHidden(i, column.hidden_by_default)

    def default_width(self, column: Column) -> int:
        metrics = self.view.fontMetrics()
        return max(metrics.horizontalAdvance(column.title) + 40, 90)

    def visible_columns(self) -> list[str]:
        """Keys of the columns shown, in the order the user sees them."""
        header = self.view.horizontalHeader()
        keys = []
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            if not header.isSectionHidden(logical):
                keys.append(self.model.columns[logical].key)
        return keys

    def restore_state(self) -> None:
        header = self.view.horizontalHeader()
        saved = self.settings.get(settings_keys.table_header(self.name))
        if saved.isEmpty() or not header.restoreState(saved):
            self._default_widths()
            try:
                header.setSortIndicator(self.model.column_of("name"), Qt.SortOrder.AscendingOrder)
            except KeyError:
                header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        if header.count() != len(self.model.columns):
            self._default_widths()
        # Sorting on: the header's indicator becomes the model's query (no fetch before start).
        self.view.setSortingEnabled(True)

    def save_state(self) -> None:
        self.settings.set(
            settings_keys.table_header(self.name), self.view.horizontalHeader().saveState()
        )

    def column_actions(self, parent: QObject) -> list[QAction]:
        """Checkable actions showing and hiding each column (View menu, header menu)."""
        header = self.view.horizontalHeader()
        actions = []
        for logical, column in enumerate(self.model.columns):
            action = QAction(column.title, parent)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(logical))
            action.toggled.connect(lambda on, logical=logical: self.set_column_visible(logical, on))
            actions.append(action)
        return actions

    def set_column_visible(self, logical: int, visible: bool) -> None:
        header = self.view.horizontalHeader()
        if not visible and len(self.visible_columns()) <= 1:
            return  # keep at least one column
        header.setSectionHidden(logical, not visible)
        if visible and header.sectionSize(logical) < 30:
            header.resizeSection(logical, self.default_width(self.model.columns[logical]))

    def _on_header_context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for action in self.column_actions(menu):
            menu.addAction(action)
        menu.exec(self.view.horizontalHeader().mapToGlobal(pos))
