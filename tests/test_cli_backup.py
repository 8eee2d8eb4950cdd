"""``backup`` and ``restore`` through the real entry point."""

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


def _mark(db: Path, value: str) -> None:
    conn = sqlite3.connect(db)
    conn.execute("INSERT OR REPLACE INTO app_info (key, value) VALUES ('test_mark', ?)", (value,))
    conn.commit()
    conn.close()


def _read_mark(db: Path) -> str | None:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    row = conn.execute("SELECT value FROM app_info WHERE key = 'test_mark'").fetchone()
    conn.close()
    return row[0] if row else None


def test_backup_then_restore(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    assert _run("--db", str(db), "init").returncode == 0
    _mark(db, "old")
    out = tmp_path / "saved.sqlite"
    made = _run("--db", str(db), "backup", "--out", str(out))
    assert made.returncode == 0, made.stderr
    assert str(out) in made.stdout
    assert (out.stat().st_mode & 0o777) == 0o600
    again = _run("--db", str(db), "backup", "--out", str(out))
    assert again.returncode == 1 and "exists" in again.stderr
    _mark(db, "new")
    restored = _run("--db", str(db), "restore", str(out))
    assert restored.returncode == 0, restored.stderr
    assert "kept" in restored.stdout
    assert _read_mark(db) == "old"
    kept = [p for p in (tmp_path / "backups").iterdir() if p.name.endswith("-replaced.sqlite")]
    assert len(kept) == 1 and _read_mark(kept[0]) == "new"


def test_backup_without_out_goes_to_the_backups_folder(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    assert _run("--db", str(db), "init").returncode == 0
    made = _run("--db", str(db), "backup")
    assert made.returncode == 0, made.stderr
    assert [p.name.split("-")[-1] for p in (tmp_path / "backups").iterdir()] == ["manual.sqlite"]


def test_restore_of_a_bad_file_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    assert _run("--db", str(db), "init").returncode == 0
    before = db.read_bytes()
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_text("hello")
    result = _run("--db", str(db), "restore", str(bogus))
    assert result.returncode == 1
    assert "not" in result.stderr and "Traceback" not in result.stderr
    assert db.read_bytes() == before


def test_backup_on_postgresql_is_a_plain_refusal_without_pg_dump(tmp_path: Path) -> None:
    import os

    env = dict(os.environ, PATH=str(tmp_path))  # no pg_dump to find
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from alliance_desktop.services.data_safety.server_backup import pg_dump;"
            "from pathlib import Path;"
            "from alliance_desktop.domain.errors import RefusedError\n"
            "try:\n pg_dump('postgresql+psycopg://u@h/db', Path(sys.argv[1]))\n"
            "except RefusedError as e:\n print(e); sys.exit(1)",
            str(tmp_path / "x.dump"),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1 and "server" in result.stdout
