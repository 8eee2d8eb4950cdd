"""Copying a SQLite file with its backup API, and checking a copy before anyone relies on it."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from pathlib import Path

from alliance_desktop.db import migrate
from alliance_desktop.db.engine import read_only_uri
from alliance_desktop.domain.errors import DatabaseError
from alliance_desktop.domain.messages import msg
from alliance_desktop.domain.temp_files import create_beside, release
from alliance_desktop.services.data_safety.plain_errors import os_words, sqlite_words

log = logging.getLogger(__name__)

FILE_MODE = 0o600
_SQLITE_MAGIC = b"SQLite format 3\x00"
_BUSY_MS = 10_000


def make_private(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.chmod(path, FILE_MODE)


def sqlite_backup(source: Path, destination: Path) -> None:
    """Copy a consistent snapshot of ``source`` to ``destination`` atomically, owner-only.

    The backup API reads committed data only (WAL included) while others keep working; the
    copy is checked, switched to a rollback journal (one self-contained file), synced, and
    only then renamed into place.
    """
    _remove_legacy_partial(destination)
    # A hidden name in the target folder (".<name>.<random>.part", 0600), locked while the
    # copy is written: a kill leaves nothing that looks like a backup, and the next run
    # removes it (domain.temp_files).
    handle, partial = create_beside(destination)
    try:
        src = sqlite3.connect(read_only_uri(source), uri=True, timeout=_BUSY_MS)
        try:
            dst = sqlite3.connect(partial, isolation_level=None)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
                problem = dst.execute("PRAGMA quick_check").fetchone()[0]
            finally:
                dst.close()
        finally:
            src.close()
        if problem != "ok":
            log.info("quick_check of the backup copy: %s", problem.split("\n")[0][:200])
            raise DatabaseError(msg("The backup copy failed its check; none was kept."))
        fsync_file(partial)
        os.replace(partial, destination)
        make_private(destination)
        fsync_folder(destination.parent)
    except sqlite3.Error as exc:
        words = sqlite_words(exc, writing=False)
        raise DatabaseError(
            msg("The backup could not be made: {words}. Nothing was changed.", words=words)
        ) from exc
    except OSError as exc:
        words = os_words(exc, "writing a backup")
        raise DatabaseError(
            msg("The backup could not be written: {words}. Nothing was changed.", words=words)
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
        release(handle)


def _remove_legacy_partial(destination: Path) -> None:
    """Earlier versions wrote a visible "<name>.partial" beside the backup."""
    with contextlib.suppress(OSError):
        destination.with_name(destination.name + ".partial").unlink()


def check_backup(path: Path) -> None:
    """Refuse (DatabaseError) a file that is not a sound Alliance Desktop database we can read."""
    if not path.is_file():
        raise DatabaseError(msg("{path} is not a file.", path=str(path)))
    with path.open("rb") as handle:
        if handle.read(len(_SQLITE_MAGIC)) != _SQLITE_MAGIC:
            raise DatabaseError(
                msg(
                    "{path} is not an Alliance Desktop backup (not a SQLite file).",
                    path=str(path),
                )
            )
    # Without a -wal of its own (a backup never has one) immutable=1 reads it without
    # making -wal and -shm files beside it, even when its header says WAL mode.
    has_wal = path.with_name(path.name + "-wal").exists()
    try:
        conn = sqlite3.connect(read_only_uri(path, immutable=not has_wal), uri=True)
        try:
            problem = conn.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            app = revision = None
            if {"app_info", "alembic_version"} <= tables:
                app = conn.execute(
                    "SELECT value FROM app_info WHERE key = 'application'"
                ).fetchone()
                revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise DatabaseError(
            msg(
                "{path} cannot be read: {words}.",
                path=str(path),
                words=sqlite_words(exc, writing=False),
            )
        ) from exc
    if problem != "ok":
        log.info("integrity_check of a backup: %s", problem.split("\n")[0][:200])
        raise DatabaseError(msg("{path} is damaged.", path=str(path)))
    if app is None or app[0] != migrate.APP_ID:
        raise DatabaseError(msg("{path} is not an Alliance Desktop database.", path=str(path)))
    if revision is None or not migrate.is_known(revision[0]):
        raise DatabaseError(
            msg(
                "{path} was written by a newer version of Alliance Desktop; install it to use "
                "this backup.",
                path=str(path),
            )
        )


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fsync_file(folder)
