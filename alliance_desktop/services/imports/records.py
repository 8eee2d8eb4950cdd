"""What the signatures and applications imports share: stored values, merging, duplicates, ids."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from alliance_desktop.db.models import AuditEntry, Authority, new_uid
from alliance_desktop.domain.enums import AuditAction, RecordKind
from alliance_desktop.domain.records import AuthorityDraft, display_name
from alliance_desktop.domain.text import name_key
from alliance_desktop.exchange import ListKind
from alliance_desktop.services.imports.plan import Duplicate, PlanRows, table_of

Stored = dict[str, tuple[int, bool, dict[str, Any]]]
"""uid -> (version, in the Trash, values) of the stored records."""


class RecordImport:
    """Shared planning of signatures and applications: stored values, merging, duplicates."""

    kind: ListKind
    fields: tuple[str, ...]
    defaults: dict[str, Any]
    compared: tuple[str, ...]  # the fields whose change makes a row an update

    @staticmethod
    def _stored_label(values: Mapping[str, Any]) -> str:
        raise NotImplementedError

    def _duplicate(
        self,
        plan: PlanRows,
        number: int,
        label: str,
        keys: list[Any],
        db_dup: str | None,
        stored: Stored,
    ) -> Duplicate | None:
        """The earlier row or the stored record (db_dup) the row repeats, if any."""
        existing = self._stored_label(stored[db_dup][2]) if db_dup is not None else ""
        return plan.duplicate(number, label, keys, db_dup, existing)

    def _add_update(
        self,
        plan: PlanRows,
        number: int,
        values: dict[str, Any],
        label: str,
        target: tuple[str, tuple[int, bool, dict[str, Any]]],
        dup: Duplicate | None,
    ) -> None:
        uid, (version, _, stored) = target
        before = {f: stored[f] for f in self.compared}
        after = {f: values[f] for f in self.compared}
        plan.add_update(number, values, label, (uid, version), before, after, dup)

    def _merged(
        self, raw: Mapping[str, Any], mapped: set[str], stored: dict[str, Any] | None
    ) -> dict[str, Any]:
        values = dict(stored) if stored is not None else dict(self.defaults)
        for key in self.fields:
            if key not in mapped:
                continue
            value = raw.get(key)
            if value is None and isinstance(self.defaults.get(key), StrEnum | bool):
                continue  # an empty cell keeps the stored value (or the default)
            values[key] = "" if value is None and isinstance(self.defaults.get(key), str) else value
        return values

    @staticmethod
    def _authority_index(
        session: Session,
    ) -> tuple[dict[str, tuple[str, str]], dict[tuple[str, str], list[str]]]:
        """uid -> (label, country) of authorities, and (country, name key) -> uids."""
        labels: dict[str, tuple[str, str]] = {}
        names: dict[tuple[str, str], list[str]] = {}
        stmt = select(
            Authority.uid, Authority.name, Authority.name_latin, Authority.country_code
        ).where(Authority.deleted_at.is_(None))
        for uid, name, latin, country in session.execute(stmt):
            labels[uid] = (display_name(name, latin), country)
            for n in {name_key(name), name_key(latin)} - {""}:
                names.setdefault((country, n), []).append(uid)
        return labels, names


def keep_uid(session: Session, row: Any, uid: str) -> None:
    """Give a record just made the id it has in the file, so a second import updates it.

    The services' create functions choose a new id; their audit entry, not yet flushed, is
    moved to the kept id too.
    """
    if not uid or row.uid == uid:
        return
    old = row.uid
    for pending in session.new:
        if isinstance(pending, AuditEntry) and pending.entity_uid == old:
            pending.entity_uid = uid
    # A plain UPDATE: through the ORM it would also count as a new version of the record.
    table = table_of(type(row))
    session.execute(update(table).where(table.c.id == row.id).values(uid=uid))
    session.expire(row, ["uid"])


def create_authority_with_uid(
    session: Session, user: str, draft: AuthorityDraft, uid: str | None
) -> str:
    """A new authority, keeping the id it has in the file's database when it has one."""
    from alliance_desktop.services.authorities import apply_authority, authority_values
    from alliance_desktop.services.base import audit, created_changes

    row = Authority(uid=uid or new_uid())
    apply_authority(row, draft)
    session.add(row)
    session.flush()
    audit(
        session,
        user,
        AuditAction.CREATE,
        RecordKind.AUTHORITY.value,
        row.uid,
        row.name,
        created_changes(authority_values(draft)),
    )
    return row.uid


def clean_line_of(value: str | None) -> str:
    from alliance_desktop.domain.text import clean_line

    return clean_line(value)
