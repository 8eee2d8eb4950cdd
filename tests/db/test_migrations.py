"""Migrations build the models' schema, and foreign, empty and newer files are refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from alliance_desktop.db.models import Base
from alliance_desktop.domain.errors import DatabaseError
from alliance_desktop.services.opening import open_database


def test_models_and_migrations_do_not_drift(tmp_path: Path) -> None:
    services = open_database(str(tmp_path / "a.sqlite"), create=True)
    with services.db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    services.db.dispose()
    assert diff == []


def test_sqlite_pragmas_are_set(tmp_path: Path) -> None:
    services = open_database(str(tmp_path / "a.sqlite"), create=True)
    with services.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    services.db.dispose()


def _unchanged_refusal(path: Path) -> None:
    before = path.read_bytes()
    with pytest.raises(DatabaseError):
        open_database(str(path), create=True)
    assert path.read_bytes() == before


def test_empty_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.write_bytes(b"")
    _unchanged_refusal(path)


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)"))
    engine.dispose()
    _unchanged_refusal(path)


def test_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    open_database(str(path), create=True).db.dispose()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    _unchanged_refusal(path)
