"""The built bundle (dist/AllianceDesktop, from `make dist`) run as a user runs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
BINARY = (
    ROOT
    / "dist"
    / "AllianceDesktop"
    / ("AllianceDesktop.exe" if sys.platform == "win32" else "AllianceDesktop")
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not BINARY.exists(), reason="dist/AllianceDesktop is not built (run `make dist`)"
    ),
]


def test_bundle_runs_commands_exports_certificates_and_the_window() -> None:
    # tools/dist_check.py is `make dist-check`: one list of checks for both.
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "dist_check.py")],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "dist-check passed" in done.stdout
    assert "Traceback" not in done.stderr


def test_bundle_carries_resources_migrations_and_qt_french() -> None:
    internal = BINARY.parent / "_internal"
    package = internal / "alliance_desktop"
    for source in (ROOT / "alliance_desktop" / "resources").rglob("*"):
        if source.is_file():
            relative = source.relative_to(ROOT / "alliance_desktop")
            assert (package / relative).exists(), f"{relative} is missing from the bundle"
    versions = ROOT / "alliance_desktop" / "db" / "migrations" / "versions"
    for migration in versions.glob("0*.py"):
        assert (package / "db" / "migrations" / "versions" / migration.name).exists()
    assert list(internal.rglob("qtbase_fr.qm")), "Qt's own French words are missing"
