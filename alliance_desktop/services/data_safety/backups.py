"""Backups with SQLite's online backup API, thinned over time, and restoring one safely.

Backups of ``<folder>/alliance.sqlite`` live in ``<folder>/backups/`` (owner-only, 0700) as
``alliance-<UTC yyyymmdd-hhmmss-micro>-<reason>.sqlite`` (0600; a migration backup's name
ends with its attempt's revisions, ``-migration-0004-0005.sqlite``). The default database lives in
the user's data folder (platformdirs), so its backups do too. Reasons: ``start`` (first opening
of the day), ``import``, ``migration``, ``manual`` (Back up now), ``quit`` (on closing, when
something changed) and ``replaced`` (the file a restore replaced, moved aside untouched).
Thinning keeps the 10 newest, then the newest of each of 7 days, 4 weeks and 12 months;
``migration`` and ``replaced`` files are never thinned.

On PostgreSQL the server keeps the backups (the administrators' pg_dump or snapshots):
automatic backups are skipped there, and ``back_up_to`` uses ``pg_dump`` when it is installed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import shutil
from collections.abc import Callable
from glob import escape as glob_escape
from pathlib import Path

from sqlalchemy import event

from alliance_desktop.db.engine import resolve_url, sqlite_path
from alliance_desktop.db.session import Database
from alliance_desktop.domain.data_safety import BackupInfo, RestoreResult
from alliance_desktop.domain.errors import DatabaseError, RefusedError
from alliance_desktop.domain.messages import msg
from alliance_desktop.domain.privacy import RestoreReport
from alliance_desktop.domain.temp_files import create_beside, release, remove_leftovers
from alliance_desktop.services.data_safety import writer_lock
from alliance_desktop.services.data_safety.backup_copy import (
    check_backup,
    fsync_file,
    fsync_folder,
    make_private,
    sqlite_backup,
)
from alliance_desktop.services.data_safety.pg_dump import POSTGRES_MESSAGE, pg_dump
from alliance_desktop.services.data_safety.plain_errors import os_words

log = logging.getLogger(__name__)

BACKUP_FOLDER = "backups"
FOLDER_MODE = 0o700
KEEP_NEWEST = 10
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
NEVER_THINNED = frozenset({"migration", "replaced"})
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z]+)"
    r"(?:-(?P<upgrade>\w+-\w+))?\.sqlite$",
    re.ASCII,
)
_STAMP = "%Y%m%d-%H%M%S-%f"


# --- files and folders ---------------------------------------------------------------------


def backup_folder(database: Path) -> Path:
    return database.parent / BACKUP_FOLDER


def private_folder(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # Windows: ACLs, not mode bits, decide
        os.chmod(folder, FOLDER_MODE)
    return folder


def stamp_of(path: Path) -> dt.datetime | None:
    """When a backup this application named was taken (its name's UTC stamp), else None."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    return dt.datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=dt.UTC)


def list_backups(database: Path) -> list[BackupInfo]:
    """The backups of ``database``, newest first."""
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    stem = database.stem
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match is None or match["stem"] != stem:
            continue
        taken = dt.datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=dt.UTC)
        with contextlib.suppress(OSError):
            size = path.stat().st_size
            found.append(BackupInfo(path, taken, match["reason"], size, match["upgrade"] or ""))
    found.sort(key=lambda b: b.taken_at, reverse=True)
    return found


def database_file(location: str | os.PathLike[str] | None) -> Path | None:
    """The SQLite file a location (path, URL, None for the default) names; None for a server."""
    return sqlite_path(resolve_url(location))


def thin(database: Path, now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups the policy no longer keeps; hand back what was deleted."""
    del now  # buckets count backups that exist, so the policy needs no clock
    _remove_leftovers(database)
    backups = [b for b in list_backups(database) if b.reason not in NEVER_THINNED]
    keep = {b.path for b in backups[:KEEP_NEWEST]}
    buckets: list[tuple[int, Callable[[dt.datetime], object]]] = [
        (KEEP_DAILY, lambda t: t.date()),
        (KEEP_WEEKLY, lambda t: t.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda t: (t.year, t.month)),
    ]
    for count, bucket_of in buckets:
        seen: list[object] = []
        for info in backups:  # newest first: each bucket keeps its newest backup
            bucket = bucket_of(info.taken_at)
            if bucket in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(bucket)
            keep.add(info.path)
    deleted = []
    for info in backups:
        if info.path not in keep:
            with contextlib.suppress(OSError):
                info.path.unlink()
                deleted.append(info.path)
    return deleted


def _remove_leftovers(database: Path) -> None:
    """Half-written copies left by a crash or a kill during a backup: hidden ".part" files
    of earlier runs (domain.temp_files), and the visible ".partial" files of earlier versions
    (older than an hour)."""
    folder = backup_folder(database)
    if not folder.is_dir():
        return
    remove_leftovers(folder)
    limit = dt.datetime.now().timestamp() - 3600
    for path in folder.glob(f"{glob_escape(database.stem)}-*.partial"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < limit:
                path.unlink()


def take_backup(
    database: Path, reason: str, now: dt.datetime | None = None, *, upgrade: str = ""
) -> BackupInfo:
    """A new backup of ``database`` in its backups folder, then thinning."""
    if not re.fullmatch(r"[a-z]+", reason):
        raise ValueError(f"backup reason must be lower-case letters: {reason!r}")
    moment = now or dt.datetime.now(dt.UTC)
    try:
        folder = private_folder(backup_folder(database))
    except OSError as exc:  # a read-only folder: no backups folder can be made beside it
        words = os_words(exc, "making the backups folder")
        raise DatabaseError(
            f"The backup could not be written: {words}. Nothing was changed."
        ) from exc
    label = f"{reason}-{upgrade}" if upgrade else reason
    while True:
        target = folder / f"{database.stem}-{moment.strftime(_STAMP)}-{label}.sqlite"
        if not target.exists():
            break
        moment += dt.timedelta(microseconds=1)
    sqlite_backup(database, target)
    thin(database)
    return BackupInfo(target, moment, reason, target.stat().st_size, upgrade)


def restore_file(database: Path, backup: Path) -> RestoreResult:
    """Put ``backup`` in place of ``database``, which must not be open (even if it is damaged).

    The backup is checked first. The current file (with its -wal) is moved untouched into the
    backups folder as a ``replaced`` backup, so nothing is lost; the restored copy is written
    with the backup API beside the database and renamed into place.
    """
    backup = backup.resolve()
    database = database.resolve()
    if backup == database:
        raise RefusedError(msg("That is the database itself; choose a backup file."))
    check_backup(backup)
    held = writer_lock.acquire(database)
    if not isinstance(held, writer_lock.Acquired):
        raise DatabaseError(
            msg("The database is in use: {holder}. Nothing was restored.", holder=held.describe())
        )
    # The restored copy is staged under a hidden temporary name: a restore killed midway
    # leaves nothing that looks like a database, and the next opening sweeps it away.
    staging, incoming = create_beside(database)
    try:
        sqlite_backup(backup, incoming)
        kept = None
        if database.exists():
            folder = private_folder(backup_folder(database))
            stamp = dt.datetime.now(dt.UTC).strftime(_STAMP)
            kept = folder / f"{database.stem}-{stamp}-replaced.sqlite"
            # A second name for the current file first, so that at no moment is there no
            # database at its path (a crash then would let the next start create an empty one).
            try:
                os.link(database, kept)
            except OSError:  # no hard links here (FAT, some shares): a copy, synced
                shutil.copy2(database, kept)
                fsync_file(kept)
            # Its -wal belongs to the old file: it goes with it, or SQLite would replay it
            # onto the restored one.
            for suffix in ("-wal", "-shm", "-journal"):
                companion = database.with_name(database.name + suffix)
                if companion.exists():
                    os.replace(companion, kept.with_name(kept.name + suffix))
            make_private(kept)
        os.replace(incoming, database)
        make_private(database)
        fsync_folder(database.parent)
        return RestoreResult(restored_from=backup, kept=kept)
    finally:
        with contextlib.suppress(OSError):
            incoming.unlink()
        release(staging)
        writer_lock.release(database)


# --- the service -----------------------------------------------------------------------------


class BackupService:
    """Backups of the open database: at start, before imports, on request; restoring one."""

    def __init__(self, database: Database) -> None:
        self.db = database
        # Whether a change was committed since this service was made (one per opening): the
        # backup on quit is taken only then.
        self.changed = False
        event.listen(database.engine, "commit", self._on_engine_commit)

    def _on_engine_commit(self, _connection: object) -> None:
        self.changed = True

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None on PostgreSQL (whose backups are the server's job)."""
        return sqlite_path(self.db.url)

    @property
    def folder(self) -> Path | None:
        return backup_folder(self.path) if self.path is not None else None

    def list(self) -> list[BackupInfo]:
        return list_backups(self.path) if self.path is not None else []

    def back_up_now(self) -> BackupInfo:
        """File → Back up now."""
        return take_backup(self._sqlite_path(), "manual")

    def can_back_up(self) -> bool:
        """Whether Back up now can work: a backup only reads the database, so a file open
        read-only (another copy writes it, or asked for) can be backed up, unless its backups
        folder cannot be written (a read-only folder). PostgreSQL: True (the action explains)."""
        if self.path is None:
            return True
        folder = backup_folder(self.path)
        return os.access(folder if folder.exists() else folder.parent, os.W_OK)

    def backup_before(self, action: str) -> BackupInfo | None:
        """A backup before ``action`` (e.g. "import"); None when there is nothing to back up
        here (PostgreSQL, or a read-only file whose folder we cannot write)."""
        if self.path is None or self.db.read_only or not self.path.exists():
            return None
        return take_backup(self.path, action)

    def backup_if_due(self, now: dt.datetime | None = None) -> BackupInfo | None:
        """The start-of-day backup: at most one a day (UTC day), whatever else was taken."""
        if self.path is None or self.db.read_only or not self.path.exists():
            return None
        moment = now or dt.datetime.now(dt.UTC)
        newest = self.list()
        if newest and newest[0].taken_at.date() >= moment.date():
            return None
        return take_backup(self.path, "start", moment)

    def backup_if_changed(self) -> BackupInfo | None:
        """The backup on quit: taken when something was changed since the database was opened,
        so that a day's edits are not left without a backup until the next start."""
        if not self.changed or self.path is None or self.db.read_only:
            return None
        if not self.path.exists():
            return None
        info = take_backup(self.path, "quit")
        self.changed = False
        return info

    def back_up_to(self, out: Path) -> Path:
        """``backup --out FILE``: a complete copy at ``out`` (which must not exist yet)."""
        out = out.expanduser().resolve()
        if out.exists():
            raise RefusedError(msg("{path} already exists; choose a new file name.", path=str(out)))
        if self.path is None:
            pg_dump(self.db.url, out)
            return out
        if out == self.path:
            raise RefusedError(msg("The backup cannot replace the database itself."))
        out.parent.mkdir(parents=True, exist_ok=True)
        sqlite_backup(self.path, out)
        return out

    def check_backup(self, path: Path) -> None:
        check_backup(path)

    def restore(self, backup: Path) -> RestoreReport:
        """Put ``backup`` in place of this database (checked first; the current file is kept),
        audited, with the erasure ledger re-applied (services/data_safety/restoring.py).

        The caller then reopens the database (a new Services) and drops this one.
        """
        from alliance_desktop.services.data_safety.restoring import restore_database

        if self.db.read_only:
            if self.db.read_only_reason:
                raise RefusedError(
                    msg(
                        "The database is open read-only ({reason}); nothing was restored.",
                        reason=self.db.read_only_reason,
                    )
                )
            raise RefusedError(msg("The database is open read-only; nothing was restored."))
        report = restore_database(self._sqlite_path(), backup)
        self.changed = False  # this session's changes are in the replaced file, kept aside
        return report

    def _sqlite_path(self) -> Path:
        if self.path is None:
            raise RefusedError(POSTGRES_MESSAGE)
        return self.path
