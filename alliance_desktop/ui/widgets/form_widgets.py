"""Small form widgets the record dialogs share: multi-line notes, enum combo boxes."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import TypeVar

from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

E = TypeVar("E", bound=Enum)


class NotesEdit(QPlainTextEdit):
    """Multi-line text where Tab moves to the next field, as in the rest of the form."""

    def __init__(self, lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        margin = 2 * int(self.document().documentMargin()) + 6
        height = self.fontMetrics().lineSpacing() * lines + margin
        self.setFixedHeight(height)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.setPlainText(text)


class EnumBox(QComboBox):
    """A combo box over an enumeration's members, each shown in words."""

    def __init__(self, items: Iterable[tuple[Enum, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for member, words in items:
            self.addItem(words, member.value)

    def value(self, enum: type[E]) -> E:
        return enum(self.currentData())

    def set_value(self, member: Enum) -> None:
        index = self.findData(member.value)
        if index >= 0:
            self.setCurrentIndex(index)
