"""The search box and filters above a record tab's table, and the query they make."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit

from alliance_desktop.domain.countries import COUNTRIES
from alliance_desktop.domain.follow_ups import end_of_week
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.ui.formatting import collation_key, country_text
from alliance_desktop.ui.tabs.saved_search_button import SavedSearchButton

# Typing pauses this long before the search runs, so a fast typist triggers one query on a
# big table; when the last search took less than FAST_SEARCH_MS, a short pause is enough.
SEARCH_DELAY_MS = 150
SHORT_SEARCH_DELAY_MS = 30
FAST_SEARCH_MS = 40


class RecordFilters:
    """Search box, country, status and year filters and the count beside them; mixed into
    ``RecordTab``, whose ``apply_filters()``, ``base_query()`` and table they feed."""

    def _create_filter_widgets(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(220)
        self.country_combo = QComboBox()
        self.country_combo.setMaxVisibleItems(20)
        self.status_combo = QComboBox()
        self.year_combo = QComboBox()
        self.year_combo.addItem("", 0)  # All years
        for year in range(dt.date.today().year, self.first_year - 1, -1):
            self.year_combo.addItem(str(year), year)
        # Their texts change with the language ("All years" → "Toutes les années"): the width
        # follows the words, not only the first ones shown.
        for combo in (self.country_combo, self.status_combo, self.year_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.saved_search_button = SavedSearchButton(self)
        # Records with an open follow-up due by the end of this week (overdue ones too).
        self.follow_up_check = QCheckBox()
        self.count_label = QLabel()
        self.count_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._retranslate_filters()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

    def _retranslate_filters(self) -> None:
        """The filters' texts in the language in use, keeping what each has chosen."""
        self.search_edit.setPlaceholderText(self.search_placeholder())
        self.search_edit.setAccessibleName(self.tr("Search"))
        self.country_combo.setAccessibleName(self.tr("Country filter"))
        self.status_combo.setAccessibleName(self.tr("Status filter"))
        self.year_combo.setAccessibleName(self.tr("Year filter"))
        self.year_combo.setItemText(0, self.tr("All years"))
        self.follow_up_check.setText(self.tr("Follow-up due"))
        self.follow_up_check.setToolTip(
            self.tr("Only the records with a follow-up due this week or overdue")
        )
        self._fill_country_combo()
        self._fill_status_combo()

    def _fill_country_combo(self) -> None:
        # Country names in the language in use, in its alphabetical order.
        self.country_combo.blockSignals(True)
        current = self.country_combo.currentData()
        self.country_combo.clear()
        self.country_combo.addItem(self.tr("All countries"), "")
        for code in sorted(COUNTRIES, key=lambda c: collation_key(country_text(c))):
            self.country_combo.addItem(country_text(code), code)
        self.country_combo.setCurrentIndex(max(self.country_combo.findData(current or ""), 0))
        self.country_combo.blockSignals(False)

    def _filter_bar(self) -> QHBoxLayout:
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.country_combo, 1)
        filters.addWidget(self.status_combo, 1)
        filters.addWidget(self.year_combo)
        filters.addWidget(self.follow_up_check)
        self.add_filter_widgets(filters)
        filters.addWidget(self.saved_search_button)
        filters.addStretch(0)
        filters.addWidget(self.count_label)
        return filters

    def _connect_filters(self) -> None:
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.country_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.status_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.year_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.follow_up_check.toggled.connect(self._on_follow_up_check_toggled)

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
            follow_up_due_by=(
                end_of_week(dt.date.today())
                if self.follow_up_check.isChecked()
                else base.follow_up_due_by
            ),
            sort=sort,
            descending=descending,
        )

    def filters_active(self) -> bool:
        """Whether search or filters narrow the base query (else the page total is "of Y")."""
        query, base = self.current_query(), self.base_query()
        return (
            query.search,
            query.country,
            query.status,
            query.year,
            query.follow_up_due_by,
        ) != (base.search, base.country, base.status, base.year, base.follow_up_due_by)

    def clear_filters(self, *, run: bool = True) -> None:
        widgets = (
            self.search_edit,
            self.country_combo,
            self.status_combo,
            self.year_combo,
            self.follow_up_check,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.search_edit.clear()
        self.country_combo.setCurrentIndex(0)
        self.status_combo.setCurrentIndex(0)
        self.year_combo.setCurrentIndex(0)
        self.follow_up_check.setChecked(False)
        for widget in widgets:
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

    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_search_edit_return_pressed(self) -> None:
        self._go_to_results()

    def _on_search_timer_timeout(self) -> None:
        self._guarded(self.apply_filters)

    def _go_to_results(self) -> None:
        # Enter or Down in the search box goes to the results, the first one ready for Enter
        # to edit.
        self._guarded(self.apply_filters)
        if not self.selected_uids() and self.model.rowCount():
            self.select_rows([0])
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_filter_changed(self, _index: int) -> None:
        self._guarded(self.apply_filters)

    def _on_follow_up_check_toggled(self, _checked: bool) -> None:
        self._guarded(self.apply_filters)
