"""Plain words for what SQLite or the operating system refused; the details go to the log only."""

from __future__ import annotations

import errno
import logging
import sqlite3

from sqlalchemy.exc import DBAPIError

from alliance_desktop.db.errors import database_failure
from alliance_desktop.domain.messages import Message, msg

log = logging.getLogger(__name__)

# A driver's or the system's own message may quote SQL, a value or a path with a person's name:
# the user reads one of these instead, the log gets the error's kind and code.
_REASON_WORDS = {
    "busy": msg("the database is busy: another program is writing to it"),
    "disk_full": msg("the disk is full or failing"),
    "read_only": msg("the file is read-only"),
    "damaged": msg("the file is damaged or is not a database"),
    "connection_lost": msg("the connection to the database was lost"),
}
_OS_WORDS = {
    errno.ENOSPC: msg("the disk is full"),
    errno.EDQUOT: msg("the disk quota is used up"),
    errno.EACCES: msg("permission was denied"),
    errno.EPERM: msg("permission was denied"),
    errno.EROFS: msg("the disk is read-only"),
    errno.EIO: msg("the disk is failing"),
    errno.ENOENT: msg("the file or its folder does not exist"),
}


def sqlite_words(exc: sqlite3.Error, *, writing: bool) -> Message:
    """Why a raw sqlite3 call failed, in plain words (db.errors decides the reason and logs it)."""
    reason = database_failure(DBAPIError(None, None, exc), writing=writing).reason
    return _REASON_WORDS.get(reason, msg("the database could not be used"))


def os_words(exc: OSError, doing: str) -> Message:
    """Why a file operation failed, in plain words; ``doing`` names it in the log."""
    log.info("%s failed: %s errno %s", doing, type(exc).__name__, exc.errno)
    return _OS_WORDS.get(exc.errno or 0, msg("the system refused it"))
