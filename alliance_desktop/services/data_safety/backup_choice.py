"""Which backup: one per attempted upgrade, and the one to offer when a file is refused."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from pathlib import Path

from alliance_desktop.domain.data_safety import BackupInfo, NewerVersionError, UpgradeFailedError
from alliance_desktop.domain.errors import DatabaseError
from alliance_desktop.services.data_safety.backup_copy import check_backup
from alliance_desktop.services.data_safety.backups import (
    database_file,
    list_backups,
    take_backup,
)

_REVISION = re.compile(r"\w+", re.ASCII)


def newest_good_backup(
    database: Path | str | None, refusal: BaseException | None = None
) -> BackupInfo | None:
    """The backup to offer when ``database`` (a path, or a location as ``open_database``
    takes it) was refused with ``refusal``: the newest that passes ``check_backup``.

    A file written by a newer version is offered none (it is not damaged; an older backup
    would lose what the newer version wrote). After a failed upgrade only backups from before
    the attempt count: its own migration backup holds the very file that failed.
    """
    path = database_file(database) if not isinstance(database, Path) else database
    if path is None or isinstance(refusal, NewerVersionError):
        return None
    candidates = list_backups(path)
    if isinstance(refusal, UpgradeFailedError):
        # A backup taken since the file last changed holds what failed to upgrade (its own
        # migration backup, or that morning's start backup): only older ones are worth it.
        tag = upgrade_tag(refusal.from_revision, refusal.to_revision)
        attempt = [b.taken_at for b in candidates if b.reason == "migration" and b.upgrade == tag]
        cutoff = min([*attempt, _last_change(path)])
        candidates = [b for b in candidates if b.taken_at < cutoff]
    for info in candidates:
        try:
            check_backup(info.path)
        except DatabaseError:
            continue
        return info
    return None


def upgrade_tag(from_revision: str | None, to_revision: str) -> str:
    """How a migration backup's name records its attempt: "<from>-<to>" ("" if unnameable)."""
    parts = (from_revision or "none", to_revision)
    return "-".join(parts) if all(_REVISION.fullmatch(p) for p in parts) else ""


def migration_backup(database: Path, from_revision: str | None, to_revision: str) -> BackupInfo:
    """The backup before upgrading ``database`` from ``from_revision`` to ``to_revision``.

    One per attempted upgrade, not one per launch: while an upgrade keeps failing (and is
    rolled back), the backup of its first attempt is kept and reused, as long as the file
    has not changed since it was taken.
    """
    tag = upgrade_tag(from_revision, to_revision)
    if tag:
        changed = _last_change(database)
        for info in list_backups(database):
            if info.reason == "migration" and info.upgrade == tag and info.taken_at >= changed:
                return info
    return take_backup(database, "migration", upgrade=tag)


def _last_change(database: Path) -> dt.datetime:
    """When ``database`` (or the -wal holding its newest changes) was last written."""
    newest = 0.0
    for suffix in ("", "-wal"):
        with contextlib.suppress(OSError):
            newest = max(newest, database.with_name(database.name + suffix).stat().st_mtime)
    return dt.datetime.fromtimestamp(newest, dt.UTC)
