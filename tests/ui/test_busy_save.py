"""A save while another program holds the write lock waits, fails plainly, keeps the form."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QProgressDialog
from pytestqt.qtbot import QtBot

from alliance_desktop.db.engine import sqlite_path
from alliance_desktop.services.data_safety.opening import open_database
from alliance_desktop.ui.dialogs.member_dialog import MemberDialog

from .fake_prompts import FakePrompts


def test_busy_database_keeps_the_dialogs_contents(qtbot: QtBot, tmp_path: Path) -> None:
    services = open_database(str(tmp_path / "busy.sqlite"), create=True, busy_timeout_ms=300)
    prompts = FakePrompts()
    other = sqlite3.connect(sqlite_path(services.db.url), isolation_level=None)  # type: ignore[arg-type]
    try:
        dialog = MemberDialog(services, None, prompts)
        qtbot.addWidget(dialog)
        dialog.name.setText("Kraljevo")
        dialog.country.setEditText("RS")
        dialog.focal_name.setText("Jelena Marković")
        other.execute("BEGIN IMMEDIATE")  # another program is writing
        dialog.accept()
        assert dialog.result() != QDialog.DialogCode.Accepted
        errors = prompts.calls("error")
        assert len(errors) == 1 and "busy" in errors[0][2] and "Traceback" not in errors[0][2]
        assert dialog.name.text() == "Kraljevo" and dialog.focal_name.text() == "Jelena Marković"
        assert services.members.list().total == 0
        other.execute("ROLLBACK")  # the other program is done: the same form now saves
        with qtbot.waitSignal(dialog.record_saved):
            dialog.accept()
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert [r.name for r in services.members.list().rows] == ["Kraljevo"]
    finally:
        other.close()
        services.db.dispose()


def _busy_dialog(qtbot: QtBot, tmp_path: Path) -> tuple[Any, MemberDialog, FakePrompts]:
    # The ordinary 10 s busy timeout: without the background wait the window would freeze.
    services = open_database(str(tmp_path / "busy.sqlite"), create=True)
    prompts = FakePrompts()
    dialog = MemberDialog(services, None, prompts)
    qtbot.addWidget(dialog)
    dialog.name.setText("Kraljevo")
    dialog.country.setEditText("RS")
    dialog.focal_name.setText("Jelena Marković")
    return services, dialog, prompts


class _WhenWaitShows:
    """Watches (from a timer, as the event loop runs during the wait) for the indicator, then
    does ``act``; counts ticks to show that the window stayed alive meanwhile."""

    def __init__(self, dialog: MemberDialog, act: Callable[[QProgressDialog], None]) -> None:
        self.ticks = 0
        self.seen: list[str] = []
        self._dialog = dialog
        self._act = act
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start()

    def _on_timer_timeout(self) -> None:
        self.ticks += 1
        progress = self._dialog.findChild(QProgressDialog)
        if progress is not None and progress.isVisible() and not self.seen:
            self.seen.append(progress.labelText())
            self._act(progress)


def test_a_save_on_a_busy_database_waits_without_freezing_and_cancel_keeps_the_form(
    qtbot: QtBot, tmp_path: Path
) -> None:
    services, dialog, prompts = _busy_dialog(qtbot, tmp_path)
    other = sqlite3.connect(sqlite_path(services.db.url), isolation_level=None)  # type: ignore[arg-type]
    try:
        other.execute("BEGIN IMMEDIATE")  # another program is writing
        watch = _WhenWaitShows(dialog, lambda progress: progress.cancel())
        started = time.monotonic()
        dialog.accept()
        elapsed = time.monotonic() - started
        watch.timer.stop()
        assert watch.seen == ["Waiting for the database… (another program is writing to it)"]
        assert elapsed < 5  # cancelled after about half a second, not the 10 s busy timeout
        assert watch.ticks >= 10  # the event loop ran all along
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert prompts.calls("error") == []  # cancelled: nothing to explain
        assert dialog.name.text() == "Kraljevo" and dialog.focal_name.text() == "Jelena Marković"
        assert (
            dialog.findChild(QProgressDialog) is None
            or not dialog.findChild(QProgressDialog).isVisible()
        )
        other.execute("ROLLBACK")
        assert services.members.list().total == 0  # nothing was saved
    finally:
        other.close()
        services.db.dispose()


def test_a_save_waiting_for_the_database_goes_through_once_the_other_program_is_done(
    qtbot: QtBot, tmp_path: Path
) -> None:
    services, dialog, prompts = _busy_dialog(qtbot, tmp_path)
    other = sqlite3.connect(sqlite_path(services.db.url), isolation_level=None)  # type: ignore[arg-type]
    try:
        other.execute("BEGIN IMMEDIATE")
        watch = _WhenWaitShows(dialog, lambda _progress: other.execute("ROLLBACK"))
        with qtbot.waitSignal(dialog.record_saved, timeout=5000):
            dialog.accept()
        watch.timer.stop()
        assert len(watch.seen) == 1
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert prompts.calls("error") == []
        assert [r.name for r in services.members.list().rows] == ["Kraljevo"]
    finally:
        other.close()
        services.db.dispose()
