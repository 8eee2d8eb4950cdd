"""Ending the application cleanly when the system asks it to (SIGTERM at shutdown or `kill`)."""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier


class TerminateWatcher(QObject):
    """Calls ``on_terminate`` in the event loop when the process receives SIGTERM.

    Python runs a signal handler only when the interpreter next gets control, and inside
    Qt's event loop that can be never: so the signal also writes to a socket Qt watches
    (``signal.set_wakeup_fd``), which wakes the loop and lets the handler run. Without it,
    SIGTERM killed the process with the database still open and its lock file left behind.
    """

    def __init__(self, on_terminate: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_terminate = on_terminate
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous_handler = signal.signal(signal.SIGTERM, self._on_sigterm)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)

    def _on_sigterm(self, _number: int, _frame: object) -> None:
        self._on_terminate()

    def _on_notifier_activated(self, *_args: object) -> None:
        # Reading empties the socket; returning to Python runs the pending handler.
        with contextlib.suppress(BlockingIOError):
            self._reader.recv(256)

    def uninstall(self) -> None:
        """Give SIGTERM back to what handled it before."""
        self._notifier.setEnabled(False)
        signal.signal(signal.SIGTERM, self._previous_handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()


def quit_on_terminate(app: QCoreApplication, end_session: Callable[[], None]) -> TerminateWatcher:
    """On SIGTERM: ``end_session()`` (keep what should be kept), then leave the event loop."""

    def on_terminate() -> None:
        end_session()
        # exit(), not quit(): Qt 6's quit() first asks every window to close, and a dialog
        # with unsaved changes would then wait for an answer that never comes.
        app.exit(0)

    return TerminateWatcher(on_terminate, app)
