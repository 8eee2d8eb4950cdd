"""The correspondence log: the proof of every letter, e-mail, label or envelope run.

One call, :func:`record_run`, inside the transaction of the run it proves: a line per
record (kind, template, language, file name, SHA-256 of the file or message, when, who) and
an audit entry per record. A labels or envelopes run logs itself in three lines::

    with services.db.write() as session:
        record_run(session, user, RunKind.LABEL, template="3×7 63.5×38.1", items=[
            SentItem(entity="membership", entity_uid=uid, label=name,
                     file_name="labels.pdf", sha256=digest, language="en"), ...])
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from alliance_desktop.db.correspondence_models import CorrespondenceItem
from alliance_desktop.db.models import new_uid
from alliance_desktop.domain.correspondence import CorrespondenceEntry, RunKind, SentItem
from alliance_desktop.domain.enums import AuditAction
from alliance_desktop.services.base import Service, audit, now

AUDIT_ACTION = AuditAction.CORRESPONDENCE
CHUNK = 250


def record_run(
    session: Session,
    user: str,
    kind: RunKind,
    *,
    template: str,
    items: Sequence[SentItem],
) -> str:
    """Log one run in ``session``'s transaction; returns the run's uid."""
    run_uid = new_uid()
    stamp = now()
    rows = [
        {
            "run_uid": run_uid,
            "entity": item.entity,
            "entity_uid": item.entity_uid,
            "kind": kind.value,
            "template": (item.template or template)[:200],
            "language": item.language,
            "file_name": item.file_name[:300],
            "sha256": item.sha256,
            "sent_at": stamp,
            "sent_by": user,
        }
        for item in items
    ]
    for start in range(0, len(rows), CHUNK):
        session.execute(insert(CorrespondenceItem), rows[start : start + CHUNK])
    for item in items:
        audit(
            session,
            user,
            AUDIT_ACTION,
            item.entity,
            item.entity_uid,
            item.label,
            [
                ("kind", None, kind.value),
                ("template", None, item.template or template),
                ("language", None, item.language),
                ("file_name", None, item.file_name),
                ("sha256", None, item.sha256),
            ],
        )
    return run_uid


class CorrespondenceLog(Service):
    """Reading the log: what was sent to one record, newest first."""

    def for_record(self, entity_uid: str) -> list[CorrespondenceEntry]:
        with self.db.read() as session:
            rows = session.scalars(
                select(CorrespondenceItem)
                .where(CorrespondenceItem.entity_uid == entity_uid)
                .order_by(CorrespondenceItem.sent_at.desc(), CorrespondenceItem.id.desc())
            )
            return [
                CorrespondenceEntry(
                    run_uid=row.run_uid,
                    at=row.sent_at,
                    user=row.sent_by,
                    kind=RunKind(row.kind),
                    template=row.template,
                    language=row.language,
                    file_name=row.file_name,
                    sha256=row.sha256,
                )
                for row in rows
            ]

    def record_run(self, kind: RunKind, template: str, items: Sequence[SentItem]) -> str:
        """Log a run made elsewhere (its own transaction)."""
        with self.db.write() as session:
            return record_run(session, self.user, kind, template=template, items=items)
