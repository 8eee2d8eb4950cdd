"""Migrations build the models' schema, and foreign, empty and newer files are refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from alliance_desktop.db.models import Base
from alliance_desktop.domain.errors import DatabaseError
from alliance_desktop.services.data_safety.opening import open_database


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
    from alliance_desktop.services.lists.members import select_members

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
        for select_rows, index in (
            (select_members, "ix_authority_live_country_rank"),
            (services.signatures._select, "ix_signature_live_country_rank"),
        ):
            stmt = select_rows(ListQuery(sort="country_code")).limit(200)
            sql = str(
                stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})
            )
            plan = " ".join(r[3] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
            assert index in plan, plan
    services.db.dispose()


def test_upgrade_fills_the_list_keys_of_existing_records(tmp_path: Path) -> None:
    """A database made before migration 0005 sorts by focal point and signatory at once."""
    from alembic import command

    from alliance_desktop.db.migrate import alembic_config
    from alliance_desktop.domain.queries import ListQuery

    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0004")
        conn.exec_driver_sql(
            "INSERT INTO app_info (key, value) VALUES ('application', 'alliance-desktop')"
        )
        stamp = "'2026-01-01 00:00:00'"
        record = "uid, created_at, updated_at, version"
        for i, (town, key, person) in enumerate(
            (("Pécs", "pecs", "Zoltán Varga"), ("Győr", "gyor", "Ádám Tóth")), start=1
        ):
            conn.exec_driver_sql(
                f"INSERT INTO authority (id, {record}, name, name_latin, name_en, name_fr, kind, "
                "country_code, roma_population_note, website, email, phone, address, notes, "
                f"search_key, name_key, sort_key) VALUES ({i}, 'a{i}', {stamp}, {stamp}, 1, "
                f"'{town}', '', '', '', 'municipality', 'HU', '', '', '', '', '', '', '{key}', "
                f"'{key}', '{key}')"
            )
            conn.exec_driver_sql(
                f"INSERT INTO person (id, {record}, authority_id, name, function, email, phone, "
                f"language, notes) VALUES ({i}, 'p{i}', {stamp}, {stamp}, 1, {i}, '{person}', "
                "'', '', '', 'en', '')"
            )
            conn.exec_driver_sql(
                f"INSERT INTO membership (id, {record}, authority_id, participant_no, joined_on, "
                f"status, focal_point_id, notes) VALUES ({i}, 'm{i}', {stamp}, {stamp}, 1, {i}, "
                f"{i}, '2018-01-01', 'active', {i}, '')"
            )
            conn.exec_driver_sql(
                f"INSERT INTO signature (id, {record}, authority_id, signer_name, "
                "signer_function, signed_on, place, language, country_code, certificate_no, "
                f"notes, search_key, sort_key) VALUES ({i}, 's{i}', {stamp}, {stamp}, 1, {i}, "
                f"'Signer', '', '2019-01-01', '', 'en', 'HU', 'DAG-2019-000{i}', '', 'signer', "
                "'signer')"
            )
    engine.dispose()
    services = open_database(str(path), create=False)
    try:
        rows = services.members.list(ListQuery(sort="focal_point")).rows
        assert [r.focal_point for r in rows] == ["Ádám Tóth", "Zoltán Varga"]
        rows = services.signatures.list(ListQuery(sort="name")).rows
        assert [r.name for r in rows] == ["Győr", "Pécs"]
        assert [r.name for r in services.signatures.list(ListQuery(search="gyor")).rows] == ["Győr"]
    finally:
        services.db.dispose()


def test_every_sort_of_every_list_walks_an_index(tmp_path: Path) -> None:
    """Without a filter, a header click reads one page in index order instead of sorting the
    whole table (SQLite, which has no statistics here)."""
    from sqlalchemy.dialects import sqlite

    from alliance_desktop.domain.queries import ListQuery
    from alliance_desktop.services.lists.applications import (
        APPLICATION_SORTS,
        select_applications,
    )
    from alliance_desktop.services.lists.members import MEMBER_SORTS, select_members
    from alliance_desktop.services.signatures import SIGNATURE_SORTS

    services = open_database(str(tmp_path / "a.sqlite"), create=True)
    lists = (
        (select_members, MEMBER_SORTS),
        (services.signatures._select, SIGNATURE_SORTS),
        (select_applications, APPLICATION_SORTS),
    )
    with services.db.engine.connect() as conn:
        for select_rows, sorts in lists:
            for sort in sorts:
                for descending in (False, True):
                    query = ListQuery(sort=sort, descending=descending)
                    stmt = select_rows(query).limit(200)
                    sql = str(
                        stmt.compile(
                            dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}
                        )
                    )
                    plan = " ".join(r[3] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
                    # ("FOR RIGHT PART OF ORDER BY" sorts only the ties of one page.)
                    assert "TEMP B-TREE FOR ORDER BY" not in plan, (sort, descending, plan)
    services.db.dispose()


def test_downgrading_the_list_keys_and_upgrading_again_changes_no_index(tmp_path: Path) -> None:
    """SQLite's batch mode rebuilds tables without expression indexes; the downgrade of 0005
    puts them back, so a round trip leaves every index and trigger as it was."""
    import sqlite3
    import warnings
    from contextlib import closing

    from alembic import command

    from alliance_desktop.db.migrate import alembic_config

    path = tmp_path / "round.sqlite"
    open_database(str(path), create=True).db.dispose()
    query = "SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')"

    def schema() -> set[tuple[str, str]]:
        with closing(sqlite3.connect(path)) as conn:
            return set(conn.execute(query))

    before = schema()
    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # expression indexes cannot be reflected: known
        for target in ("0004", "head"):
            with engine.begin() as conn:
                config.attributes["connection"] = conn
                if target == "head":
                    command.upgrade(config, target)
                else:
                    command.downgrade(config, target)
    engine.dispose()
    assert schema() == before


def test_head_revision_constant_is_the_newest_migration() -> None:
    """Opening a current database reads HEAD_REVISION instead of loading Alembic: it must name
    the newest migration (renumbering or adding one means updating it)."""
    from alliance_desktop.db import migrate

    assert migrate.alembic_head_revision() == migrate.HEAD_REVISION
    assert migrate.HEAD_REVISION in migrate.known_revisions()


def test_current_revision_reads_what_alembic_reads(tmp_path: Path) -> None:
    from alembic.runtime.migration import MigrationContext

    from alliance_desktop.db import migrate

    engine = create_engine(f"sqlite:///{tmp_path / 'r.sqlite'}")
    with engine.connect() as conn:
        assert migrate.current_revision(conn) is None
    migrate.prepare(engine, create=True)
    with engine.connect() as conn:
        expected = MigrationContext.configure(conn).get_current_revision()
        assert migrate.current_revision(conn) == expected == migrate.HEAD_REVISION
    engine.dispose()


def test_opening_a_current_database_does_not_load_alembic(tmp_path: Path) -> None:
    """The window's start on an up-to-date database: no Alembic, exchange, reports or CLI."""
    import subprocess
    import sys

    db = tmp_path / "current.sqlite"
    from alliance_desktop.services.data_safety.opening import open_database

    open_database(db, create=True).db.dispose()
    code = (
        "import sys\n"
        "from alliance_desktop import app\n"
        "from alliance_desktop.services.data_safety.opening import open_database\n"
        f"open_database({str(db)!r}, create=False).db.dispose()\n"
        "heavy = ('alembic', 'openpyxl', 'reportlab', 'alliance_desktop.exchange',\n"
        "         'alliance_desktop.cli.commands')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout
    assert out.strip() == "[]"
