"""One person's data as a subject-access export: JSON data, a text summary, written owner-only."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from alliance_desktop.db.models import Application, AuditEntry, Membership, Person, Signature
from alliance_desktop.domain.messages import Message, msg, nmsg
from alliance_desktop.services.data_safety.erasing import SIGNER_FIELDS, like_any, traces_of


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def export_data(session: Session, person: Person) -> dict[str, Any]:
    traces = traces_of(person)
    memberships = session.scalars(
        select(Membership).where(Membership.focal_point_id == person.id)
    ).all()
    applications = session.scalars(
        select(Application).where(Application.contact_id == person.id)
    ).all()
    conditions = [AuditEntry.entity_uid == person.uid]
    if traces:
        conditions.append(
            like_any(AuditEntry.changes, [json.dumps(t, ensure_ascii=False)[1:-1] for t in traces])
        )
    entries = session.scalars(
        select(AuditEntry).where(or_(*conditions)).order_by(AuditEntry.id)
    ).all()
    return {
        "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "person": {
            "uid": person.uid,
            "name": person.name,
            "function": person.function,
            "email": person.email,
            "phone": person.phone,
            "language": person.language,
            "notes": person.notes,
            "created_at": _iso(person.created_at),
            "updated_at": _iso(person.updated_at),
            "deleted_at": _iso(person.deleted_at),
            "erased_at": _iso(person.erased_at),
        },
        "authority": (
            {
                "uid": person.authority.uid,
                "name": person.authority.name,
                "country_code": person.authority.country_code,
            }
            if person.authority is not None
            else None
        ),
        "focal_point_of": [
            {
                "membership_uid": m.uid,
                "authority": m.authority.name,
                "participant_no": m.participant_no,
                "status": m.status,
            }
            for m in memberships
        ],
        "contact_for_applications": [
            {
                "application_uid": a.uid,
                "applicant": a.applicant_name,
                "country_code": a.country_code,
                "received_on": _iso(a.received_on),
                "status": a.status,
                "decided_on": _iso(a.decided_on),
            }
            for a in applications
        ],
        "audit_trail": [
            {
                "at": _iso(e.at),
                "user": e.user,
                "action": e.action,
                "entity": e.entity,
                "entity_uid": e.entity_uid,
                "changes": json.loads(e.changes or "[]"),
            }
            for e in entries
        ],
    }


def export_text(data: dict[str, Any]) -> str:
    """The export as a text for people, in the language in use (the values stay as stored)."""
    p = data["person"]
    lines: list[Message | str] = [
        msg("Personal data held by Alliance Desktop"),
        msg("Exported: {at}", at=data["exported_at"]),
        "",
        msg("Name: {name}", name=p["name"]),
        msg("Function: {function}", function=p["function"] or "-"),
        msg("E-mail: {email}", email=p["email"] or "-"),
        msg("Phone: {phone}", phone=p["phone"] or "-"),
        msg("Preferred language: {language}", language=p["language"]),
        msg("Notes: {notes}", notes=p["notes"] or "-"),
        msg(
            "Recorded: {created}; last changed: {changed}",
            created=p["created_at"],
            changed=p["updated_at"],
        ),
    ]
    if p["erased_at"]:
        lines.append(msg("Erased: {at}", at=p["erased_at"]))
    if data["authority"]:
        a = data["authority"]
        lines.append(
            msg("Works for: {name} ({country})", name=a["name"], country=a["country_code"])
        )
    memberships = data["focal_point_of"]
    lines += [
        "",
        nmsg("Focal point of {n} membership:", "Focal point of {n} memberships:", len(memberships)),
    ]
    lines += [
        msg(
            "  - {name} (participant no. {number}, {status})",
            name=m["authority"],
            number=m["participant_no"],
            status=m["status"],
        )
        for m in memberships
    ]
    applications = data["contact_for_applications"]
    lines += [
        "",
        nmsg("Contact for {n} application:", "Contact for {n} applications:", len(applications)),
    ]
    lines += [
        msg(
            "  - {name} ({country}), received {day}, {status}",
            name=a["applicant"],
            country=a["country_code"],
            day=a["received_on"],
            status=a["status"],
        )
        for a in applications
    ]
    lines += ["", _history_title(len(data["audit_trail"]))]
    for e in data["audit_trail"]:
        fields = ", ".join(c[0] for c in e["changes"]) or "-"
        lines.append(f"  - {e['at']} {e['user']}: {e['action']} {e['entity']} ({fields})")
    return "\n".join(str(line) for line in lines) + "\n"


def _history_title(count: int) -> Message:
    return nmsg("History ({n} entry):", "History ({n} entries):", count)


def signer_data(session: Session, signature: Signature) -> dict[str, Any]:
    """What a signature holds about its signer, and the history entries about it."""
    entries = session.scalars(
        select(AuditEntry).where(AuditEntry.entity_uid == signature.uid).order_by(AuditEntry.id)
    ).all()
    return {
        "signature_uid": signature.uid,
        "signer_name": signature.signer_name,
        "signer_function": signature.signer_function,
        "signed_on": _iso(signature.signed_on),
        "place": signature.place,
        "certificate_no": signature.certificate_no,
        "authority": signature.authority.name if signature.authority is not None else None,
        "country_code": signature.country_code,
        "audit_trail": [
            {
                "at": _iso(e.at),
                "user": e.user,
                "action": e.action,
                "changes": [c for c in json.loads(e.changes or "[]") if c[0] in SIGNER_FIELDS],
            }
            for e in entries
        ],
    }


def group_data(
    session: Session, persons: list[Person], signatures: list[Signature]
) -> dict[str, Any]:
    """Everything about one person known under several records (same e-mail, or a signer's
    signatures): each record's own export, together."""
    return {
        "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "records": len(persons) + len(signatures),
        "persons": [export_data(session, p) for p in persons],
        "signatures": [signer_data(session, s) for s in signatures],
    }


def group_text(data: dict[str, Any]) -> str:
    parts: list[Message | str] = [
        msg("Personal data held by Alliance Desktop"),
        msg("Exported: {at}", at=data["exported_at"]),
        msg("Records about this person: {n}", n=data["records"]),
    ]
    for number, person in enumerate(data["persons"], 1):
        body = export_text(person).split("\n", 3)[3]  # without the title and date again
        parts += [
            "",
            msg(
                "=== Contact record {number} of {count} ===",
                number=number,
                count=len(data["persons"]),
            ),
            body.rstrip(),
        ]
    for number, s in enumerate(data["signatures"], 1):
        parts += [
            "",
            msg(
                "=== Signature {number} of {count} ===",
                number=number,
                count=len(data["signatures"]),
            ),
            msg("Signer: {name}", name=s["signer_name"]),
            msg("Function: {function}", function=s["signer_function"] or "-"),
            msg(
                "Signed: {day} at {place} for {authority} ({country}), certificate {number}",
                day=s["signed_on"],
                place=s["place"] or "-",
                authority=s["authority"] or "-",
                country=s["country_code"],
                number=s["certificate_no"],
            ),
            _history_title(len(s["audit_trail"])),
        ]
        parts += [f"  - {e['at']} {e['user']}: {e['action']}" for e in s["audit_trail"]]
    return "\n".join(str(part) for part in parts) + "\n"


def write_private(path: Path, text: str) -> None:
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)  # mkstemp made it owner-only (0600)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
