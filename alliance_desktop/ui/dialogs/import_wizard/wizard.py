"""ImportWizard: file → encoding and delimiter with a live preview → column mapping → check →
duplicates and links → import in the background → summary."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from alliance_desktop.domain.errors import Cancelled, RefusedError
from alliance_desktop.exchange import (
    COLUMNS,
    ColumnKind,
    ColumnMatch,
    ImportData,
    ListKind,
    ParsedTable,
    convert_rows,
    header_key,
    match_columns,
    read_table,
)
from alliance_desktop.exchange.encoding import ENCODING_NAMES, encoding_name
from alliance_desktop.services.imports.service import (
    DuplicateChoice,
    ImportPlan,
    ImportService,
    ImportSummary,
    RowAction,
)
from alliance_desktop.ui.background_task import BackgroundTask, run_in_background
from alliance_desktop.ui.settings_keys import Key, Settings
from alliance_desktop.ui.widgets.date_field import DateField

PREVIEW_ROWS = 20
IMPORT_FOLDER = Key("import/folder", "")


def mapping_key(kind: ListKind) -> Key:
    """The user's column mapping of a list: header key → column key ("" = ignored), as JSON."""
    return Key(f"import/{kind.value}/mapping", "{}")


FileChooser = Callable[[QWidget, str, str, str], str]


def choose_open_file(parent: QWidget, title: str, start: str, filters: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, start, filters)
    return str(path)


_DELIMITERS = ((",", "Comma ,"), (";", "Semicolon ;"), ("\t", "Tab"))


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


class ImportWizard(QWizard):
    """One import of one list; the wizard's pages share its state (table, mapping, plan).

    ``task`` is the running import (tests wait on its signals); ``imported`` is emitted with
    the ImportSummary once the transaction is committed.
    """

    imported = Signal(object)

    FILE, FORMAT, MAPPING, CHECK, CHOICES, CONFIRM, SUMMARY = range(7)

    def __init__(
        self,
        services: Any,
        prompts: Any,
        settings: Settings,
        kind: ListKind = ListKind.MEMBERS,
        *,
        choose_file: FileChooser = choose_open_file,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts
        self.settings = settings
        self.kind = kind
        self.choose_file = choose_file
        self.service = ImportService(services)
        self.path: Path | None = None
        self.table: ParsedTable | None = None
        self.encoding: str | None = None
        self.delimiter: str | None = None
        self.mapping: dict[int, str] = {}
        # A required date the file has no column for, given once for every row
        # (a list of members without their joining dates).
        self.same_for_all: dict[str, dt.date] = {}
        self.plan: ImportPlan | None = None
        self.summary: ImportSummary | None = None
        self.task: BackgroundTask | None = None
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.format_page = FormatPage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.choices_page = ChoicesPage(self)
        self.confirm_page = ConfirmPage(self)
        self.summary_page = SummaryPage(self)
        for page_id, page in enumerate(
            (
                self.file_page,
                self.format_page,
                self.mapping_page,
                self.check_page,
                self.choices_page,
                self.confirm_page,
                self.summary_page,
            )
        ):
            self.setPage(page_id, page)
        self.resize(820, 560)

    @property
    def columns(self) -> tuple[Any, ...]:
        return COLUMNS[self.kind]

    def read(self) -> ParsedTable:
        """(Re)read the file with the chosen encoding and delimiter; raises FileRefused."""
        assert self.path is not None
        self.table = read_table(self.path, encoding=self.encoding, delimiter=self.delimiter)
        return self.table

    def import_data(self) -> ImportData:
        assert self.table is not None
        match = ColumnMatch(dict(self.mapping), headers=self.table.headers)
        rows, errors = convert_rows(self.table, self.columns, match)
        data = ImportData(self.table, match, rows, errors)
        return data.with_values_for_every_row(self.same_for_all)

    # --- remembered mapping ---------------------------------------------------------------

    def remembered_mapping(self) -> dict[str, str]:
        try:
            value = json.loads(self.settings.get(mapping_key(self.kind)) or "{}")
        except ValueError:
            return {}
        return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}

    def remember_mapping(self) -> None:
        assert self.table is not None
        stored = self.remembered_mapping()
        for index, header in enumerate(self.table.headers):
            if header.strip():
                stored[header_key(header)] = self.mapping.get(index, "")
        self.settings.set(mapping_key(self.kind), json.dumps(stored, ensure_ascii=False))

    def initial_mapping(self) -> dict[int, str]:
        """Matched from the headers, then corrected by what the user chose last time."""
        assert self.table is not None
        mapping = dict(match_columns(self.table.headers, self.columns).mapping)
        remembered = self.remembered_mapping()
        known = {c.key for c in self.columns}
        for index, header in enumerate(self.table.headers):
            key = remembered.get(header_key(header)) if header.strip() else None
            if key is None:
                continue
            if key == "":
                mapping.pop(index, None)
            elif key in known:
                for other, taken in list(mapping.items()):
                    if taken == key and other != index:
                        del mapping[other]
                mapping[index] = key
        return mapping

    # --- running --------------------------------------------------------------------------

    def start_import(self) -> None:
        plan = self.plan
        assert plan is not None
        choices = self.choices_page.choices()
        links = self.choices_page.links()
        service = self.service
        self.task = run_in_background(
            self,
            self.tr("Importing"),
            lambda progress: service.apply(plan, choices, links=links, progress=progress),
            self._on_import_done,
            label=self.tr("Importing %s…") % (self.path.name if self.path else ""),
        )

    def _on_import_done(self, summary: ImportSummary | None, error: BaseException | None) -> None:
        self.task = None
        if error is None and summary is not None:
            self.summary = summary
            self.imported.emit(summary)
            self.next()
            return
        if isinstance(error, Cancelled):
            self.prompts.info(
                self,
                self.tr("Import"),
                self.tr("Import cancelled. The database is as it was before."),
            )
        else:
            self.prompts.error(
                self,
                self.tr("Import"),
                self.tr("Nothing was imported.") + "\n\n" + str(error),
            )
        self.confirm_page.set_busy(False)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("A CSV or Excel (.xlsx) file whose first row names the columns."))
        self.kind_combo = QComboBox()
        for kind, text in (
            (ListKind.MEMBERS, self.tr("Members")),
            (ListKind.SIGNATORIES, self.tr("Signatories")),
            (ListKind.APPLICATIONS, self.tr("Applications (web form)")),
        ):
            self.kind_combo.addItem(text, kind.value)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(wizard.kind.value))
        self.kind_combo.setAccessibleName(self.tr("List"))
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("File"))
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000")
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        form = QFormLayout(self)
        form.addRow(self.tr("Import into:"), self.kind_combo)
        form.addRow(self.tr("File:"), row)
        form.addRow(self.message)
        self.path_edit.textChanged.connect(self.completeChanged)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)

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


class FormatPage(QWizardPage):
    """Detected encoding and delimiter, changeable, with a live preview of the first rows."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("How the file is read"))
        self.setSubTitle(self.tr("Check that names look right; change the reading if they don't."))
        self.encoding_combo = QComboBox()
        for code, name in ENCODING_NAMES.items():
            self.encoding_combo.addItem(name, code)
        self.encoding_combo.setAccessibleName(self.tr("Encoding"))
        self.delimiter_combo = QComboBox()
        for code, name in _DELIMITERS:
            self.delimiter_combo.addItem(self.tr(name), code)
        self.delimiter_combo.setAccessibleName(self.tr("Delimiter"))
        self.info = QLabel()
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setAccessibleName(self.tr("Preview"))
        form = QFormLayout()
        form.addRow(self.tr("Encoding:"), self.encoding_combo)
        form.addRow(self.tr("Delimiter:"), self.delimiter_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addWidget(self.preview, 1)
        self.encoding_combo.activated.connect(self._on_encoding_combo_activated)
        self.delimiter_combo.activated.connect(self._on_delimiter_combo_activated)

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
        if table.format == "xlsx":
            self.info.setText(
                self.tr("Excel workbook, sheet “%1”: %n rows", "", len(table)).replace(
                    "%1", table.sheet or ""
                )
            )
        else:
            self.info.setText(self.tr("%n rows", "", len(table)))
        rows = table.rows[:PREVIEW_ROWS]
        self.preview.clear()
        self.preview.setColumnCount(len(table.headers))
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels(list(table.headers))
        self.preview.setVerticalHeaderLabels([str(n) for n in table.row_numbers[:PREVIEW_ROWS]])
        for r, cells in enumerate(rows):
            for c, value in enumerate(cells[: len(table.headers)]):
                self.preview.setItem(r, c, QTableWidgetItem(_cell_text(value)))
        self.preview.resizeColumnsToContents()

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


class MappingPage(QWizardPage):
    """Each column of the file and the field it fills; remembered for the next import."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Which field each column of the file fills."))
        self.grid = QTableWidget(0, 3)
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First value"), self.tr("Field")]
        )
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.grid.setAccessibleName(self.tr("Column mapping"))
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #a40000")
        self.combos: list[QComboBox] = []
        # One date for every row, for each required date the file has no column for.
        self.same_dates: dict[str, DateField] = {}
        self.same_box = QWidget()
        self.same_form = QFormLayout(self.same_box)
        self.same_form.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.same_box)
        layout.addWidget(self.missing)

    def initializePage(self) -> None:
        table = self.w.table
        assert table is not None
        self.combos = []
        for field in self.same_dates.values():  # another file or list: ask again
            self.same_form.removeRow(field)
        self.same_dates.clear()
        self.w.same_for_all.clear()
        self.grid.setRowCount(len(table.headers))
        first = table.rows[0] if table.rows else ()
        for index, header in enumerate(table.headers):
            self.grid.setItem(index, 0, QTableWidgetItem(header))
            sample = _cell_text(first[index]) if index < len(first) else ""
            self.grid.setItem(index, 1, QTableWidgetItem(sample))
            combo = QComboBox()
            combo.addItem(self.tr("— not imported —"), "")
            for column in self.w.columns:
                combo.addItem(f"{column.title_en} ({column.key})", column.key)
            combo.setCurrentIndex(max(combo.findData(self.w.mapping.get(index, "")), 0))
            combo.setAccessibleName(self.tr("Field for column %s") % header)
            combo.currentIndexChanged.connect(lambda _=0, i=index: self._on_combo_changed(i))
            self.grid.setCellWidget(index, 2, combo)
            self.combos.append(combo)
        self._show_missing()

    def set_field(self, index: int, key: str) -> None:
        """Choose the field of the file's column ``index`` ("" to ignore it)."""
        self.combos[index].setCurrentIndex(max(self.combos[index].findData(key), 0))

    def _on_combo_changed(self, index: int) -> None:
        key = str(self.combos[index].currentData())
        if key:
            # One column per field: a field chosen here is taken from any other column.
            for other, combo in enumerate(self.combos):
                if other != index and combo.currentData() == key:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
                    self.w.mapping.pop(other, None)
            self.w.mapping[index] = key
        else:
            self.w.mapping.pop(index, None)
        self._show_missing()

    def missing_columns(self) -> list[str]:
        taken = set(self.w.mapping.values()) | set(self.w.same_for_all)
        return [c.key for c in self.w.columns if c.required and c.key not in taken]

    def _show_missing(self) -> None:
        self._offer_same_dates()
        self._update_missing()

    def _update_missing(self) -> None:
        missing = self.missing_columns()
        titles = [self._title(key) for key in missing]
        self.missing.setText(self.tr("Still needed: %s") % ", ".join(titles) if missing else "")
        self.completeChanged.emit()

    def _title(self, key: str) -> str:
        return next((f"{c.title_en} ({c.key})" for c in self.w.columns if c.key == key), key)

    def _offer_same_dates(self) -> None:
        """A date field for each required date no column fills; it fills every row."""
        taken = set(self.w.mapping.values())
        wanted = [
            c.key
            for c in self.w.columns
            if c.required and c.kind is ColumnKind.DATE and c.key not in taken
        ]
        for key in list(self.same_dates):
            if key not in wanted:
                self.same_form.removeRow(self.same_dates.pop(key))
                self.w.same_for_all.pop(key, None)
        for key in wanted:
            if key in self.same_dates:
                continue
            field = DateField(self.same_box, optional=True)  # chosen, never assumed
            field.setAccessibleName(self.tr("%s for every row") % self._title(key))
            field.changed.connect(lambda k=key, f=field: self._on_same_date_changed(k, f))
            self.same_dates[key] = field
            self.same_form.addRow(
                self.tr("No column gives %s; the same for every row:") % self._title(key), field
            )
            self._on_same_date_changed(key, field)
        self.same_box.setVisible(bool(self.same_dates))

    def _on_same_date_changed(self, key: str, field: DateField) -> None:
        value = field.value()
        if value is None:
            self.w.same_for_all.pop(key, None)
        else:
            self.w.same_for_all[key] = value
        self._update_missing()

    def isComplete(self) -> bool:
        return not self.missing_columns()

    def validatePage(self) -> bool:
        self.w.remember_mapping()
        return True


class CheckPage(QWizardPage):
    """Every row converted and validated: what would happen, and every problem by row."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check"))
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Problems"))
        self.save_button = QPushButton(self.tr("Save the report…"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.save_button.clicked.connect(self._on_save_button_clicked)

    def initializePage(self) -> None:
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            assert self.w.path is not None
            self.w.plan = self.w.service.plan(self.w.kind, self.w.import_data(), self.w.path.name)
        finally:
            self.unsetCursor()
        plan = self.w.plan
        added = plan.count(RowAction.ADD) + plan.count(RowAction.LINK)
        text = self.tr("%n rows read.", "", plan.total_rows) + " "
        if plan.ok:
            self.setSubTitle(self.tr("Every row can be imported."))
            text += self.tr(
                "To add: %1 · to update: %2 · unchanged: %3 · look like records already there: %4"
            )
            text = (
                text.replace("%1", str(added))
                .replace("%2", str(plan.count(RowAction.UPDATE)))
                .replace("%3", str(plan.count(RowAction.UNCHANGED)))
                .replace("%4", str(len(plan.duplicates)))
            )
            self.report.setPlainText("")
        else:
            self.setSubTitle(
                self.tr("Nothing can be imported until these problems are corrected in the file.")
            )
            text += self.tr("%n problems:", "", len(plan.errors))
            self.report.setPlainText(plan.report())
        self.counts.setText(text)
        self.report.setVisible(not plan.ok)
        self.save_button.setVisible(not plan.ok)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.plan is not None and self.w.plan.ok

    def nextId(self) -> int:
        plan = self.w.plan
        if plan is not None and not plan.duplicates and not plan.matches:
            return ImportWizard.CONFIRM
        return ImportWizard.CHOICES

    def save_report(self, path: Path) -> None:
        assert self.w.plan is not None
        source = self.w.path.name if self.w.path else ""
        path.write_text(
            f"{source}\n\n{self.w.plan.report()}\n", encoding="utf-8-sig", newline="\r\n"
        )

    def _on_save_button_clicked(self) -> None:
        start = str(self.w.path.with_suffix(".problems.txt")) if self.w.path else ""
        chosen = self.w.choose_file(
            self, self.tr("Save the report"), start, self.tr("Text files (*.txt)")
        )
        if chosen:
            try:
                self.save_report(Path(chosen))
            except OSError as error:
                self.w.prompts.error(self, self.tr("Save the report"), str(error))


class ChoicesPage(QWizardPage):
    """Duplicates (skip or update) and, for applications, links to existing authorities."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Already in the register?"))
        self.setSubTitle(
            self.tr("These rows look like records already there, or like other rows of the file.")
        )
        self.grid = QTableWidget(0, 3)
        self.grid.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Looks like"), self.tr("Do")])
        self.grid.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.grid.setAccessibleName(self.tr("Duplicates"))
        self.skip_all = QPushButton(self.tr("Skip all"))
        self.update_all = QPushButton(self.tr("Update all"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_all)
        buttons.addWidget(self.update_all)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid, 1)
        layout.addLayout(buttons)
        self.duplicate_combos: dict[int, QComboBox] = {}
        self.link_combos: dict[int, QComboBox] = {}
        self.skip_all.clicked.connect(lambda: self._set_all(DuplicateChoice.SKIP))
        self.update_all.clicked.connect(lambda: self._set_all(DuplicateChoice.UPDATE))

    def initializePage(self) -> None:
        plan = self.w.plan
        assert plan is not None
        self.duplicate_combos = {}
        self.link_combos = {}
        self.grid.setRowCount(len(plan.duplicates) + len(plan.matches))
        line = 0
        for duplicate in plan.duplicates:
            what = (
                self.tr("row %s of the file") % duplicate.of_row
                if duplicate.of_row is not None
                else duplicate.existing_label
            )
            self.grid.setItem(line, 0, QTableWidgetItem(f"{duplicate.row}: {duplicate.label}"))
            self.grid.setItem(line, 1, QTableWidgetItem(what))
            combo = QComboBox()
            combo.addItem(self.tr("Skip this row"), DuplicateChoice.SKIP.value)
            combo.addItem(
                self.tr("Use this row instead")
                if duplicate.of_row is not None
                else self.tr("Update the record"),
                DuplicateChoice.UPDATE.value,
            )
            combo.setAccessibleName(self.tr("Choice for row %s") % duplicate.row)
            self.grid.setCellWidget(line, 2, combo)
            self.duplicate_combos[duplicate.row] = combo
            line += 1
        labels = {r.row: r.label for r in plan.rows}
        for row, matches in sorted(plan.matches.items()):
            self.grid.setItem(line, 0, QTableWidgetItem(f"{row}: {labels.get(row, '')}"))
            self.grid.setItem(
                line,
                1,
                QTableWidgetItem(", ".join(f"{m.label} ({m.country_code})" for m in matches)),
            )
            combo = QComboBox()
            combo.addItem(self.tr("Do not link"), "")
            for match in matches:
                combo.addItem(self.tr("Link to %s") % match.label, match.uid)
            combo.setAccessibleName(self.tr("Link for row %s") % row)
            self.grid.setCellWidget(line, 2, combo)
            self.link_combos[row] = combo
            line += 1
        self.grid.resizeColumnToContents(0)
        self.skip_all.setEnabled(bool(self.duplicate_combos))
        self.update_all.setEnabled(bool(self.duplicate_combos))

    def _set_all(self, choice: DuplicateChoice) -> None:
        for combo in self.duplicate_combos.values():
            combo.setCurrentIndex(combo.findData(choice.value))

    def choices(self) -> dict[int, DuplicateChoice]:
        return {row: DuplicateChoice(c.currentData()) for row, c in self.duplicate_combos.items()}

    def links(self) -> dict[int, str]:
        return {row: str(c.currentData()) for row, c in self.link_combos.items() if c.currentData()}


class ConfirmPage(QWizardPage):
    """The last look before writing; Import runs in the background with progress and Cancel."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Import"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self._busy = False

    def initializePage(self) -> None:
        plan = self.w.plan
        assert plan is not None
        choices = self.w.choices_page.choices()
        updating = sum(1 for c in choices.values() if c is DuplicateChoice.UPDATE)
        added = plan.count(RowAction.ADD) + plan.count(RowAction.LINK)
        text = self.tr(
            "%1 records will be added and %2 updated; %3 rows are skipped and %4 are unchanged."
        )
        text = (
            text.replace("%1", str(added))
            .replace("%2", str(plan.count(RowAction.UPDATE) + updating))
            .replace("%3", str(len(choices) - updating))
            .replace("%4", str(plan.count(RowAction.UNCHANGED)))
        )
        text += "\n\n" + self.tr(
            "A backup of the database is made first. The whole file is imported at once: "
            "if anything fails, or you press Cancel, nothing is changed."
        )
        self.text.setText(text)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.w.button(QWizard.WizardButton.CommitButton).setEnabled(not busy)
        self.w.button(QWizard.WizardButton.CancelButton).setEnabled(not busy)

    def validatePage(self) -> bool:
        if self.w.summary is not None:
            return True
        if not self._busy:
            self.set_busy(True)
            self.w.start_import()
        return False


class SummaryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Done"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def initializePage(self) -> None:
        summary = self.w.summary
        assert summary is not None
        text = self.tr("%1 added, %2 updated, %3 skipped, %4 unchanged.")
        text = (
            text.replace("%1", str(summary.added))
            .replace("%2", str(summary.updated))
            .replace("%3", str(summary.skipped))
            .replace("%4", str(summary.unchanged))
        )
        if summary.linked:
            text += " " + self.tr("%n linked to authorities already there.", "", summary.linked)
        backup = getattr(summary.backup, "path", summary.backup)
        if backup:
            text += "\n\n" + self.tr("Backup made before the import: %s") % backup
        self.text.setText(text)
