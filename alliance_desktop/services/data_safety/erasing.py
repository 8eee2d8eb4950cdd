"""Erasing a person's traces: their name, e-mail and phone scrubbed from history and notes."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from alliance_desktop.db.follow_ups import FollowUp
from alliance_desktop.db.merge_log import MergeRecord
from alliance_desktop.db.models import (
    Application,
    ApplicationStatusChange,
    AuditEntry,
    Authority,
    Membership,
    Person,
    Signature,
    utcnow,
)
from alliance_desktop.domain.enums import AuditAction, RecordKind
from alliance_desktop.domain.text import LIKE_ESCAPE, fold, search_key
from alliance_desktop.services.base import audit

ERASED_NAME = "Erased person"
ERASED = "(erased)"
# Marks an audit entry a restore carried over from the replaced file (its value names that
# file): no personal data, and an erase must leave it, or the entry would lose its origin.
CARRIED_OVER = "carried_over"


def traces_of(person: Person) -> list[str]:
    """The values that identify the person, longest first (a name inside an e-mail...)."""
    values = {v.strip() for v in (person.email, person.phone, person.name) if v and v.strip()}
    return sorted(values, key=len, reverse=True)


def scrub(text: str, traces: Iterable[str]) -> str:
    for trace in traces:
        # Case-insensitive; a name only as a whole word, so "Ana" does not eat "Banana".
        pattern = re.escape(trace)
        if re.fullmatch(r"[\w .'-]+", trace):
            pattern = rf"(?<!\w){pattern}(?!\w)"
        text = re.sub(pattern, ERASED, text, flags=re.IGNORECASE)
    return text


def _blank(value: object) -> str | None:
    return None if value is None else ERASED


def _scrub_value(value: object, traces: list[str]) -> str | None:
    return None if value is None else scrub(str(value), traces)


def like_any(column: Any, traces: list[str]) -> Any:
    escaped = [
        t.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2)
        .replace("%", LIKE_ESCAPE + "%")
        .replace("_", LIKE_ESCAPE + "_")
        for t in traces
    ]
    return or_(*(column.ilike(f"%{t}%", escape=LIKE_ESCAPE) for t in escaped))


def anonymise_audit(
    session: Session, uid: str, traces: list[str], own_fields: frozenset[str] | None = None
) -> int:
    """Scrub ``traces`` from every entry; the entries about record ``uid`` keep only which
    field changed (``own_fields``: only those fields are blanked, the rest scrubbed)."""
    conditions = [AuditEntry.entity_uid == uid]
    if traces:
        json_traces = [json.dumps(t, ensure_ascii=False)[1:-1] for t in traces]
        conditions += [
            like_any(AuditEntry.changes, json_traces),
            like_any(AuditEntry.label, traces),
        ]
    count = 0
    for entry in session.scalars(select(AuditEntry).where(or_(*conditions))):
        changes = json.loads(entry.changes or "[]")
        whole = entry.entity_uid == uid and own_fields is None
        if whole:
            # Every value recorded about the person is theirs: keep only which field changed.
            new = [[f, _blank(o), _blank(n)] for f, o, n in changes]
        else:
            mine = own_fields if entry.entity_uid == uid and own_fields else frozenset()
            new = [
                [f, _blank(o), _blank(n)]
                if f in mine
                else [f, _scrub_value(o, traces), _scrub_value(n, traces)]
                for f, o, n in changes
            ]
        new = [old if old[0] == CARRIED_OVER else n for old, n in zip(changes, new, strict=True)]
        label = entry.label if whole else scrub(entry.label, traces)
        if new != changes or label != entry.label:
            entry.changes = json.dumps(new, ensure_ascii=False)
            entry.label = label
            count += 1
    return count


def anonymise_notes(session: Session, email: str, phone: str, traces: list[str]) -> int:
    if not traces:
        return 0
    count = 0
    targets: list[tuple[Any, tuple[str, ...]]] = [
        (Authority, ("notes", "roma_population_note")),
        (Membership, ("notes",)),
        (Signature, ("notes",)),
        (Application, ("notes", "decision_note")),
        (ApplicationStatusChange, ("note",)),
        (Person, ("notes",)),
        (FollowUp, ("what",)),
    ]
    for model, fields in targets:
        clause = or_(*(like_any(getattr(model, f), traces) for f in fields))
        for row in session.scalars(select(model).where(clause)):
            for name in fields:
                value = getattr(row, name) or ""
                scrubbed = scrub(value, traces)
                if scrubbed != value:
                    setattr(row, name, scrubbed)
                    count += 1
    # An authority whose e-mail or phone is this person's own address: that is theirs too.
    same: list[Any] = []
    if email:
        same.append(Authority.email.ilike(email))
    if phone:
        same.append(Authority.phone == phone)
    for authority in session.scalars(select(Authority).where(or_(*same))) if same else []:
        if email and authority.email.lower() == email.lower():
            authority.email = ""
            count += 1
        if phone and authority.phone == phone:
            authority.phone = ""
            count += 1
    return count


@dataclass(frozen=True, slots=True)
class Erased:
    """What one erase changed: audit entries and notes anonymised."""

    audit_entries: int
    notes: int


def erase_person_in(session: Session, user: str, person: Person, label: str) -> Erased:
    """Blank ``person`` and scrub their traces, in the caller's transaction, audited."""
    traces = traces_of(person)
    entries = anonymise_audit(session, person.uid, traces)
    notes = anonymise_notes(session, person.email, person.phone, traces)
    anonymise_merge_log(session, traces)
    person.name = ERASED_NAME
    person.function = person.email = person.phone = person.notes = ""
    person.erased_at = utcnow()
    person.updated_at = utcnow()
    session.flush()
    audit(session, user, AuditAction.ERASE, RecordKind.PERSON.value, person.uid, label)
    return Erased(entries, notes)


def _scrubbed(value: Any, traces: list[str]) -> Any:
    if isinstance(value, str):
        return scrub(value, traces)
    if isinstance(value, list):
        return [_scrubbed(v, traces) for v in value]
    if isinstance(value, dict):
        return {k: _scrubbed(v, traces) for k, v in value.items()}
    return value


def anonymise_merge_log(session: Session, traces: list[str]) -> int:
    """What unmerge would put back holds no trace of an erased person: a merged-away person
    comes back erased, other values scrubbed. The number of merges touched."""
    if not traces:
        return 0
    columns = (MergeRecord.removed, MergeRecord.kept_before, MergeRecord.dropped_label)
    found = session.scalars(select(MergeRecord).where(or_(*(like_any(c, traces) for c in columns))))
    count = 0
    for row in found:
        removed = json.loads(row.removed)
        for item in removed:
            values = item["values"]
            if item["table"] == "person" and _scrubbed(values, traces) != values:
                values.update(name=ERASED_NAME, function="", email="", phone="", notes="")
                values.update(sort_key=fold(ERASED_NAME), erased_at=utcnow().isoformat())
            item["values"] = _scrubbed(values, traces)
        row.removed = json.dumps(removed, ensure_ascii=False, sort_keys=True)
        kept_before = _scrubbed(json.loads(row.kept_before), traces)
        row.kept_before = json.dumps(kept_before, ensure_ascii=False, sort_keys=True)
        row.dropped_label = scrub(row.dropped_label, traces)
        count += 1
    return count


SIGNER_FIELDS = frozenset({"signer_name", "signer_function"})


def erase_signer_in(session: Session, user: str, signature: Signature, label: str) -> Erased:
    """Blank the signer's name and function of ``signature`` (the signature, its number and
    certificates stay) and scrub the name from the history and notes, audited."""
    name = signature.signer_name.strip()
    traces = [name] if name and name != ERASED_NAME else []
    entries = anonymise_audit(session, signature.uid, traces, SIGNER_FIELDS)
    notes = anonymise_notes(session, "", "", traces)
    anonymise_merge_log(session, traces)
    signature.signer_name = ERASED_NAME
    signature.signer_function = ""
    signature.search_key = search_key(ERASED_NAME, signature.place, signature.certificate_no)
    signature.sort_key = fold(ERASED_NAME)
    signature.updated_at = utcnow()
    session.flush()
    audit(session, user, AuditAction.ERASE, RecordKind.SIGNATURE.value, signature.uid, label)
    return Erased(entries, notes)
