"""Backups leave nothing behind: on quit, after a kill, after checking a damaged file."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from alliance_desktop import cli
from alliance_desktop.domain import temp_files
from alliance_desktop.domain.errors import DatabaseError
from alliance_desktop.domain.records import PersonDraft
from alliance_desktop.services.data_safety.backups import check_backup, list_backups
from alliance_desktop.services.data_safety.opening import open_database


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "alliance.sqlite"
    open_database(str(path), create=True).db.dispose()
    return path


# --- a backup on quit -------------------------------------------------------------------------


def test_a_session_with_changes_is_backed_up_on_quit(db_path: Path) -> None:
    services = open_database(str(db_path), create=False, auto_backup=False)
    try:
        services.stats.members()  # reading changes nothing
        assert services.backups.backup_if_changed() is None
        services.persons.create(PersonDraft(name="Edited Today"))
        info = services.backups.backup_if_changed()
        assert info is not None and info.reason == "quit"
        with closing(sqlite3.connect(f"file:{info.path}?mode=ro", uri=True)) as conn:
            assert conn.execute("SELECT name FROM person").fetchall() == [("Edited Today",)]
        assert services.backups.backup_if_changed() is None  # nothing new since
    finally:
        services.db.dispose()
    assert [b.reason for b in list_backups(db_path)] == ["quit"]


def test_a_session_without_changes_adds_no_backup(db_path: Path) -> None:
    services = open_database(str(db_path), create=False, auto_backup=False)
    services.stats.members()
    assert services.backups.backup_if_changed() is None
    services.db.dispose()
    assert list_backups(db_path) == []


# --- checking a damaged backup -----------------------------------------------------------------


def test_checking_a_damaged_wal_mode_file_leaves_nothing_beside_it(db_path: Path) -> None:
    damaged = db_path.parent / "elsewhere" / "damaged.sqlite"
    damaged.parent.mkdir()
    damaged.write_bytes(db_path.read_bytes())  # the live file's header says WAL mode
    with closing(sqlite3.connect(f"file:{damaged}?mode=ro&immutable=1", uri=True)) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(damaged.read_bytes())
    data[2 * page_size : 4 * page_size] = b"\xff" * (2 * page_size)
    damaged.write_bytes(bytes(data))
    with pytest.raises(DatabaseError):
        check_backup(damaged)
    assert sorted(p.name for p in damaged.parent.iterdir()) == ["damaged.sqlite"]


# --- backup --out killed midway ------------------------------------------------------------

KILLED_BACKUP = """
import sys
from alliance_desktop.services.data_safety import backup_copy as backups

real_connect = backups.sqlite3.connect

def connect(*args, **kwargs):
    conn = real_connect(*args, **kwargs)
    if not kwargs.get("uri"):  # the copy being written: stop here, as if killed midway
        print("writing", flush=True)
        sys.stdin.readline()
    return conn

backups.sqlite3.connect = connect
from alliance_desktop import cli
cli.run(["--db", sys.argv[1], "backup", "--out", sys.argv[2]])
"""


def test_a_killed_backup_out_leaves_no_visible_file_and_the_next_run_cleans_up(
    db_path: Path, tmp_path: Path
) -> None:
    out_folder = tmp_path / "usb"
    out_folder.mkdir()
    out = out_folder / "copy.sqlite"
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_BACKUP, str(db_path), str(out)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "writing"
    left = list(out_folder.iterdir())
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    # Nothing that looks like a backup: one hidden temporary file.
    assert [p.name for p in left if not p.name.startswith(".")] == []
    [temp] = left
    assert temp.name.startswith(".copy.sqlite.") and temp.name.endswith(".part")
    # The next run (a new process: the leftover predates it) sweeps it when writing there.
    before = temp_files.STARTED - 1
    os.utime(temp, (before, before))
    assert cli.run(["--db", str(db_path), "backup", "--out", str(out)]) == 0
    assert sorted(p.name for p in out_folder.iterdir()) == ["copy.sqlite"]


def test_opening_the_database_sweeps_leftovers_beside_it_and_among_its_backups(
    db_path: Path,
) -> None:
    backups_folder = db_path.parent / "backups"
    backups_folder.mkdir(exist_ok=True)
    old = temp_files.STARTED - 3600
    left = [
        db_path.parent / ".members.csv.abcdefgh.part",
        backups_folder / ".alliance-20261204-101010-000001-start.sqlite.abcdefgh.part",
        backups_folder / ".alliance-20261204-101010-000001-start.sqlite.abcdefgh.part-journal",
    ]
    for path in left:
        path.write_bytes(b"half")
        os.utime(path, (old, old))
    open_database(str(db_path), create=False, auto_backup=False).db.dispose()
    assert not any(p.exists() for p in left)


def test_after_a_restore_the_restored_file_is_not_backed_up_as_this_sessions_work(
    db_path: Path,
) -> None:
    services = open_database(str(db_path), create=False, auto_backup=False)
    try:
        backup = services.backups.back_up_now()
        services.persons.create(PersonDraft(name="Edited Today"))
        result = services.backups.restore(backup.path)
        assert result.result.kept is not None  # the session's work, kept aside as "replaced"
        assert services.backups.backup_if_changed() is None
    finally:
        services.db.dispose()
