"""Background work: results, errors and Cancel come back to the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable

from pytestqt.qtbot import QtBot

from alliance_desktop.domain.errors import Cancelled, RefusedError
from alliance_desktop.ui.background_task import (
    BackgroundTask,
    OtherJobRunningError,
    run_in_background,
    running_job,
)


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


def test_wait_from_the_gui_thread_returns_and_late_cancel_keeps_the_result(qtbot: QtBot) -> None:
    release = threading.Event()

    def work(progress: Callable[[int, int], None]) -> str:
        release.wait(5)
        return "written"

    task = BackgroundTask(work)
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        task.start()
        release.set()
        task.wait()  # must not deadlock: the thread ends by itself
        task.cancel()  # too late: the work has finished and its result stands
    assert blocker.args == ["written"]


def test_parent_closed_right_after_the_task_ends(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    outcome: list[object] = []
    gone: list[bool] = []
    parent.destroyed.connect(lambda: gone.append(True))

    def done(result: object, error: BaseException | None) -> None:
        outcome.append(result)
        parent.deleteLater()  # the window goes at once, as when the user closes it

    run_in_background(parent, "Working", lambda progress: 42, done)
    qtbot.waitUntil(lambda: outcome == [42] and gone == [True], timeout=5000)


def test_a_second_long_job_is_refused_while_one_runs(qtbot: QtBot) -> None:
    release = threading.Event()
    first: list[object] = []
    second: list[tuple[object, BaseException | None]] = []
    third: list[object] = []

    def slow(progress: Callable[[int, int], None]) -> str:
        release.wait(10)
        return "exported"

    def never(progress: Callable[[int, int], None]) -> str:
        raise AssertionError("a refused job must not start")

    run_in_background(None, "Exporting", slow, lambda r, e: first.append(r))
    assert running_job() == "Exporting"
    run_in_background(None, "Importing", never, lambda r, e: second.append((r, e)))
    qtbot.waitUntil(lambda: bool(second), timeout=5000)
    result, error = second[0]
    assert result is None
    assert isinstance(error, OtherJobRunningError) and isinstance(error, RefusedError)
    assert "Exporting" in str(error)
    release.set()
    qtbot.waitUntil(lambda: first == ["exported"], timeout=5000)
    assert running_job() is None
    # Once the first has ended, the next one runs.
    run_in_background(None, "Importing", lambda progress: "imported", lambda r, e: third.append(r))
    qtbot.waitUntil(lambda: third == ["imported"], timeout=5000)
