"""LabelsDialog: address labels on a sheet or envelopes for the chosen recipients — who, which
sheet (or a custom one in mm), where to start on a part-used sheet, to a PDF or a printer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.label_layouts import (
    CUSTOM,
    ENVELOPES,
    L7160,
    SHEETS,
    EnvelopeFormat,
    SheetLayout,
    layout_problems,
    sheets_needed,
)
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.exchange import ListKind
from alliance_desktop.services.output.labels import LabelRequest, LabelService
from alliance_desktop.ui.dialogs.custom_layout_box import CustomLayoutBox
from alliance_desktop.ui.dialogs.label_jobs import LabelJobs
from alliance_desktop.ui.dialogs.recipient_choice import RecipientChoiceBox
from alliance_desktop.ui.language import Retranslating
from alliance_desktop.ui.service_errors import read_or
from alliance_desktop.ui.settings_keys import Key, Settings
from alliance_desktop.ui.widgets.country_box import CountryBox
from alliance_desktop.ui.widgets.sheet_preview import SheetPreview

# Personal preferences (QSettings): the sheet last used, a custom layout, the language.
LABEL_SHEET = Key("labels/sheet", L7160.key)
LABEL_CUSTOM = Key("labels/custom", L7160.spec())
LABEL_ENVELOPE = Key("labels/envelope", "DL")
LABEL_LANGUAGE = Key("labels/country_language", "fr")


class LabelsDialog(Retranslating, LabelJobs):
    """Labels and envelopes for a tab's selected rows or current filter.

    ``run_finished`` is emitted with each :class:`LabelRun` (saved or printed): what was
    printed for whom, for the correspondence log.
    """

    run_finished = Signal(object)

    def __init__(
        self,
        services: Any,
        prompts: Any,
        settings: Settings,
        kind: ListKind,
        *,
        selected: Sequence[str] = (),
        query: ListQuery | None = None,
        shown: int = 0,
        saved: Sequence[tuple[str, ListQuery, int]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = LabelService(services)
        self.prompts = prompts
        self.settings = settings
        self.recipients = RecipientChoiceBox(
            kind, selected=selected, query=query, shown=shown, saved=saved
        )
        self._build()
        self._load_preferences()
        self.retranslate_ui()
        self._update()

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.labels_radio = QRadioButton()
        self.envelopes_radio = QRadioButton()
        self.labels_radio.setChecked(True)
        kind_group = QButtonGroup(self)
        kind_group.addButton(self.labels_radio)
        kind_group.addButton(self.envelopes_radio)
        self.sheet_box = QComboBox()
        for key in (*SHEETS, CUSTOM):
            self.sheet_box.addItem("", key)
        self.start_box = QSpinBox()
        self.start_box.setMinimum(1)
        self.outlines_check = QCheckBox()
        self.custom_group = CustomLayoutBox()
        self.custom_group.changed.connect(self._update)
        self.envelope_box = QComboBox()
        for key in ENVELOPES:
            self.envelope_box.addItem("", key)
        self.return_address = QPlainTextEdit()
        self.return_address.setTabChangesFocus(True)
        self.return_address.setFixedHeight(92)
        self.sender_country = CountryBox()
        self.language_box = QComboBox()
        self.language_box.addItem("", "fr")
        self.language_box.addItem("", "en")
        self.file_edit = QLineEdit()
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self._on_browse_button_clicked)

        form = QFormLayout()
        self.sheet_label, self.start_label = QLabel(), QLabel()
        self.envelope_label, self.return_label = QLabel(), QLabel()
        self.language_label, self.file_label = QLabel(), QLabel()
        self.country_label = QLabel()
        for label, field in (
            (self.sheet_label, self.sheet_box),
            (self.start_label, self.start_box),
            (self.envelope_label, self.envelope_box),
            (self.return_label, self.return_address),
            (self.language_label, self.language_box),
            (self.country_label, self.sender_country),
        ):
            label.setBuddy(field)
        output = QGroupBox()
        self.output_group = output
        output_layout = QVBoxLayout(output)
        output_layout.addWidget(self.labels_radio)
        form.addRow(self.sheet_label, self.sheet_box)
        form.addRow(self.start_label, self.start_box)
        form.addRow("", self.outlines_check)
        output_layout.addLayout(form)
        output_layout.addWidget(self.custom_group)
        output_layout.addWidget(self.envelopes_radio)
        envelope_form = QFormLayout()
        envelope_form.addRow(self.envelope_label, self.envelope_box)
        envelope_form.addRow(self.return_label, self.return_address)
        output_layout.addLayout(envelope_form)

        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        bottom = QFormLayout()
        bottom.addRow(self.country_label, self.sender_country)
        bottom.addRow(self.language_label, self.language_box)
        self.file_label.setBuddy(self.file_edit)
        bottom.addRow(self.file_label, file_row)

        left = QVBoxLayout()
        left.addWidget(self.recipients)
        left.addWidget(output)
        left.addLayout(bottom)
        left.addStretch(1)
        self.preview = SheetPreview()
        self.preview_note = QLabel()
        self.preview_note.setWordWrap(True)
        self.preview_note.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.preview_note)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)

        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # names may hold "<b>"
        self.status_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)

        for radio in (self.labels_radio, self.envelopes_radio):
            radio.toggled.connect(self._update)
        self.sheet_box.currentIndexChanged.connect(self._on_sheet_box_changed)
        self.start_box.valueChanged.connect(self._update)
        self.envelope_box.currentIndexChanged.connect(self._update)
        self.recipients.choice_changed.connect(self._update)
        self.preview.label_clicked.connect(self.start_box.setValue)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Labels and envelopes"))
        self.output_group.setTitle(self.tr("What to print"))
        self.labels_radio.setText(self.tr("&Labels on an A4 sheet"))
        self.envelopes_radio.setText(self.tr("&Envelopes, one per recipient"))
        self.sheet_label.setText(self.tr("S&heet:"))
        names = {
            "L7160": self.tr("Avery L7160 — 21 labels 63.5 × 38.1 mm (3 × 7)"),
            "L7163": self.tr("Avery L7163 — 14 labels 99.1 × 38.1 mm (2 × 7)"),
            "3x8-70x37": self.tr("24 labels 70 × 37 mm (3 × 8), Avery Zweckform 3474"),
            CUSTOM: self.tr("Custom layout (mm)"),
        }
        for index in range(self.sheet_box.count()):
            self.sheet_box.setItemText(index, names[self.sheet_box.itemData(index)])
        self.start_label.setText(self.tr("Start &at label:"))
        self.start_box.setToolTip(
            self.tr("On a part-used sheet, the first free label (counted along the rows)")
        )
        self.outlines_check.setText(self.tr("Draw label &outlines (test print on plain paper)"))
        self.envelope_label.setText(self.tr("Envelope si&ze:"))
        envelope_names = {
            "DL": self.tr("DL — 110 × 220 mm"),
            "C5": self.tr("C5 — 162 × 229 mm"),
        }
        for index in range(self.envelope_box.count()):
            self.envelope_box.setItemText(index, envelope_names[self.envelope_box.itemData(index)])
        self.return_label.setText(self.tr("&Return address:"))
        self.return_address.setToolTip(
            self.tr("Printed top left on every envelope; saved for every colleague")
        )
        self.country_label.setText(self.tr("Sen&der's country:"))
        self.sender_country.setToolTip(
            self.tr("Mail to this country gets no country line; saved for every colleague")
        )
        self.language_label.setText(self.tr("&Country names in:"))
        self.language_box.setItemText(0, self.tr("French"))
        self.language_box.setItemText(1, self.tr("English"))
        self.language_box.setToolTip(
            self.tr("The destination country is printed in capitals in the sender's language")
        )
        self.file_label.setText(self.tr("&File:"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.preview_button.setText(self.tr("Pre&view…"))
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("&Save PDF"))
        self._update()

    # --- preferences ------------------------------------------------------------------------

    def _load_preferences(self) -> None:
        index = self.sheet_box.findData(self.settings.get(LABEL_SHEET))
        self.sheet_box.setCurrentIndex(max(0, index))
        self.set_custom_spec(str(self.settings.get(LABEL_CUSTOM)))
        self.envelope_box.setCurrentIndex(
            max(0, self.envelope_box.findData(self.settings.get(LABEL_ENVELOPE)))
        )
        self.language_box.setCurrentIndex(
            max(0, self.language_box.findData(self.settings.get(LABEL_LANGUAGE)))
        )
        sender = read_or(self, self.prompts, self.service.sender, None)
        if sender is not None:
            self.return_address.setPlainText(sender.return_address)
            self.sender_country.set_code(sender.country)

    def _save_preferences(self) -> None:
        self.settings.set(LABEL_SHEET, self.sheet_box.currentData())
        self.settings.set(LABEL_CUSTOM, self.custom_layout().spec())
        self.settings.set(LABEL_ENVELOPE, self.envelope_box.currentData())
        self.settings.set(LABEL_LANGUAGE, self.language_box.currentData())

    # --- what the form says ------------------------------------------------------------------

    def set_custom_spec(self, spec: str) -> None:
        self.custom_group.set_spec(spec)

    def custom_layout(self) -> SheetLayout:
        return self.custom_group.layout_of_sheet()

    def sheet(self) -> SheetLayout | None:
        if not self.labels_radio.isChecked():
            return None
        key = self.sheet_box.currentData()
        return self.custom_layout() if key == CUSTOM else SHEETS[key]

    def envelope(self) -> EnvelopeFormat | None:
        if not self.envelopes_radio.isChecked():
            return None
        return ENVELOPES[self.envelope_box.currentData()]

    def request(self, path: str = "") -> LabelRequest:
        return LabelRequest(
            choice=self.recipients.choice(),
            path=path or self.file_edit.text().strip(),
            sheet=self.sheet(),
            envelope=self.envelope(),
            start_at=self.start_box.value(),
            language=str(self.language_box.currentData()),
            outlines=self.outlines_check.isChecked(),
        )

    def problem(self) -> str:
        """Why the form cannot print yet ("" when it can)."""
        sheet = self.sheet()
        if sheet is not None:
            problems = layout_problems(sheet)
            if problems:
                return str(problems[0])
        if self.recipients.count() == 0:
            return self.tr("There is nobody to print for: select rows or change the filter.")
        return ""

    def _on_sheet_box_changed(self, _index: int) -> None:
        self._update()

    def _update(self) -> None:
        if not hasattr(self, "status_label"):
            return  # still being built
        labels = self.labels_radio.isChecked()
        custom = labels and self.sheet_box.currentData() == CUSTOM
        self.custom_group.setVisible(custom)
        for widget in (self.sheet_box, self.start_box, self.outlines_check):
            widget.setEnabled(labels)
        for widget in (self.envelope_box, self.return_address):
            widget.setEnabled(not labels)
        count = self.recipients.count()
        sheet = self.sheet()
        problem = self.problem()
        if sheet is not None and not layout_problems(sheet):
            self.start_box.setMaximum(sheet.per_sheet)
            self.preview.set_sheet(sheet, self.start_box.value(), count)
            sheets = sheets_needed(sheet, count, self.start_box.value())
            self.preview_note.setText(self._sheets_text(sheets) if count else "")
        elif sheet is not None:
            self.preview.set_sheet(None, 1, 0)
            self.preview_note.setText("")
        else:
            envelope = self.envelope()
            assert envelope is not None
            self.preview.set_envelope(envelope)
            self.preview_note.setText(
                self.tr("1 envelope") if count == 1 else self.tr("%n envelopes", "", count)
            )
        self.status_label.setText(problem)
        busy = self.task is not None
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(not problem and not busy)

    def _sheets_text(self, sheets: int) -> str:
        # lupdate keeps English without plural forms: the one case apart.
        amount = self.tr("1 sheet") if sheets == 1 else self.tr("%n sheets", "", sheets)
        return self.tr("{amount}. Grey: labels already used; blue: labels printed.").format(
            amount=amount
        )

    def done(self, result: int) -> None:
        self._save_preferences()
        super().done(result)
