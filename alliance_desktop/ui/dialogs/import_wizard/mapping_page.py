"""The wizard's column page: which field each column of the file fills, remembered for the
next import, and one date for every row where the file has none."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from alliance_desktop.domain.messages import current_language
from alliance_desktop.exchange import ColumnKind
from alliance_desktop.ui.dialogs.import_wizard.file_pages import cell_text
from alliance_desktop.ui.language import Retranslating
from alliance_desktop.ui.widgets.date_field import DateField

if TYPE_CHECKING:
    from alliance_desktop.ui.dialogs.import_wizard.wizard import ImportWizard


class MappingPage(Retranslating, QWizardPage):
    """Each column of the file and the field it fills; remembered for the next import."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.grid = QTableWidget(0, 3)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
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
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Headings, the fields' names and what is missing, anew; the choices made stay."""
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Which field each column of the file fills."))
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First value"), self.tr("Field")]
        )
        self.grid.setAccessibleName(self.tr("Column mapping"))
        headers = self.w.table.headers if self.w.table is not None else ()
        for index, combo in enumerate(self.combos):
            combo.setItemText(0, self.tr("— not imported —"))
            for item, column in enumerate(self.w.columns, start=1):
                combo.setItemText(item, self._title(column.key))
            header = headers[index] if index < len(headers) else ""
            combo.setAccessibleName(self.tr("Field for column %s") % header)
        for key, field in self.same_dates.items():
            self._word_same_date(key, field)
        if self.combos:
            self._update_missing()

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
            sample = cell_text(first[index]) if index < len(first) else ""
            self.grid.setItem(index, 1, QTableWidgetItem(sample))
            combo = QComboBox()
            combo.addItem(self.tr("— not imported —"), "")
            for column in self.w.columns:
                combo.addItem(self._title(column.key), column.key)
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
        # The field's name in the language in use, and its key (the file's header in the other
        # language, or the key itself, is also accepted).
        language = current_language()
        return next((f"{c.title(language)} ({c.key})" for c in self.w.columns if c.key == key), key)

    def _word_same_date(self, key: str, field: DateField) -> None:
        field.setAccessibleName(self.tr("%s for every row") % self._title(key))
        label = self.same_form.labelForField(field)
        if isinstance(label, QLabel):
            label.setText(self.tr("No column gives %s; the same for every row:") % self._title(key))

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
            field.changed.connect(lambda k=key, f=field: self._on_same_date_changed(k, f))
            self.same_dates[key] = field
            self.same_form.addRow(QLabel(), field)
            self._word_same_date(key, field)
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
        # Next starts the check in the background; the wizard moves on once it has a plan.
        if self.w.plan is not None:
            return True
        self.w.start_check()
        return False
