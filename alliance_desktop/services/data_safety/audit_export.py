"""Exporting the audit log (CSV or XLSX) with the log window's filters; the export is audited."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alliance_desktop.domain.enums import AuditAction
from alliance_desktop.domain.records import AuditEntry
from alliance_desktop.exchange import write_csv, write_xlsx
from alliance_desktop.exchange.columns import ColumnSpec
from alliance_desktop.services.data_safety.audit_log import AuditService

AUDIT_ENTITY = "audit log"
FILTER_KEYS = ("user", "action", "entity", "entity_uid", "search", "since", "until")

COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("id", "Entry", "Entrée"),
    ColumnSpec("at", "When (UTC)", "Quand (UTC)"),
    ColumnSpec("user", "Who", "Qui"),
    ColumnSpec("action", "Action", "Action"),
    ColumnSpec("entity", "Kind", "Type"),
    ColumnSpec("entity_uid", "Record id", "Identifiant"),
    ColumnSpec("label", "Record", "Enregistrement"),
    ColumnSpec("changes", "Changes", "Modifications", multiline=True),
)


@dataclass(frozen=True, slots=True)
class AuditExportResult:
    path: Path
    count: int


def audit_row(entry: AuditEntry) -> dict[str, Any]:
    """One entry as the file holds it: UTC time, the changes as JSON [field, old, new]."""
    return {
        "id": entry.id,
        "at": entry.at.astimezone(dt.UTC).isoformat(timespec="seconds"),
        "user": entry.user,
        "action": entry.action,
        "entity": entry.entity,
        "entity_uid": entry.entity_uid,
        "label": entry.label,
        "changes": json.dumps([[c.field, c.old, c.new] for c in entry.changes], ensure_ascii=False),
    }


def describe_filters(filters: dict[str, Any]) -> str:
    """The filters as the export's audit entry records them ("" for the whole log)."""
    parts = []
    for key in FILTER_KEYS:
        value = filters.get(key)
        if value in (None, ""):
            continue
        if isinstance(value, dt.datetime):
            value = value.isoformat(timespec="seconds")
        parts.append(f"{key}={value}")
    return "; ".join(parts)


def export_audit_log(
    audit: AuditService,
    path: str | os.PathLike[str],
    fmt: str = "csv",
    filters: dict[str, Any] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> AuditExportResult:
    """Write every entry ``filters`` (``AuditService.list``'s keywords) keep, oldest first,
    atomically; then record the export with its filter. ``progress(done, total)`` may raise
    Cancelled: no file is left and nothing recorded."""
    wanted = {k: v for k, v in (filters or {}).items() if k in FILTER_KEYS}
    entries = list(reversed(audit.list(**wanted, limit=None)))
    total = len(entries)
    if progress is not None:
        progress(0, total)

    def report(done: int) -> bool:
        if progress is not None:
            progress(done, total)
        return True

    rows = (audit_row(e) for e in entries)
    if fmt == "xlsx":
        count = write_xlsx(
            path, rows, COLUMNS, sheet_title="Audit log", progress=report, private=True
        )
    else:  # names and e-mails in old -> new values: owner-only
        count = write_csv(path, rows, COLUMNS, progress=report, private=True)
    target = Path(path)
    audit.record(
        AuditAction.EXPORT,
        AUDIT_ENTITY,
        "",
        f"{count} audit entries to {target.name}",
        [
            ("rows", None, count),
            ("format", None, fmt),
            ("file", None, target.name),
            ("filter", None, describe_filters(wanted) or "whole log"),
        ],
    )
    return AuditExportResult(target, count)
