"""A failed migration: a plain message, one backup per attempt, the right backup offered."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from alliance_desktop.db.migrate import head_revision
from alliance_desktop.domain.data_safety import NewerVersionError, UpgradeFailedError
from alliance_desktop.services.data_safety.backup_choice import newest_good_backup
from alliance_desktop.services.data_safety.backups import (
    list_backups,
    take_backup,
)
from alliance_desktop.services.data_safety.opening import open_database

# Migration 0005 adds the list-key columns; a file at 0004 that already has them makes its
# ALTER TABLE fail with "duplicate column name", as a half-applied upgrade by hand would.
BEFORE_LIST_KEYS = "0004"


def _set_revision(path: Path, revision: str) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        conn.commit()


def _revision(path: Path) -> str:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def _launch(path: Path) -> UpgradeFailedError:
    with pytest.raises(UpgradeFailedError) as caught:
        open_database(str(path), create=False)
    return caught.value


@pytest.fixture
def failing(tmp_path: Path) -> Path:
    path = tmp_path / "register.sqlite"
    open_database(str(path), create=True, auto_backup=False).db.dispose()
    _set_revision(path, BEFORE_LIST_KEYS)
    return path


def test_a_failed_upgrade_says_so_in_a_plain_sentence(failing: Path) -> None:
    error = _launch(failing)
    text = str(error)
    assert text.startswith("This database could not be upgraded")
    assert f"0004 to {head_revision()}" in text
    for sql in ("duplicate", "column", "ALTER", "cannot be read"):
        assert sql not in text
    assert _revision(failing) == BEFORE_LIST_KEYS  # rolled back, left as it was


def test_two_launches_leave_exactly_one_migration_backup(failing: Path) -> None:
    _launch(failing)
    _launch(failing)
    migrations = [b for b in list_backups(failing) if b.reason == "migration"]
    assert len(migrations) == 1
    assert migrations[0].upgrade == f"0004-{head_revision()}"
    assert migrations[0].path.name.endswith(f"-migration-0004-{head_revision()}.sqlite")


def test_a_file_changed_since_the_last_attempt_gets_a_new_backup(failing: Path) -> None:
    _launch(failing)
    # Someone worked on it with the previous version meanwhile.
    later = dt.datetime.now().timestamp() + 5
    os.utime(failing, (later, later))
    _launch(failing)
    assert [b.reason for b in list_backups(failing)] == ["migration", "migration"]


def test_the_backup_offered_is_the_good_one_from_before_the_attempt(failing: Path) -> None:
    earlier = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    good = take_backup(failing, "manual", earlier)
    error = _launch(failing)
    _launch(failing)
    migration = next(b for b in list_backups(failing) if b.reason == "migration")
    # Without knowing why the file was refused, the newest sound backup is the one just taken
    # of the same file: restoring it would change nothing.
    assert newest_good_backup(failing) == migration
    offered = newest_good_backup(failing, error)
    assert offered is not None and offered.path == good.path


def test_a_backup_of_the_same_contents_taken_earlier_that_day_is_not_offered(
    failing: Path,
) -> None:
    changed = dt.datetime.fromtimestamp(failing.stat().st_mtime, dt.UTC)
    older = take_backup(failing, "start", changed - dt.timedelta(days=1))
    take_backup(failing, "start", changed + dt.timedelta(microseconds=1))  # same contents
    offered = newest_good_backup(failing, _launch(failing))
    assert offered is not None and offered.path == older.path


def test_without_an_older_backup_nothing_is_offered(failing: Path) -> None:
    error = _launch(failing)
    assert newest_good_backup(failing, error) is None


def test_a_newer_version_file_is_never_offered_an_older_backup(tmp_path: Path) -> None:
    path = tmp_path / "register.sqlite"
    open_database(str(path), create=True, auto_backup=False).db.dispose()
    take_backup(path, "manual")
    _set_revision(path, "9999_from_the_future")
    with pytest.raises(NewerVersionError) as caught:
        open_database(str(path), create=False)
    assert newest_good_backup(path, caught.value) is None
