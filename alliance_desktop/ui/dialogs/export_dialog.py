"""ExportDialog: format, rows, columns, header row, delimiter and language of an export, written
off the GUI thread with progress and Cancel."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.enums import Language
from alliance_desktop.domain.errors import Cancelled, RefusedError
from alliance_desktop.domain.messages import current_language
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.exchange import ListKind
from alliance_desktop.services.output.exports import (
    ExportFormat,
    ExportRequest,
    ExportResult,
    ExportService,
)
from alliance_desktop.ui.background_task import BackgroundTask, run_in_background
from alliance_desktop.ui.language import Retranslating
from alliance_desktop.ui.settings_keys import EXPORT_FOLDER, Key, Settings

log = logging.getLogger(__name__)

# Personal preferences of exports (QSettings).
CSV_DELIMITER = Key("export/csv_delimiter", ";")
EXPORT_FORMAT = Key("export/format", "csv")
# Empty until chosen once: the language of the interface then.
EXPORT_LANGUAGE = Key("export/pdf_language", "")
EXPORT_TITLES = Key("export/headers_in_words", False)

_SUFFIX = {ExportFormat.CSV: ".csv", ExportFormat.XLSX: ".xlsx", ExportFormat.PDF: ".pdf"}
# A column of the tab that shows two fields ("Крагујевац (Kragujevac)") exports both.
_PAIRED = {"name": "name_latin", "applicant_name": "applicant_name_latin"}

FileChooser = Callable[[QWidget, str, str, str], str]


def choose_save_file(parent: QWidget, title: str, start: str, filters: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
    return str(path)


# A tab column whose key is not the exported field's ("Country" shows country_code by name).
_EXPORTED_AS = {"country": "country_code"}


def export_keys(visible: Sequence[str]) -> tuple[str, ...]:
    """The exported keys for a tab's visible column keys (a name column brings its Latin form)."""
    keys: list[str] = []
    for key in visible:
        key = _EXPORTED_AS.get(key, key)
        keys.append(key)
        paired = _PAIRED.get(key)
        if paired and paired not in visible:
            keys.append(paired)
    return tuple(keys)


class ExportDialog(Retranslating, QDialog):
    """Asks what to export and where, then writes the file in the background.

    ``exported`` is emitted with the ExportResult; ``task`` is the running BackgroundTask
    (tests wait on its signals).
    """

    exported = Signal(object)

    def __init__(
        self,
        services: Any,
        prompts: Any,
        settings: Settings,
        kind: ListKind,
        *,
        query: ListQuery | None = None,
        visible_columns: Sequence[str] = (),
        shown: int = 0,
        total: int = 0,
        choose_file: FileChooser = choose_save_file,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts
        self.settings = settings
        self.kind = kind
        self.query = query or ListQuery()
        self.visible = tuple(visible_columns)
        self.choose_file = choose_file
        self.task: BackgroundTask | None = None
        self.export_result: ExportResult | None = None
        self._shown, self._total = shown, total

        self.format_combo = QComboBox()
        for fmt in (ExportFormat.CSV, ExportFormat.XLSX, ExportFormat.PDF):
            self.format_combo.addItem("", fmt.value)

        self.shown_radio = QRadioButton()
        self.all_radio = QRadioButton()
        self.rows_group = QButtonGroup(self)
        self.rows_group.addButton(self.shown_radio)
        self.rows_group.addButton(self.all_radio)
        self.shown_radio.setChecked(True)

        self.visible_radio = QRadioButton()
        self.every_radio = QRadioButton()
        self.columns_group = QButtonGroup(self)
        self.columns_group.addButton(self.visible_radio)
        self.columns_group.addButton(self.every_radio)
        (self.visible_radio if self.visible else self.every_radio).setChecked(True)
        self.visible_radio.setEnabled(bool(self.visible))

        self.delimiter_combo = QComboBox()
        self.delimiter_combo.addItem("", ";")
        self.delimiter_combo.addItem("", ",")

        self.language_combo = QComboBox()
        # Each language by its own name, as language choosers do.
        self.language_combo.addItem("English", Language.EN.value)
        self.language_combo.addItem("Français", Language.FR.value)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(current_language()))
        )

        self.titles_check = QCheckBox()

        self.path_edit = QLineEdit()
        self.browse_button = QPushButton()
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        self.labels = [QLabel() for _ in range(6)]
        form = QFormLayout()
        form.addRow(self.labels[0], self.format_combo)
        rows_box = QVBoxLayout()
        rows_box.addWidget(self.shown_radio)
        rows_box.addWidget(self.all_radio)
        form.addRow(self.labels[1], rows_box)
        columns_box = QVBoxLayout()
        columns_box.addWidget(self.visible_radio)
        columns_box.addWidget(self.every_radio)
        form.addRow(self.labels[2], columns_box)
        form.addRow(self.labels[3], self.delimiter_combo)
        form.addRow("", self.titles_check)
        form.addRow(self.labels[4], self.language_combo)
        form.addRow(self.labels[5], path_row)
        self.form = form

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self._restore_choices()
        self.format_combo.currentIndexChanged.connect(self._on_format_combo_changed)
        self.titles_check.toggled.connect(self._on_titles_check_toggled)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._on_format_combo_changed()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every word anew; the choices made and the file name stay."""
        self.setWindowTitle(self._title())
        for fmt, text in (
            (ExportFormat.CSV, self.tr("CSV (Excel, any program)")),
            (ExportFormat.XLSX, self.tr("Excel workbook (.xlsx)")),
            (ExportFormat.PDF, self.tr("PDF list (to print or send)")),
        ):
            self.format_combo.setItemText(self.format_combo.findData(fmt.value), text)
        self.format_combo.setAccessibleName(self.tr("Format"))
        self.shown_radio.setText(self.tr("The rows shown (%n)", "", self._shown))
        self.all_radio.setText(self.tr("Everything (%n)", "", self._total))
        self.visible_radio.setText(self.tr("The columns shown"))
        self.every_radio.setText(self.tr("Every column (to import again)"))
        self.delimiter_combo.setItemText(0, self.tr("Semicolon ;  (Excel in most of Europe)"))
        self.delimiter_combo.setItemText(1, self.tr("Comma ,"))
        self.delimiter_combo.setAccessibleName(self.tr("CSV delimiter"))
        self.language_combo.setAccessibleName(self.tr("Language of the PDF list or column titles"))
        self.titles_check.setText(self.tr("Column titles as the header row"))
        self.titles_check.setToolTip(
            self.tr(
                "Ticked: the first row gives the column titles in the chosen language, for "
                "people to read. Unticked: it gives the field keys (country_code), which "
                "import again whatever the language of the application."
            )
        )
        self.language_combo.setToolTip(
            self.tr("The language of the PDF list, or of the column titles of a CSV or Excel file.")
        )
        self.path_edit.setAccessibleName(self.tr("File"))
        self.browse_button.setText(self.tr("Choose…"))
        for label, text in zip(
            self.labels,
            (
                self.tr("Format:"),
                self.tr("Rows:"),
                self.tr("Columns:"),
                self.tr("Delimiter:"),
                self.tr("Language:"),
                self.tr("File:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))

    # --- state ----------------------------------------------------------------------------

    def _title(self) -> str:
        return {
            ListKind.MEMBERS: self.tr("Export members"),
            ListKind.SIGNATORIES: self.tr("Export signatories"),
            ListKind.APPLICATIONS: self.tr("Export applications"),
        }[self.kind]

    def _restore_choices(self) -> None:
        for combo, key in (
            (self.format_combo, EXPORT_FORMAT),
            (self.delimiter_combo, CSV_DELIMITER),
            (self.language_combo, EXPORT_LANGUAGE),
        ):
            index = combo.findData(self.settings.get(key))
            if index >= 0:
                combo.setCurrentIndex(index)
        self.titles_check.setChecked(bool(self.settings.get(EXPORT_TITLES)))

    def _remember_choices(self) -> None:
        self.settings.set(EXPORT_FORMAT, self.format_combo.currentData())
        self.settings.set(CSV_DELIMITER, self.delimiter_combo.currentData())
        self.settings.set(EXPORT_LANGUAGE, self.language_combo.currentData())
        self.settings.set(EXPORT_TITLES, self.titles_check.isChecked())
        self.settings.set(EXPORT_FOLDER, str(Path(self.path_edit.text()).parent))

    @property
    def format(self) -> ExportFormat:
        return ExportFormat(self.format_combo.currentData())

    def _on_format_combo_changed(self) -> None:
        fmt = self.format
        self.delimiter_combo.setEnabled(fmt is ExportFormat.CSV)
        self.titles_check.setEnabled(fmt is not ExportFormat.PDF)
        self._on_titles_check_toggled()
        text = self.path_edit.text().strip()
        if text:
            self.path_edit.setText(str(Path(text).with_suffix(_SUFFIX[fmt])))
        else:
            folder = self.settings.get(EXPORT_FOLDER) or str(Path.home())
            self.path_edit.setText(str(Path(folder) / f"{self.kind.value}{_SUFFIX[fmt]}"))

    def _on_titles_check_toggled(self) -> None:
        # A header of keys is the same in every language; titles and the PDF need one.
        self.language_combo.setEnabled(
            self.format is ExportFormat.PDF or self.titles_check.isChecked()
        )

    def _on_browse_button_clicked(self) -> None:
        filters = {
            ExportFormat.CSV: self.tr("CSV files (*.csv)"),
            ExportFormat.XLSX: self.tr("Excel workbooks (*.xlsx)"),
            ExportFormat.PDF: self.tr("PDF files (*.pdf)"),
        }[self.format]
        path = self.choose_file(self, self.tr("Export to"), self.path_edit.text(), filters)
        if path:
            if not Path(path).suffix:
                path += _SUFFIX[self.format]
            self.path_edit.setText(path)

    def request(self) -> ExportRequest:
        """The export the dialog's choices describe."""
        columns = None
        if self.visible_radio.isChecked() and self.visible:
            columns = export_keys(self.visible)
        return ExportRequest(
            kind=self.kind,
            path=Path(self.path_edit.text().strip()).expanduser(),
            format=self.format,
            query=self.query if self.shown_radio.isChecked() else None,
            columns=columns,
            delimiter=str(self.delimiter_combo.currentData()),
            language=Language(self.language_combo.currentData()),
            headers_in_words=self.format is not ExportFormat.PDF and self.titles_check.isChecked(),
        )

    # --- running --------------------------------------------------------------------------

    def accept(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self.prompts.error(self, self.windowTitle(), self.tr("Please choose a file."))
            return
        path = Path(text).expanduser()
        if path.is_dir():
            self.prompts.error(self, self.windowTitle(), self.tr("%s is a folder.") % path)
            return
        if path.exists() and not self.prompts.confirm(
            self, self.windowTitle(), self.tr("%s exists. Replace it?") % path.name
        ):
            return
        self._remember_choices()
        request = self.request()
        service = ExportService(self.services)
        self.buttons.setEnabled(False)
        self.task = run_in_background(
            self,
            self.tr("Exporting"),
            lambda progress: service.export(request, progress),
            self._on_task_done,
            label=self.tr("Writing %s…") % path.name,
        )

    def _on_task_done(self, result: ExportResult | None, error: BaseException | None) -> None:
        self.task = None
        self.buttons.setEnabled(True)
        if error is None and result is not None:
            self.export_result = result
            self.exported.emit(result)
            super().accept()
            return
        if isinstance(error, Cancelled):
            self.prompts.info(
                self, self.windowTitle(), self.tr("Export cancelled; no file was written.")
            )
            return
        message = str(error)
        if not isinstance(error, RefusedError):  # may carry SQL, a path or personal data
            log.error("an export failed: %s", type(error).__name__)
            message = self.tr("An unexpected error stopped the export; no file was written.")
        self.prompts.error(self, self.windowTitle(), message)
