"""The Trash: deleted records of every kind, restorable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.domain.records import TrashItem
from alliance_desktop.ui import settings_keys
from alliance_desktop.ui.formatting import country_text, datetime_text, plural, record_kind_text
from alliance_desktop.ui.settings_keys import Settings

ModelIndex = QModelIndex | QPersistentModelIndex


class TrashModel(QAbstractTableModel):
    """The Trash's items as rows: what, name, country, deleted when."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[TrashItem] = []
        self._texts: list[tuple[str, str, str, str]] = []
        self._titles = (self.tr("Kind"), self.tr("Name"), self.tr("Country"), self.tr("Deleted"))

    def set_items(self, items: list[TrashItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self._texts = [
            (
                record_kind_text(i.kind),
                i.label,
                country_text(i.country_code),
                datetime_text(i.deleted_at),
            )
            for i in self.items
        ]
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= index.column() < len(self._titles):
            return self._texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return self.items[index.row()].uid
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._titles)
        ):
            return self._titles[section]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class TrashWindow(QDialog):
    """Lists ``services.trash.list()``; Restore puts the selected records back."""

    restored = Signal()

    def __init__(self, services: Any, prompts: Any, settings: Settings, parent: QWidget | None):
        super().__init__(parent)
        self.services = services
        self.prompts = prompts
        self.settings = settings
        self.read_only = bool(getattr(services.db, "read_only", False))
        self.setWindowTitle(self.tr("Trash"))
        self.model = TrashModel(self)
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Deleted records"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 110), (2, 150), (3, 150)):
            header.resizeSection(column, width)
        self.summary_label = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_R))
        self.restore_button.setToolTip(self.tr("Put the selected records back (Ctrl+R)"))
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.view.doubleClicked.connect(lambda _i: self.restore_selected())
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 440)
        geometry = settings.get(settings_keys.TRASH_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        self.refresh()

    def set_services(self, services: Any) -> None:
        self.services = services
        self.read_only = bool(getattr(services.db, "read_only", False))
        self.refresh()

    def refresh(self) -> None:
        self.model.set_items(self.services.trash.list())
        count = self.model.rowCount()
        self.summary_label.setText(
            plural(count, self.tr("{n} deleted record"), self.tr("{n} deleted records"))
            if count
            else self.tr("The Trash is empty.")
        )
        self._on_selection_changed()

    def selected_items(self) -> list[TrashItem]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.items[r] for r in rows]

    def restore_selected(self) -> int:
        items = [] if self.read_only else self.selected_items()
        done = 0
        try:
            for item in items:
                self.services.trash.restore(item.kind, item.uid)
                done += 1
        except RefusedError as exc:
            self.prompts.error(self, self.tr("Not restored"), str(exc))
        if done:
            self.refresh()
            self.restored.emit()
        return done

    def _on_selection_changed(self, *_args: Any) -> None:
        selected = bool(self.view.selectionModel().selectedRows())
        self.restore_button.setEnabled(selected and not self.read_only)

    def done(self, result: int) -> None:
        self.settings.set(settings_keys.TRASH_GEOMETRY, self.saveGeometry())
        super().done(result)
