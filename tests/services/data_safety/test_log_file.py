"""The log file: owner-only, in the user's log folder (or $ALLIANCE_LOG), without SQL or values."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from alliance_desktop import app
from alliance_desktop.db.errors import database_failure
from alliance_desktop.services.data_safety import log_file


@pytest.fixture
def log_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path / "logs" / "alliance-desktop.log"
    monkeypatch.setenv("ALLIANCE_LOG", str(path))
    old_umask = os.umask(0o022)
    yield path
    os.umask(old_umask)
    logger = logging.getLogger(log_file.LOGGER)
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()


def _flushed(path: Path) -> str:
    for handler in logging.getLogger(log_file.LOGGER).handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_the_default_log_is_in_the_user_log_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ALLIANCE_LOG")
    path = log_file.log_file_path()
    assert path.name == "alliance-desktop.log"
    assert "log" in str(path.parent).lower()


def test_the_log_file_is_owner_only_and_a_database_failure_leaves_no_sql(log_path: Path) -> None:
    assert log_file.set_up_logging() == log_path
    assert stat.S_IMODE(log_path.stat().st_mode) == 0o600
    error = OperationalError(
        "INSERT INTO person (name, email) VALUES (?, ?)",
        ("Jan Nowak", "jan@example.org"),
        sqlite3.OperationalError("database or disk is full"),
    )
    database_failure(error, writing=True)
    text = _flushed(log_path)
    assert "database error while writing" in text and "disk_full" in text
    for leak in ("INSERT", "Jan Nowak", "jan@example.org", "disk is full"):
        assert leak not in text


def test_a_command_logs_a_refused_opening_in_plain_kinds(log_path: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"SQLite format 3\x00" + b"garbage!" * 1000)
    assert app.main(["--db", str(damaged), "stats"]) == 1
    text = _flushed(log_path)
    assert "damaged" in text
    assert "file is not a database" not in text
    assert stat.S_IMODE(log_path.stat().st_mode) == 0o600


def test_rotated_files_stay_owner_only(log_path: Path) -> None:
    log_file.set_up_logging()
    logger = logging.getLogger("alliance_desktop.test")
    for _ in range(3):
        logger.info("x" * (log_file.MAX_BYTES // 2))
    _flushed(log_path)
    rotated = log_path.with_name(log_path.name + ".1")
    assert rotated.exists()
    for path in (log_path, rotated):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
