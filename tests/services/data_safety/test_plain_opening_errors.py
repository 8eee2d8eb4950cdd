"""Opening a damaged, foreign or unreachable database: a plain sentence, never the driver's text."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from alliance_desktop.db import migrate
from alliance_desktop.domain.errors import DatabaseError
from alliance_desktop.services.data_safety import backups
from alliance_desktop.services.data_safety.opening import open_database
from tests.services.conftest import PG_URL

SQL = "SELECT * FROM person WHERE name = 'Jan Nowak'"
DRIVER_TEXT = "no such column: Jan Nowak"


def _plain(message: str) -> None:
    for leak in ("SELECT", "Jan Nowak", "FATAL", "btree", "***", "not a database)", "connection"):
        assert leak not in message


def test_a_file_with_a_damaged_body_is_refused_in_plain_words(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"garbage!" * 1000)
    with pytest.raises(DatabaseError) as refused:
        open_database(path, create=False)
    message = str(refused.value)
    assert "file is not a database" not in message  # sqlite3's own words
    assert "damaged" in message
    _plain(message)


def test_a_file_failing_its_check_does_not_quote_the_check(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (a TEXT)")
        conn.execute("CREATE INDEX t_a ON t (a)")
        conn.executemany("INSERT INTO t VALUES (?)", [(f"row {i:05}",) for i in range(2000)])
    conn.close()
    data = bytearray(path.read_bytes())
    page = 4096 if len(data) > 4096 * 6 else 1024
    data[page * 3 : page * 3 + 64] = b"\xff" * 64  # a b-tree page header overwritten
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError) as refused:
        open_database(path, create=False)
    _plain(str(refused.value))


def test_a_driver_error_while_opening_never_reaches_the_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "a.sqlite"
    open_database(path, create=True).db.dispose()

    def failing(*_args: object, **_kwargs: object) -> None:
        raise OperationalError(SQL, {"name": "Jan Nowak"}, sqlite3.OperationalError(DRIVER_TEXT))

    monkeypatch.setattr(migrate, "prepare", failing)
    with caplog.at_level(logging.INFO), pytest.raises(DatabaseError) as refused:
        open_database(path, create=False)
    _plain(str(refused.value))
    assert "Jan Nowak" not in caplog.text
    assert "SELECT" not in caplog.text


def test_a_damaged_backup_is_refused_in_plain_words(tmp_path: Path) -> None:
    path = tmp_path / "backup.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"garbage!" * 1000)
    with pytest.raises(DatabaseError) as refused:
        backups.check_backup(path)
    assert "file is not a database" not in str(refused.value)
    _plain(str(refused.value))


@pytest.mark.skipif(PG_URL is None, reason="needs ALLIANCE_TEST_DATABASE_URL")
def test_a_server_without_that_database_is_refused_in_plain_words() -> None:
    assert PG_URL is not None
    url = make_url(PG_URL).set(database="alliance_no_such_database_here")
    with pytest.raises(DatabaseError) as refused:
        open_database(url.render_as_string(hide_password=False), create=False)
    message = str(refused.value)
    assert "alliance_no_such_database_here" not in message
    assert "database name" in message
    _plain(message)


def test_a_file_that_cannot_be_read_is_refused_not_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ana.kovac" / "a.sqlite"
    open_database(path, create=True).db.dispose()
    real_open = Path.open

    def no_permission(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == path:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", no_permission)
    with pytest.raises(DatabaseError) as refused:  # not a PermissionError escaping the window
        open_database(path, create=False)
    assert "permission was denied" in str(refused.value)
    assert "Errno" not in str(refused.value)
