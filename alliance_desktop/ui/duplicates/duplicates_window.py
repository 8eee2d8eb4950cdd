"""Tools → Find duplicates…: likely duplicate authorities and persons, to merge or dismiss."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from alliance_desktop.domain.duplicates import DuplicateKind, DuplicatePair
from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.ui import settings_keys
from alliance_desktop.ui.duplicates.merge_dialog import MergeDialog
from alliance_desktop.ui.duplicates.pair_model import DuplicatePairModel
from alliance_desktop.ui.formatting import plural
from alliance_desktop.ui.language import Retranslating
from alliance_desktop.ui.service_errors import report_refusal
from alliance_desktop.ui.settings_keys import Settings
from alliance_desktop.ui.widgets.text_table import read_only_table

KINDS = (None, DuplicateKind.AUTHORITY, DuplicateKind.PERSON)


class DuplicatesWindow(Retranslating, QDialog):
    """Lists ``services.duplicates.pairs()``; Merge… opens the merge window for the selected
    pair, Not duplicates remembers that the two differ (the pair is not offered again)."""

    merged = Signal()

    def __init__(
        self, services: Any, prompts: Any, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts
        self.settings = settings
        self.merge_dialog: MergeDialog | None = None
        self.model = DuplicatePairModel(self)
        self.view = read_only_table(self.model, "", stretch=DuplicatePairModel.SECOND)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(DuplicatePairModel.SCORE, Qt.SortOrder.DescendingOrder)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(DuplicatePairModel.FIRST, header.ResizeMode.Stretch)
        for column, width in ((DuplicatePairModel.KIND, 90), (DuplicatePairModel.WHY, 300)):
            header.resizeSection(column, width)
        header.resizeSection(DuplicatePairModel.SCORE, 60)
        self.kind_label = QLabel()
        self.kind_box = QComboBox()
        self.score_label = QLabel()
        self.score_box = QSpinBox()
        self.score_box.setRange(50, 100)
        self.score_box.setValue(int(settings.get(settings_keys.DUPLICATES_MIN_SCORE)))
        self.score_box.setSuffix(" %")
        self.kind_label.setBuddy(self.kind_box)
        self.score_label.setBuddy(self.score_box)
        self.refresh_button = QPushButton()
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        filters = QHBoxLayout()
        for widget in (self.kind_label, self.kind_box, self.score_label, self.score_box):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.refresh_button)
        self.merge_button = QPushButton()
        self.dismiss_button = QPushButton()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.dismiss_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.merge_button.clicked.connect(self._on_merge_button_clicked)
        self.dismiss_button.clicked.connect(self._on_dismiss_button_clicked)
        self.refresh_button.clicked.connect(self.refresh)
        self.kind_box.currentIndexChanged.connect(self._on_kind_box_current_index_changed)
        self.score_box.editingFinished.connect(self.refresh)
        self.view.doubleClicked.connect(lambda _index: self._on_merge_button_clicked())
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(1100, 480)
        geometry = settings.get(settings_keys.DUPLICATES_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Find duplicates"))
        self.view.setAccessibleName(self.tr("Likely duplicates"))
        self.kind_label.setText(self.tr("&Show:"))
        self.score_label.setText(self.tr("Names alike at &least:"))
        self.score_box.setToolTip(
            self.tr("Pairs with the same e-mail or website are listed whatever their names")
        )
        current = max(self.kind_box.currentIndex(), 0)
        self.kind_box.blockSignals(True)
        self.kind_box.clear()
        self.kind_box.addItems(
            [self.tr("Authorities and persons"), self.tr("Authorities"), self.tr("Persons")]
        )
        self.kind_box.setCurrentIndex(current)
        self.kind_box.blockSignals(False)
        self.refresh_button.setText(self.tr("&Refresh"))
        self.merge_button.setText(self.tr("&Merge…"))
        self.merge_button.setToolTip(self.tr("Make the two records one (Unmerge puts them back)"))
        self.dismiss_button.setText(self.tr("&Not duplicates"))
        self.dismiss_button.setToolTip(
            self.tr("The two records are different: do not offer this pair again")
        )
        self.model.retranslate()
        self._show_summary()

    def set_services(self, services: Any) -> None:
        self.services = services
        self.refresh()

    @property
    def read_only(self) -> bool:
        return bool(getattr(self.services.db, "read_only", False))

    def refresh(self) -> None:
        """Find the pairs again (the kind and score chosen)."""
        score = self.score_box.value()
        self.settings.set(settings_keys.DUPLICATES_MIN_SCORE, score)
        kind = KINDS[max(self.kind_box.currentIndex(), 0)]
        kinds = [kind] if kind is not None else [DuplicateKind.AUTHORITY, DuplicateKind.PERSON]
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pairs: list[DuplicatePair] = []
            for each in kinds:
                pairs.extend(self.services.duplicates.pairs(each, score))
        except RefusedError as exc:
            QGuiApplication.restoreOverrideCursor()
            report_refusal(self, self.prompts, exc)
            return
        QGuiApplication.restoreOverrideCursor()
        self.model.set_pairs(pairs)
        header = self.view.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._show_summary()
        self._on_selection_changed()

    def _show_summary(self) -> None:
        count = self.model.rowCount()
        self.summary_label.setText(
            plural(count, self.tr("{n} likely duplicate"), self.tr("{n} likely duplicates"))
            if count
            else self.tr("No likely duplicates found.")
        )

    def selected_pair(self) -> DuplicatePair | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.pair(rows[0].row()) if rows else None

    def _on_selection_changed(self, *_args: Any) -> None:
        selected = self.selected_pair() is not None
        self.merge_button.setEnabled(selected and not self.read_only)
        self.dismiss_button.setEnabled(selected and not self.read_only)

    def _on_kind_box_current_index_changed(self, _index: int) -> None:
        self.refresh()

    def _on_dismiss_button_clicked(self) -> None:
        pair = self.selected_pair()
        if pair is None or self.read_only:
            return
        try:
            self.services.duplicates.mark_not_duplicates(pair.kind, pair.left.uid, pair.right.uid)
        except RefusedError as exc:
            report_refusal(self, self.prompts, exc, self.tr("Not saved"))
            return
        self.refresh()

    def _on_merge_button_clicked(self) -> MergeDialog | None:
        """Open the merge window for the selected pair (not modal: the list stays usable)."""
        pair = self.selected_pair()
        if pair is None or self.read_only:
            return None
        try:
            preview = self.services.duplicates.preview(pair.kind, pair.left.uid, pair.right.uid)
        except RefusedError as exc:
            report_refusal(self, self.prompts, exc)
            self.refresh()
            return None
        dialog = MergeDialog(self.services, self.prompts, preview, self)
        dialog.merged.connect(self._on_merge_dialog_merged)
        self.merge_dialog = dialog
        dialog.open()
        return dialog

    def _on_merge_dialog_merged(self, _result: object) -> None:
        self.refresh()
        self.merged.emit()

    def done(self, result: int) -> None:
        self.settings.set(settings_keys.DUPLICATES_GEOMETRY, self.saveGeometry())
        super().done(result)
