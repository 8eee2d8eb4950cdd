"""SIGTERM (a shutdown, `kill`) ends the application through its event loop, cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from alliance_desktop.ui.shutdown import TerminateWatcher

    app = QApplication([])
    watcher = TerminateWatcher(app.quit)
    # Once the loop runs, nothing calls into Python until the signal's wake-up does.
    QTimer.singleShot(0, lambda: print("ready", flush=True))
    code = app.exec()
    watcher.uninstall()
    print("quit", code, flush=True)
    """
)


def test_sigterm_ends_the_event_loop_and_the_code_after_it_runs() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        child.send_signal(signal.SIGTERM)
        out, _ = child.communicate(timeout=20)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == 0
    assert out.strip() == "quit 0"
