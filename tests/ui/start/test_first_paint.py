"""ALLIANCE_FIRST_PAINT: the real start, to the first painted window, reports and quits cleanly
(what bench/bench_startup.py times, for the source run and the bundle alike)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from alliance_desktop.services.data_safety.opening import open_database
from alliance_desktop.services.demo import fill_demo
from alliance_desktop.ui.start.first_paint import FIRST_PAINT_LINE, FIRST_PAINT_VARIABLE


def test_the_window_reports_its_first_paint_and_quits(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    services = open_database(db, create=True)
    fill_demo(services.db)
    services.db.dispose()
    env = dict(os.environ)
    env.update(
        {
            FIRST_PAINT_VARIABLE: "1",
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_DATA_HOME": str(tmp_path / "data"),
            "XDG_STATE_HOME": str(tmp_path / "state"),
        }
    )
    done = subprocess.run(
        [sys.executable, "-m", "alliance_desktop", "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    word, cpu_ms = done.stdout.split()
    assert word == FIRST_PAINT_LINE and int(cpu_ms) > 0
    assert "Traceback" not in done.stderr


def test_the_first_paint_loads_no_exchange_reportlab_jinja2_or_pypdf(tmp_path: Path) -> None:
    """What a feature's menu action imports at its top is paid at every start: the dialogs
    that need openpyxl, ReportLab, Jinja2 or pypdf load them when first opened."""
    db = tmp_path / "demo.sqlite"
    services = open_database(db, create=True)
    fill_demo(services.db)
    services.db.dispose()
    env = dict(os.environ)
    env.update({FIRST_PAINT_VARIABLE: "1", "QT_QPA_PLATFORM": "offscreen"})
    env.update({f"XDG_{k}_HOME": str(tmp_path / k) for k in ("CONFIG", "DATA", "STATE")})
    heavy = ("openpyxl", "reportlab", "jinja2", "pypdf", "alliance_desktop.exchange")
    code = (
        "import atexit, sys\n"
        f"atexit.register(lambda: print(sorted(m for m in {heavy!r} if m in sys.modules)))\n"
        "from alliance_desktop.app import main\n"
        f"main(['--db', {str(db)!r}])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "[]"
