"""Creating, recognising and upgrading databases with the packaged Alembic migrations.

Alembic is loaded only to create or upgrade a database, or to recognise an older revision: a
database already at HEAD_REVISION is recognised with plain SQL (a fast start).
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from typing import TYPE_CHECKING, Literal

from sqlalchemy import Connection, Engine, inspect, text

from alliance_desktop.domain.data_safety import NewerVersionError
from alliance_desktop.domain.errors import DatabaseError
from alliance_desktop.domain.messages import msg

if TYPE_CHECKING:
    from alembic.config import Config

APP_ID = "alliance-desktop"
# The newest migration's revision (migrations/versions/): kept in step with them by
# tests/db/test_migrations.py, so that opening a current database needs no Alembic.
HEAD_REVISION = "0009"
SchemaState = Literal["empty", "ours", "foreign"]


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    location = resources.files("alliance_desktop.db") / "migrations"
    config.set_main_option("script_location", str(location))
    return config


def head_revision() -> str:
    return HEAD_REVISION


def alembic_head_revision() -> str:
    """The head as Alembic reads it from the migration scripts (HEAD_REVISION's check)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def is_known(revision: str) -> bool:
    """Whether ``revision`` is one of our migrations (the current one without Alembic)."""
    return revision == head_revision() or revision in known_revisions()


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
    """The revision recorded in ``alembic_version`` (what Alembic's MigrationContext reads),
    with plain SQL; None when the table is missing or empty."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    rows = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(rows) > 1:  # branches: never made by us, so Alembic's own answer
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(connection).get_current_revision()
    return rows[0] if rows else None


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
        if revision == head_revision():
            return
        if revision is None or not is_known(revision):
            raise NewerVersionError(revision)
        if before_upgrade is not None:
            before_upgrade()
    upgrade(engine)


def upgrade(engine: Engine) -> None:
    from alembic import command

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
