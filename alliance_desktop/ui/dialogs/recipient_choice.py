"""RecipientChoiceBox: who labels go to — the selected rows, the current filter or a saved search.

A saved search's choice carries that search's query, run again when the labels are printed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.exchange import ListKind
from alliance_desktop.services.output.postal_recipients import RecipientChoice
from alliance_desktop.ui.enum_words import application_status_words, membership_status_words
from alliance_desktop.ui.formatting import country_text, number_text
from alliance_desktop.ui.language import Retranslating


class RecipientChoiceBox(Retranslating, QGroupBox):
    """Selected rows (when there are some), the rows the filter shows, or a saved search
    (``saved``: its name, query and how many records it finds today), with their counts.

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
        saved: Sequence[tuple[str, ListQuery, int]] = (),
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
        self.saved = tuple(saved)
        self.saved_radio = QRadioButton()
        self.saved_box = QComboBox()
        for name, _query, count in self.saved:
            self.saved_box.addItem(f"{name} ({number_text(count)})")
        group = QButtonGroup(self)
        group.addButton(self.selected_radio)
        group.addButton(self.filter_radio)
        group.addButton(self.saved_radio)
        layout = QVBoxLayout(self)
        layout.addWidget(self.selected_radio)
        layout.addWidget(self.filter_radio)
        layout.addWidget(self.filter_note)
        saved_row = QHBoxLayout()
        saved_row.addWidget(self.saved_radio)
        saved_row.addWidget(self.saved_box, 1)
        layout.addLayout(saved_row)
        self.selected_radio.setEnabled(bool(self.selected))
        self.saved_radio.setEnabled(bool(self.saved))
        self.saved_box.setEnabled(bool(self.saved))
        (self.selected_radio if self.selected else self.filter_radio).setChecked(True)
        self.selected_radio.toggled.connect(self._on_selected_radio_toggled)
        self.saved_radio.toggled.connect(self._on_selected_radio_toggled)
        self.saved_box.currentIndexChanged.connect(self._on_saved_box_current_index_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Recipients"))
        self.selected_radio.setText(
            self.tr("Selected rows (%n)", "", len(self.selected))
            if self.selected
            else self.tr("Selected rows (none selected)")
        )
        self.filter_radio.setText(self._filter_text())
        self.saved_radio.setText(
            self.tr("A saved sea&rch:") if self.saved else self.tr("A saved search (none saved)")
        )
        self.saved_box.setAccessibleName(self.tr("Saved search"))
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
        if self.saved_radio.isChecked() and self.saved:
            # Run when printed: the records the saved search finds then.
            return RecipientChoice(self.kind, query=self.saved[self.saved_box.currentIndex()][1])
        return RecipientChoice(self.kind, query=self.query)

    def count(self) -> int:
        if self.selected_radio.isChecked():
            return len(self.selected)
        if self.saved_radio.isChecked() and self.saved:
            return self.saved[self.saved_box.currentIndex()][2]
        return self.shown

    def _on_saved_box_current_index_changed(self, _index: int) -> None:
        if self.saved_radio.isChecked():
            self.choice_changed.emit()
        else:
            self.saved_radio.setChecked(True)  # choosing a search means printing it

    def _on_selected_radio_toggled(self, _checked: bool) -> None:
        self.choice_changed.emit()
