"""The open database: engine, short read and write sessions, and who is working."""

from __future__ import annotations

import getpass
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from alliance_desktop.db.change_capture import ChangeCapture
from alliance_desktop.db.engine import (
    BUSY_TIMEOUT_MS,
    SQLITE_BEGIN,
    SQLITE_BUSY_WAIT,
    BusyWait,
    display_location,
    is_sqlite,
    make_engine,
)
from alliance_desktop.db.errors import database_failure
from alliance_desktop.domain.errors import ConflictError, RefusedError
from alliance_desktop.domain.messages import Message, msg


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers and services)
        return "unknown"


class Database:
    """One database the application works on; services open a session per user action."""

    def __init__(
        self,
        url: str,
        *,
        read_only: bool = False,
        user: str | None = None,
        echo: bool = False,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
        read_only_reason: Message | str = "",
        immutable: bool = False,
    ) -> None:
        self.url = url
        # read_only: the window shows a banner and disables editing (read_only_reason says why).
        self.read_only = read_only or immutable
        self.read_only_reason = read_only_reason
        # Things the user should know about this database (network share, lock taken over...).
        self.notices: list[Message | str] = []  # shown by the window in the language in use
        self.user = user or current_user()
        self.engine: Engine = make_engine(
            url,
            read_only=self.read_only,
            echo=echo,
            busy_timeout_ms=busy_timeout_ms,
            immutable=immutable,
        )
        self._on_dispose: list[Callable[[], None]] = []
        self.is_sqlite = is_sqlite(url)
        # Set by the window: who is told while a save waits for a busy SQLite database.
        self.busy_waiter: Callable[[], BusyWait | None] | None = None
        # Set while an undoable action runs: what its write sessions change is captured.
        self.capture: ChangeCapture | None = None
        # Set while a record is put back to an earlier version: (action, version's time) for
        # the audit entries of the updates made meanwhile.
        self.audit_as: tuple[str, str] | None = None
        writer = self.engine.execution_options(
            **{SQLITE_BEGIN: "IMMEDIATE", SQLITE_BUSY_WAIT: self._start_busy_wait}
        )
        self._read_sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(writer, expire_on_commit=False)
        event.listen(self._write_sessions, "before_flush", _remember_changed)

    def _start_busy_wait(self) -> BusyWait | None:
        return self.busy_waiter() if self.busy_waiter is not None else None

    @property
    def location(self) -> str:
        return display_location(self.url)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; a database error becomes a plain DatabaseFailureError."""
        with self._read_sessions() as session:
            try:
                yield session
            except DBAPIError as exc:
                raise database_failure(exc, writing=False) from None
            finally:
                session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any exception."""
        if self.read_only:
            if self.read_only_reason:
                raise RefusedError(
                    msg(
                        "The database is open read-only ({reason}); nothing was changed.",
                        reason=self.read_only_reason,
                    )
                )
            raise RefusedError(msg("The database is open read-only; nothing was changed."))
        with self._write_sessions() as session:
            if self.capture is not None:
                self.capture.attach(session)
            if self.audit_as is not None:
                session.info[AUDIT_AS] = self.audit_as
            try:
                yield session
                session.commit()
            except DBAPIError as exc:
                session.rollback()
                # from None: the SQL and its driver message stay out of any traceback printed.
                raise database_failure(exc, writing=True) from None
            except StaleDataError as exc:
                # Two saves of one version raced past the services' version check (PostgreSQL,
                # READ COMMITTED): the version column let one through; the other is a conflict.
                conflict = conflict_from_stale(session, exc)
                session.rollback()
                raise conflict from exc
            except BaseException:
                session.rollback()
                raise

    def on_dispose(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` when the database is closed (releasing the writer's lock file)."""
        self._on_dispose.append(callback)

    def dispose(self) -> None:
        self.engine.dispose()
        callbacks, self._on_dispose = self._on_dispose, []
        for callback in reversed(callbacks):
            callback()


# session.info key: how the session's updates are audited instead (Database.audit_as).
AUDIT_AS = "audit_as"

_LABEL_FIELDS = ("name", "applicant_name", "signer_name", "certificate_no")


def _remember_changed(session: Session, _context: object, _instances: object) -> None:
    """Note which records a flush is about to update: after a failed flush they are expired."""
    changed = session.info.setdefault("changed_records", [])
    for obj in session.dirty:
        table = getattr(obj, "__tablename__", "")
        if table and "uid" in obj.__dict__:
            # Persons are named by role: no personal data in messages that may reach logs.
            label = "contact person" if table == "person" else ""
            for key in _LABEL_FIELDS:
                if not label and obj.__dict__.get(key):
                    label = str(obj.__dict__[key])
            changed.append((table, str(obj.__dict__["uid"]), label or table))


def conflict_from_stale(session: Session, exc: StaleDataError) -> ConflictError:
    """The ConflictError for the record whose versioned UPDATE matched no row."""
    message = str(exc)
    for table, uid, label in reversed(session.info.get("changed_records", [])):
        if f"'{table}'" in message:
            return ConflictError(table, uid, label)
    return ConflictError("record", "", "record")
