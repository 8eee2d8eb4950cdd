"""``check`` through the real entry point: exit 0 on a sound file, 1 with problems listed."""

from __future__ import annotations

import sqlite3
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


def test_check_passes_then_lists_a_problem(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    assert _run("--db", str(db), "init").returncode == 0
    ok = _run("--db", str(db), "check")
    assert ok.returncode == 0, ok.stderr
    assert "no problems" in ok.stdout
    conn = sqlite3.connect(db)
    conn.execute(
        "INSERT INTO authority (uid, name, name_latin, name_en, name_fr, kind, country_code, "
        "roma_population_note, website, email, phone, address, notes, search_key, name_key, "
        "sort_key, version, created_at, updated_at) VALUES ('u1', 'Nowhere', '', '', '', "
        "'municipality', 'ZZ', '', '', '', '', '', '', '', '', '', 1, '2020-01-01', '2020-01-01')"
    )
    conn.commit()
    conn.close()
    before = db.read_bytes()
    bad = _run("--db", str(db), "check")
    assert bad.returncode == 1
    assert "authority Nowhere" in bad.stdout and "country" in bad.stdout
    assert "1 problem" in bad.stderr
    assert db.read_bytes() == before  # a check writes nothing
