"""Restore this version: a record's values as they were after an entry of its History, saved."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from alliance_desktop.db.models import AuditEntry
from alliance_desktop.domain.enums import AuditAction
from alliance_desktop.domain.errors import NotFoundError, RefusedError
from alliance_desktop.domain.messages import msg
from alliance_desktop.services.applications import ApplicationService
from alliance_desktop.services.base import Service, plain
from alliance_desktop.services.members import MemberService
from alliance_desktop.services.signatures import SignatureService


@dataclass(frozen=True)
class FieldDifference:
    """A field whose value now differs from the version chosen (texts as the audit keeps them)."""

    entity: str
    field: str
    now: str | None
    then: str | None


class RevertService(Service):
    """Puts a record (a member: its membership and authority) back to its values right after
    one entry of its History, as one new change audited "revert"; refused (ConflictError) when
    the record changed since the dialog read it."""

    def differences(self, uid: str, entry_id: int) -> list[FieldDifference]:
        """What "Restore this version" would change on record ``uid`` (a member, signature or
        application), field by field; empty when that version is the current one."""
        drafts = self._drafts_now(uid)
        found = []
        for entity, (record_uid, draft) in drafts.items():
            then = self._values_then(record_uid, entry_id, draft)
            now = _plain_values(draft)
            for field, value in then.items():
                if (now.get(field) or "") != (value or ""):
                    found.append(FieldDifference(entity, field, now.get(field), value))
        return found

    def revert(self, uid: str, entry_id: int, version: int) -> None:
        """Save record ``uid`` with its values after entry ``entry_id`` (one transaction)."""
        drafts = self._drafts_now(uid)
        then = {
            entity: _draft_with(draft, self._values_then(record_uid, entry_id, draft))
            for entity, (record_uid, draft) in drafts.items()
        }
        with self._audited_as_revert(entry_id):
            if "membership" in then:
                member = MemberService(self.db).get(uid)
                MemberService(self.db).update(
                    uid,
                    version,
                    then["membership"],
                    then["authority"],
                    authority_version=member.authority.meta.version,
                )
            elif "signature" in then:
                SignatureService(self.db).update(uid, version, then["signature"])
            else:
                ApplicationService(self.db).update(uid, version, then["application"])

    @contextmanager
    def _audited_as_revert(self, entry_id: int) -> Iterator[None]:
        with self.db.read() as session:
            at = session.scalar(select(AuditEntry.at).where(AuditEntry.id == entry_id))
        if at is None:
            raise NotFoundError("record", str(entry_id))
        self.db.audit_as = (AuditAction.REVERT.value, at.isoformat(timespec="seconds"))
        try:
            yield
        finally:
            self.db.audit_as = None

    def _drafts_now(self, uid: str) -> dict[str, tuple[str, Any]]:
        """The record's drafts as they are now, by entity (a member has two)."""
        try:
            member = MemberService(self.db).get(uid)
            return {
                "membership": (uid, member.draft),
                "authority": (member.authority.uid, member.authority.draft),
            }
        except NotFoundError:
            pass
        others: tuple[tuple[str, Callable[[str], Any]], ...] = (
            ("signature", SignatureService(self.db).get),
            ("application", ApplicationService(self.db).get),
        )
        for kind, get in others:
            try:
                return {kind: (uid, get(uid).draft)}
            except NotFoundError:
                continue
        raise RefusedError(msg("This record's earlier versions cannot be restored."))

    def _values_then(self, uid: str, entry_id: int, draft: Any) -> dict[str, str | None]:
        """The draft's fields after entry ``entry_id``: now, with every later change's old
        value put back, newest first. Fields whose values the trail does not keep (personal
        data) stay as they are."""
        values = _plain_values(draft)
        fields = set(values)
        with self.db.read() as session:
            later = session.scalars(
                select(AuditEntry.changes)
                .where(
                    AuditEntry.entity_uid == uid,
                    AuditEntry.id > entry_id,
                    # A record made after that moment (a member's membership after its
                    # authority) keeps the values it was made with.
                    AuditEntry.action != AuditAction.CREATE.value,
                )
                .order_by(AuditEntry.id.desc())
            )
            for changes in later:
                for field, old, new in json.loads(changes or "[]"):
                    if field in fields and not (old is None and new is None):
                        values[field] = old
        return {k: v for k, v in values.items() if k in _restorable(draft)}


def _restorable(draft: Any) -> set[str]:
    # A link to another record (the member's authority) is not a value to restore.
    return {f.name for f in dataclasses.fields(draft) if f.name != "authority_uid"}


def _plain_values(draft: Any) -> dict[str, str | None]:
    return {f.name: plain(getattr(draft, f.name)) for f in dataclasses.fields(draft)}


def _draft_with(draft: Any, values: Mapping[str, str | None]) -> Any:
    hints = typing.get_type_hints(type(draft))
    return dataclasses.replace(draft, **{k: _typed(hints[k], v) for k, v in values.items()})


def _typed(hint: Any, text: str | None) -> Any:
    """An audit trail's text back into a draft field's type."""
    options = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
    optional = type(None) in options
    kind = next(o for o in options if o is not type(None))
    if text is None or (text == "" and kind is not str):
        return None if optional else ("" if kind is str else None)
    if kind is bool:
        return text == "yes"
    if kind is int:
        return int(text)
    if kind is dt.date:
        return dt.date.fromisoformat(text)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(text)
    return text
