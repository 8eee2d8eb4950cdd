"""Rows as JSON and back, exactly: what the merge log keeps for unmerge."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import Date, DateTime, Table, TypeDecorator, select
from sqlalchemy.orm import Session


def encode(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def decode(table: Table, column: str, value: Any) -> Any:
    if value is None:
        return None
    kind = table.c[column].type
    if isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    if isinstance(kind, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return dt.date.fromisoformat(value)
    return value


def row_values(session: Session, table: Table, row_id: int) -> dict[str, Any]:
    """Every column of one row, JSON-ready."""
    row = session.execute(select(table).where(table.c.id == row_id)).mappings().one()
    return {key: encode(value) for key, value in row.items()}


def decoded(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    return {key: decode(table, key, value) for key, value in values.items()}


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
