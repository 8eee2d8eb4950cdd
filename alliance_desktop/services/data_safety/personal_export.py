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
    p = data["person"]
    lines = [
        "Personal data held by Alliance Desktop",
        f"Exported: {data['exported_at']}",
        "",
        f"Name: {p['name']}",
        f"Function: {p['function'] or '-'}",
        f"E-mail: {p['email'] or '-'}",
        f"Phone: {p['phone'] or '-'}",
        f"Preferred language: {p['language']}",
        f"Notes: {p['notes'] or '-'}",
        f"Recorded: {p['created_at']}; last changed: {p['updated_at']}",
    ]
    if p["erased_at"]:
        lines.append(f"Erased: {p['erased_at']}")
    if data["authority"]:
        a = data["authority"]
        lines.append(f"Works for: {a['name']} ({a['country_code']})")
    lines += ["", f"Focal point of {len(data['focal_point_of'])} membership(s):"]
    lines += [
        f"  - {m['authority']} (participant no. {m['participant_no']}, {m['status']})"
        for m in data["focal_point_of"]
    ]
    lines += ["", f"Contact for {len(data['contact_for_applications'])} application(s):"]
    lines += [
        f"  - {a['applicant']} ({a['country_code']}), received {a['received_on']}, {a['status']}"
        for a in data["contact_for_applications"]
    ]
    lines += ["", f"History ({len(data['audit_trail'])} entries):"]
    for e in data["audit_trail"]:
        fields = ", ".join(c[0] for c in e["changes"]) or "-"
        lines.append(f"  - {e['at']} {e['user']}: {e['action']} {e['entity']} ({fields})")
    return "\n".join(lines) + "\n"


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
    parts = [
        "Personal data held by Alliance Desktop",
        f"Exported: {data['exported_at']}",
        f"Records about this person: {data['records']}",
    ]
    for number, person in enumerate(data["persons"], 1):
        body = export_text(person).split("\n", 3)[3]  # without the title and date again
        parts += ["", f"=== Contact record {number} of {len(data['persons'])} ===", body.rstrip()]
    for number, s in enumerate(data["signatures"], 1):
        parts += [
            "",
            f"=== Signature {number} of {len(data['signatures'])} ===",
            f"Signer: {s['signer_name']}",
            f"Function: {s['signer_function'] or '-'}",
            f"Signed: {s['signed_on']} at {s['place'] or '-'} for {s['authority'] or '-'} "
            f"({s['country_code']}), certificate {s['certificate_no']}",
            f"History ({len(s['audit_trail'])} entries):",
        ]
        parts += [f"  - {e['at']} {e['user']}: {e['action']}" for e in s["audit_trail"]]
    return "\n".join(parts) + "\n"


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
