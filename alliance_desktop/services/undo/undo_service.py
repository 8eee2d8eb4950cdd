"""Undo and redo of one action: what it changed, captured as it ran, put back in one transaction."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import select

from alliance_desktop.db.change_capture import ChangeCapture, RowChange
from alliance_desktop.db.models import Authority
from alliance_desktop.domain.enums import AuditAction
from alliance_desktop.services.base import Service
from alliance_desktop.services.undo.row_states import LABEL_FIELDS, put_back


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

    def label(self, uid: str = "") -> str:
        """The name of the record acted on (``uid``'s when it has one): an authority's, an
        applicant's or a signer's name; "" when none of the rows has one."""
        named = []
        for row in self.rows:
            values = row.after if row.after is not None else row.before
            if values is None or row.table == "person":
                continue  # a contact's name is personal data, and not the record acted on
            for field in LABEL_FIELDS:
                if values.get(field):
                    named.append((values.get("uid") != uid, str(values[field])))
                    break
        return min(named, key=lambda n: n[0])[1] if named else ""


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

    def label(self, changes: ChangeSet, uid: str = "") -> str:
        """The name of the record ``changes`` acted on: ``changes.label(uid)``, or for a
        membership alone its authority's name as it is now."""
        label = changes.label(uid)
        if label:
            return label
        ids = [
            values["authority_id"]
            for row in changes.rows
            if row.table == "membership"
            for values in (row.after or row.before,)
            if values is not None
        ]
        if not ids:
            return ""
        with self.db.read() as session:
            return str(session.scalar(select(Authority.name).where(Authority.id == ids[0])) or "")

    def undo(self, changes: ChangeSet) -> None:
        """Put every row ``changes`` holds back as it was before; refused (ConflictError,
        nothing written) when one of them was changed since. Audited as an undo."""
        with self.db.write() as session:
            put_back(session, self.user, changes.rows, forward=False, action=AuditAction.UNDO)

    def redo(self, changes: ChangeSet) -> None:
        """Make the change again after an undo; refused like ``undo``. Audited as a redo."""
        with self.db.write() as session:
            put_back(session, self.user, changes.rows, forward=True, action=AuditAction.REDO)
