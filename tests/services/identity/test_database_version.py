"""The database engine's name and version shown in Help → About."""

from __future__ import annotations

import re
import sqlite3

from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.services.identity.database_version import database_version


def test_names_the_engine_and_its_version(services: Services) -> None:
    version = database_version(services.db)
    if services.db.is_sqlite:
        assert version == f"SQLite {sqlite3.sqlite_version}"
    else:
        assert re.fullmatch(r"PostgreSQL \d+(\.\d+)*", version)
