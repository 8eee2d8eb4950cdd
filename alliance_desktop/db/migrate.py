"""Creating, recognising and upgrading databases with the packaged Alembic migrations."""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from typing import Literal

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text

from alliance_desktop.domain.data_safety import NewerVersionError
from alliance_desktop.domain.errors import DatabaseError
from alliance_desktop.domain.messages import msg

APP_ID = "alliance-desktop"
SchemaState = Literal["empty", "ours", "foreign"]


def alembic_config() -> Config:
    config = Config()
    location = resources.files("alliance_desktop.db") / "migrations"
    config.set_main_option("script_location", str(location))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def schema_state(connection: Connection) -> SchemaState:
    tables = set(inspect(connection).get_table_names())
    if not tables:
        return "empty"
    if "app_info" in tables and "alembic_version" in tables:
        row = connection.execute(text("SELECT value FROM app_info WHERE key = 'application'"))
        if row.scalar() == APP_ID:
            return "ours"
    return "foreign"


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def needs_upgrade(engine: Engine) -> bool:
    with engine.connect() as connection:
        state = schema_state(connection)
        return state == "empty" or current_revision(connection) != head_revision()


def prepare(
    engine: Engine,
    *,
    create: bool,
    before_upgrade: Callable[[], None] | None = None,
) -> None:
    """Check that ``engine`` holds our database and bring it to the newest schema.

    Refuses (DatabaseError) a foreign or newer database, and an empty one unless ``create``.
    ``before_upgrade`` runs before an existing database is migrated (the automatic backup).
    """
    with engine.connect() as connection:
        state = schema_state(connection)
        revision = current_revision(connection) if state == "ours" else None
    if state == "foreign":
        raise DatabaseError(
            msg(
                "This file is not an Alliance Desktop database (it holds other tables). "
                "It was left unchanged."
            )
        )
    if state == "empty" and not create:
        raise DatabaseError(msg("This database is empty. Create it with 'init' first."))
    if state == "ours":
        if revision is None or revision not in known_revisions():
            raise NewerVersionError(revision)
        if revision == head_revision():
            return
        if before_upgrade is not None:
            before_upgrade()
    upgrade(engine)


def upgrade(engine: Engine) -> None:
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        existing = connection.execute(
            text("SELECT value FROM app_info WHERE key = 'application'")
        ).scalar()
        if existing is None:
            connection.execute(
                text("INSERT INTO app_info (key, value) VALUES ('application', :v)"),
                {"v": APP_ID},
            )
