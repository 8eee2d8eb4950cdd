"""UnmergeBar: in a record's History, the newest merge into it and an Unmerge button."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from alliance_desktop.domain.duplicates import MergeEntry
from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.ui.formatting import datetime_text
from alliance_desktop.ui.language import Retranslating
from alliance_desktop.ui.service_errors import report_refusal


class UnmergeBar(Retranslating, QFrame):
    """Hidden unless the records shown have a merge that can still be taken back (merges are
    taken back newest first: each changed the kept record)."""

    unmerged = Signal(object)  # the MergeEntry taken back

    def __init__(self, services: Any, prompts: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.prompts = prompts
        self.entry: MergeEntry | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.button = QPushButton()
        self.button.clicked.connect(self._on_button_clicked)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.button.setText(self.tr("Unmerge…"))  # no letter: the record dialog uses them all
        self.button.setToolTip(
            self.tr("Put back both records and everything linked to them as before the merge")
        )
        if self.entry is not None:
            self.label.setText(
                self.tr("Merged with “{name}” on {when} by {who}.").format(
                    name=self.entry.dropped_label,
                    when=datetime_text(self.entry.merged_at),
                    who=self.entry.merged_by,
                )
            )

    def load(self, *uids: str) -> None:
        """Offer the newest merge into ``uids`` not yet taken back (none: hidden)."""
        duplicates = getattr(self.services, "duplicates", None)
        self.entry = None
        if duplicates is not None and self.prompts is not None and uids:
            try:
                entries = [e for e in duplicates.merges_of(*uids) if not e.undone]
            except RefusedError:
                entries = []  # the history itself says why the database could not be read
            self.entry = entries[0] if entries else None
        read_only = bool(getattr(getattr(self.services, "db", None), "read_only", False))
        self.button.setEnabled(not read_only)
        self.setVisible(self.entry is not None)
        self.retranslate_ui()

    def _on_button_clicked(self) -> None:
        entry = self.entry
        if entry is None:
            return
        question = self.tr(
            "Put “{name}” back as a record of its own, with everything that was linked to it, "
            "and this record's values as they were before the merge? Changes typed in this "
            "form and not saved are dropped."
        ).format(name=entry.dropped_label)
        if not self.prompts.confirm(self, self.tr("Unmerge"), question):
            return
        try:
            done = self.services.duplicates.unmerge(entry.merge_uid)
        except RefusedError as exc:
            report_refusal(self, self.prompts, exc, self.tr("Not unmerged"))
            return
        self.unmerged.emit(done)
