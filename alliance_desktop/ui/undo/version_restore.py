"""A record dialog's History tab with "Restore this version…": the differences shown, then saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from alliance_desktop.domain.errors import ConflictError, NotFoundError, RefusedError
from alliance_desktop.ui.formatting import datetime_text
from alliance_desktop.ui.undo.undo_history import recorded
from alliance_desktop.ui.undo.undo_names import restored_version
from alliance_desktop.ui.windows.history_view import HistoryView, change_text, field_text

# The records whose dialogs can put an earlier version back (their services know how).
RESTORABLE = frozenset({"member", "signature", "application"})


def restorable_history(dialog: Any) -> HistoryView:
    """The History tab of ``dialog`` (a RecordDialog), offering "Restore this version…" when
    its record kind can be restored and the database can be written."""
    view = HistoryView(dialog.services, dialog.prompts, dialog.reload)
    writable = not getattr(getattr(dialog.services, "db", None), "read_only", True)
    has_revert = getattr(dialog.services, "revert", None) is not None
    view.set_restorable(writable and has_revert and dialog.record_word in RESTORABLE)
    view.version_chosen.connect(lambda entry_id: restore_version(dialog, view, entry_id))
    return view


def restore_version(dialog: Any, view: HistoryView, entry_id: int) -> bool:
    """Show what differs between now and the version after ``entry_id``; after confirmation
    save it (one undoable change), then show the record as saved."""
    title = QCoreApplication.translate("VersionRestore", "Restore this version")
    meta = dialog.loaded_meta()
    uid = dialog.uid
    if uid is None or meta is None:
        return False
    if dialog.is_changed():
        dialog.prompts.error(
            dialog,
            title,
            QCoreApplication.translate(
                "VersionRestore", "Save or cancel your changes to the form first."
            ),
        )
        return False
    entry = next((e for e in view.model.entries if e.id == entry_id), None)
    when = datetime_text(entry.at) if entry is not None else ""
    try:
        differences = dialog.services.revert.differences(uid, entry_id)
    except RefusedError as exc:
        dialog.prompts.error(dialog, title, str(exc))
        return False
    if not differences:
        dialog.prompts.info(
            dialog,
            title,
            QCoreApplication.translate(
                "VersionRestore", "The record already has the values it had on {when}."
            ).format(when=when),
        )
        return False
    lines = "\n".join(
        f"• {field_text(d.field)}: {change_text(d.now, d.then, d.field)}" for d in differences
    )
    question = QCoreApplication.translate(
        "VersionRestore",
        "Put back the values this record had on {when}? These fields change (now → then):"
        "\n\n{changes}\n\nThis is saved as a new change; Edit → Undo takes it back.",
    ).format(when=when, changes=lines)
    if not dialog.prompts.confirm(dialog, title, question):
        return False
    try:
        with recorded(dialog.services, restored_version) as step:
            step.uid = uid
            dialog.services.revert.revert(uid, entry_id, meta.version)
    except (ConflictError, NotFoundError) as exc:
        dialog.show_conflict(exc)
        return False
    except RefusedError as exc:
        dialog.prompts.error(dialog, title, str(exc))
        return False
    dialog.reload()
    dialog.record_saved.emit(uid)
    return True
