"""Plain words for what SQLite or the operating system refused; the details go to the log only."""

from __future__ import annotations

import errno
import logging
import sqlite3

from sqlalchemy.exc import DBAPIError

from alliance_desktop.db.errors import database_failure

log = logging.getLogger(__name__)

# A driver's or the system's own message may quote SQL, a value or a path with a person's name:
# the user reads one of these instead, the log gets the error's kind and code.
_REASON_WORDS = {
    "busy": "the database is busy: another program is writing to it",
    "disk_full": "the disk is full or failing",
    "read_only": "the file is read-only",
    "damaged": "the file is damaged or is not a database",
    "connection_lost": "the connection to the database was lost",
}
_OS_WORDS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EACCES: "permission was denied",
    errno.EPERM: "permission was denied",
    errno.EROFS: "the disk is read-only",
    errno.EIO: "the disk is failing",
    errno.ENOENT: "the file or its folder does not exist",
}


def sqlite_words(exc: sqlite3.Error, *, writing: bool) -> str:
    """Why a raw sqlite3 call failed, in plain words (db.errors decides the reason and logs it)."""
    reason = database_failure(DBAPIError(None, None, exc), writing=writing).reason
    return _REASON_WORDS.get(reason, "the database could not be used")


def os_words(exc: OSError, doing: str) -> str:
    """Why a file operation failed, in plain words; ``doing`` names it in the log."""
    log.info("%s failed: %s errno %s", doing, type(exc).__name__, exc.errno)
    return _OS_WORDS.get(exc.errno or 0, "the system refused it")
