"""The audit trail read back: every record's history and the whole log with filters."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import or_, select

from alliance_desktop.db.models import AuditEntry as AuditRow
from alliance_desktop.domain.records import AuditEntry, FieldChange
from alliance_desktop.domain.text import LIKE_ESCAPE, like_pattern
from alliance_desktop.services.base import Service, audit


def audit_entry(row: AuditRow) -> AuditEntry:
    return AuditEntry(
        id=row.id,
        at=row.at,
        user=row.user,
        action=row.action,
        entity=row.entity,
        entity_uid=row.entity_uid,
        label=row.label,
        changes=tuple(FieldChange(str(c[0]), c[1], c[2]) for c in json.loads(row.changes or "[]")),
    )


class AuditService(Service):
    """Reads the audit trail; the application has no way to change or delete its entries."""

    def history(self, *uids: str) -> list[AuditEntry]:
        """Every entry about the given records (a member and its authority, say), oldest first."""
        with self.db.read() as session:
            stmt = select(AuditRow).where(AuditRow.entity_uid.in_(uids)).order_by(AuditRow.id.asc())
            return [audit_entry(r) for r in session.scalars(stmt)]

    def users(self) -> list[str]:
        with self.db.read() as session:
            return list(session.scalars(select(AuditRow.user).distinct().order_by(AuditRow.user)))

    def record(
        self,
        action: str,
        entity: str,
        uid: str,
        label: str,
        changes: list[tuple[str, Any, Any]] | None = None,
    ) -> None:
        """Log work that changes no record (an export, a printed certificate)."""
        with self.db.write() as session:
            audit(session, self.user, action, entity, uid, label, changes)

    def list(
        self,
        *,
        entity_uid: str | None = None,
        entity: str | None = None,
        action: str | None = None,
        user: str | None = None,
        search: str = "",
        since: dt.datetime | None = None,
        until: dt.datetime | None = None,
        limit: int | None = 1000,
    ) -> list[AuditEntry]:
        """Entries matching every filter given, newest first."""
        with self.db.read() as session:
            stmt: Any = select(AuditRow)
            if entity_uid:
                stmt = stmt.where(AuditRow.entity_uid == entity_uid)
            if entity:
                stmt = stmt.where(AuditRow.entity == entity)
            if action:
                stmt = stmt.where(AuditRow.action == action)
            if user:
                stmt = stmt.where(AuditRow.user == user)
            if since is not None:
                stmt = stmt.where(AuditRow.at >= since)
            if until is not None:
                stmt = stmt.where(AuditRow.at < until)
            if search.strip():
                # Labels and changes are stored as typed: match the text as typed and folded.
                patterns = {like_pattern(search), _literal_pattern(search.strip())}
                stmt = stmt.where(
                    or_(
                        *(
                            column.ilike(p, escape=LIKE_ESCAPE)
                            for p in patterns
                            for column in (AuditRow.label, AuditRow.changes)
                        )
                    )
                )
            stmt = stmt.order_by(AuditRow.id.desc())
            if limit is not None:
                stmt = stmt.limit(limit)
            return [audit_entry(r) for r in session.scalars(stmt)]


def _literal_pattern(text: str) -> str:
    escaped = (
        text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2)
        .replace("%", LIKE_ESCAPE + "%")
        .replace("_", LIKE_ESCAPE + "_")
    )
    return f"%{escaped}%"
