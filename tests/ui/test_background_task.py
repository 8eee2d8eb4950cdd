"""Background work: results, errors and Cancel come back to the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable

from pytestqt.qtbot import QtBot

from alliance_desktop.domain.errors import Cancelled
from alliance_desktop.ui.background_task import BackgroundTask, run_in_background


def test_result_and_progress_arrive(qtbot: QtBot) -> None:
    seen: list[tuple[int, int]] = []

    def work(progress: Callable[[int, int], None]) -> str:
        for i in range(1, 4):
            progress(i, 3)
        return "done"

    task = BackgroundTask(work)
    task.progressed.connect(lambda d, t: seen.append((d, t)))
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        task.start()
    assert blocker.args == ["done"]
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_cancel_stops_the_work(qtbot: QtBot) -> None:
    started = threading.Event()
    cleaned_up = threading.Event()

    def work(progress: Callable[[int, int], None]) -> None:
        started.set()
        try:
            while True:
                progress(0, 10)
                started.wait(0.001)
        except Cancelled:
            cleaned_up.set()
            raise

    task = BackgroundTask(work)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        task.start()
        qtbot.waitUntil(started.is_set)
        task.cancel()
    assert isinstance(blocker.args[0], Cancelled)
    assert cleaned_up.is_set()


def test_run_in_background_reports_errors(qtbot: QtBot) -> None:
    outcome: list[tuple[object, BaseException | None]] = []

    def work(progress: Callable[[int, int], None]) -> None:
        raise ValueError("disk full")

    run_in_background(None, "Working", work, lambda r, e: outcome.append((r, e)))
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    result, error = outcome[0]
    assert result is None and isinstance(error, ValueError)
