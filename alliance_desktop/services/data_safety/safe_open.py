"""Opening a SQLite file safely: read-only when it must be, one writer at a time, backups.

``open_database`` (services/opening.py) calls these around its checks and migration.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from alliance_desktop.db import migrate
from alliance_desktop.db.session import Database
from alliance_desktop.domain.data_safety import DatabaseInUseError, UpgradeFailedError
from alliance_desktop.domain.errors import DatabaseError, RefusedError
from alliance_desktop.domain.messages import Message, msg
from alliance_desktop.domain.temp_files import remove_leftovers
from alliance_desktop.services.data_safety import writer_lock
from alliance_desktop.services.data_safety.backup_choice import migration_backup
from alliance_desktop.services.data_safety.backup_copy import FILE_MODE
from alliance_desktop.services.data_safety.backups import backup_folder
from alliance_desktop.services.data_safety.network_share import network_share_warning

WhenLocked = Literal["read_only", "refuse"]
log = logging.getLogger(__name__)


def read_only_reason(path: Path) -> Message | str:
    """Why ``path`` can only be read ("" when it can be written).

    SQLite in WAL mode writes beside the file (-wal, -shm), so a read-only folder counts too.
    """
    # A Message, put into words where the window or the command line shows it.
    if path.exists() and not os.access(path, os.W_OK):
        return msg("the file is read-only")
    if not folder_writable(path):
        return msg("its folder is read-only")
    return ""


def folder_writable(path: Path) -> bool:
    """Whether files can be made beside ``path`` (SQLite's -wal, -shm and -journal)."""
    return os.access(path.parent, os.W_OK)


def needs_immutable(path: Path) -> bool:
    """Whether ``path`` must be read with ``immutable=1``: its folder is read-only, so SQLite
    cannot create the -shm a WAL-mode file needs even to be read (``mode=ro`` alone fails
    with "unable to open database file"). With both -wal and -shm already there, SQLite
    reads them read-only and sees every committed change, so plain ``mode=ro`` is better.
    """
    if folder_writable(path):
        return False
    wal, shm = (path.with_name(path.name + suffix) for suffix in ("-wal", "-shm"))
    return not (wal.exists() and shm.exists())


def open_sqlite(
    url: str,
    path: Path,
    *,
    read_only: bool,
    lock: bool,
    when_locked: WhenLocked,
    busy_timeout_ms: int,
) -> Database:
    """The Database for a SQLite file that passed the opening checks.

    Opens read-only when asked, when the file or its folder cannot be written, or when another
    copy of the application holds the writer's lock (``when_locked="refuse"`` raises
    DatabaseInUseError instead). Notices for the window land in ``db.notices``.
    """
    notices: list[Message | str] = []
    reason: Message | str = msg("opened read-only") if read_only else read_only_reason(path)
    if reason and not path.exists():
        raise DatabaseError(
            msg("A database cannot be created at {path}: {reason}.", path=str(path), reason=reason)
        )
    release: Callable[[], None] | None = None
    if not reason and lock:
        held = writer_lock.acquire(path)
        if isinstance(held, writer_lock.Acquired):
            release = lambda: writer_lock.release(path)  # noqa: E731
            if held.took_over is not None:
                notices.append(
                    msg(
                        "A previous session did not close properly ({holder}); its lock "
                        "was released.",
                        holder=held.took_over.describe(),
                    )
                )
        elif when_locked == "refuse":
            raise DatabaseInUseError(held)
        else:
            reason = msg("in use: {holder}", holder=held.describe())
    warning = network_share_warning(path)
    if warning:
        notices.append(warning)
    immutable = bool(reason) and needs_immutable(path)
    if immutable and _has_content(path.with_name(path.name + "-wal")):
        notices.append(
            msg(
                "Its folder is read-only, so the changes still waiting in its journal file "
                "(-wal) cannot be read: the newest changes may be missing. Open it where it "
                "can be written to see them."
            )
        )
    try:
        db = Database(
            url,
            read_only=bool(reason),
            read_only_reason=reason,
            busy_timeout_ms=busy_timeout_ms,
            immutable=immutable,
        )
    except BaseException:
        if release is not None:
            release()
        raise
    if release is not None:
        db.on_dispose(release)
    db.notices.extend(notices)
    return db


def _has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


class UpgradeAttempt:
    """Called by ``migrate.prepare`` just before it upgrades an existing database: notes the
    attempt (from which revision to which) and, for a SQLite file, backs it up first (one
    backup per attempted upgrade; a failure to back up stops the upgrade)."""

    def __init__(self, db: Database, path: Path | None) -> None:
        self.db = db
        self.path = path
        self.from_revision: str | None = None
        self.to_revision = ""

    @property
    def started(self) -> bool:
        return bool(self.to_revision)

    def __call__(self) -> None:
        with self.db.engine.connect() as connection:
            self.from_revision = migrate.current_revision(connection)
        self.to_revision = migrate.head_revision()
        if self.path is None:
            return
        if self.db.read_only:
            raise DatabaseError(
                msg(
                    "This database needs upgrading but is open read-only ({reason}). It was "
                    "left unchanged.",
                    reason=self.db.read_only_reason,
                )
            )
        migration_backup(self.path, self.from_revision, self.to_revision)

    def failed(self, cause: BaseException) -> UpgradeFailedError:
        """The plain refusal for an upgrade that raised ``cause`` (its details go to the log)."""
        log.info(
            "upgrade %s -> %s failed: %s",
            self.from_revision,
            self.to_revision,
            type(cause).__name__,
        )
        return UpgradeFailedError(self.from_revision, self.to_revision)


def after_open(db: Database, path: Path | None, *, auto_backup: bool) -> None:
    """Owner-only permissions and the start-of-day backup; problems become notices."""
    if path is None or db.read_only:
        return
    # What a write killed in an earlier run left here: hidden temporary files of exports,
    # backups and restores (domain.temp_files).
    remove_leftovers(path.parent)
    remove_leftovers(backup_folder(path))
    for suffix in ("", "-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        with contextlib.suppress(OSError):
            if companion.exists() and companion.stat().st_mode & 0o077:
                os.chmod(companion, FILE_MODE)
    if not auto_backup:
        return
    from alliance_desktop.services.data_safety.backups import BackupService

    try:
        BackupService(db).backup_if_due()
    except RefusedError as exc:
        db.notices.append(msg("The daily backup could not be made: {problem}", problem=exc))
