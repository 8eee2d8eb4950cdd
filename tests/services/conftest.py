"""A fresh database per test: SQLite always, PostgreSQL when ALLIANCE_TEST_DATABASE_URL is set."""

from __future__ import annotations

import atexit
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from alliance_desktop.services.data_safety.opening import Services, open_database

PG_URL = os.environ.get("ALLIANCE_TEST_DATABASE_URL")
BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])
_CREATED: list[str] = []


def _drop_database(base: URL, name: str) -> None:
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _fresh_postgres_url() -> str:
    assert PG_URL is not None
    base = make_url(PG_URL)
    # One database per test process, so parallel runs (xdist workers, colleagues) never meet.
    name = f"alliance_test_{os.getpid()}"
    if name not in _CREATED:
        _CREATED.append(name)
        atexit.register(_drop_database, base, name)
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name})
        if exists.scalar() is None:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    url = base.set(database=name)
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url.render_as_string(hide_password=False)


@pytest.fixture(params=BACKENDS)
def services(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Services]:
    location = str(tmp_path / "test.sqlite") if request.param == "sqlite" else _fresh_postgres_url()
    opened = open_database(location, create=True)
    yield opened
    opened.db.dispose()
