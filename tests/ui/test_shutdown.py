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
    import sys, tempfile
    from pathlib import Path
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QWidget
    from alliance_desktop.app import build_main_window
    from alliance_desktop.services.data_safety.opening import open_database
    from alliance_desktop.ui.settings_keys import Settings
    from alliance_desktop.ui.shutdown import quit_on_terminate
    from tests.ui.fake_prompts import FakePrompts

    class Unsaved(QWidget):
        # A window that will not close without an answer, like a dialog with changes.
        def closeEvent(self, event):
            event.ignore()

    folder = Path(tempfile.mkdtemp())
    app = QApplication([])
    services = open_database(str(folder / "a.sqlite"), create=True)
    settings = Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window = build_main_window(services, FakePrompts(), settings)
    window.show()
    unsaved = Unsaved()
    unsaved.show()
    watcher = quit_on_terminate(app, window.end_session)  # as app.run_window does
    # Once the loop runs, nothing calls into Python until the signal's wake-up does.
    QTimer.singleShot(0, lambda: print("ready", flush=True))
    code = app.exec()
    watcher.uninstall()
    services.db.dispose()
    saved = QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat).allKeys()
    lock_left = any(p.name.endswith(".lock") for p in folder.iterdir())
    print("quit", code, bool(saved), lock_left, flush=True)
    """
)


def test_sigterm_ends_the_window_without_questions_and_closes_the_database() -> None:
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
        out, _ = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == 0
    # exit code 0, the window's state saved, no lock file left behind
    assert out.strip() == "quit 0 True False"
