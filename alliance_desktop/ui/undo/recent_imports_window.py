"""File → Recent imports…: every import with its counts, and "Undo this import"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.services.undo.import_batches import ImportBatchInfo
from alliance_desktop.ui.formatting import datetime_text, number_text, plural
from alliance_desktop.ui.language import Retranslating
from alliance_desktop.ui.service_errors import guarded, report_refusal
from alliance_desktop.ui.widgets.text_table import TextTableModel, read_only_table


def list_text(kind: str) -> str:
    words = {
        "members": QCoreApplication.translate("RecentImports", "Members"),
        "signatories": QCoreApplication.translate("RecentImports", "Signatories"),
        "applications": QCoreApplication.translate("RecentImports", "Applications"),
    }
    return words.get(kind, kind)


class RecentImportsModel(TextTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(self._titles_now(), parent, tooltips=True)
        self.items: list[ImportBatchInfo] = []

    @staticmethod
    def _titles_now() -> list[str]:
        return [
            QCoreApplication.translate("RecentImports", "No."),
            QCoreApplication.translate("RecentImports", "Date"),
            QCoreApplication.translate("RecentImports", "File"),
            QCoreApplication.translate("RecentImports", "List"),
            QCoreApplication.translate("RecentImports", "User"),
            QCoreApplication.translate("RecentImports", "Added"),
            QCoreApplication.translate("RecentImports", "Changed"),
            QCoreApplication.translate("RecentImports", "Undone"),
        ]

    def set_items(self, items: list[ImportBatchInfo]) -> None:
        self.beginResetModel()
        self.items = items
        self.texts = self._texts()
        self.endResetModel()

    def retranslate(self) -> None:
        self.set_titles(self._titles_now())
        self.replace_texts(self._texts())

    def _texts(self) -> list[tuple[str, ...]]:
        return [
            (
                str(i.id),
                datetime_text(i.at),
                i.file_name,
                list_text(i.kind),
                i.user,
                number_text(i.added),
                number_text(i.updated),
                QCoreApplication.translate("RecentImports", "{when} by {user}").format(
                    when=datetime_text(i.undone_at), user=i.undone_by
                )
                if i.undone_at is not None
                else "",
            )
            for i in self.items
        ]

    def row_uid(self, row: int) -> str | None:
        return str(self.items[row].id)


class RecentImportsWindow(Retranslating, QDialog):
    """Lists ``services.import_batches.list()``; "Undo this import" takes the selected one back
    (after a backup, refused when a record it wrote was changed since)."""

    import_undone = Signal()

    def __init__(self, services: Any, prompts: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts
        self.model = RecentImportsModel(self)
        self.view = read_only_table(
            self.model, "", stretch=2, selection=QAbstractItemView.SelectionMode.SingleSelection
        )
        for column, width in ((0, 50), (1, 140), (3, 110), (4, 100), (5, 70), (6, 70)):
            self.view.horizontalHeader().resizeSection(column, width)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.undo_button = QPushButton()
        self.buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.undo_button.clicked.connect(self.undo_selected)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 380)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Recent imports"))
        self.view.setAccessibleName(self.tr("Recent imports"))
        self.undo_button.setText(self.tr("&Undo this import"))
        self.summary_label.setText(
            self.tr(
                "Undoing an import removes the records it added and puts back the values it "
                "changed. It is refused when one of them was changed since."
            )
        )
        self.model.retranslate()

    @property
    def read_only(self) -> bool:
        return bool(getattr(self.services.db, "read_only", False))

    def set_services(self, services: Any) -> None:
        self.services = services
        self.refresh()

    def refresh(self) -> None:
        self.model.set_items(self.services.import_batches.list())
        self._on_selection_changed()

    def selected(self) -> ImportBatchInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def undo_selected(self) -> bool:
        batch = self.selected()
        if batch is None or self.read_only or batch.undone_at is not None:
            return False
        title = self.tr("Undo this import")
        added = plural(
            batch.added,
            self.tr("the {n} record it added is removed"),
            self.tr("the {n} records it added are removed"),
        )
        changed = plural(
            batch.updated,
            self.tr("the {n} record it changed gets its values back"),
            self.tr("the {n} records it changed get their values back"),
        )
        question = self.tr(
            "Undo the import of {file} ({date})? {added}; {changed}. A backup is made first."
        ).format(file=batch.file_name, date=datetime_text(batch.at), added=added, changed=changed)
        if not self.prompts.confirm(self, title, question):
            return False
        try:
            done = self.services.import_batches.undo(batch.id)
        except RefusedError as exc:
            report_refusal(self, self.prompts, exc, self.tr("Import not undone"))
            return False
        self.prompts.info(self, title, str(done.message))
        guarded(self, self.prompts, self.refresh)
        self.import_undone.emit()
        return True

    def _on_selection_changed(self, *_args: Any) -> None:
        batch = self.selected()
        self.undo_button.setEnabled(
            batch is not None and batch.undone_at is None and batch.rows > 0 and not self.read_only
        )
