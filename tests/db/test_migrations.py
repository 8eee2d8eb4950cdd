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


def test_country_rank_indexes_match_the_lists_sort(tmp_path: Path) -> None:
    """Alembic cannot compare expression indexes; this checks them, and that lists use them."""
    from sqlalchemy.dialects import sqlite

    from alliance_desktop.db.migrations.versions import (  # type: ignore[attr-defined]
        __name__ as versions_package,
    )
    from alliance_desktop.db.models import country_rank_sql
    from alliance_desktop.domain.queries import ListQuery

    migration = __import__(f"{versions_package}.0003_country_rank_indexes", fromlist=["x"])
    assert country_rank_sql("country_code") == migration.COUNTRY_RANK
    services = open_database(str(tmp_path / "a.sqlite"), create=True)
    with services.db.engine.connect() as conn:
        names = {
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE name LIKE '%country_rank'"
            )
        }
        assert names == {
            "ix_authority_live_country_rank",
            "ix_signature_live_country_rank",
            "ix_application_live_country_rank",
        }
        for service, index in (
            (services.members, "ix_authority_live_country_rank"),
            (services.signatures, "ix_signature_live_country_rank"),
        ):
            stmt = service._select(ListQuery(sort="country_code")).limit(200)  # type: ignore[attr-defined]
            sql = str(
                stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})
            )
            plan = " ".join(r[3] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
            assert index in plan, plan
    services.db.dispose()
