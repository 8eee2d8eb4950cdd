"""A database error reaches people as a plain sentence: no SQL, no parameters, no values."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, event, text

from alliance_desktop.db.models import Authority
from alliance_desktop.domain.errors import DatabaseFailureError
from alliance_desktop.domain.records import AuthorityDraft, MembershipDraft, PersonDraft
from alliance_desktop.services.data_safety.opening import Services, open_database
from tests.services.conftest import BACKENDS, PG_URL, _fresh_postgres_url

SQL_WORDS = ("INSERT", "UPDATE", "SELECT", "VALUES", "membership", "person (")


def _assert_plain(text_: str, *values: str) -> None:
    for word in (*SQL_WORDS, *values, "Traceback", "[SQL", "parameters"):
        assert word not in text_, f"{word!r} leaked into {text_!r}"


def _open(backend: str, tmp_path: Path) -> Services:
    location = str(tmp_path / "db.sqlite") if backend == "sqlite" else _fresh_postgres_url()
    return open_database(location, create=True)


def _member(name: str, focal: str | None = None) -> tuple[Any, ...]:
    return (
        AuthorityDraft(name=name, country_code="RS"),
        MembershipDraft(authority_uid="", joined_on=dt.date(2020, 1, 1)),
        PersonDraft(name=focal, email="jelena@example.org") if focal else None,
    )


@pytest.mark.parametrize("backend", BACKENDS)
def test_two_sessions_taking_the_same_next_participant_number_get_a_plain_sentence(
    backend: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    services = _open(backend, tmp_path)
    other = None if backend == "sqlite" else create_engine(services.db.url)
    try:
        services.members.create(*_member("Novi Sad"))  # number 1; the next one is 2
        taken: list[bool] = []

        @event.listens_for(services.db.engine, "before_cursor_execute")
        def _meanwhile(_conn: Any, cursor: Any, statement: str, *_args: Any) -> None:
            # Between reading the next number (2) and inserting it, another session takes 2.
            if taken or not statement.lstrip().upper().startswith("INSERT INTO MEMBERSHIP"):
                return
            taken.append(True)
            update = "UPDATE membership SET participant_no = 2 WHERE participant_no = 1"
            if other is None:
                # SQLite lets one writer at a time in (BEGIN IMMEDIATE): the other session's
                # write can only be simulated on this connection, just before the insert.
                cursor.connection.execute(update)
            else:
                with other.begin() as conn:  # a real second session, committed first
                    conn.execute(text(update))

        with pytest.raises(DatabaseFailureError) as raised:
            services.members.create(*_member("Kraljevo", "Jelena Marković"))
        assert taken
        failure = raised.value
        assert (failure.reason, failure.what, failure.writing) == (
            "duplicate",
            "participant_number",
            True,
        )
        message = str(failure)
        assert "participant number" in message and "Nothing was changed" in message
        _assert_plain(message, "Kraljevo", "Jelena", "jelena@example.org")
        _assert_plain(caplog.text, "Kraljevo", "Jelena", "jelena@example.org")
        assert failure.__cause__ is None and failure.__suppress_context__
        # Nothing of the failed save stayed; saving again takes the next free number.
        assert [r.name for r in services.members.list().rows] == ["Novi Sad"]
        event.remove(services.db.engine, "before_cursor_execute", _meanwhile)
        record, _ = services.members.create(*_member("Kraljevo", "Jelena Marković"))
        # (On SQLite the simulated other write went with the rolled-back transaction.)
        assert record.draft.participant_no == (2 if other is None else 3)
    finally:
        if other is not None:
            other.dispose()
        services.db.dispose()


def test_a_full_disk_is_a_plain_sentence_without_the_sql_or_its_values(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    services = open_database(str(tmp_path / "full.sqlite"), create=True)
    limit: dict[str, int | None] = {"pages": None}

    @event.listens_for(services.db.engine, "connect")
    def _cap(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        if limit["pages"] is not None:  # no room to grow: how a full disk surfaces (SQLITE_FULL)
            dbapi_connection.execute(f"PRAGMA max_page_count={limit['pages']}")

    try:
        services.persons.create(PersonDraft(name="Before"))
        with services.db.engine.connect() as conn:
            limit["pages"] = int(conn.exec_driver_sql("PRAGMA page_count").scalar() or 0)
        notes = "Lives at Ulica Kralja Petra 12, Kraljevo. " * 110
        with pytest.raises(DatabaseFailureError) as raised:
            for _ in range(20):
                services.persons.create(PersonDraft(name="Jelena Marković", notes=notes))
        assert raised.value.reason == "disk_full"
        assert str(raised.value).startswith("The disk is full or failing. Nothing was changed")
        _assert_plain(str(raised.value), "Jelena", "Kralja Petra")
        _assert_plain(caplog.text, "Jelena", "Kralja Petra")
        assert "SQLITE_FULL" in caplog.text  # the log says what happened, without the data
    finally:
        services.db.dispose()


@pytest.mark.postgres
@pytest.mark.skipif(PG_URL is None, reason="needs ALLIANCE_TEST_DATABASE_URL (PostgreSQL)")
def test_a_text_too_long_for_postgresql_is_a_plain_sentence(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    services = open_database(_fresh_postgres_url(), create=True)
    name = "Ayuntamiento de San Sebastián de los Reyes " * 8  # over String(200)
    try:
        with pytest.raises(DatabaseFailureError) as raised, services.db.write() as session:
            session.add(Authority(name=name, country_code="ES"))
        assert (raised.value.reason, raised.value.limit) == ("too_long", 200)
        assert "longer than the database allows (200 characters)" in str(raised.value)
        _assert_plain(str(raised.value), "Ayuntamiento", "San Sebasti")
        _assert_plain(caplog.text, "Ayuntamiento", "San Sebasti")
        assert "22001" in caplog.text
    finally:
        services.db.dispose()


def test_the_engine_hides_parameters_from_exception_texts(tmp_path: Path) -> None:
    services = open_database(str(tmp_path / "hide.sqlite"), create=True)
    try:
        with services.db.engine.connect() as conn, pytest.raises(Exception) as raised:
            conn.execute(text("SELECT * FROM no_such_table WHERE name = :n"), {"n": "Jelena"})
        assert "Jelena" not in str(raised.value)
        assert "hidden due to hide_parameters" in str(raised.value)
    finally:
        services.db.dispose()


def _sqlite_error(name: str, message: str) -> sqlite3.Error:
    error = sqlite3.OperationalError(message)
    error.sqlite_errorname = name  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize(
    ("orig", "invalidated", "reason"),
    [
        (_sqlite_error("SQLITE_BUSY", "database is locked"), False, "busy"),
        (_sqlite_error("SQLITE_LOCKED_SHAREDCACHE", "database table is locked"), False, "busy"),
        (_sqlite_error("SQLITE_FULL", "database or disk is full"), False, "disk_full"),
        (_sqlite_error("SQLITE_IOERR_WRITE", "disk I/O error"), False, "disk_full"),
        (
            _sqlite_error("SQLITE_READONLY", "attempt to write a readonly database"),
            False,
            "read_only",
        ),
        (_sqlite_error("SQLITE_CORRUPT", "database disk image is malformed"), False, "damaged"),
        (sqlite3.OperationalError("database is locked"), False, "busy"),  # no error name
        (_sqlite_error("SQLITE_BUSY", "database is locked"), True, "connection_lost"),
    ],
)
def test_sqlite_errors_map_to_a_reason(orig: sqlite3.Error, invalidated: bool, reason: str) -> None:
    from sqlalchemy.exc import OperationalError

    from alliance_desktop.db.errors import database_failure

    error = OperationalError("UPDATE person SET name=?", ("Jelena",), orig)
    error.connection_invalidated = invalidated
    failure = database_failure(error, writing=True)
    assert failure.reason == reason
    _assert_plain(str(failure), "Jelena")


@pytest.mark.parametrize(
    ("error_name", "reason"),
    [
        ("AdminShutdown", "connection_lost"),
        ("ReadOnlySqlTransaction", "read_only"),
        ("DiskFull", "disk_full"),
        ("LockNotAvailable", "busy"),
        ("UniqueViolation", "duplicate"),
        ("ForeignKeyViolation", "constraint"),
        ("StringDataRightTruncation", "too_long"),
    ],
)
def test_postgresql_errors_map_to_a_reason(error_name: str, reason: str) -> None:
    from psycopg import errors
    from sqlalchemy.exc import DBAPIError

    from alliance_desktop.db.errors import database_failure

    orig = getattr(errors, error_name)("DETAIL: Key (name)=(Jelena) already exists.")
    failure = database_failure(DBAPIError("INSERT INTO person", {}, orig), writing=False)
    assert failure.reason == reason
    assert "could not be read" in str(failure)
    _assert_plain(str(failure), "Jelena")
