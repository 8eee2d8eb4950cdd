"""Undo and redo of one action: what it changed, captured as it ran, put back in one transaction."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from alliance_desktop.db.change_capture import ChangeCapture, RowChange
from alliance_desktop.domain.enums import AuditAction
from alliance_desktop.services.base import Service
from alliance_desktop.services.undo.row_states import put_back


@dataclass(frozen=True)
class ChangeSet:
    """The rows one action changed, each with its values before and after (opaque to the
    window, which hands it back to ``undo``/``redo``)."""

    rows: tuple[RowChange, ...]

    def __bool__(self) -> bool:
        return bool(self.rows)

    def record_uids(self) -> list[str]:
        """The uids of the records it touched (for the window to select after an undo)."""
        found: list[str] = []
        for row in self.rows:
            for values in (row.after, row.before):
                uid = values.get("uid") if values is not None else None
                if uid and uid not in found:
                    found.append(str(uid))
        return found


class Recording:
    """What a ``recording()`` block changed: ``changes`` once the block has ended."""

    def __init__(self) -> None:
        self.changes = ChangeSet(())


class UndoService(Service):
    @contextmanager
    def recording(self) -> Iterator[Recording]:
        """Capture what the service calls made inside the block change (committed work only).

        A block inside another one adds to the outer capture and reports nothing itself.
        """
        recording = Recording()
        if self.db.capture is not None:
            yield recording
            return
        capture = ChangeCapture()
        self.db.capture = capture
        try:
            yield recording
        finally:
            self.db.capture = None
            recording.changes = ChangeSet(capture.changes())

    def undo(self, changes: ChangeSet) -> None:
        """Put every row ``changes`` holds back as it was before; refused (ConflictError,
        nothing written) when one of them was changed since. Audited as an undo."""
        with self.db.write() as session:
            put_back(session, self.user, changes.rows, forward=False, action=AuditAction.UNDO)

    def redo(self, changes: ChangeSet) -> None:
        """Make the change again after an undo; refused like ``undo``. Audited as a redo."""
        with self.db.write() as session:
            put_back(session, self.user, changes.rows, forward=True, action=AuditAction.REDO)
