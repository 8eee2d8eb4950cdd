"""Running an import or export with a progress dialog and Cancel, for the exchange windows."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from alliance_desktop.ui.background_task import BackgroundTask, Done, Work, run_in_background


def start_with_progress(
    parent: QWidget, title: str, label: str, work: Work, on_done: Done
) -> BackgroundTask:
    """Start ``work(progress)``; a progress dialog with Cancel shows when it takes a while."""
    return run_in_background(parent, title, work, on_done, label=label)
