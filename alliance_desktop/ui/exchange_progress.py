"""Running an import or export with a progress dialog and Cancel, for the exchange windows.

Like ui.background_task.run_in_background, but the task stays a child of its window until the
window goes: run_in_background's ``task.deleteLater()`` crashes (Qt 6.11/PySide 6.11) when the
window is destroyed right after the task ends, before the deferred delete is processed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

from alliance_desktop.ui.background_task import BackgroundTask, Done, Work


def start_with_progress(
    parent: QWidget, title: str, label: str, work: Work, on_done: Done
) -> BackgroundTask:
    """Start ``work(progress)``; a progress dialog with Cancel shows when it takes a while."""
    task = BackgroundTask(work, parent)
    dialog = QProgressDialog(
        label, QCoreApplication.translate("ExchangeProgress", "Cancel"), 0, 0, parent
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
        on_done(result, error)

    task.progressed.connect(on_progress)
    task.finished.connect(lambda result: finish(result, None))
    task.failed.connect(lambda error: finish(None, error))
    dialog.canceled.connect(task.cancel)
    task.start()
    return task
