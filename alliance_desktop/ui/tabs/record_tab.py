"""The common part of the Members, Signatories and Applications tabs: search, filters, table."""

from __future__ import annotations

import datetime as dt
import importlib
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.countries import COUNTRIES
from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.domain.records import Page
from alliance_desktop.ui import settings_keys
from alliance_desktop.ui.formatting import country_text, number_text, plural
from alliance_desktop.ui.record_model import Column, RecordTableModel
from alliance_desktop.ui.settings_keys import Settings
from alliance_desktop.ui.widgets.text_table import compact_rows

log = logging.getLogger(__name__)

# Typing pauses this long before the search runs, so a fast typist triggers one query on a
# big table; when the last search took less than FAST_SEARCH_MS, a short pause is enough.
SEARCH_DELAY_MS = 150
SHORT_SEARCH_DELAY_MS = 30
FAST_SEARCH_MS = 40


class RecordTab(QWidget):
    """A searchable, filterable, sortable table of one kind of record.

    Hook points for other features (exports, certificates): ``current_query()``,
    ``visible_columns()``, ``selected_uids()``, ``extra_actions`` (shown in the toolbar when
    this tab is current) and the ``selection_changed`` / ``counts_changed`` signals.
    """

    counts_changed = Signal(int, int)  # shown, total
    selection_changed = Signal()
    records_changed = Signal()  # after a save, delete or restore: other tabs may refresh

    #: settings name ("members"), set by subclasses
    name = ""
    #: where the editing dialog lives: (module, class); imported when first needed
    dialog_location: tuple[str, str] | None = None
    #: first year offered by the year filter
    first_year = 2013

    def __init__(self, services: Any, prompts: Any, settings: Settings, parent: Any = None):
        super().__init__(parent)
        self.services = services
        self.prompts = prompts
        self.settings = settings
        self.extra_actions: list[QAction] = []
        self.read_only = False  # set by the window: the open database cannot be changed
        self._all_total = -1  # -1: not counted yet
        self._dialog: QDialog | None = None
        self._dialog_class: Callable[..., QDialog] | None = None
        self._dialog_looked_up = False

        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.search_placeholder())
        self.search_edit.setAccessibleName(self.tr("Search"))
        self.search_edit.setMinimumWidth(220)
        self.country_combo = QComboBox()
        self.country_combo.setAccessibleName(self.tr("Country filter"))
        self.country_combo.addItem(self.tr("All countries"), "")
        for code in sorted(COUNTRIES, key=lambda c: country_text(c)):
            self.country_combo.addItem(country_text(code), code)
        self.country_combo.setMaxVisibleItems(20)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status filter"))
        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName(self.tr("Year filter"))
        self.year_combo.addItem(self.tr("All years"), 0)
        for year in range(dt.date.today().year, self.first_year - 1, -1):
            self.year_combo.addItem(str(year), year)
        self.count_label = QLabel()
        self.count_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._fill_status_combo()

        self.model = RecordTableModel(self.columns(), self._fetch, ListQuery(), self)
        self._apply_model_roles()
        self.view = QTableView()
        self.view.setAccessibleName(self.tab_title())
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        compact_rows(self.view)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_context_menu)
        self._default_widths()
        self.view.installEventFilter(self)
        self.search_edit.installEventFilter(self)
        # Said in the empty table: there is nothing yet, or nothing matches.
        self.empty_label = QLabel(self.view.viewport())
        self.empty_label.setObjectName("emptyListLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #666; padding: 24px;")
        self.empty_label.hide()
        self.view.viewport().installEventFilter(self)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.country_combo, 1)
        filters.addWidget(self.status_combo, 1)
        filters.addWidget(self.year_combo)
        self.add_filter_widgets(filters)
        filters.addStretch(0)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)

        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)
        self._search_timer.timeout.connect(self.apply_filters)
        self.country_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.status_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.year_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.model.modelReset.connect(self._on_selection_changed)

    # --- to be provided by each tab --------------------------------------------------------

    def tab_title(self) -> str:
        raise NotImplementedError

    def search_placeholder(self) -> str:
        return self.tr("Search names…")

    def columns(self) -> Sequence[Column]:
        raise NotImplementedError

    def list_page(self, query: ListQuery) -> Page[Any]:
        raise NotImplementedError

    def status_choices(self) -> list[tuple[str, str]]:
        """(label, ListQuery.status value) for the status filter, after "All statuses"."""
        return []

    def delete_record(self, uid: str, version: int) -> None:
        raise NotImplementedError

    def count_sentence(self, shown: int, total: int) -> str:
        return self.tr("Showing {shown} of {total}").format(
            shown=number_text(shown), total=number_text(total)
        )

    def record_label(self, row: Any) -> str:
        return str(getattr(row, "name", row.uid))

    def add_filter_widgets(self, layout: QHBoxLayout) -> None:
        """Room for a tab's own filter controls (the Applications tab's "Show decided")."""

    def base_query(self) -> ListQuery:
        """The query before the user's search and filters (the "of Y" in "Showing X of Y")."""
        return ListQuery()

    def _apply_model_roles(self) -> None:
        """Colours and tooltips a tab adds to its model."""

    # --- state -----------------------------------------------------------------------------

    def available(self) -> bool:
        """Whether the open database's services offer this tab's records."""
        return True

    def _fetch(self, query: ListQuery) -> Page[Any]:
        return self.list_page(query)

    def _fill_status_combo(self) -> None:
        self.status_combo.blockSignals(True)
        current = self.status_combo.currentData()
        self.status_combo.clear()
        self.status_combo.addItem(self.tr("All statuses"), "")
        for label, value in self.status_choices():
            self.status_combo.addItem(label, value)
        index = self.status_combo.findData(current)
        self.status_combo.setCurrentIndex(max(index, 0))
        self.status_combo.blockSignals(False)
        self.status_combo.setVisible(self.status_combo.count() > 1)

    def _default_widths(self) -> None:
        for i, column in enumerate(self.model.columns):
            self.view.horizontalHeader().resizeSection(i, self.default_width(column))
            self.view.horizontalHeader().setSectionHidden(i, column.hidden_by_default)

    def default_width(self, column: Column) -> int:
        metrics = self.view.fontMetrics()
        return max(metrics.horizontalAdvance(column.title) + 40, 90)

    def current_query(self) -> ListQuery:
        """What the table shows: base query, search, filters and sort (for exports)."""
        base = self.base_query()
        header = self.view.horizontalHeader()
        section = header.sortIndicatorSection()
        sort = self.model.query.sort
        descending = self.model.query.descending
        if 0 <= section < len(self.model.columns):
            sort = self.model.columns[section].sort
            descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        return replace(
            base,
            search=self.search_edit.text().strip(),
            country=self.country_combo.currentData() or base.country,
            status=self.status_combo.currentData() or base.status,
            year=self.year_combo.currentData() or base.year,
            sort=sort,
            descending=descending,
        )

    def visible_columns(self) -> list[str]:
        """Keys of the columns shown, in the order the user sees them."""
        header = self.view.horizontalHeader()
        keys = []
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            if not header.isSectionHidden(logical):
                keys.append(self.model.columns[logical].key)
        return keys

    def selected_rows(self) -> list[Any]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        found = (self.model.row_at(r) for r in rows)
        return [r for r in found if r is not None]

    def selected_uids(self) -> list[str]:
        return [r.uid for r in self.selected_rows()]

    def shown_count(self) -> int:
        return self.model.total

    def all_count(self) -> int:
        return max(self._all_total, 0)

    # --- loading ---------------------------------------------------------------------------

    def start(self) -> None:
        """First load, after settings are restored."""
        self._all_total = -1
        self.apply_filters()

    def filters_active(self) -> bool:
        """Whether search or filters narrow the base query (else the page total is "of Y")."""
        query, base = self.current_query(), self.base_query()
        return (query.search, query.country, query.status, query.year) != (
            base.search,
            base.country,
            base.status,
            base.year,
        )

    def _update_all_total(self) -> None:
        if not self.filters_active():
            self._all_total = self.model.total
        elif self._all_total < 0:
            self._refresh_all_total()

    def apply_filters(self) -> None:
        """Run the search and filters now (the search box calls this after a short pause)."""
        self._search_timer.stop()
        started = time.perf_counter()
        self.model.set_query(self.current_query())
        self._update_all_total()
        elapsed_ms = (time.perf_counter() - started) * 1000
        self._search_timer.setInterval(
            SHORT_SEARCH_DELAY_MS if elapsed_ms < FAST_SEARCH_MS else SEARCH_DELAY_MS
        )
        self.view.scrollToTop()
        self._emit_counts()

    def reload(self, select_uids: Sequence[str] | None = None) -> None:
        """Fetch again, keeping sort, filters, scroll position and selection (by uid)."""
        self._search_timer.stop()
        uids = list(select_uids) if select_uids is not None else self.selected_uids()
        current = self.view.currentIndex()
        current_row = current.row() if current.isValid() else -1
        current_col = max(current.column(), 0)
        scroll = self.view.verticalScrollBar().value()
        top = max(self.view.rowAt(0), 0)
        self._all_total = -1  # records may have come or gone
        self.model.set_query(self.current_query(), keep_rows_near=top)
        self._update_all_total()
        self.view.verticalScrollBar().setValue(scroll)
        rows = [r for r in (self.model.loaded_row_of(u) for u in uids) if r is not None]
        if not rows and current_row >= 0 and self.model.total:
            rows = [min(current_row, self.model.total - 1)]  # the row that took its place
        self.select_rows(rows, current_col)
        self.view.verticalScrollBar().setValue(scroll)
        self._emit_counts()

    def select_rows(self, rows: Sequence[int], column: int = 0) -> None:
        selection = self.view.selectionModel()
        selection.clearSelection()
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        for row in rows:
            selection.select(self.model.index(row, 0), flags)
        if rows:
            selection.setCurrentIndex(
                self.model.index(rows[0], column), selection.SelectionFlag.NoUpdate
            )

    def select_uid(self, uid: str) -> bool:
        row = self.model.loaded_row_of(uid)
        if row is None:
            return False
        self.select_rows([row])
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def set_services(self, services: Any) -> None:
        self.services = services
        self._fill_status_combo()
        self.clear_filters(run=False)
        self.start()

    def clear_filters(self, *, run: bool = True) -> None:
        for widget in (self.search_edit, self.country_combo, self.status_combo, self.year_combo):
            widget.blockSignals(True)
        self.search_edit.clear()
        self.country_combo.setCurrentIndex(0)
        self.status_combo.setCurrentIndex(0)
        self.year_combo.setCurrentIndex(0)
        for widget in (self.search_edit, self.country_combo, self.status_combo, self.year_combo):
            widget.blockSignals(False)
        if run:
            self.apply_filters()

    def show_country(self, code: str) -> None:
        """Show only ``code``'s records (the Overview's chart sends users here)."""
        self.clear_filters(run=False)
        index = self.country_combo.findData(code)
        self.country_combo.blockSignals(True)
        self.country_combo.setCurrentIndex(max(index, 0))
        self.country_combo.blockSignals(False)
        self.apply_filters()

    def _refresh_all_total(self) -> None:
        self._all_total = self.list_page(replace(self.base_query(), limit=0)).total

    def _emit_counts(self) -> None:
        self.count_label.setText(self.count_sentence(self.model.total, self.all_count()))
        self.counts_changed.emit(self.model.total, self.all_count())
        self._show_empty_hint()

    def empty_sentence(self) -> str:
        """What the empty table says when the list holds nothing at all (tabs say it better)."""
        return self.tr("Nothing here yet. New (Ctrl+N) adds a record; File → Import… a list.")

    def _show_empty_hint(self) -> None:
        if self.model.total:
            self.empty_label.hide()
            return
        if self.all_count():
            text = self.tr("Nothing matches the search and filters.")
        else:
            text = self.empty_sentence()
        self.empty_label.setText(text)
        self.empty_label.setGeometry(self.view.viewport().rect())
        self.empty_label.show()

    # --- settings --------------------------------------------------------------------------

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

    # --- columns ---------------------------------------------------------------------------

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

    # --- editing ---------------------------------------------------------------------------

    def dialog_class(self) -> Callable[..., QDialog] | None:
        """The editing dialog's class, when its module exists (it is built separately)."""
        if not self._dialog_looked_up:
            self._dialog_looked_up = True
            if self.dialog_location is not None:
                module_name, class_name = self.dialog_location
                try:
                    module = importlib.import_module(module_name)
                    self._dialog_class = getattr(module, class_name, None)
                except ImportError:
                    self._dialog_class = None
                except Exception:  # a dialog under construction must not stop the window
                    log.exception("cannot load %s", module_name)
                    self._dialog_class = None
        return self._dialog_class

    def can_edit(self) -> bool:
        return self.available() and self.dialog_class() is not None

    def open_dialog(self, uid: str | None) -> QDialog | None:
        """Open the editing dialog (window-modal, not blocking) for ``uid`` or a new record."""
        cls = self.dialog_class()
        if cls is None:
            return None
        try:
            dialog = cls(self.services, uid, self.prompts, self)
        except RefusedError as exc:
            self.prompts.error(self, self.tr("Cannot open the record"), str(exc))
            self.reload()
            return None
        saved = getattr(dialog, "record_saved", None)
        if saved is not None:
            saved.connect(self._on_dialog_record_saved)
        dialog.finished.connect(lambda _result, d=dialog: self._on_dialog_finished(d))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self._dialog = dialog
        dialog.open()
        return dialog

    @property
    def dialog(self) -> QDialog | None:
        """The editing dialog open from this tab, if any."""
        return self._dialog

    def new_record(self) -> QDialog | None:
        return self.open_dialog(None)

    def edit_current(self) -> QDialog | None:
        index = self.view.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is None:
            rows = self.selected_rows()
            row = rows[0] if rows else None
        return self.open_dialog(row.uid) if row is not None else None

    def delete_selected(self) -> int:
        """Move the selected records to the Trash after asking; returns how many moved."""
        rows = self.selected_rows()
        if not rows or self.read_only:
            return 0
        if len(rows) == 1:
            text = self.tr("Move “{name}” to the Trash?").format(name=self.record_label(rows[0]))
        else:
            text = plural(
                len(rows),
                self.tr("Move {n} record to the Trash?"),
                self.tr("Move {n} records to the Trash?"),
            )
        text += "\n" + self.tr("You can restore it from View → Trash.")
        if not self.prompts.confirm(self, self.tr("Delete"), text):
            return 0
        moved = 0
        try:
            for row in rows:
                self.delete_record(row.uid, row.version)
                moved += 1
        except RefusedError as exc:
            self.prompts.error(self, self.tr("Not deleted"), str(exc))
        if moved:
            self.reload(select_uids=[])
            self.records_changed.emit()
        return moved

    def _on_dialog_record_saved(self, uid: str) -> None:
        self.reload(select_uids=[uid])
        if self.model.loaded_row_of(uid) is None:
            self.select_uid(uid)
        self.records_changed.emit()

    def _on_dialog_finished(self, dialog: QDialog) -> None:
        if self._dialog is dialog:
            self._dialog = None
        # Without a window manager (or on some desktops) the window stays inactive otherwise.
        self.window().activateWindow()
        self.view.setFocus()

    # --- signals ---------------------------------------------------------------------------

    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_search_edit_return_pressed(self) -> None:
        self._go_to_results()

    def _go_to_results(self) -> None:
        # Enter or Down in the search box goes to the results, the first one ready for Enter
        # to edit.
        self.apply_filters()
        if not self.selected_uids() and self.model.rowCount():
            self.select_rows([0])
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_filter_changed(self, _index: int) -> None:
        self.apply_filters()

    def _on_view_double_clicked(self, _index: Any) -> None:
        if not self.read_only:
            self.edit_current()

    def _on_selection_changed(self, *_args: Any) -> None:
        self.selection_changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.empty_label.setGeometry(self.view.viewport().rect())
        # Enter edits the current row; the view would otherwise only move the cursor.
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if enter and not event.modifiers() and self.view.currentIndex().isValid():
                return self.edit_current() is not None
        # Down in the search box (a one-line field, where it does nothing) goes to the results.
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            down = event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
            if down and not event.modifiers():
                self._go_to_results()
                return True
        return super().eventFilter(watched, event)


def bind(action: QAction, slot: Callable[[], Any]) -> QAction:
    action.triggered.connect(lambda _checked=False: slot())
    return action
