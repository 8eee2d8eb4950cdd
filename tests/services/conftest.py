"""A fresh database per test: SQLite always, PostgreSQL when ALLIANCE_TEST_DATABASE_URL is set."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from alliance_desktop.services.opening import Services, open_database

PG_URL = os.environ.get("ALLIANCE_TEST_DATABASE_URL")
BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])


def _fresh_postgres_url(worker: str) -> str:
    assert PG_URL is not None
    base = make_url(PG_URL)
    name = f"alliance_test_{worker}"
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
    if request.param == "sqlite":
        location = str(tmp_path / "test.sqlite")
    else:
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        location = _fresh_postgres_url(worker)
    opened = open_database(location, create=True)
    yield opened
    opened.db.dispose()
