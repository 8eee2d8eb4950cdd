"""An import's batch: the rows of the records the import touched, before and after it wrote."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from alliance_desktop.db.change_capture import table_named
from alliance_desktop.db.import_batches import ImportBatch, encode_values
from alliance_desktop.db.models import utcnow
from alliance_desktop.services.base import AUDITED, in_chunks

RECORD_TABLES = ("authority", "person", "membership", "signature", "application")
# A record's own rows that go with it: (table, its column naming the record's id, record table).
OWN_ROWS = (("application_status_change", "application_id", "application"),)
# Rows a record points to that an import writes with it (a member's authority and focal point,
# an application's contact), and the persons of an authority (its focal points).
POINTED = (
    ("membership", "authority_id", "authority"),
    ("membership", "focal_point_id", "person"),
    ("application", "contact_id", "person"),
    ("application", "authority_id", "authority"),
    ("signature", "authority_id", "authority"),
)

RowKey = tuple[str, int]
Rows = dict[RowKey, dict[str, Any]]


def uids_in(values: Iterable[Mapping[str, Any]]) -> set[str]:
    """The uids a plan's rows name (targets, authorities linked, uids given in the file)."""
    found: set[str] = set()
    for row in values:
        for key, value in row.items():
            if key.endswith("uid") and isinstance(value, str) and value:
                found.add(value)
    return found


# What a row added by an import is known by: enough to find its own rows and to tell whether
# it was changed since (its version counter), without copying every value.
LIGHT = frozenset({"id", "uid", "version", "created_at", "changed_at", "authority_id"})
LIGHT |= {"focal_point_id", "contact_id", "application_id"}


def _columns(table: Table, light: bool) -> list[Any]:
    return [c for c in table.c if c.name in LIGHT] if light else [table]


def record_rows(session: Session, uids: Iterable[str], *, light: bool = False) -> Rows:
    """Every row of the records ``uids`` names, with the rows they point to and their own
    (``light``: only the columns LIGHT names)."""
    rows: Rows = {}
    wanted = sorted(set(uids))
    for name in RECORD_TABLES:
        table = table_named(name)
        for chunk in in_chunks(wanted):
            stmt = select(*_columns(table, light)).where(table.c.uid.in_(chunk))
            for row in session.execute(stmt).mappings():
                rows[(name, row["id"])] = dict(row)
    pointed: dict[str, set[int]] = {}
    for source, column, target in POINTED:
        for (name, _id), values in rows.items():
            if name == source and values.get(column) is not None:
                pointed.setdefault(target, set()).add(values[column])
    authorities = {i for (name, i) in rows if name == "authority"} | pointed.get("authority", set())
    _read_ids(session, rows, "authority", pointed.get("authority", set()), light)
    _read_ids(session, rows, "person", pointed.get("person", set()), light)
    _read_children(session, rows, "person", "authority_id", authorities, light)
    for table_name, column, parent in OWN_ROWS:
        parents = {i for (name, i) in rows if name == parent}
        _read_children(session, rows, table_name, column, parents, light)
    return rows


def read_ids(session: Session, keys: Iterable[RowKey]) -> Rows:
    """The whole rows of ``keys``."""
    rows: Rows = {}
    by_table: dict[str, set[int]] = {}
    for name, id_ in keys:
        by_table.setdefault(name, set()).add(id_)
    for name, ids in by_table.items():
        _read_ids(session, rows, name, ids, False)
    return rows


def _read_ids(session: Session, rows: Rows, name: str, ids: set[int], light: bool) -> None:
    table = table_named(name)
    missing = sorted(i for i in ids if (name, i) not in rows)
    for chunk in in_chunks(missing):
        stmt = select(*_columns(table, light)).where(table.c.id.in_(chunk))
        for row in session.execute(stmt).mappings():
            rows[(name, row["id"])] = dict(row)


def _read_children(
    session: Session, rows: Rows, name: str, column: str, parents: set[int], light: bool
) -> None:
    table = table_named(name)
    for chunk in in_chunks(sorted(parents)):
        stmt = select(*_columns(table, light)).where(table.c[column].in_(chunk))
        for row in session.execute(stmt).mappings():
            rows[(name, row["id"])] = dict(row)


@dataclass
class BatchCapture:
    """Started before an import writes (``start``), finished in the same transaction."""

    before: Rows
    uids: set[str]
    started: dt.datetime
    audited: set[tuple[str, str]] = field(default_factory=set)


def start(session: Session, planned: Iterable[Mapping[str, Any]]) -> BatchCapture:
    """Read the rows the import may change before it writes; note what it audits from now."""
    uids = uids_in(planned)
    capture = BatchCapture(record_rows(session, uids), uids, utcnow())
    session.info[AUDITED] = capture.audited
    return capture


def finish(
    session: Session,
    capture: BatchCapture,
    *,
    user: str,
    kind: str,
    file_name: str,
    counts: Mapping[str, int],
) -> ImportBatch:
    """Store the batch: every row the import inserted (none before) or changed."""
    session.info.pop(AUDITED, None)
    touched = capture.uids | {uid for _entity, uid in capture.audited}
    # Rows there before: whole, to put their values back. Rows added: what tells that they
    # were changed since (the version counter), since undoing removes them whole anyway.
    after = record_rows(session, touched, light=True)
    after.update(read_ids(session, [k for k in after if k in capture.before]))
    batch = ImportBatch(
        user=user,
        kind=kind,
        file_name=file_name[:300],
        added=counts.get("added", 0),
        updated=counts.get("updated", 0),
        linked=counts.get("linked", 0),
        undone_by="",
    )
    session.add(batch)
    session.flush()
    params = []
    for key, values in after.items():
        before = capture.before.get(key)
        if before is None:
            if not _made_since(table_named(key[0]), values, capture.started):
                continue  # there before the import and not read then: it did not write it
            values = {k: v for k, v in values.items() if k in ("id", "version")}
        elif before == values:
            continue
        else:
            # Only what the import changed (and the counter that tells a later change).
            changed = {k for k, v in values.items() if before.get(k) != v} | {"id", "version"}
            before = {k: v for k, v in before.items() if k in changed}
            values = {k: v for k, v in values.items() if k in changed}
        params.append(
            {
                "batch_id": batch.id,
                "table_name": key[0],
                "row_key": json.dumps([key[1]]),
                "before": encode_values(before),
                "after": encode_values(values),
            }
        )
    if params:
        session.execute(insert(table_named("import_batch_row")), params)
    return batch


def _made_since(table: Table, values: Mapping[str, Any], started: dt.datetime) -> bool:
    for column in ("created_at", "changed_at"):
        if column in table.c and values.get(column) is not None:
            return bool(values[column] >= started)
    return False
