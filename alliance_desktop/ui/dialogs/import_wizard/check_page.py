"""The wizard's check page: what the import would do, and every problem by row."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWizardPage

from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.exchange import atomic_path
from alliance_desktop.services.imports.service import RowAction
from alliance_desktop.ui.language import Retranslating

if TYPE_CHECKING:
    from alliance_desktop.ui.dialogs.import_wizard.wizard import ImportWizard


class CheckPage(Retranslating, QWizardPage):
    """Every row converted and validated: what would happen, and every problem by row."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.save_button = QPushButton()
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Check"))
        self.report.setAccessibleName(self.tr("Problems"))
        self.save_button.setText(self.tr("Save the report…"))
        if self.w.plan is not None and self.w.currentPage() is self:
            self._show_plan()

    def initializePage(self) -> None:
        # The plan was made in the background when Next was pressed on the columns page.
        assert self.w.plan is not None
        self._show_plan()
        self.report.setPlainText(self.w.plan.report() if not self.w.plan.ok else "")
        self.completeChanged.emit()

    def _show_plan(self) -> None:
        plan = self.w.plan
        assert plan is not None
        added = plan.count(RowAction.ADD) + plan.count(RowAction.LINK)
        rows = plan.total_rows
        text = (self.tr("1 row read.") if rows == 1 else self.tr("%n rows read.", "", rows)) + " "
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
        else:
            self.setSubTitle(
                self.tr("Nothing can be imported until these problems are corrected in the file.")
            )
            problems = len(plan.errors)
            text += (
                self.tr("1 problem:") if problems == 1 else self.tr("%n problems:", "", problems)
            )
        self.counts.setText(text)
        self.report.setVisible(not plan.ok)
        self.save_button.setVisible(not plan.ok)

    def cleanupPage(self) -> None:
        # Back to the columns: whatever they say next is checked again.
        self.w.plan = None

    def isComplete(self) -> bool:
        return self.w.plan is not None and self.w.plan.ok

    def nextId(self) -> int:
        plan = self.w.plan
        if plan is not None and not plan.duplicates and not plan.matches:
            return self.w.CONFIRM
        return self.w.CHOICES

    def save_report(self, path: Path) -> None:
        assert self.w.plan is not None
        source = self.w.path.name if self.w.path else ""
        # It quotes rows (names, e-mails): owner-only, and whole or not at all.
        with atomic_path(path, private=True) as temp:
            temp.write_text(
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
            except RefusedError as error:
                self.w.prompts.error(self, self.tr("Save the report"), str(error))
