"""Engine creation: database location, SQLite pragmas and IMMEDIATE write transactions."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote

from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

from alliance_desktop.domain.errors import Cancelled

APP_NAME = "AllianceDesktop"
APP_AUTHOR = "CouncilOfEurope"
DEFAULT_FILE_NAME = "alliance.sqlite"
BUSY_TIMEOUT_MS = 10_000

# Execution option read by the "begin" listener: write sessions ask for BEGIN IMMEDIATE so
# that two writers queue on the lock instead of failing later with "database is locked".
SQLITE_BEGIN = "alliance_sqlite_begin"
# Execution option: a callable giving a BusyWait (or None) for a write that finds the database
# busy. With one, BEGIN IMMEDIATE is tried every BUSY_POLL_MS instead of blocking for the whole
# busy timeout, so the window can show that it waits, stay responsive, and offer Cancel.
SQLITE_BUSY_WAIT = "alliance_sqlite_busy_wait"
BUSY_POLL_MS = 50


class BusyWait(Protocol):
    """Someone waiting for a busy database: told how long it has waited after each short try
    (False: give up, the user cancelled), and when the wait is over."""

    def wait(self, waited_s: float) -> bool: ...

    def finish(self) -> None: ...


def default_database_path() -> Path:
    return Path(user_data_dir(APP_NAME, APP_AUTHOR)) / DEFAULT_FILE_NAME


def resolve_url(location: str | os.PathLike[str] | None) -> str:
    """A SQLAlchemy URL for a path, a URL, ``$ALLIANCE_DB`` or the default file."""
    if location is None:
        location = os.environ.get("ALLIANCE_DB") or None
    if location is None:
        return sqlite_url(default_database_path())
    text = os.fspath(location)
    if "://" in text:
        return text
    return sqlite_url(Path(text))


def sqlite_url(path: Path) -> str:
    # Rendered by SQLAlchemy so that "%", "?" and "#" in a file name survive the round trip.
    return URL.create("sqlite", database=str(path.expanduser().resolve())).render_as_string()


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """A SQLite URI opening ``path`` read-only (percent-encoded: "#" and "?" are fine).

    ``immutable``: read without locks and without the -wal/-shm files, for a file in a folder
    we cannot write (SQLite could not create the -shm there); it assumes nobody changes the
    file while it is read, and changes still in an existing -wal are not seen.
    """
    uri = f"file:{quote(path.as_posix())}?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def display_location(url: str) -> str:
    """Where the database is, for people and for remembering: a file path, or the URL without
    its password (not even masked: the location can be opened again, the password is asked)."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    parsed = make_url(url)
    # Built anew: URL.set(password=None) would keep the password (None means "unchanged").
    bare = URL.create(
        parsed.drivername,
        username=parsed.username,
        host=parsed.host,
        port=parsed.port,
        database=parsed.database,
        query=parsed.query,
    )
    return bare.render_as_string(hide_password=False)


def make_engine(
    url: str,
    *,
    read_only: bool = False,
    echo: bool = False,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    immutable: bool = False,
) -> Engine:
    """``busy_timeout_ms``: how long a SQLite write waits for another writer before failing;
    ``immutable`` (SQLite, read-only): see ``read_only_uri``."""
    if is_sqlite(url):
        return _make_sqlite_engine(
            url,
            read_only=read_only or immutable,
            echo=echo,
            busy_timeout_ms=busy_timeout_ms,
            immutable=immutable,
        )
    # hide_parameters: values (personal data) never appear in exception texts or logs.
    engine = create_engine(url, echo=echo, pool_pre_ping=True, future=True, hide_parameters=True)
    if read_only:
        engine = engine.execution_options(postgresql_readonly=True)
    return engine


def _make_sqlite_engine(
    url: str, *, read_only: bool, echo: bool, busy_timeout_ms: int, immutable: bool
) -> Engine:
    parsed = make_url(url)
    connect_args: dict[str, Any] = {"timeout": busy_timeout_ms / 1000}
    if read_only and parsed.database:
        # A URI with mode=ro: SQLite itself refuses writes, whatever the code tries. The path
        # is percent-encoded (a "#" or "?" in a file name would otherwise cut it short).
        uri = read_only_uri(Path(parsed.database), immutable=immutable)
        timeout = busy_timeout_ms / 1000
        connect_args = {"creator": lambda: sqlite3.connect(uri, uri=True, timeout=timeout)}
    # NullPool: every session opens its own short connection, so the file is not held open
    # between user actions (backups, restores and other processes see a quiet file).
    creator = connect_args.pop("creator", None)
    options: dict[str, Any] = {"creator": creator} if creator is not None else {}
    engine = create_engine(
        url,
        echo=echo,
        connect_args=connect_args,
        poolclass=NullPool,
        hide_parameters=True,  # values (personal data) never appear in exception texts or logs
        **options,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Take transaction control away from the sqlite3 module; the "begin" event issues it.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
            if not read_only:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        options = connection.get_execution_options()
        mode = options.get(SQLITE_BEGIN, "DEFERRED")
        start_wait = options.get(SQLITE_BUSY_WAIT)
        if mode == "IMMEDIATE" and start_wait is not None and busy_timeout_ms > BUSY_POLL_MS:
            _begin_waiting(connection, start_wait, busy_timeout_ms)
        else:
            connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


def _begin_waiting(
    connection: Any, start_wait: Callable[[], BusyWait | None], busy_timeout_ms: int
) -> None:
    """BEGIN IMMEDIATE, trying every BUSY_POLL_MS while another program writes and telling a
    BusyWait between tries; raises Cancelled when it gives up (nothing was begun)."""
    raw = connection.connection.driver_connection
    raw.execute(f"PRAGMA busy_timeout={BUSY_POLL_MS}")
    started = time.monotonic()
    waiting: BusyWait | None = None
    last_timeout = busy_timeout_ms  # for the last try, made the ordinary way
    try:
        while True:
            try:
                raw.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc):
                    break
            waited = time.monotonic() - started
            if waited * 1000 >= busy_timeout_ms:
                last_timeout = 0
                break
            if waiting is None:
                waiting = start_wait()
                if waiting is None:  # nobody to tell (a background thread): wait as usual
                    last_timeout = max(busy_timeout_ms - int(waited * 1000), 0)
                    break
            if not waiting.wait(waited):
                raise Cancelled
    finally:
        if waiting is not None:
            waiting.finish()
        raw.execute(f"PRAGMA busy_timeout={last_timeout}")
    try:  # fails as SQLAlchemy reports it (busy after the whole timeout, or another error)
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    finally:
        raw.execute(f"PRAGMA busy_timeout={busy_timeout_ms}")


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    name = str(getattr(exc, "sqlite_errorname", ""))
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(exc).lower()
