"""Import batches: each import's file, counts and the rows it changed, for "Undo this import"."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Date, ForeignKey, Integer, LargeBinary, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from alliance_desktop.db.models import Base, UTCDateTime, new_uid, utcnow


class ImportBatch(Base):
    """One import written to the database (a dry run makes none)."""

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    user: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    file_name: Mapped[str] = mapped_column(String(300), default="")
    added: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    linked: Mapped[int] = mapped_column(Integer, default=0)
    undone_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    undone_by: Mapped[str] = mapped_column(String(200), default="")


class ImportBatchRow(Base):
    """A row an import inserted or updated: its values before (none: added) and after, as JSON."""

    __tablename__ = "import_batch_row"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batch.id", ondelete="CASCADE"), index=True
    )
    table_name: Mapped[str] = mapped_column(String(50))
    row_key: Mapped[str] = mapped_column(Text)
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)


def encode_values(values: Mapping[str, Any] | None) -> str | None:
    """A row's values as JSON text (dates and times as ISO text, bytes as hex)."""
    if values is None:
        return None
    return json.dumps({k: _plain(v) for k, v in values.items()}, ensure_ascii=False)


def decode_values(table: Table, text: str | None) -> dict[str, Any] | None:
    """The values ``encode_values`` wrote, with each column's Python type back."""
    if text is None:
        return None
    values: dict[str, Any] = json.loads(text)
    for name, value in values.items():
        if value is None or name not in table.c:
            continue
        column_type = table.c[name].type
        if isinstance(column_type, UTCDateTime):
            values[name] = dt.datetime.fromisoformat(value)
        elif isinstance(column_type, Date):
            values[name] = dt.date.fromisoformat(value)
        elif isinstance(column_type, LargeBinary):
            values[name] = bytes.fromhex(value)
    return values


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value
