"""The wizard's first pages: which file into which list, then how it is read (encoding,
delimiter) with a live preview."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.exchange import ListKind, ParsedTable
from alliance_desktop.exchange.encoding import ENCODING_NAMES, encoding_name
from alliance_desktop.ui.language import Retranslating
from alliance_desktop.ui.settings_keys import Key

if TYPE_CHECKING:
    from alliance_desktop.ui.dialogs.import_wizard.wizard import ImportWizard

PREVIEW_ROWS = 20
IMPORT_FOLDER = Key("import/folder", "")

_DELIMITERS = (",", ";", "\t")


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


class FilePage(Retranslating, QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.kind_combo = QComboBox()
        for kind in (ListKind.MEMBERS, ListKind.SIGNATORIES, ListKind.APPLICATIONS):
            self.kind_combo.addItem("", kind.value)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(wizard.kind.value))
        self.path_edit = QLineEdit()
        self.browse_button = QPushButton()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000")
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        self.kind_label = QLabel()
        self.kind_label.setBuddy(self.kind_combo)
        self.path_label = QLabel()
        self.path_label.setBuddy(self.path_edit)
        form = QFormLayout(self)
        form.addRow(self.kind_label, self.kind_combo)
        form.addRow(self.path_label, row)
        form.addRow(self.message)
        self.path_edit.textChanged.connect(self.completeChanged)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("A CSV or Excel (.xlsx) file whose first row names the columns."))
        for kind, text in (
            (ListKind.MEMBERS, self.tr("Members")),
            (ListKind.SIGNATORIES, self.tr("Signatories")),
            (ListKind.APPLICATIONS, self.tr("Applications (web form)")),
        ):
            self.kind_combo.setItemText(self.kind_combo.findData(kind.value), text)
        self.kind_combo.setAccessibleName(self.tr("List"))
        self.path_edit.setAccessibleName(self.tr("File"))
        self.browse_button.setText(self.tr("Choose…"))
        self.kind_label.setText(self.tr("Import into:"))
        self.path_label.setText(self.tr("File:"))

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def _on_browse_button_clicked(self) -> None:
        start = self.w.settings.get(IMPORT_FOLDER) or str(Path.home())
        path = self.w.choose_file(
            self,
            self.tr("Import from"),
            start,
            self.tr("Tables (*.csv *.xlsx *.txt *.tsv);;All files (*)"),
        )
        if path:
            self.path_edit.setText(path)

    def validatePage(self) -> bool:
        self.message.clear()
        self.w.kind = ListKind(self.kind_combo.currentData())
        self.w.path = Path(self.path_edit.text().strip()).expanduser()
        self.w.encoding = None
        self.w.delimiter = None
        try:
            table = self.w.read()
        except RefusedError as error:
            self.message.setText(str(error))
            return False
        self.w.settings.set(IMPORT_FOLDER, str(self.w.path.parent))
        if table.ambiguous and not self._ask_encoding(table):
            return False
        self.w.mapping = self.w.initial_mapping()
        return True

    def _ask_encoding(self, table: ParsedTable) -> bool:
        """The text reads differently in several encodings: the user picks the right words."""
        candidates = table.encoding_candidates
        labels = [f"{c.name}: {c.sample}" for c in candidates]
        index = self.w.prompts.choose(
            self,
            self.tr("Which is right?"),
            self.tr(
                "The file can be read in several ways. Choose the one whose names are spelt "
                "correctly:"
            ),
            labels,
        )
        if index is None:
            return False
        self.w.encoding = candidates[index].encoding
        try:
            self.w.read()
        except RefusedError as error:
            self.message.setText(str(error))
            return False
        return True


class FormatPage(Retranslating, QWizardPage):
    """Detected encoding and delimiter, changeable, with a live preview of the first rows."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.encoding_combo = QComboBox()
        for code, name in ENCODING_NAMES.items():
            self.encoding_combo.addItem(name, code)
        self.delimiter_combo = QComboBox()
        for code in _DELIMITERS:
            self.delimiter_combo.addItem("", code)
        self.info = QLabel()
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.encoding_label = QLabel()
        self.encoding_label.setBuddy(self.encoding_combo)
        self.delimiter_label = QLabel()
        self.delimiter_label.setBuddy(self.delimiter_combo)
        form = QFormLayout()
        form.addRow(self.encoding_label, self.encoding_combo)
        form.addRow(self.delimiter_label, self.delimiter_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addWidget(self.preview, 1)
        self.encoding_combo.activated.connect(self._on_encoding_combo_activated)
        self.delimiter_combo.activated.connect(self._on_delimiter_combo_activated)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("How the file is read"))
        self.setSubTitle(self.tr("Check that names look right; change the reading if they don't."))
        self.encoding_combo.setAccessibleName(self.tr("Encoding"))
        for code, text in (
            (",", self.tr("Comma ,")),
            (";", self.tr("Semicolon ;")),
            ("\t", self.tr("Tab")),
        ):
            self.delimiter_combo.setItemText(self.delimiter_combo.findData(code), text)
        self.delimiter_combo.setAccessibleName(self.tr("Delimiter"))
        self.preview.setAccessibleName(self.tr("Preview"))
        self.encoding_label.setText(self.tr("Encoding:"))
        self.delimiter_label.setText(self.tr("Delimiter:"))
        if self.w.table is not None:
            self._show_info(self.w.table)

    def initializePage(self) -> None:
        table = self.w.table
        assert table is not None
        is_csv = table.format == "csv"
        self.encoding_combo.setEnabled(is_csv)
        self.delimiter_combo.setEnabled(is_csv)
        if is_csv and table.encoding:
            index = self.encoding_combo.findData(table.encoding)
            if index < 0:
                self.encoding_combo.addItem(encoding_name(table.encoding), table.encoding)
                index = self.encoding_combo.count() - 1
            self.encoding_combo.setCurrentIndex(index)
        if is_csv and table.delimiter:
            self.delimiter_combo.setCurrentIndex(self.delimiter_combo.findData(table.delimiter))
        self.show_preview()

    def show_preview(self) -> None:
        table = self.w.table
        assert table is not None
        self._show_info(table)
        rows = table.rows[:PREVIEW_ROWS]
        self.preview.clear()
        self.preview.setColumnCount(len(table.headers))
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels(list(table.headers))
        self.preview.setVerticalHeaderLabels([str(n) for n in table.row_numbers[:PREVIEW_ROWS]])
        for r, cells in enumerate(rows):
            for c, value in enumerate(cells[: len(table.headers)]):
                self.preview.setItem(r, c, QTableWidgetItem(cell_text(value)))
        self.preview.resizeColumnsToContents()

    def _show_info(self, table: ParsedTable) -> None:
        rows = len(table)
        if table.format == "xlsx":
            text = (
                self.tr("Excel workbook, sheet “%1”: 1 row")
                if rows == 1
                else self.tr("Excel workbook, sheet “%1”: %n rows", "", rows)
            )
            self.info.setText(text.replace("%1", table.sheet or ""))
        else:
            self.info.setText(self.tr("1 row") if rows == 1 else self.tr("%n rows", "", rows))

    def _reread(self) -> None:
        try:
            self.w.read()
        except RefusedError as error:
            self.w.prompts.error(self, self.tr("Import"), str(error))
            return
        self.w.mapping = self.w.initial_mapping()
        self.show_preview()

    def _on_encoding_combo_activated(self, index: int) -> None:
        self.w.encoding = str(self.encoding_combo.itemData(index))
        self._reread()

    def _on_delimiter_combo_activated(self, index: int) -> None:
        self.w.delimiter = str(self.delimiter_combo.itemData(index))
        self._reread()
