"""File → Labels and envelopes… and the same on each list's right-click menu and toolbar."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.services.correspondence.saved_searches import TAB_AUDIENCE, query_of
from alliance_desktop.services.correspondence.selection import matching_uids
from alliance_desktop.ui.actions.language_follower import LanguageFollower
from alliance_desktop.ui.actions.read_only_mode import mark_writing
from alliance_desktop.ui.service_errors import read_or

if TYPE_CHECKING:  # loaded when first opened: the dialog brings the exchange and ReportLab
    from alliance_desktop.ui.dialogs.labels_dialog import LabelsDialog

LISTS = ("members", "signatories", "applications")


class LabelActions(QObject):
    """Opens the labels dialog on the current tab's selected rows or current filter."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(window)
        self.action.setObjectName("labelsAction")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        # A run is recorded (audit, correspondence log): not on a read-only database.
        mark_writing(self.action)
        window.file_menu.insertAction(window.file_menu_end, self.action)
        for name in LISTS:
            window.add_tab_action(name, self.action)
        self.action.triggered.connect(self.open_labels)
        self.dialog: LabelsDialog | None = None
        self.retranslate_ui()
        LanguageFollower(window, self.retranslate_ui)

    def retranslate_ui(self) -> None:
        self.action.setText(self.tr("&Labels and envelopes…"))
        self.action.setStatusTip(
            self.tr("Address labels or envelopes for the selected rows or the current filter")
        )

    def open_labels(self) -> LabelsDialog:
        from alliance_desktop.exchange import ListKind
        from alliance_desktop.ui.dialogs.labels_dialog import LabelsDialog

        tab = self.window.current_record_tab()
        if tab is None:
            tab = self.window.record_tab(ListKind.MEMBERS.value)
        dialog = LabelsDialog(
            self.window.services,
            self.window.prompts,
            self.window.settings,
            ListKind(tab.name),
            selected=tab.selected_uids(),
            query=tab.current_query(),
            shown=tab.shown_count(),
            saved=self._saved_searches(tab.name),
            parent=self.window,
        )
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved_searches(self, tab_name: str) -> list[tuple[str, ListQuery, int]]:
        """The tab's saved searches with how many records each finds today."""
        services = self.window.services
        audience = TAB_AUDIENCE[tab_name]

        def found() -> list[tuple[str, ListQuery, int]]:
            searches = services.saved_searches.list(tab_name)
            queries = [(s.name, query_of(s.draft)) for s in searches]
            return [(n, q, len(matching_uids(services.db, audience, q))) for n, q in queries]

        saved: list[tuple[str, ListQuery, int]] = read_or(
            self.window, self.window.prompts, found, []
        )
        return saved


def install_label_actions(window: Any) -> LabelActions:
    """Add *Labels and envelopes…* to the File menu and to every list's menu and toolbar."""
    return LabelActions(window)
