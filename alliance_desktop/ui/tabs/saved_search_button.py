"""SavedSearchButton: the record tab's *Saved searches* menu beside its filters.

The menu lists the tab's saved searches (choosing one puts its search text and filters back
and runs them: live, today's records), saves the current search under a name, and renames or
deletes one. They are stored in the database, shared with colleagues.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMenu, QToolButton

from alliance_desktop.domain.correspondence import SavedSearch, SavedSearchDraft
from alliance_desktop.ui.language import Retranslating
from alliance_desktop.ui.service_errors import guarded, read_or


class SavedSearchButton(Retranslating, QToolButton):
    """A menu button over ``tab``'s saved searches (``tab``: a RecordTab)."""

    def __init__(self, tab: Any) -> None:
        super().__init__()
        self.tab = tab
        self.setObjectName("savedSearchButton")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = QMenu(self)
        self.menu_.aboutToShow.connect(self._on_menu_about_to_show)
        self.setMenu(self.menu_)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setText(self.tr("Saved searches"))
        self.setToolTip(
            self.tr("Save this search and its filters under a name, or run a saved one")
        )

    # --- what the menu does ------------------------------------------------------------

    def _service(self) -> Any:
        return getattr(self.tab.services, "saved_searches", None)

    def searches(self) -> list[SavedSearch]:
        service = self._service()
        if service is None:
            return []
        found: list[SavedSearch] = read_or(
            self, self.tab.prompts, lambda: service.list(self.tab.name), []
        )
        return found

    def run(self, saved: SavedSearch) -> None:
        """Put the saved search and filters into the tab and run them."""
        draft = saved.draft
        tab = self.tab
        tab.clear_filters(run=False)
        widgets = (tab.search_edit, tab.country_combo, tab.status_combo, tab.year_combo)
        for widget in widgets:
            widget.blockSignals(True)
        tab.search_edit.setText(draft.search)
        for combo, value in (
            (tab.country_combo, draft.country or ""),
            (tab.status_combo, draft.status or ""),
            (tab.year_combo, draft.year or 0),
        ):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        for widget in widgets:
            widget.blockSignals(False)
        guarded(self, tab.prompts, tab.apply_filters)

    def save_current(self) -> SavedSearch | None:
        query = self.tab.current_query()
        name = self.tab.prompts.ask_line(
            self, self.tr("Save search"), self.tr("Name of this search and its filters:")
        )
        if not name or not name.strip():
            return None
        existing = {s.name for s in self.searches()}
        if name.strip() in existing and not self.tab.prompts.confirm(
            self,
            self.tr("Save search"),
            self.tr("A saved search named “{name}” exists. Replace it?").format(name=name.strip()),
        ):
            return None
        draft = SavedSearchDraft(
            tab=self.tab.name,
            name=name.strip(),
            search=query.search,
            country=query.country,
            status=query.status,
            year=query.year,
        )
        saved: list[SavedSearch] = []
        guarded(self, self.tab.prompts, lambda: saved.append(self._service().save(draft)))
        return saved[0] if saved else None

    def rename(self, saved: SavedSearch) -> None:
        name = self.tab.prompts.ask_line(
            self, self.tr("Rename saved search"), self.tr("New name:"), saved.name
        )
        if name and name.strip() and name.strip() != saved.name:
            guarded(
                self,
                self.tab.prompts,
                lambda: self._service().rename(saved.uid, name, saved.version),
            )

    def delete(self, saved: SavedSearch) -> None:
        if self.tab.prompts.confirm(
            self,
            self.tr("Delete saved search"),
            self.tr("Delete the saved search “{name}” for everyone?").format(name=saved.name),
        ):
            guarded(self, self.tab.prompts, lambda: self._service().delete(saved.uid))

    # --- the menu ------------------------------------------------------------------------

    def _on_menu_about_to_show(self) -> None:
        menu = self.menu_
        menu.clear()
        searches = self.searches()
        for saved in searches:
            action = menu.addAction(saved.name.replace("&", "&&"))
            action.triggered.connect(lambda _c=False, s=saved: self.run(s))
        if not searches:
            empty = menu.addAction(self.tr("No saved searches yet"))
            empty.setEnabled(False)
        menu.addSeparator()
        save = menu.addAction(self.tr("&Save this search…"))
        save.triggered.connect(lambda _c=False: self.save_current())
        writable = not self.tab.read_only
        save.setEnabled(writable)
        rename_menu = menu.addMenu(self.tr("&Rename"))
        delete_menu = menu.addMenu(self.tr("&Delete"))
        for saved in searches:
            label = saved.name.replace("&", "&&")
            rename_menu.addAction(label).triggered.connect(lambda _c=False, s=saved: self.rename(s))
            delete_menu.addAction(label).triggered.connect(lambda _c=False, s=saved: self.delete(s))
        rename_menu.setEnabled(bool(searches) and writable)
        delete_menu.setEnabled(bool(searches) and writable)
