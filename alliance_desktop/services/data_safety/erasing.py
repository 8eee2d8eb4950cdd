"""Erasing a person's traces: their name, e-mail and phone scrubbed from history and notes."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from alliance_desktop.db.models import (
    Application,
    ApplicationStatusChange,
    AuditEntry,
    Authority,
    Membership,
    Person,
    Signature,
)
from alliance_desktop.domain.text import LIKE_ESCAPE

ERASED_NAME = "Erased person"
ERASED = "(erased)"


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


def anonymise_audit(session: Session, uid: str, traces: list[str]) -> int:
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
        if entry.entity_uid == uid:
            # Every value recorded about the person is theirs: keep only which field changed.
            new = [[f, _blank(o), _blank(n)] for f, o, n in changes]
        else:
            new = [[f, _scrub_value(o, traces), _scrub_value(n, traces)] for f, o, n in changes]
        label = scrub(entry.label, traces) if entry.entity_uid != uid else entry.label
        if new != changes or label != entry.label:
            entry.changes = json.dumps(new, ensure_ascii=False)
            entry.label = label
            count += 1
    return count


def anonymise_notes(session: Session, person: Person, traces: list[str]) -> int:
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
    if person.email:
        same.append(Authority.email.ilike(person.email))
    if person.phone:
        same.append(Authority.phone == person.phone)
    for authority in session.scalars(select(Authority).where(or_(*same))) if same else []:
        if person.email and authority.email.lower() == person.email.lower():
            authority.email = ""
            count += 1
        if person.phone and authority.phone == person.phone:
            authority.phone = ""
            count += 1
    return count
