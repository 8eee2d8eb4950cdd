"""A country box you can type into: a code, an English or a French name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from alliance_desktop.domain.countries import COUNTRIES, country_name, parse_country
from alliance_desktop.domain.enums import Language
from alliance_desktop.domain.messages import current_language
from alliance_desktop.domain.text import fold
from alliance_desktop.ui.language import Retranslating


def _language() -> Language:
    """The names in the language the window speaks (the language loader chooses it)."""
    return Language.FR if current_language() == "fr" else Language.EN


class CountryBox(Retranslating, QComboBox):
    """Editable combo box over the Council of Europe states (and the Russian Federation, a
    former member that old records may name). ``code()`` is the ISO code; text it cannot read
    comes back as typed, so validation can say what is wrong with it. The names follow the
    language in use, also when it changes while the box is open; the country chosen stays."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(16)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        line = self.lineEdit()
        assert line is not None  # editable
        line.editingFinished.connect(self._on_line_editing_finished)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        line = self.lineEdit()
        assert line is not None  # editable
        line.setPlaceholderText(self.tr("Type a country or its code"))
        self.setToolTip(
            self.tr("Type a country's English or French name or its code (FR, DE, EL, UK…)")
        )
        self._fill(_language())

    def _fill(self, language: Language) -> None:
        """List the countries by their names in ``language``, keeping the one chosen (or the
        text typed that names none)."""
        chosen = self.code() if self.count() else ""
        self.blockSignals(True)
        self.clear()
        self.addItem("", "")
        for country in sorted(COUNTRIES.values(), key=lambda c: fold(c.name(language))):
            label = country.name(language)
            if not country.is_current_member:
                label = self.tr("{country} (former member)").format(country=label)
            self.addItem(label, country.code)
        self.set_code(chosen)
        self.blockSignals(False)

    def code(self) -> str:
        """The country code, or the text as typed when it names no country."""
        text = self.currentText().strip()
        if not text:
            return ""
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            return str(self.itemData(index))
        return parse_country(text) or text

    def set_code(self, code: str | None) -> None:
        code = code or ""
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)
        else:  # a code no list holds (an old import); show it so the user can correct it
            self.setCurrentIndex(-1)
            self.setEditText(code)

    def _on_line_editing_finished(self) -> None:
        code = parse_country(self.currentText())
        if code is not None and self.currentData() != code:
            self.set_code(code)


def country_label(code: str | None) -> str:
    return country_name(code, _language())
