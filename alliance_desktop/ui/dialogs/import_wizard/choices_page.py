"""The wizard's choices page: rows that look like records already there (skip or update) and
links of applications to authorities."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from alliance_desktop.services.imports.service import DuplicateChoice
from alliance_desktop.ui.language import Retranslating

if TYPE_CHECKING:
    from alliance_desktop.ui.dialogs.import_wizard.wizard import ImportWizard


class ChoicesPage(Retranslating, QWizardPage):
    """Duplicates (skip or update) and, for applications, links to existing authorities."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.grid = QTableWidget(0, 3)
        self.grid.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.skip_all = QPushButton()
        self.update_all = QPushButton()
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
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The page's words anew; the rows and the choices made in them stay."""
        self.setTitle(self.tr("Already in the register?"))
        self.setSubTitle(
            self.tr("These rows look like records already there, or like other rows of the file.")
        )
        self.grid.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Looks like"), self.tr("Do")])
        self.grid.setAccessibleName(self.tr("Duplicates"))
        self.skip_all.setText(self.tr("Skip all"))
        self.update_all.setText(self.tr("Update all"))
        plan = self.w.plan
        if plan is None:
            return
        for line, duplicate in enumerate(plan.duplicates):
            combo = self.duplicate_combos.get(duplicate.row)
            if combo is not None:
                self._word_duplicate(line, duplicate, combo)
        for row, matches in sorted(plan.matches.items()):
            combo = self.link_combos.get(row)
            if combo is not None:
                self._word_link(row, matches, combo)

    def _word_duplicate(self, line: int, duplicate: Any, combo: QComboBox) -> None:
        what = (
            self.tr("row %s of the file") % duplicate.of_row
            if duplicate.of_row is not None
            else duplicate.existing_label
        )
        item = self.grid.item(line, 1)
        if item is not None:
            item.setText(what)
        combo.setItemText(0, self.tr("Skip this row"))
        combo.setItemText(
            1,
            self.tr("Use this row instead")
            if duplicate.of_row is not None
            else self.tr("Update the record"),
        )
        combo.setAccessibleName(self.tr("Choice for row %s") % duplicate.row)

    def _word_link(self, row: int, matches: Any, combo: QComboBox) -> None:
        combo.setItemText(0, self.tr("Do not link"))
        for index, match in enumerate(matches, start=1):
            combo.setItemText(index, self.tr("Link to %s") % match.label)
        combo.setAccessibleName(self.tr("Link for row %s") % row)

    def initializePage(self) -> None:
        plan = self.w.plan
        assert plan is not None
        self.duplicate_combos = {}
        self.link_combos = {}
        self.grid.setRowCount(len(plan.duplicates) + len(plan.matches))
        line = 0
        for duplicate in plan.duplicates:
            self.grid.setItem(line, 0, QTableWidgetItem(f"{duplicate.row}: {duplicate.label}"))
            self.grid.setItem(line, 1, QTableWidgetItem())
            combo = QComboBox()
            combo.addItem("", DuplicateChoice.SKIP.value)
            combo.addItem("", DuplicateChoice.UPDATE.value)
            self._word_duplicate(line, duplicate, combo)
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
            combo.addItem("", "")
            for match in matches:
                combo.addItem("", match.uid)
            self._word_link(row, matches, combo)
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
