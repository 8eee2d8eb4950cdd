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
        updated = plan.count(RowAction.UPDATE) + updating
        skipped = len(choices) - updating
        unchanged = plan.count(RowAction.UNCHANGED)
        # One sentence per count, each a real plural; English says "1 record" without a
        # catalogue, French takes both forms (0 is singular) from its numerus forms.
        parts = [
            self.tr("1 record will be added.")
            if added == 1
            else self.tr("%n records will be added.", "", added)
        ]
        if updated:
            parts.append(
                self.tr("1 record will be updated.")
                if updated == 1
                else self.tr("%n records will be updated.", "", updated)
            )
        if skipped:
            parts.append(
                self.tr("1 row will be skipped.")
                if skipped == 1
                else self.tr("%n rows will be skipped.", "", skipped)
            )
        if unchanged:
            parts.append(
                self.tr("1 row is unchanged.")
                if unchanged == 1
                else self.tr("%n rows are unchanged.", "", unchanged)
            )
        text = " ".join(parts)
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
        added, updated = summary.added, summary.updated
        skipped, unchanged = summary.skipped, summary.unchanged
        parts = [
            self.tr("1 record added") if added == 1 else self.tr("%n records added", "", added),
            self.tr("1 updated") if updated == 1 else self.tr("%n updated", "", updated),
            self.tr("1 skipped") if skipped == 1 else self.tr("%n skipped", "", skipped),
            self.tr("1 unchanged") if unchanged == 1 else self.tr("%n unchanged", "", unchanged),
        ]
        text = ", ".join(parts) + "."  # the same punctuation in English and French
        linked = summary.linked
        if linked:
            text += " " + (
                self.tr("1 linked to an authority already there.")
                if linked == 1
                else self.tr("%n linked to authorities already there.", "", linked)
            )
        backup = getattr(summary.backup, "path", summary.backup)
        if backup:
            text += "\n\n" + self.tr("Backup made before the import: %s") % backup
        self.text.setText(text)
