"""The wizard's last pages: the last look before importing, then the summary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizard, QWizardPage

from alliance_desktop.services.imports.service import DuplicateChoice, RowAction
from alliance_desktop.ui.language import Retranslating

if TYPE_CHECKING:
    from alliance_desktop.ui.dialogs.import_wizard.wizard import ImportWizard


class ConfirmPage(Retranslating, QWizardPage):
    """The last look before writing; Import runs in the background with progress and Cancel."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setCommitPage(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self._busy = False
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Import"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        if self.w.plan is not None and self.w.currentPage() is self:
            self.initializePage()

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


class SummaryPage(Retranslating, QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Done"))
        if self.w.summary is not None:
            self.initializePage()

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
