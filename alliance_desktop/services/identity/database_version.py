"""The database engine and its version, for the About box and support requests."""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import SQLAlchemyError

from alliance_desktop.db.session import Database


def database_version(db: Database) -> str:
    """``"SQLite 3.45.1"`` (the library the application uses) or ``"PostgreSQL 16.4"`` (the
    server's, known since the connection was opened; asked once more if not)."""
    if db.is_sqlite:
        return f"SQLite {sqlite3.sqlite_version}"
    info = db.engine.dialect.server_version_info
    if info is None:
        try:
            with db.engine.connect():
                info = db.engine.dialect.server_version_info
        except SQLAlchemyError:
            info = None
    if not info:
        return "PostgreSQL"
    return "PostgreSQL " + ".".join(str(part) for part in info)
