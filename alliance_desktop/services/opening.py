"""Opening a database: resolve its location, refuse unusable files, migrate, hand back services."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DatabaseError as SADatabaseError

from alliance_desktop.db import migrate
from alliance_desktop.db.engine import resolve_url, sqlite_path
from alliance_desktop.db.session import Database
from alliance_desktop.domain.errors import DatabaseError
from alliance_desktop.services.applications import ApplicationService
from alliance_desktop.services.audit_log import AuditService
from alliance_desktop.services.authorities import AuthorityService
from alliance_desktop.services.members import MemberService
from alliance_desktop.services.persons import PersonService
from alliance_desktop.services.signatures import SignatureService
from alliance_desktop.services.stats import StatsService
from alliance_desktop.services.trash import TrashService

_SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Services:
    """Every service over one open database; built once per database by the composition root."""

    db: Database
    authorities: AuthorityService
    persons: PersonService
    members: MemberService
    signatures: SignatureService
    applications: ApplicationService
    stats: StatsService
    trash: TrashService
    audit: AuditService

    @classmethod
    def over(cls, db: Database) -> Services:
        return cls(
            db=db,
            authorities=AuthorityService(db),
            persons=PersonService(db),
            members=MemberService(db),
            signatures=SignatureService(db),
            applications=ApplicationService(db),
            stats=StatsService(db),
            trash=TrashService(db),
            audit=AuditService(db),
        )


def open_database(location: str | os.PathLike[str] | None, *, create: bool) -> Services:
    """Open (and when ``create``, make) the database; refuse damaged, foreign or newer ones."""
    url = resolve_url(location)
    path = sqlite_path(url)
    if path is not None:
        _check_sqlite_file(path, create=create)
    db = Database(url)
    try:
        migrate.prepare(db.engine, create=create)
    except SADatabaseError as exc:
        db.dispose()
        raise DatabaseError(
            f"The database cannot be read ({exc.orig}). It was left unchanged."
        ) from exc
    except BaseException:
        db.dispose()
        raise
    return Services.over(db)


def _check_sqlite_file(path: Path, *, create: bool) -> None:
    if not path.exists():
        if not create:
            raise DatabaseError(f"There is no database at {path}. Create it with 'init'.")
        path.parent.mkdir(parents=True, exist_ok=True)
        return
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file.")
    size = path.stat().st_size
    if size == 0:
        raise DatabaseError(f"{path} is an empty file, not a database. It was left unchanged.")
    with path.open("rb") as handle:
        header = handle.read(len(_SQLITE_MAGIC))
    if header != _SQLITE_MAGIC:
        raise DatabaseError(
            f"{path} is not an Alliance Desktop database (not a SQLite file). "
            "It was left unchanged."
        )
    # Look read-only first: opening it normally would switch a foreign file to WAL mode.
    try:
        with sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True) as conn:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            problem = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path} is damaged ({exc}). It was left unchanged.") from exc
    if problem != "ok":
        raise DatabaseError(f"{path} is damaged ({problem}). It was left unchanged.")
    if tables and "app_info" not in tables:
        raise DatabaseError(
            f"{path} is not an Alliance Desktop database (it holds other tables). "
            "It was left unchanged."
        )
