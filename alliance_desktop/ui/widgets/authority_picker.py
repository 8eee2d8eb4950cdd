"""A field to find an existing authority by any of its names and link it (or leave none)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QToolButton, QWidget

from alliance_desktop.domain.records import AuthorityRecord
from alliance_desktop.ui.language import Retranslating
from alliance_desktop.ui.widgets.country_box import country_label

_UID_ROLE = Qt.ItemDataRole.UserRole + 1

Search = Callable[[str], list[AuthorityRecord]]


def authority_text(record: AuthorityRecord) -> str:
    return f"{record.display_name}, {country_label(record.draft.country_code)}"


class AuthorityPicker(Retranslating, QWidget):
    """Type part of a name (any script, accents optional); pick from the list that opens.

    ``record()`` is the linked authority, or None. Editing the text after a pick drops the
    link, so what the field shows is always what will be saved.
    """

    authority_changed = Signal()

    def __init__(self, search: Search, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._record: AuthorityRecord | None = None
        self._found: dict[str, AuthorityRecord] = {}
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        # The service already matched accent- and script-insensitively; show its answer as is.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.completer.setWidget(self.edit)
        self.completer.activated[QModelIndex].connect(  # type: ignore[index]
            self._on_completer_activated
        )
        self.edit.textEdited.connect(self._on_edit_text_edited)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit, 1)
        self.find_button = QToolButton(self)
        self.find_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.find_button.clicked.connect(self._on_find_button_clicked)
        layout.addWidget(self.find_button)
        self.setFocusProxy(self.edit)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.edit.setPlaceholderText(self.tr("Type to search the register; empty for none"))
        self.find_button.setText(self.tr("Find"))
        self.find_button.setToolTip(self.tr("List the authorities matching the text"))
        self.find_button.setAccessibleName(self.tr("Find authorities"))
        if self._record is not None:  # the country's name in the language now in use
            self.edit.setText(authority_text(self._record))
            self.edit.setCursorPosition(0)

    def record(self) -> AuthorityRecord | None:
        return self._record

    def uid(self) -> str | None:
        return self._record.uid if self._record is not None else None

    def text(self) -> str:
        return self.edit.text()

    def set_record(self, record: AuthorityRecord | None) -> None:
        changed = (record.uid if record else None) != self.uid()
        self._record = record
        self.edit.setText(authority_text(record) if record is not None else "")
        self.edit.setCursorPosition(0)
        if changed:
            self.authority_changed.emit()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def search_for(self, text: str) -> list[AuthorityRecord]:
        """Fill the list with the authorities matching ``text`` and return them."""
        found = self._search(text) if text.strip() else []
        self.model.clear()
        self._found = {}
        for record in found:
            item = QStandardItem(authority_text(record))
            item.setData(record.uid, _UID_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
            self._found[record.uid] = record
        return found

    def _on_edit_text_edited(self, text: str) -> None:
        if self._record is not None:
            self._record = None
            self.authority_changed.emit()
        if self.search_for(text):
            self.completer.complete()

    def _on_find_button_clicked(self) -> None:
        text = self.edit.text() if self._record is None else self._record.draft.name
        if self.search_for(text):
            self.completer.complete()
        self.edit.setFocus()

    def _on_completer_activated(self, index: QModelIndex) -> None:
        record = self._found.get(str(index.data(_UID_ROLE)))
        if record is not None:
            self.set_record(record)
