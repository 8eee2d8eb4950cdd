"""A whole-number field that may be left empty (populations, estimates)."""

from __future__ import annotations

import re

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from alliance_desktop.ui.language import Retranslating

# Digits with the group separators people type: spaces, narrow spaces, dots, commas, apostrophes.
_ALLOWED = "[0-9][0-9 \u00a0\u202f.,']*"
_SEPARATORS = re.compile(r"[ \u00a0\u202f.,']")


class NumberField(Retranslating, QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(_ALLOWED), self))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setPlaceholderText(self.tr("unknown"))

    def value(self) -> int | None:
        digits = _SEPARATORS.sub("", self.text())
        return int(digits) if digits else None

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else f"{value:,}".replace(",", "\u202f"))
