"""A database in a folder we cannot write opens read-only, with SQLite's immutable URI."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from alliance_desktop import cli
from alliance_desktop.db.engine import read_only_uri
from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.domain.records import PersonDraft
from alliance_desktop.services.data_safety import safe_open
from alliance_desktop.services.data_safety.opening import open_database


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "register.sqlite"
    open_database(str(path), create=True).db.dispose()
    return path


def _companions(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-"))


def _folder_read_only(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    # We run as root here, whom chmod does not stop: the opening code's own test of the
    # folder (os.access) is what decides, so that is what pretends.
    real_access = os.access

    def access(path: str | os.PathLike[str], mode: int) -> bool:
        if mode & os.W_OK and Path(path) == folder:
            return False
        return real_access(path, mode)

    monkeypatch.setattr(safe_open.os, "access", access)


def test_read_only_folder_is_read_without_making_wal_or_shm(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A real read-only folder cannot hold the -shm that a plain mode=ro read of a WAL file
    # creates: that is why it failed with "unable to open database file".
    _folder_read_only(monkeypatch, db_path.parent)
    before = db_path.read_bytes()
    services = open_database(str(db_path), create=False)
    try:
        assert services.db.read_only
        assert str(services.db.read_only_reason) == "its folder is read-only"
        assert services.stats.members().count == 0
        assert _companions(db_path) == []
        with pytest.raises(RefusedError, match="read-only"):
            services.persons.create(PersonDraft(name="Nobody"))
    finally:
        services.db.dispose()
    assert _companions(db_path) == []
    assert db_path.read_bytes() == before


def test_immutable_uri_opens_a_wal_file_without_touching_its_folder(db_path: Path) -> None:
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert _companions(db_path) == []
    uri = read_only_uri(db_path, immutable=True)
    assert uri.endswith("?mode=ro&immutable=1")
    with closing(sqlite3.connect(uri, uri=True)) as conn:
        assert conn.execute("SELECT count(*) FROM authority").fetchone() == (0,)
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("INSERT INTO app_info (key, value) VALUES ('x', 'y')")
    assert _companions(db_path) == []


def test_with_wal_and_shm_already_there_plain_read_only_sees_every_change(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _folder_read_only(monkeypatch, db_path.parent)
    assert safe_open.needs_immutable(db_path)
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).touch()
    assert not safe_open.needs_immutable(db_path)


def test_a_wal_that_cannot_be_read_is_told(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _folder_read_only(monkeypatch, db_path.parent)
    db_path.with_name(db_path.name + "-wal").write_bytes(b"\0" * 32)
    services = open_database(str(db_path), create=False)
    try:
        assert any("newest changes may be missing" in n for n in services.db.notices)
    finally:
        services.db.dispose()


def test_stats_works_on_a_database_in_a_read_only_folder(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _folder_read_only(monkeypatch, db_path.parent)
    assert cli.run(["--db", str(db_path), "stats"]) == 0
    assert "0 members" in capsys.readouterr().out
    assert _companions(db_path) == []
    assert not (db_path.parent / "backups").exists()
