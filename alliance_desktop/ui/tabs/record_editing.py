"""Editing from a record tab: its dialog (opened when first needed), new, edit, delete."""

from __future__ import annotations

import importlib
import importlib.util
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.ui.formatting import plural
from alliance_desktop.ui.service_errors import report_refusal
from alliance_desktop.ui.undo.undo_history import recorded
from alliance_desktop.ui.undo.undo_names import deleted, deleted_records

log = logging.getLogger(__name__)


class RecordEditing:
    """The editing dialog of a record tab and the deletes to the Trash; mixed into
    ``RecordTab`` (its ``dialog_location``, services, prompts, table and reload)."""

    def dialog_class(self) -> Callable[..., QDialog] | None:
        """The editing dialog's class, when its module exists (it is built separately)."""
        if not self._dialog_looked_up:
            self._dialog_looked_up = True
            if self.dialog_location is not None:
                module_name, class_name = self.dialog_location
                try:
                    module = importlib.import_module(module_name)
                    self._dialog_class = getattr(module, class_name, None)
                except ImportError:
                    self._dialog_class = None
                except Exception:  # a dialog under construction must not stop the window
                    log.exception("cannot load %s", module_name)
                    self._dialog_class = None
        return self._dialog_class

    def can_edit(self) -> bool:
        if not self.available():
            return False
        if self._dialog_looked_up or self.dialog_location is None:
            return self.dialog_class() is not None
        # Whether the dialog exists, without loading it (the window's start needs only that).
        return importlib.util.find_spec(self.dialog_location[0]) is not None

    def open_dialog(self, uid: str | None) -> QDialog | None:
        """Open the editing dialog (window-modal, not blocking) for ``uid`` or a new record."""
        cls = self.dialog_class()
        if cls is None:
            return None
        try:
            dialog = cls(self.services, uid, self.prompts, self)
        except RefusedError as exc:
            report_refusal(self, self.prompts, exc, self.tr("Cannot open the record"))
            self._guarded(self.reload)
            return None
        saved = getattr(dialog, "record_saved", None)
        if saved is not None:
            saved.connect(self._on_dialog_record_saved)
        dialog.finished.connect(lambda _result, d=dialog: self._on_dialog_finished(d))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self._dialog = dialog
        dialog.open()
        return dialog

    @property
    def dialog(self) -> QDialog | None:
        """The editing dialog open from this tab, if any."""
        return self._dialog

    def new_record(self) -> QDialog | None:
        return self.open_dialog(None)

    def edit_current(self) -> QDialog | None:
        index = self.view.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is None:
            rows = self.selected_rows()
            row = rows[0] if rows else None
        return self.open_dialog(row.uid) if row is not None else None

    def delete_selected(self) -> int:
        """Move the selected records to the Trash after asking; returns how many moved."""
        rows = self.selected_rows()
        if not rows or self.read_only:
            return 0
        if len(rows) == 1:
            text = self.tr("Move “{name}” to the Trash?").format(name=self.record_label(rows[0]))
        else:
            text = plural(
                len(rows),
                self.tr("Move {n} record to the Trash?"),
                self.tr("Move {n} records to the Trash?"),
            )
        text += "\n" + self.tr("You can restore it from View → Trash.")
        if not self.prompts.confirm(self, self.tr("Delete"), text):
            return 0
        moved = 0
        name = deleted if len(rows) == 1 else deleted_records(len(rows))
        try:
            with recorded(self.services, name) as step:
                step.uid = rows[0].uid
                for row in rows:
                    self.delete_record(row.uid, row.version)
                    moved += 1
        except RefusedError as exc:
            report_refusal(self, self.prompts, exc, self.tr("Not deleted"))
        if moved:
            self._guarded(lambda: self.reload(select_uids=[]))
            self.records_changed.emit()
        return moved

    def _on_dialog_record_saved(self, uid: str) -> None:
        # The saved record stays selected and in view, wherever its new name sorts it.
        if self._guarded(lambda: self.reload(select_uids=[uid])):
            self.select_uid(uid)
        self.records_changed.emit()

    def _on_dialog_finished(self, dialog: QDialog) -> None:
        if self._dialog is dialog:
            self._dialog = None
        # Without a window manager (or on some desktops) the window stays inactive otherwise.
        self.window().activateWindow()
        self.view.setFocus()
