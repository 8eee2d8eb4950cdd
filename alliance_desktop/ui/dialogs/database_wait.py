"""While a save waits for a busy database: the window stays alive, says who holds it, Cancel."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from alliance_desktop.services.data_safety.writer_lock import lock_path, read_owner
from alliance_desktop.ui.formatting import datetime_text

# The wait is said after this long (a short wait is not worth a window)...
SHOW_AFTER_S = 0.5
# ...and the event loop runs this long between two tries of the database.
PAUSE_MS = 50


class DatabaseWait(QObject):
    """Installed on a database (``db.busy_waiter = wait.start``): a save that finds it busy
    waits without freezing the window; after SHOW_AFTER_S a window-modal "Waiting for the
    database…" names who holds it and offers Cancel (the save is then abandoned, nothing is
    written, and the dialog keeps the user's edits)."""

    shown = Signal()  # the indicator appeared (tests, screenshots)

    def __init__(self, parent: QWidget, database_path: str | None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._path = Path(database_path) if database_path else None
        self.dialog: QProgressDialog | None = None

    def start(self) -> _Waiting | None:
        """A waiting for the database begins; None off the GUI thread (it then blocks there)."""
        app = QCoreApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            return None
        return _Waiting(self)

    def holder_text(self) -> str:
        """Who holds the database, when another copy of the application says so."""
        owner = read_owner(lock_path(self._path)) if self._path is not None else None
        if owner is None or owner.pid == os.getpid():
            return QCoreApplication.translate("DatabaseWait", "another program is writing to it")
        since = (
            datetime_text(owner.since)
            if owner.since is not None
            else QCoreApplication.translate("DatabaseWait", "?")
        )
        return QCoreApplication.translate(
            "DatabaseWait", "held by {user} on {host} since {since}"
        ).format(user=owner.user, host=owner.host, since=since)

    def _show(self) -> QProgressDialog:
        parent = QApplication.activeModalWidget() or QApplication.activeWindow() or self._parent
        dialog = QProgressDialog(parent)
        dialog.setWindowTitle(
            QCoreApplication.translate("DatabaseWait", "Waiting for the database")
        )
        dialog.setLabelText(
            QCoreApplication.translate(
                "DatabaseWait", "Waiting for the database… ({holder})"
            ).format(holder=self.holder_text())
        )
        dialog.setRange(0, 0)  # no end known: a busy bar
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        self.dialog = dialog
        self.shown.emit()
        return dialog

    def _close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None


class _Waiting:
    """One wait (one save): lets the event loop run between tries, until done or cancelled."""

    def __init__(self, owner: DatabaseWait) -> None:
        self._owner = owner
        self._dialog: QProgressDialog | None = None

    def wait(self, waited_s: float) -> bool:
        if self._dialog is None and waited_s >= SHOW_AFTER_S:
            self._dialog = self._owner._show()
        loop = QEventLoop()
        QTimer.singleShot(PAUSE_MS, loop.quit)
        # Before the indicator shows, clicks and keys wait (no second save can start); then
        # the window-modal indicator takes them, and only its Cancel can be pressed.
        flags: Any = (
            QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
            if self._dialog is None
            else QEventLoop.ProcessEventsFlag.AllEvents
        )
        loop.exec(flags)
        return not (self._dialog is not None and self._dialog.wasCanceled())

    def finish(self) -> None:
        if self._dialog is not None:
            self._owner._close()
            self._dialog = None
