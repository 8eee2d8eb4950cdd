"""Long work off the GUI thread, with a progress dialog whose Cancel stops it cleanly.

One long job at a time: :func:`run_in_background` refuses to start a second one (an
import, an export, a certificate batch, a check) while another runs, and says which.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from alliance_desktop.domain.errors import Cancelled, RefusedError

Progress = Callable[[int, int], None]
Work = Callable[[Progress], Any]
Done = Callable[[Any, BaseException | None], None]

_RUNNING: set[BackgroundTask] = set()
_LONG_JOBS: dict[BackgroundTask, str] = {}
"""The long job started by run_in_background that is running now, with its title."""


class OtherJobRunningError(RefusedError):
    """A long job was asked for while another one runs; the message names the other."""


def running_job() -> str | None:
    """The title of the long job running now, or None when there is none."""
    return next(iter(_LONG_JOBS.values()), None)


class BackgroundTask(QObject):
    """Runs ``work(progress)`` in a QThread; ``progress(done, total)`` raises Cancelled after
    cancel() so the work can roll back and remove its partial file.

    Signals arrive on the thread that owns the task (the GUI thread).
    """

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._thread: QThread | None = None
        self._worker: _Worker | None = None

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def start(self) -> None:
        self._thread = QThread()
        self._worker = _Worker(self._work, self._cancel)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        # The thread ends itself when the work ends, so wait() from the GUI thread cannot block
        # on a slot that only the GUI thread would run.
        self._worker.finished.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._worker.failed.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._worker.progressed.connect(self.progressed)
        self._worker.finished.connect(self._on_worker_finished)
        self._worker.failed.connect(self._on_worker_failed)
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self) -> None:
        """Block until the work has ended (its signals still arrive through the event loop)."""
        if self._thread is not None:
            self._thread.wait()

    def _stop_thread(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
            self._thread = None
        if self._worker is not None:
            self._worker.deleteLater()
            self._worker = None

    @Slot(object)
    def _on_worker_finished(self, result: object) -> None:
        self._stop_thread()
        self.finished.emit(result)

    @Slot(object)
    def _on_worker_failed(self, error: object) -> None:
        self._stop_thread()
        self.failed.emit(error)


class _Worker(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, cancel: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._cancel = cancel

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self.progressed.emit(done, total)

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except BaseException as exc:  # every failure goes back to the GUI thread as a message
            self.failed.emit(exc)
        else:
            # Work that ran to its end stands, even if Cancel came too late to stop it.
            self.finished.emit(result)


def run_in_background(
    parent: QWidget | None, title: str, work: Work, on_done: Done, *, label: str = ""
) -> BackgroundTask:
    """Start ``work`` with a modeless progress dialog; ``on_done(result, error)`` runs on the GUI
    thread afterwards (``error`` is a Cancelled when the user cancelled).

    While another long job runs, ``work`` is not started: ``on_done`` gets an
    :class:`OtherJobRunningError` error (right after this returns, as for a job that failed).
    """
    # The task lives as long as its parent: deleting it from its own signal crashed when the
    # parent went away at the same moment. Without a parent, _RUNNING keeps it alive.
    task = BackgroundTask(work, parent)
    if parent is None:
        _RUNNING.add(task)
    running = running_job()
    if running is not None:
        refusal = OtherJobRunningError(
            QCoreApplication.translate(
                "BackgroundTask",
                "“{running}” is still in progress. Wait until it has finished, or cancel it, "
                "then try again.",
            ).format(running=running)
        )

        def refuse() -> None:
            _RUNNING.discard(task)
            on_done(None, refusal)

        QTimer.singleShot(0, task, refuse)
        return task
    _LONG_JOBS[task] = title
    # A parent closed mid-job takes the task with it: the job must not stay "running".
    task.destroyed.connect(lambda: _LONG_JOBS.pop(task, None))
    dialog = QProgressDialog(
        label or title, QCoreApplication.translate("BackgroundTask", "Cancel"), 0, 0, parent
    )
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def on_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)

    def finish(result: Any, error: BaseException | None) -> None:
        dialog.canceled.disconnect(task.cancel)
        dialog.close()
        dialog.deleteLater()
        _RUNNING.discard(task)
        _LONG_JOBS.pop(task, None)
        on_done(result, error)

    task.progressed.connect(on_progress)
    task.finished.connect(lambda result: finish(result, None))
    task.failed.connect(lambda error: finish(None, error))
    dialog.canceled.connect(task.cancel)
    task.start()
    return task
