"""The Trash: deleted records of every kind, restorable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
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
from alliance_desktop.domain.records import TrashItem
from alliance_desktop.ui import settings_keys
from alliance_desktop.ui.formatting import country_text, datetime_text, record_kind_text
from alliance_desktop.ui.language import Retranslating
from alliance_desktop.ui.service_errors import guarded, report_refusal
from alliance_desktop.ui.settings_keys import Settings
from alliance_desktop.ui.undo.undo_history import recorded
from alliance_desktop.ui.undo.undo_names import restored, restored_records
from alliance_desktop.ui.widgets.text_table import TextTableModel, read_only_table


class TrashModel(TextTableModel):
    """The Trash's items as rows: what, name, country, deleted when and by whom."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(self.titles(), parent)
        self.items: list[TrashItem] = []

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Kind"),
            self.tr("Name"),
            self.tr("Country"),
            self.tr("Deleted"),
            self.tr("Deleted by"),
        )

    def set_items(self, items: list[TrashItem]) -> None:
        self.items = list(items)
        self.refill()

    def row_texts(self) -> list[tuple[str, ...]]:
        return [
            (
                record_kind_text(i.kind),
                str(i.label),
                country_text(i.country_code),
                datetime_text(i.deleted_at),
                i.deleted_by,
            )
            for i in self.items
        ]

    def row_uid(self, row: int) -> str | None:
        return self.items[row].uid


class TrashWindow(Retranslating, QDialog):
    """Lists ``services.trash.list()``; Restore puts the selected records back."""

    restored = Signal()

    def __init__(self, services: Any, prompts: Any, settings: Settings, parent: QWidget | None):
        super().__init__(parent)
        self.services = services
        self.prompts = prompts
        self.settings = settings
        self.read_only = bool(getattr(services.db, "read_only", False))
        self.model = TrashModel(self)
        self.view = read_only_table(
            self.model,
            "",
            stretch=1,
            selection=QAbstractItemView.SelectionMode.ExtendedSelection,
        )
        for column, width in ((0, 110), (2, 150), (3, 130), (4, 120)):
            self.view.horizontalHeader().resizeSection(column, width)
        self.summary_label = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton()
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.view.doubleClicked.connect(lambda _i: self.restore_selected())
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(860, 440)
        geometry = settings.get(settings_keys.TRASH_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Trash"))
        self.view.setAccessibleName(self.tr("Deleted records"))
        self.restore_button.setText(self.tr("&Restore"))
        # Set after the text: a text with an accelerator would replace the shortcut.
        self.restore_button.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_R))
        self.restore_button.setToolTip(self.tr("Put the selected records back (Ctrl+R)"))
        self.model.retranslate()
        self._show_summary()

    def set_services(self, services: Any) -> None:
        self.services = services
        self.read_only = bool(getattr(services.db, "read_only", False))
        self.refresh()

    def refresh(self) -> None:
        self.model.set_items(self.services.trash.list())
        self._show_summary()
        self._on_selection_changed()

    def _show_summary(self) -> None:
        count = self.model.rowCount()
        self.summary_label.setText(
            self.tr("1 deleted record")
            if count == 1
            else self.tr("%n deleted records", "", count)
            if count
            else self.tr("The Trash is empty.")
        )

    def selected_items(self) -> list[TrashItem]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.items[r] for r in rows]

    def restore_selected(self) -> int:
        items = [] if self.read_only else self.selected_items()
        done = 0
        name = restored if len(items) == 1 else restored_records(len(items))
        try:
            with recorded(self.services, name) as step:
                step.uid = items[0].uid if items else ""
                for item in items:
                    self.services.trash.restore(item.kind, item.uid)
                    done += 1
        except RefusedError as exc:
            report_refusal(self, self.prompts, exc, self.tr("Not restored"))
        if done:
            guarded(self, self.prompts, self.refresh)
            self.restored.emit()
        return done

    def _on_selection_changed(self, *_args: Any) -> None:
        selected = bool(self.view.selectionModel().selectedRows())
        self.restore_button.setEnabled(selected and not self.read_only)

    def done(self, result: int) -> None:
        self.settings.set(settings_keys.TRASH_GEOMETRY, self.saveGeometry())
        super().done(result)
