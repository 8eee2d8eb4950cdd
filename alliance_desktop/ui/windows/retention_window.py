"""Personal data review: old contacts of declined or withdrawn applications, to export or erase."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.data_safety import RetentionItem
from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.ui.formatting import date_text, plural, status_text
from alliance_desktop.ui.widgets.text_table import TextTableModel, read_only_table

DEFAULT_MONTHS = 24


class RetentionModel(TextTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (self.tr("Contact"), self.tr("Applicant"), self.tr("Status"), self.tr("Decided")),
            parent,
        )
        self.items: list[RetentionItem] = []

    def set_items(self, items: list[RetentionItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.texts = [
            (
                i.person_name,
                i.applicant_name,
                status_text(i.status),
                date_text(i.decided_on or i.received_on),
            )
            for i in self.items
        ]
        self.endResetModel()

    def row_uid(self, row: int) -> str | None:
        return self.items[row].person_uid


def _ask_export_path(parent: QWidget, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, parent.tr("Export personal data"), suggested, parent.tr("JSON (*.json)")
    )
    return Path(name) if name else None


class RetentionWindow(QDialog):
    """``services.privacy.retention_review(months)``; Export… writes one person's data (JSON
    and a text summary), Erase… erases them after a confirmation."""

    def __init__(
        self,
        services: Any,
        prompts: Any,
        parent: QWidget | None = None,
        *,
        ask_export_path: Callable[[QWidget, str], Path | None] = _ask_export_path,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts
        self.ask_export_path = ask_export_path
        self.setWindowTitle(self.tr("Personal data review"))
        self.months_box = QSpinBox()
        self.months_box.setRange(1, 240)
        self.months_box.setValue(DEFAULT_MONTHS)
        self.months_box.setSuffix(self.tr(" months"))
        self.months_box.setAccessibleName(self.tr("Decided more than"))
        months_label = QLabel(self.tr("Contacts of applications declined or withdrawn more than"))
        months_label.setBuddy(self.months_box)
        top = QHBoxLayout()
        top.addWidget(months_label)
        top.addWidget(self.months_box)
        top.addStretch(1)
        self.model = RetentionModel(self)
        self.view = read_only_table(self.model, self.tr("Contacts to review"), stretch=1)
        self.summary_label = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setToolTip(self.tr("Everything stored about this person, as a file"))
        self.erase_button = QPushButton(self.tr("E&rase…"))
        self.erase_button.setToolTip(
            self.tr("Blank this person's data and their traces in the history")
        )
        for button in (self.export_button, self.erase_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(buttons)
        self.resize(720, 420)
        self.months_box.valueChanged.connect(self._on_months_box_value_changed)
        self.export_button.clicked.connect(self.export_selected)
        self.erase_button.clicked.connect(self.erase_selected)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        try:
            items = self.services.privacy.retention_review(self.months_box.value())
        except RefusedError as exc:
            self.prompts.error(self, self.windowTitle(), str(exc))
            items = []
        self.model.set_items(items)
        count = len(items)
        self.summary_label.setText(
            plural(count, self.tr("{n} contact to review"), self.tr("{n} contacts to review"))
            if count
            else self.tr("No contact is due for review.")
        )
        self._update_buttons()

    def selected(self) -> RetentionItem | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def export_selected(self) -> Path | None:
        item = self.selected()
        if item is None:
            return None
        path = self.ask_export_path(self, "personal-data.json")
        if path is None:
            return None
        try:
            written: tuple[Path, Path] = self.services.privacy.write_export(item.person_uid, path)
            json_path, text_path = written
        except (RefusedError, OSError) as exc:
            self.prompts.error(self, self.tr("Export personal data"), str(exc))
            return None
        self.prompts.info(
            self,
            self.tr("Export personal data"),
            self.tr("Written:\n{json}\n{text}").format(json=json_path, text=text_path),
        )
        return json_path

    def erase_selected(self) -> bool:
        item = self.selected()
        if item is None:
            return False
        title = self.tr("Erase personal data")
        question = self.tr(
            "Erase {name}? Their name, e-mail, phone and notes are blanked, also in the history; "
            "the application stays. This cannot be undone."
        ).format(name=item.person_name)
        if not self.prompts.confirm(self, title, question):
            return False
        try:
            result = self.services.privacy.erase(item.person_uid)
        except RefusedError as exc:
            self.prompts.error(self, title, str(exc))
            return False
        text = self.tr("The personal data was erased.")
        if result.older_backups:
            text += " " + self.tr(
                "{n} older backup(s) still hold it until they are thinned away."
            ).format(n=len(result.older_backups))
        self.prompts.info(self, title, text)
        self.refresh()
        return True

    def _update_buttons(self, *_args: Any) -> None:
        has = self.selected() is not None
        writable = not getattr(self.services.db, "read_only", False)
        self.export_button.setEnabled(has)
        self.erase_button.setEnabled(has and writable)

    def _on_months_box_value_changed(self, _value: int) -> None:
        self.refresh()
