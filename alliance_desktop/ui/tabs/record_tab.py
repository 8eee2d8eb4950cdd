"""The common part of the Members, Signatories and Applications tabs: search, filters, table."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.domain.records import Page
from alliance_desktop.ui.formatting import number_text
from alliance_desktop.ui.language import Retranslating
from alliance_desktop.ui.record_model import Column, RecordTableModel
from alliance_desktop.ui.service_errors import guarded, report_refusal
from alliance_desktop.ui.settings_keys import Settings
from alliance_desktop.ui.tabs.record_columns import RecordColumns
from alliance_desktop.ui.tabs.record_editing import RecordEditing
from alliance_desktop.ui.tabs.record_filters import (
    FAST_SEARCH_MS,
    SEARCH_DELAY_MS,
    SHORT_SEARCH_DELAY_MS,
    RecordFilters,
)
from alliance_desktop.ui.widgets.text_table import compact_rows


class RecordTab(Retranslating, RecordFilters, RecordColumns, RecordEditing, QWidget):
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
        self._unread = False  # the last read failed: the empty list says so
        self._dialog: QDialog | None = None
        self._dialog_class: Callable[..., QDialog] | None = None
        self._dialog_looked_up = False

        self._create_filter_widgets()

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
        self._set_up_header()
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

        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_bar())
        layout.addWidget(self.view, 1)

        self._connect_filters()
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.model.modelReset.connect(self._on_selection_changed)
        self.model.read_failed.connect(self._on_model_read_failed)

    def retranslate_ui(self) -> None:
        """Texts anew in the language in use: headers, filters, counts and the rows' words and
        dates; the search, filters, sort, selection and scroll position stay as they are."""
        self._retranslate_filters()
        self.view.setAccessibleName(self.tab_title())
        self.model.retitle(self.columns())
        self.count_label.setText(self.counts_text())
        self._show_empty_hint()

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

    def selected_rows(self) -> list[Any]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        found = (self.model.row_at(r) for r in rows)
        return [r for r in found if r is not None]

    def selected_uids(self) -> list[str]:
        return [r.uid for r in self.selected_rows()]

    def shown_count(self) -> int:
        return self.model.total

    def all_count(self) -> int:
        # Never fewer than shown, even when the count of all could not be read.
        return max(self._all_total, self.model.total, 0)

    # --- loading ---------------------------------------------------------------------------

    def start(self) -> None:
        """First load, after settings are restored."""
        self._all_total = -1
        self.apply_filters()

    def _update_all_total(self) -> None:
        if not self.filters_active():
            self._all_total = self.model.total
        elif self._all_total < 0:
            self._refresh_all_total()

    def apply_filters(self) -> None:
        """Run the search and filters now (the search box calls this after a short pause).

        Raises RefusedError when the database cannot be read; the rows shown stay as they were.
        """
        self._search_timer.stop()
        started = time.perf_counter()
        try:
            self._read(lambda: self.model.set_query(self.current_query()))
            self._update_all_total()
        finally:
            self._emit_counts()
        elapsed_ms = (time.perf_counter() - started) * 1000
        self._search_timer.setInterval(
            SHORT_SEARCH_DELAY_MS if elapsed_ms < FAST_SEARCH_MS else SEARCH_DELAY_MS
        )
        self.view.scrollToTop()

    def reload(self, select_uids: Sequence[str] | None = None) -> None:
        """Fetch again, keeping sort, filters, scroll position and selection (by uid).

        Raises RefusedError when the database cannot be read; the rows shown stay as they were.
        """
        self._search_timer.stop()
        uids = list(select_uids) if select_uids is not None else self.selected_uids()
        current = self.view.currentIndex()
        current_row = current.row() if current.isValid() else -1
        current_col = max(current.column(), 0)
        scroll = self.view.verticalScrollBar().value()
        top = max(self.view.rowAt(0), 0)
        try:
            self._read(lambda: self.model.set_query(self.current_query(), keep_rows_near=top))
            self._all_total = -1  # records may have come or gone
            self._update_all_total()
        finally:
            self._emit_counts()
        self.view.verticalScrollBar().setValue(scroll)
        rows = [r for r in (self.model.loaded_row_of(u) for u in uids) if r is not None]
        if not rows and current_row >= 0 and self.model.total:
            rows = [min(current_row, self.model.total - 1)]  # the row that took its place
        self.select_rows(rows, current_col)
        self.view.verticalScrollBar().setValue(scroll)

    def _read(self, work: Callable[[], None]) -> None:
        """Run a read of the list, remembering whether it failed (the empty list says so)."""
        try:
            work()
        except RefusedError:
            self._unread = True
            raise
        self._unread = False

    def _guarded(self, work: Callable[[], object], title: str = "") -> bool:
        """Run ``work`` from a slot: a refusal or database failure becomes a plain message."""
        return guarded(self, self.prompts, work, title)

    def _on_model_read_failed(self, exc: RefusedError) -> None:
        report_refusal(self, self.prompts, exc)

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
        """Select ``uid``'s row and scroll it into view, looking for it in the list when it is
        not among the rows fetched (a rename can move a record far up or down a long list)."""
        row = self.model.find_row_of(uid)
        if row is None:
            return False
        self.select_rows([row], max(self.view.currentIndex().column(), 0))
        self.view.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def set_services(self, services: Any) -> None:
        self.services = services
        self._fill_status_combo()
        self.clear_filters(run=False)
        self.start()

    def _refresh_all_total(self) -> None:
        self._all_total = self.list_page(replace(self.base_query(), limit=0)).total

    def _emit_counts(self) -> None:
        self.count_label.setText(self.counts_text())
        self.counts_changed.emit(self.model.total, self.all_count())
        self._show_empty_hint()

    def counts_text(self) -> str:
        """The count beside the search box: Showing X of Y, or that the list is unread."""
        if self._unread and not self.model.total:
            return self.tr("Could not be read")
        return self.count_sentence(self.model.total, self.all_count())

    def empty_sentence(self) -> str:
        """What the empty table says when the list holds nothing at all (tabs say it better)."""
        return self.tr("Nothing here yet. New (Ctrl+N) adds a record; File → Import… a list.")

    def _show_empty_hint(self) -> None:
        if self.model.total:
            self.empty_label.hide()
            return
        if self._unread:
            text = self.tr("The list could not be read. Refresh (F5) tries again.")
        elif self.all_count():
            text = self.tr("Nothing matches the search and filters.")
        else:
            text = self.empty_sentence()
        self.empty_label.setText(text)
        self.empty_label.setGeometry(self.view.viewport().rect())
        self.empty_label.show()

    # --- signals ---------------------------------------------------------------------------

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
