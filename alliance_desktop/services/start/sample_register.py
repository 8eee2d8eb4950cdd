"""The sample register: a demo file of its own beside the default database, never the real one."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import literal, select

from alliance_desktop.db.engine import default_database_path, sqlite_path
from alliance_desktop.db.models import Application, Authority, Signature
from alliance_desktop.db.session import Database

SAMPLE_FILE_NAME = "demo.sqlite"


def sample_database_path() -> Path:
    """Where "Try with sample data" keeps its file: the user data folder, beside the default
    database (alliance.sqlite), under another name."""
    return default_database_path().with_name(SAMPLE_FILE_NAME)


def is_sample_database(location: str) -> bool:
    """Whether ``location`` (a path or a URL) is the sample register's file."""
    if "://" in location:
        path = sqlite_path(location)
        if path is None:
            return False
    else:
        path = Path(location)
    try:
        return path.expanduser().resolve() == sample_database_path().resolve()
    except OSError:
        return False


def register_is_empty(db: Database) -> bool:
    """True when the database holds no authority, signature or application (even in the Trash):
    a register nobody has started yet."""
    with db.read() as session:
        return all(
            session.scalar(select(literal(1)).select_from(model).limit(1)) is None
            for model in (Authority, Signature, Application)
        )


def prepare_sample_database(path: Path | None = None) -> Path:
    """Make the sample register at ``path`` (default: ``sample_database_path()``) when it does
    not exist or is empty, filled with the demo data; an existing one is left as it is (changes
    made while trying it out stay). Returns its path, for the window to open."""
    from alliance_desktop.services.data_safety.opening import open_database
    from alliance_desktop.services.demo import fill_demo

    target = path or sample_database_path()
    services = open_database(target, create=True, auto_backup=False)
    try:
        if register_is_empty(services.db):
            fill_demo(services.db)
    finally:
        services.db.dispose()
    return target
