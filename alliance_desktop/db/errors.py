"""Database errors in plain words: a driver's error becomes a DatabaseFailureError with a reason."""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Callable
from typing import Any

from sqlalchemy.exc import DBAPIError

from alliance_desktop.domain.errors import DatabaseFailureError

log = logging.getLogger(__name__)

# SQLite's extended error names, by their leading part.
_SQLITE_REASONS = (
    ("SQLITE_BUSY", "busy"),
    ("SQLITE_LOCKED", "busy"),
    ("SQLITE_FULL", "disk_full"),
    ("SQLITE_IOERR", "disk_full"),
    ("SQLITE_READONLY", "read_only"),
    ("SQLITE_CONSTRAINT_UNIQUE", "duplicate"),
    ("SQLITE_CONSTRAINT_PRIMARYKEY", "duplicate"),
    ("SQLITE_CONSTRAINT", "constraint"),
    ("SQLITE_TOOBIG", "too_long"),
    ("SQLITE_CORRUPT", "damaged"),
    ("SQLITE_NOTADB", "damaged"),
)
# PostgreSQL's SQLSTATEs, by their leading part (class 08: connection exceptions).
_SQLSTATE_REASONS = (
    ("23505", "duplicate"),
    ("23", "constraint"),
    ("22001", "too_long"),
    ("53100", "disk_full"),
    ("55P03", "busy"),
    ("40P01", "busy"),
    ("40001", "busy"),
    ("25006", "read_only"),
    ("08", "connection_lost"),
    ("57P", "connection_lost"),
)
# Older SQLite modules give no error name: the message's words then decide.
_SQLITE_WORDS = (
    ("locked", "busy"),
    ("busy", "busy"),
    ("full", "disk_full"),
    ("disk i/o", "disk_full"),
    ("readonly", "read_only"),
    ("read-only", "read_only"),
    ("unique constraint", "duplicate"),
    ("constraint", "constraint"),
    ("malformed", "damaged"),
    ("not a database", "damaged"),
)
_NUMBERS = (("participant_no", "participant_number"), ("certificate_no", "certificate_number"))
_LENGTH = re.compile(r"character varying\((\d+)\)")


def database_failure(exc: DBAPIError, *, writing: bool) -> DatabaseFailureError:
    """The plain DatabaseFailureError for ``exc``; what happened goes to the log without the SQL,
    its parameters or the driver's message (which may quote a value)."""
    orig: Any = exc.orig
    code = str(getattr(orig, "sqlite_errorname", "") or getattr(orig, "sqlstate", "") or "")
    reason = _reason(exc, orig, code)
    what, limit = "", 0
    driver_text = str(orig) if orig is not None else ""
    if reason == "duplicate":
        # The constraint's name (PostgreSQL) or "table.column" (SQLite) names no value.
        diag = getattr(orig, "diag", None)
        names = f"{getattr(diag, 'constraint_name', '') or ''} {driver_text.split(':')[0]}"
        if isinstance(orig, sqlite3.Error):
            names = driver_text  # "UNIQUE constraint failed: membership.participant_no"
        what = next((w for column, w in _NUMBERS if column in names), "record")
    elif reason == "too_long":
        found = _LENGTH.search(driver_text.split("\n")[0])
        limit = int(found.group(1)) if found else 0
    # INFO: the user is told already (a WARNING would reach a terminal twice, through logging's
    # last-resort handler, when no log is set up).
    log.info(
        "database error while %s: %s %s -> %s",
        "writing" if writing else "reading",
        type(orig).__name__ if orig is not None else type(exc).__name__,
        code or "(no code)",
        reason,
    )
    return DatabaseFailureError(reason, writing=writing, what=what, limit=limit)


def _reason(exc: DBAPIError, orig: Any, code: str) -> str:
    if exc.connection_invalidated:
        return "connection_lost"
    if isinstance(orig, sqlite3.Error):
        if code:
            return _first(_SQLITE_REASONS, lambda prefix: code.startswith(prefix))
        lowered = str(orig).lower()
        return _first(_SQLITE_WORDS, lambda word: word in lowered)
    if code:
        return _first(_SQLSTATE_REASONS, lambda prefix: code.startswith(prefix))
    return "unavailable"


def _first(table: tuple[tuple[str, str], ...], matches: Callable[[str], bool]) -> str:
    return next((reason for key, reason in table if matches(key)), "unavailable")
