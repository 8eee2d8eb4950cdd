"""RecipientChoiceBox: who to write to — the selected rows or every row the current filter shows.

One box for every correspondence dialog, so the ways of choosing recipients stay the same
everywhere (a saved search is the next way in: one more radio button whose choice carries
that search's query).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QLabel, QRadioButton, QVBoxLayout, QWidget

from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.exchange import ListKind
from alliance_desktop.services.output.postal_recipients import RecipientChoice
from alliance_desktop.ui.enum_words import application_status_words, membership_status_words
from alliance_desktop.ui.formatting import country_text
from alliance_desktop.ui.language import Retranslating


class RecipientChoiceBox(Retranslating, QGroupBox):
    """Selected rows (when there are some) or the rows the filter shows, with their counts.

    ``choice()`` is what the services take; ``count()`` how many records it makes;
    ``choice_changed`` is emitted when the user picks the other way.
    """

    choice_changed = Signal()

    def __init__(
        self,
        kind: ListKind,
        *,
        selected: Sequence[str] = (),
        query: ListQuery | None = None,
        shown: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.selected = tuple(selected)
        self.query = query or ListQuery()
        self.shown = shown
        self.selected_radio = QRadioButton()
        self.filter_radio = QRadioButton()
        self.filter_note = QLabel()
        self.filter_note.setWordWrap(True)
        self.filter_note.setIndent(22)
        group = QButtonGroup(self)
        group.addButton(self.selected_radio)
        group.addButton(self.filter_radio)
        layout = QVBoxLayout(self)
        layout.addWidget(self.selected_radio)
        layout.addWidget(self.filter_radio)
        layout.addWidget(self.filter_note)
        self.selected_radio.setEnabled(bool(self.selected))
        (self.selected_radio if self.selected else self.filter_radio).setChecked(True)
        self.selected_radio.toggled.connect(self._on_selected_radio_toggled)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Recipients"))
        self.selected_radio.setText(
            self.tr("Selected rows (%n)", "", len(self.selected))
            if self.selected
            else self.tr("Selected rows (none selected)")
        )
        self.filter_radio.setText(self._filter_text())
        self.filter_note.setText(
            self.tr("Search and filters of the tab: {filter}").format(filter=self._filter_words())
            if self.query.filtered
            else self.tr("No search or filter: the whole list.")
        )

    def _filter_text(self) -> str:
        if self.kind is ListKind.SIGNATORIES:
            return self.tr("Every signatory the current filter shows (%n)", "", self.shown)
        if self.kind is ListKind.APPLICATIONS:
            return self.tr("Every application the current filter shows (%n)", "", self.shown)
        return self.tr("Every member the current filter shows (%n)", "", self.shown)

    def _filter_words(self) -> str:
        parts = []
        if self.query.search.strip():
            parts.append("“" + self.query.search.strip() + "”")
        if self.query.country:
            parts.append(country_text(self.query.country))
        if self.query.status:
            words = dict(membership_status_words() + application_status_words())
            parts.append(
                next((w for s, w in words.items() if s == self.query.status), self.query.status)
            )
        if self.query.year:
            parts.append(str(self.query.year))
        return ", ".join(p for p in parts if p)

    def choice(self) -> RecipientChoice:
        if self.selected_radio.isChecked() and self.selected:
            return RecipientChoice(self.kind, uids=self.selected)
        return RecipientChoice(self.kind, query=self.query)

    def count(self) -> int:
        return len(self.selected) if self.selected_radio.isChecked() else self.shown

    def _on_selected_radio_toggled(self, _checked: bool) -> None:
        self.choice_changed.emit()
