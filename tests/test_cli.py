"""The command line through its real entry point."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "alliance_desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_init_then_stats(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.sqlite")
    assert _run("--db", db, "init").returncode == 0
    result = _run("--db", db, "stats")
    assert result.returncode == 0
    assert result.stdout.splitlines() == [
        "0 members from 0 countries",
        "0 signatories from 0 countries",
        "No applications pending",
    ]


def test_stats_without_database_is_refused(tmp_path: Path) -> None:
    result = _run("--db", str(tmp_path / "missing.sqlite"), "stats")
    assert result.returncode == 1
    assert "init" in result.stderr
    assert not (tmp_path / "missing.sqlite").exists()


def test_usage_error_exits_2(tmp_path: Path) -> None:
    assert _run("--db", str(tmp_path / "x.sqlite"), "init", "--bogus").returncode == 2


def test_init_demo_then_stats_and_refuses_a_second_time(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.sqlite")
    assert _run("--db", db, "init", "--demo").returncode == 0
    assert _run("--db", db, "stats").stdout.splitlines() == [
        "130 members from 29 countries",
        "121 signatories from 32 countries",
        "15 applications pending, oldest 74 days",
    ]
    again = _run("--db", db, "init", "--demo")
    assert again.returncode == 1
    assert "empty database" in again.stderr
