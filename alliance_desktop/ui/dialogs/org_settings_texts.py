"""The organisation settings' Texts and Signatures tabs: the certificate's wording in English
and French, and who signs it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.services.org_settings import MAX_SIGNATURES
from alliance_desktop.services.output.certificates import CertificateTexts, SignatureBlock
from alliance_desktop.ui.language import Retranslating

# (field stem, multi-line): each row has an English (stem_en) and a French (stem_fr) editor.
_PAIRED_FIELDS: tuple[tuple[str, bool], ...] = (
    ("organisation", False),
    ("body", False),
    ("heading", False),
    ("certify", False),
    ("signed", False),
    ("title", True),
    ("endorsement", True),
    ("commitments", True),
)


def _plain_text(edit: QPlainTextEdit) -> str:
    """The text as typed: toPlainText() would turn the French no-break spaces into spaces."""
    raw = edit.document().toRawText()
    return raw.replace("\u2029", "\n").replace("\u2028", "\n")


class TextsTab(Retranslating, QScrollArea):
    """One English and one French editor per text of the certificate, and the place of issue."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        page = QWidget()
        grid = QGridLayout(page)
        self.english_heading = QLabel()
        self.french_heading = QLabel()
        grid.addWidget(self.english_heading, 0, 1)
        grid.addWidget(self.french_heading, 0, 2)
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.labels: dict[str, QLabel] = {}
        row = commitments_row = 1
        for stem, multi_line in _PAIRED_FIELDS:
            label = self.labels[stem] = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 0)
            for column, language in ((1, "en"), (2, "fr")):
                edit: QLineEdit | QPlainTextEdit
                if multi_line:
                    edit = QPlainTextEdit()
                    edit.setTabChangesFocus(True)
                    lines = 5 if stem == "commitments" else 3
                    height = edit.fontMetrics().lineSpacing() * lines + 14
                    if stem == "commitments":
                        # The longest text: it takes the room the window gives.
                        edit.setMinimumHeight(height)
                        commitments_row = row
                    else:
                        edit.setFixedHeight(height)
                else:
                    edit = QLineEdit()
                grid.addWidget(edit, row, column)
                self.edits[f"{stem}_{language}"] = edit
            row += 1
        place_label = self.labels["place_of_issue"] = QLabel()
        place_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(place_label, row, 0)
        place = QLineEdit()
        grid.addWidget(place, row, 1)
        self.edits["place_of_issue"] = place
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(commitments_row, 1)
        self.setWidgetResizable(True)
        self.setWidget(page)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The labels anew; the texts typed stay."""
        self.english_heading.setText(self.tr("<b>English</b>"))
        self.french_heading.setText(self.tr("<b>French</b>"))
        words = {
            "organisation": self.tr("Organisation"),
            "body": self.tr("Body"),
            "heading": self.tr("Heading"),
            "certify": self.tr("Before the name"),
            "signed": self.tr("Before the title"),
            "title": self.tr("Title of the Declaration"),
            "endorsement": self.tr("Endorsement"),
            "commitments": self.tr("Commitments (one per line)"),
            "place_of_issue": self.tr("Place of issue"),
        }
        for key, text in words.items():
            self.labels[key].setText(text)
        self.edits["place_of_issue"].setAccessibleName(words["place_of_issue"])
        for stem, _multi_line in _PAIRED_FIELDS:
            for language, name in (("en", self.tr("English")), ("fr", self.tr("French"))):
                self.edits[f"{stem}_{language}"].setAccessibleName(
                    self.tr("{field} ({language})").format(field=words[stem], language=name)
                )

    def load(self, texts: CertificateTexts) -> None:
        for key, edit in self.edits.items():
            value = str(getattr(texts, key))
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText(value)
            else:
                edit.setText(value)
                edit.setCursorPosition(0)

    def values(self) -> dict[str, str]:
        """Each text as typed, keyed by its CertificateTexts field."""
        return {
            key: (_plain_text(edit) if isinstance(edit, QPlainTextEdit) else edit.text()).strip()
            for key, edit in self.edits.items()
        }


class SignaturesTab(Retranslating, QWidget):
    """The signature blocks from left to right: add, remove and reorder them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.note = note = QLabel()
        note.setWordWrap(True)
        layout.addWidget(note)
        row = QHBoxLayout()
        self.table = QTableWidget(0, 3)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        row.addWidget(self.table, 1)
        side = QVBoxLayout()
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        for button in (
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            side.addWidget(button)
        side.addStretch(1)
        row.addLayout(side)
        layout.addLayout(row, 1)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.note.setText(
            self.tr(
                "Who signs the certificate, from left to right (at most {count}). The name may "
                "stay empty for a signature by hand above the title."
            ).format(count=MAX_SIGNATURES)
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Title in English"), self.tr("Title in French")]
        )
        self.table.setAccessibleName(self.tr("Signatures"))
        self.add_button.setText(self.tr("&Add"))
        self.remove_button.setText(self.tr("&Remove"))
        self.up_button.setText(self.tr("Move &left"))
        self.down_button.setText(self.tr("Move ri&ght"))

    def load(self, blocks: tuple[SignatureBlock, ...]) -> None:
        self.table.setRowCount(0)
        for block in blocks:
            self.append(block)
        self._update_buttons()

    def blocks(self) -> tuple[SignatureBlock, ...]:
        """The rows that say anything, in order."""
        blocks = []
        for row in range(self.table.rowCount()):
            name, title_en, title_fr = (self._cell(row, column) for column in range(3))
            if name or title_en or title_fr:
                blocks.append(SignatureBlock(title_en=title_en, title_fr=title_fr, name=name))
        return tuple(blocks)

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def append(self, block: SignatureBlock) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in enumerate((block.name, block.title_en, block.title_fr)):
            self.table.setItem(row, column, QTableWidgetItem(value))

    def _update_buttons(self) -> None:
        count = self.table.rowCount()
        row = self.table.currentRow()
        selected = bool(self.table.selectedItems())
        self.add_button.setEnabled(count < MAX_SIGNATURES)
        self.remove_button.setEnabled(selected)
        self.up_button.setEnabled(selected and row > 0)
        self.down_button.setEnabled(selected and 0 <= row < count - 1)

    def _on_add_button_clicked(self) -> None:
        if self.table.rowCount() >= MAX_SIGNATURES:
            return
        self.append(SignatureBlock("", ""))
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)
        self._update_buttons()

    def _on_remove_button_clicked(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
        self._update_buttons()

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        for column in range(3):
            here = self.table.takeItem(row, column)
            there = self.table.takeItem(target, column)
            self.table.setItem(row, column, there)
            self.table.setItem(target, column, here)
        self.table.setCurrentCell(target, self.table.currentColumn())
        self._update_buttons()
