"""A database error in a command: one plain sentence on stderr, exit code 1, no traceback."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from alliance_desktop import cli
from alliance_desktop.cli import common
from alliance_desktop.services.data_safety.opening import Services, open_database


def _full_disk_open(*args: Any, **kwargs: Any) -> Services:
    """The command's database, on a disk that is full once it is open."""
    services = open_database(*args, **kwargs)
    with services.db.engine.connect() as conn:
        pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar() or 0)

    @event.listens_for(services.db.engine, "connect")
    def _cap(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    return services


def test_import_on_a_full_disk_says_so_plainly(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    db = tmp_path / "full.sqlite"
    open_database(str(db), create=True).db.dispose()
    rows = [f"Kraljevo {i},RS,2020-01-01,Jelena Marković {i}" for i in range(400)]
    source = tmp_path / "members.csv"
    source.write_text("name,country_code,joined_on,focal_point\n" + "\n".join(rows) + "\n")
    monkeypatch.setattr(common, "open_database", _full_disk_open)

    code = cli.run(["--db", str(db), "import", "members", str(source)])

    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("alliance-desktop: The disk is full or failing. Nothing was changed")
    assert err.count("\n") == 1  # one sentence, no traceback
    for leaked in ("INSERT", "UPDATE", "[SQL", "Kraljevo", "Jelena", "Traceback"):
        assert leaked not in err and leaked not in caplog.text


def test_a_raw_database_error_outside_the_services_is_a_plain_sentence_too(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def _failing_open(*_args: Any, **_kwargs: Any) -> Services:
        raise OperationalError(
            "INSERT INTO person (name) VALUES (?)",
            ("Jelena Marković",),
            sqlite3.OperationalError("database is locked"),
        )

    monkeypatch.setattr(common, "open_database", _failing_open)
    assert cli.run(["--db", "x.sqlite", "stats"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("alliance-desktop: The database is busy")
    assert "INSERT" not in err and "Jelena" not in err and "Traceback" not in err
