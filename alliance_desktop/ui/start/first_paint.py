"""Telling a benchmark that the window has painted once, then quitting (ALLIANCE_FIRST_PAINT)."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# Set in the environment by bench/bench_startup.py: the window writes FIRST_PAINT_LINE and the
# process's CPU time so far (ms) to stdout once it has painted, closes and the application quits
# (a source run and a bundled binary are measured the same way, from outside the process).
FIRST_PAINT_VARIABLE = "ALLIANCE_FIRST_PAINT"
FIRST_PAINT_LINE = "first-paint"


class FirstPaintReporter(QObject):
    """Watches ``window`` for its first paint event; then reports, closes it and quits."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._done = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            # After this paint has been delivered: the frame is on screen, not half-drawn.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        sys.stdout.write(f"{FIRST_PAINT_LINE} {time.process_time() * 1000:.0f}\n")
        sys.stdout.flush()
        self._window.close()
        QCoreApplication.quit()


def report_first_paint_if_asked(window: QWidget) -> FirstPaintReporter | None:
    """A reporter on ``window`` when the environment asks for one (a benchmark run)."""
    if not os.environ.get(FIRST_PAINT_VARIABLE):
        return None
    return FirstPaintReporter(window)
