"""The window's undo history: a QUndoStack of named service actions, one per open database."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from alliance_desktop.domain.errors import ConflictError, NotFoundError, RefusedError
from alliance_desktop.services.undo.undo_service import ChangeSet
from alliance_desktop.ui.undo.undo_names import added, edited

# How many actions the history keeps (the oldest are forgotten first).
UNDO_LIMIT = 200
# Each open database's history, for the dialogs and windows that act on it (weak: a closed
# database's history goes with its window).
_HISTORIES: weakref.WeakKeyDictionary[Any, UndoHistory] = weakref.WeakKeyDictionary()


class ServiceCommand(QUndoCommand):
    """One action done: its name (in the language in use, rebuilt after a switch) and two
    service calls taking it back and making it again.

    ``undo()``/``redo()``, which QUndoStack calls, do nothing: UndoHistory makes the call
    first and moves the stack only when the call succeeded (a refused undo must not look done).
    """

    def __init__(
        self,
        name: Callable[[], str],
        undo: Callable[[], object],
        redo: Callable[[], object],
        uids: list[str],
    ) -> None:
        super().__init__(name())
        self.name = name
        self.undo_call = undo
        self.redo_call = redo
        self.uids = uids

    def undo(self) -> None:
        pass

    def redo(self) -> None:
        pass


class UndoHistory(QObject):
    """The actions done in this window on its database, undone and redone by service calls.

    Any action can join it: ``push(name, undo, redo, uids)`` with two calls into the services
    (each one transaction, refused with a ConflictError when the records changed since), or,
    simpler, ``recorded(services, name)`` around the service calls that do the action.
    """

    applied = Signal(list)  # an undo or redo changed these records (uids): lists refresh

    def __init__(self, services: Any, prompts: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.prompts = prompts
        self.stack = QUndoStack(self)
        # A day's work; each step holds only the rows it changed.
        self.stack.setUndoLimit(UNDO_LIMIT)
        self.services: Any = None
        self.set_services(services)

    def set_services(self, services: Any) -> None:
        """Another database: its own, empty history (the old one cannot apply there)."""
        old = getattr(self.services, "db", None)
        if old is not None and _HISTORIES.get(old) is self:
            del _HISTORIES[old]
        self.services = services
        self.stack.clear()
        self.stack.setClean()
        db = getattr(services, "db", None)
        if db is not None:
            _HISTORIES[db] = self

    @property
    def read_only(self) -> bool:
        return bool(getattr(getattr(self.services, "db", None), "read_only", False))

    def push(
        self,
        name: Callable[[], str],
        undo: Callable[[], object],
        redo: Callable[[], object],
        uids: list[str] | None = None,
    ) -> None:
        self.stack.push(ServiceCommand(name, undo, redo, list(uids or [])))

    def push_changes(self, name: Callable[[], str], changes: ChangeSet, uids: list[str]) -> None:
        """An action whose rows the undo service captured (``recorded``)."""
        undo_service = self.services.undo
        self.push(
            name,
            lambda: undo_service.undo(changes),
            lambda: undo_service.redo(changes),
            uids + [u for u in changes.record_uids() if u not in uids],
        )

    def retranslate(self) -> None:
        for index in range(self.stack.count()):
            command = self.stack.command(index)
            if isinstance(command, ServiceCommand):
                command.setText(command.name())

    def undo(self) -> bool:
        if self.read_only or not self.stack.canUndo():
            return False
        command = self.stack.command(self.stack.index() - 1)
        return self._apply(command, command.undo_call, self.stack.undo, undoing=True)

    def redo(self) -> bool:
        if self.read_only or not self.stack.canRedo():
            return False
        command = self.stack.command(self.stack.index())
        return self._apply(command, command.redo_call, self.stack.redo, undoing=False)

    def _apply(
        self,
        command: QUndoCommand,
        call: Callable[[], object],
        move: Callable[[], None],
        *,
        undoing: bool,
    ) -> bool:
        assert isinstance(command, ServiceCommand)
        try:
            call()
        except (ConflictError, NotFoundError) as exc:
            # Changed since by someone else: never forced, and it can never apply again, so it
            # leaves the history (QUndoStack deletes an obsolete command when moving over it).
            title = (
                QCoreApplication.translate("UndoHistory", "Cannot undo")
                if undoing
                else QCoreApplication.translate("UndoHistory", "Cannot redo")
            )
            dropped = QCoreApplication.translate(
                "UndoHistory", "“{action}” was removed from the undo history."
            ).format(action=command.text())
            self.prompts.error(self._parent, title, f"{exc}\n\n{dropped}")
            command.setObsolete(True)
            move()
            return False
        except RefusedError as exc:
            # Busy, offline, disk full: nothing changed and the step stays to try again.
            title = (
                QCoreApplication.translate("UndoHistory", "Cannot undo")
                if undoing
                else QCoreApplication.translate("UndoHistory", "Cannot redo")
            )
            self.prompts.error(self._parent, title, str(exc))
            return False
        move()
        self.applied.emit(command.uids)
        return True


def history_for(services: Any) -> UndoHistory | None:
    """The undo history of the window working on ``services``' database, if any."""
    db = getattr(services, "db", None)
    return _HISTORIES.get(db) if db is not None else None


class Step:
    """What a ``recorded`` block tells its history: the record to select after an undo, and
    (when the block acted on several) how many it changed."""

    def __init__(self) -> None:
        self.uid = ""
        self.count = 0


def recorded_save(services: Any, *, new: bool) -> AbstractContextManager[Step]:
    """``recorded`` for a record dialog's save: "Add Kraków" or "Edit Kraków"."""
    return recorded(services, added if new else edited)


@contextmanager
def recorded(services: Any, name: Callable[[str], str]) -> Iterator[Step]:
    """Run the block's service calls as one undoable action, named ``name(record's name)``
    (called again after a language switch). What the block committed joins the history even
    when it then raised (the first two of three deletes); nothing joins when it changed
    nothing, or when no window keeps a history of this database (tests of a lone dialog)."""
    step = Step()
    history = history_for(services)
    undo_service = getattr(services, "undo", None)
    if history is None or undo_service is None:
        yield step
        return
    recording = None
    try:
        with undo_service.recording() as recording:
            yield step
    finally:
        changes = recording.changes if recording is not None else None
        if changes:
            try:
                label = undo_service.label(changes, step.uid)
            except RefusedError:  # the name only: the change itself is kept
                label = ""
            uids = [step.uid] if step.uid else []
            history.push_changes(lambda: name(label), changes, uids)
