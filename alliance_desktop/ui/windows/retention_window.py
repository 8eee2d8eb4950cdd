"""Personal data: find anyone to export or erase (subject access), and review old contacts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.data_safety import RetentionItem
from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.ui.formatting import date_text, status_text
from alliance_desktop.ui.language import Retranslating
from alliance_desktop.ui.widgets.text_table import TextTableModel, read_only_table
from alliance_desktop.ui.windows.person_search_panel import PersonSearchPanel

DEFAULT_MONTHS = 24
SEARCH_TAB, REVIEW_TAB = 0, 1


class RetentionModel(TextTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(self.titles(), parent)
        self.items: list[RetentionItem] = []

    def titles(self) -> tuple[str, ...]:
        return (self.tr("Contact"), self.tr("Applicant"), self.tr("Status"), self.tr("Decided"))

    def set_items(self, items: list[RetentionItem]) -> None:
        self.items = list(items)
        self.refill()

    def row_texts(self) -> list[tuple[str, ...]]:
        return [
            (
                i.person_name,
                i.applicant_name,
                status_text(i.status),
                date_text(i.decided_on or i.received_on),
            )
            for i in self.items
        ]

    def row_uid(self, row: int) -> str | None:
        return self.items[row].person_uid


def _ask_export_path(parent: QWidget, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("RetentionWindow", "Export personal data"),
        suggested,
        QCoreApplication.translate("RetentionWindow", "JSON (*.json)"),
    )
    return Path(name) if name else None


class RetentionWindow(Retranslating, QDialog):
    """Tools → Personal data…: a *Find a person* tab (``services.privacy.find_people``: anyone,
    records sharing an e-mail together) and a *Retention review* tab
    (``services.privacy.retention_review(months)``). Export… writes the selected person's
    data (JSON and a text summary), Erase… erases them after a confirmation."""

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
        self.export_button = QPushButton()
        self.erase_button = QPushButton()
        self.search = PersonSearchPanel(self)
        self.months_box = QSpinBox()
        self.months_box.setRange(1, 240)
        self.months_box.setValue(DEFAULT_MONTHS)
        self.months_label = months_label = QLabel()
        months_label.setBuddy(self.months_box)
        top = QHBoxLayout()
        top.addWidget(months_label)
        top.addWidget(self.months_box)
        top.addStretch(1)
        self.model = RetentionModel(self)
        self.view = read_only_table(self.model, "", stretch=1)
        self.view.horizontalHeader().resizeSection(0, 220)  # names whole, not "Élodie …"
        self.summary_label = QLabel()
        review = QWidget()
        review_layout = QVBoxLayout(review)
        review_layout.addLayout(top)
        review_layout.addWidget(self.view, 1)
        review_layout.addWidget(self.summary_label)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.search, "")
        self.tabs.addTab(review, "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.export_button, self.erase_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(860, 480)
        self.months_box.valueChanged.connect(self._on_months_box_value_changed)
        self.export_button.clicked.connect(self.export_selected)
        self.erase_button.clicked.connect(self.erase_selected)
        self.tabs.currentChanged.connect(self.update_buttons)
        self.view.selectionModel().selectionChanged.connect(self.update_buttons)
        self.search.view.selectionModel().selectionChanged.connect(self.update_buttons)
        self._to_review = 0
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        """Texts in the language in use; the tab, the search and the selections stay."""
        self.setWindowTitle(self.tr("Personal data"))
        self.export_button.setText(self.tr("&Export…"))
        self.export_button.setToolTip(self.tr("Everything stored about this person, as a file"))
        self.erase_button.setText(self.tr("E&rase…"))
        self.erase_button.setToolTip(
            self.tr("Blank this person's data and their traces in the history")
        )
        self.months_box.setSuffix(self.tr(" months"))
        self.months_box.setAccessibleName(self.tr("Decided more than"))
        self.months_label.setText(
            self.tr("Contacts of applications declined or withdrawn more than")
        )
        self.view.setAccessibleName(self.tr("Contacts to review"))
        self.tabs.setTabText(SEARCH_TAB, self.tr("&Find a person"))
        self.tabs.setTabText(REVIEW_TAB, self.tr("Retention re&view"))
        self.model.retranslate()
        self._show_summary()

    def show_review(self) -> None:
        self.tabs.setCurrentIndex(REVIEW_TAB)

    def show_search(self) -> None:
        self.tabs.setCurrentIndex(SEARCH_TAB)
        self.search.search_edit.setFocus()

    def on_search_tab(self) -> bool:
        return self.tabs.currentIndex() == SEARCH_TAB

    def refresh(self) -> None:
        try:
            items = self.services.privacy.retention_review(self.months_box.value())
        except RefusedError as exc:
            self.prompts.error(self, self.windowTitle(), str(exc))
            items = []
        self.model.set_items(items)
        if self.search.search_edit.text().strip():
            self.search.refresh()
        self._to_review = len(items)
        self._show_summary()
        self.update_buttons()

    def _show_summary(self) -> None:
        count = self._to_review
        self.summary_label.setText(
            self.tr("1 contact to review")
            if count == 1
            else self.tr("%n contacts to review", "", count)
            if count
            else self.tr("No contact is due for review.")
        )

    def selected(self) -> RetentionItem | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def export_selected(self) -> Path | None:
        group = self.search.selected() if self.on_search_tab() else None
        item = None if self.on_search_tab() else self.selected()
        if group is None and item is None:
            return None
        path = self.ask_export_path(self, "personal-data.json")
        if path is None:
            return None
        privacy = self.services.privacy
        try:
            written: tuple[Path, Path] = (
                privacy.write_group_export(group, path)
                if group is not None
                else privacy.write_export(item.person_uid, path)  # type: ignore[union-attr]
            )
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
        if self.on_search_tab():
            return self.erase_group()
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
        self._erased(title, result)
        return True

    def erase_group(self) -> bool:
        group = self.search.selected()
        if group is None:
            return False
        title = self.tr("Erase personal data")
        roles = "\n".join("  – " + self.search.model.role_text(r) for r in group.roles)
        question = self.tr(
            "Erase {name}?\n\n%n record(s) hold this person:\n{roles}\n\nTheir name, e-mail, "
            "phone and notes are blanked in all of them, also in the history; memberships, "
            "applications and signatures stay. This cannot be undone.",
            "",
            group.size,
        ).format(name=" / ".join(group.names), roles=roles)
        if not self.prompts.confirm(self, title, question):
            return False
        try:
            result = self.services.privacy.erase_group(group)
        except RefusedError as exc:
            self.prompts.error(self, title, str(exc))
            return False
        self._erased(title, result)
        return True

    def _erased(self, title: str, result: Any) -> None:
        if result.records == 1:
            text = self.tr("The personal data was erased.")
        else:
            text = self.tr("The personal data was erased from %n records.", "", result.records)
        if result.older_backups:
            text += " " + self.tr(
                "%n older backup(s) still hold it until they are thinned away; a restore of "
                "one erases it again.",
                "",
                len(result.older_backups),
            )
        self.prompts.info(self, title, text)
        self.refresh()

    def update_buttons(self, *_args: Any) -> None:
        if not hasattr(self, "tabs"):
            return  # the search panel fills itself before the window is built
        on_search = self.on_search_tab()
        has = (self.search.selected() if on_search else self.selected()) is not None
        writable = not getattr(self.services.db, "read_only", False)
        self.export_button.setEnabled(has)
        self.erase_button.setEnabled(has and writable)

    def _on_months_box_value_changed(self, _value: int) -> None:
        self.refresh()
