"""RecipientsBox: who a letter or e-mail goes to, chosen the three ways a tab offers.

The rows selected in the tab, everything its search and filters show now, or a saved search
(run when the letters are made: today's records).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QButtonGroup, QComboBox, QGridLayout, QGroupBox, QRadioButton

from alliance_desktop.domain.correspondence import Audience
from alliance_desktop.services.correspondence.saved_searches import TAB_AUDIENCE, query_of
from alliance_desktop.services.correspondence.selection import matching_uids
from alliance_desktop.ui.formatting import number_text
from alliance_desktop.ui.language import Retranslating
from alliance_desktop.ui.service_errors import read_or

SELECTED, FILTER, SAVED = range(3)


class RecipientsBox(Retranslating, QGroupBox):
    """The recipients of a run over ``tab`` (a RecordTab); ``uids()`` lists them."""

    def __init__(self, tab: Any, services: Any, prompts: Any, given: list[str] | None = None):
        super().__init__()
        self.tab = tab
        self.services = services
        self.prompts = prompts
        self.audience: Audience = TAB_AUDIENCE[tab.name]
        # Chosen elsewhere (those an e-mail could not reach): they stand in for the selection.
        self.selected = list(given) if given is not None else list(tab.selected_uids())
        self.selected_radio = QRadioButton()
        self.filter_radio = QRadioButton()
        self.saved_radio = QRadioButton()
        self.saved_box = QComboBox()
        self.saved = read_or(self, prompts, lambda: services.saved_searches.list(tab.name), [])
        for saved in self.saved:
            self.saved_box.addItem(saved.name, saved.uid)
        self.group = QButtonGroup(self)
        for index, radio in enumerate((self.selected_radio, self.filter_radio, self.saved_radio)):
            self.group.addButton(radio, index)
        layout = QGridLayout(self)
        layout.addWidget(self.selected_radio, 0, 0, 1, 2)
        layout.addWidget(self.filter_radio, 1, 0, 1, 2)
        layout.addWidget(self.saved_radio, 2, 0)
        layout.addWidget(self.saved_box, 2, 1)
        layout.setColumnStretch(1, 1)
        self.selected_radio.setEnabled(bool(self.selected))
        self.saved_radio.setEnabled(bool(self.saved))
        self.saved_box.setEnabled(bool(self.saved))
        (self.selected_radio if self.selected else self.filter_radio).setChecked(True)
        self.saved_box.currentIndexChanged.connect(lambda _i: self.saved_radio.setChecked(True))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Recipients"))
        self.selected_radio.setText(
            self.tr("The &selected rows ({count})").format(count=number_text(len(self.selected)))
        )
        self.filter_radio.setText(
            self.tr("Everything the search and &filters show ({count})").format(
                count=number_text(self.tab.shown_count())
            )
        )
        self.saved_radio.setText(self.tr("A saved sea&rch:"))
        self.saved_box.setAccessibleName(self.tr("Saved search"))

    def choice(self) -> int:
        return self.group.checkedId()

    def uids(self) -> list[str]:
        """The recipients' uids now (a saved search or the filter runs again)."""
        choice = self.choice()
        if choice == SELECTED:
            return list(self.selected)
        if choice == FILTER:
            query = self.tab.current_query()
        else:
            saved = self.saved[self.saved_box.currentIndex()]
            query = query_of(saved.draft)
        found: list[str] = read_or(
            self,
            self.prompts,
            lambda: matching_uids(self.services.db, self.audience, query),
            [],
        )
        return found
