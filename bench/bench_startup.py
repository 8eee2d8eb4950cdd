"""Benchmark of start-up to the first painted window: a bare QMainWindow, the application run
from source (English and French), and the bundled binary when one was built (issue 13).

Run: .venv/bin/python bench/bench_startup.py [--runs 9] [--members 0] [--bundle PATH] [--source DIR]

Each run is a fresh process, timed from outside, as a user starting the application: from
just before the process is started to the line it writes once its window has painted
(``ALLIANCE_FIRST_PAINT=1``: ``ui/start/first_paint.py``; the bare window does the same with
Qt alone), with the CPU time the process had used by then (its own figure, less sensitive to
other jobs on the shared cores). The application opens the demo database (``init --demo``;
``--members N``: a register of N members from bench/window_data.py instead) on the Members tab,
with the language saved in its settings (separate settings and data folders per run kind, so
nothing of the user's is read). ``--source DIR`` runs another checkout (before/after).
The kinds alternate inside each round, after one warm-up run each (compiled modules written,
the day's first backup made); each figure is the best of the runs.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

DEFAULT_BUNDLE = ROOT / "dist" / "AllianceDesktop" / "AllianceDesktop"
FIRST_PAINT_LINE = "first-paint"  # ui/start/first_paint.py (not imported: Qt stays out of here)

BARE_WINDOW = f"""
import sys
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Reporter(QObject):
    done = False
    def eventFilter(self, watched, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, report)
        return False

def report():
    print({FIRST_PAINT_LINE!r}, round(time.process_time() * 1000), flush=True)
    app.quit()

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1100, 700)
reporter = Reporter()
window.installEventFilter(reporter)
window.show()
app.exec()
"""


def settings_home(folder: Path, name: str, language: str, source: Path = ROOT) -> dict[str, str]:
    """An environment whose Qt settings (language, Members tab) and data folders are in
    ``folder/name``."""
    home = folder / name
    config = home / "config" / "Council of Europe"
    config.mkdir(parents=True, exist_ok=True)
    (config / "Alliance Desktop.conf").write_text(
        f"[interface]\nlanguage={language}\n\n[window]\ncurrent_tab=1\n", encoding="utf-8"
    )
    env = dict(os.environ)
    # As installed: compiled modules are written once (a warm-up run) and read after.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        {
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_STATE_HOME": str(home / "state"),
            "ALLIANCE_FIRST_PAINT": "1",
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "PYTHONPATH": str(source),
        }
    )
    return env


def time_to_first_paint(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Milliseconds from starting ``command`` to its first-paint line, and the CPU time the
    process had used by then (its own figure: less sensitive to other jobs on the cores)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=env["PYTHONPATH"],  # `python -m` reads the current folder first: the checkout's
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith(FIRST_PAINT_LINE):
            elapsed = (time.perf_counter() - started) * 1000
            cpu = float(line.split()[1])
            break
    else:
        _out, err = process.communicate()
        raise SystemExit(f"{command[0]} ended without painting:\n{err}")
    process.communicate(timeout=60)
    if process.returncode != 0:
        raise SystemExit(f"{command[0]} exited with {process.returncode}")
    return elapsed, cpu


def make_database(folder: Path, members: int) -> Path:
    db = folder / "bench.sqlite"
    if members:
        from window_data import make_full_database

        make_full_database(db, members).db.dispose()
    else:
        from alliance_desktop import cli

        if cli.run(["--db", str(db), "init", "--demo"]) != 0:
            raise SystemExit("init --demo failed")
    return db


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--members", type=int, default=0, help="0: the demo database")
    parser.add_argument("--bundle", type=Path, default=DEFAULT_BUNDLE)
    parser.add_argument(
        "--source",
        type=Path,
        default=ROOT,
        help="the checkout whose alliance_desktop runs (another one to compare before/after)",
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db = make_database(folder, args.members)
        window_run = [sys.executable, "-m", "alliance_desktop", "--db", str(db)]
        kinds: dict[str, tuple[list[str], dict[str, str]]] = {
            "bare QMainWindow": (
                [sys.executable, "-c", BARE_WINDOW],
                settings_home(folder, "bare", "en"),
            ),
            "source, English": (window_run, settings_home(folder, "en", "en", args.source)),
            "source, French": (window_run, settings_home(folder, "fr", "fr", args.source)),
        }
        if args.bundle.exists():
            kinds["bundle, English"] = (
                [str(args.bundle), "--db", str(db)],
                settings_home(folder, "bundle", "en"),
            )
        best = dict.fromkeys(kinds, float("inf"))
        best_cpu = dict(best)
        for command, env in kinds.values():  # warm-up: .pyc files, the day's first backup
            time_to_first_paint(command, env)
        for _ in range(args.runs):
            for kind, (command, env) in kinds.items():
                elapsed, cpu = time_to_first_paint(command, env)
                best[kind] = min(best[kind], elapsed)
                best_cpu[kind] = min(best_cpu[kind], cpu)

    what = f"{args.members:,} members" if args.members else "the demo database"
    print(f"start-up to the first painted window, {what}, best of {args.runs} fresh processes:")
    for kind, ms in best.items():
        print(f"  {kind + ':':18} {ms:6.0f} ms   (CPU time used by then: {best_cpu[kind]:4.0f} ms)")
    if "bundle, English" not in best:
        print(f"  (no bundle at {args.bundle}: `make dist` builds it)")
    window = best["source, English"]
    ratio = best["source, French"] / window
    print(f"  French / English: {ratio:.3f} ({(ratio - 1) * 100:+.1f} %, target within +5 %)")
    print(f"  source over the bare window: {window - best['bare QMainWindow']:.0f} ms")
    if "bundle, English" in best:
        print(f"  bundle / source: {best['bundle, English'] / window:.2f} (target ≤ 1.2)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
