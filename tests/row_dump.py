"""A dump of the register's rows, to compare a database before and after an undo."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from alliance_desktop.db.models import Base
from alliance_desktop.services.data_safety.opening import Services

# The register's tables (the audit trail and the correspondence log only grow: an undo is
# recorded, never erased).
TABLES = (
    "authority",
    "person",
    "membership",
    "signature",
    "certificate_issue",
    "application",
    "application_status_change",
    "org_setting",
    "follow_up",
    "saved_search",
    "letter_template",
)
# Stamped with the time and user of each write, the undo's included; everything else, the
# version counters too, must come back exactly.
VOLATILE = ("updated_at", "updated_by")


def dump(services: Services) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {}
    with services.db.engine.connect() as conn:
        for name in TABLES:
            table = Base.metadata.tables[name]
            found = conn.execute(select(table).order_by(*table.primary_key.columns)).mappings()
            rows[name] = [{k: v for k, v in r.items() if k not in VOLATILE} for r in found]
    return rows
