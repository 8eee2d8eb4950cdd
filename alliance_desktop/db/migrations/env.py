"""Alembic environment: runs on the connection handed over by db.migrate."""

from __future__ import annotations

from alembic import context

import alliance_desktop.db.follow_ups  # noqa: F401  (registers its table on Base)
from alliance_desktop.db import merge_log  # noqa: F401 (its tables join Base's metadata)
from alliance_desktop.db.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through alliance_desktop.db.migrate, not the alembic CLI.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
