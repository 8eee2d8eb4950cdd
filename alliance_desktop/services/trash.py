"""The Trash: deleted records of every kind, listed together and restored one by one."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from alliance_desktop.db.models import (
    Application,
    AuditEntry,
    Authority,
    Membership,
    Person,
    Signature,
)
from alliance_desktop.db.session import Database
from alliance_desktop.domain.enums import AuditAction, RecordKind
from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.domain.messages import msg
from alliance_desktop.domain.records import TrashItem
from alliance_desktop.services.applications import ApplicationService
from alliance_desktop.services.authorities import AuthorityService
from alliance_desktop.services.base import Service, in_chunks, membership_label
from alliance_desktop.services.members import MemberService
from alliance_desktop.services.persons import PersonService
from alliance_desktop.services.signatures import SignatureService


class TrashService(Service):
    def __init__(self, database: Database) -> None:
        super().__init__(database)
        self._restorers: dict[str, Callable[[str], Any]] = {
            RecordKind.MEMBERSHIP.value: MemberService(database).restore,
            RecordKind.SIGNATURE.value: SignatureService(database).restore,
            RecordKind.APPLICATION.value: ApplicationService(database).restore,
            RecordKind.AUTHORITY.value: AuthorityService(database).restore,
            RecordKind.PERSON.value: PersonService(database).restore,
        }

    def list(self) -> list[TrashItem]:
        """Everything deleted, newest first."""
        items: list[TrashItem] = []
        with self.db.read() as session:
            member_authorities: set[int] = set()
            for m in session.scalars(select(Membership).where(Membership.deleted_at.isnot(None))):
                member_authorities.add(m.authority_id)
                items.append(
                    TrashItem(
                        RecordKind.MEMBERSHIP.value,
                        m.uid,
                        membership_label(m.authority.name, m.participant_no),
                        m.authority.country_code,
                        _deleted(m.deleted_at),
                        m.version,
                    )
                )
            for s in session.scalars(select(Signature).where(Signature.deleted_at.isnot(None))):
                who = s.authority.name if s.authority is not None else s.signer_name
                items.append(
                    TrashItem(
                        RecordKind.SIGNATURE.value,
                        s.uid,
                        f"{who} ({s.certificate_no})",
                        s.country_code,
                        _deleted(s.deleted_at),
                        s.version,
                    )
                )
            for a in session.scalars(select(Application).where(Application.deleted_at.isnot(None))):
                items.append(
                    TrashItem(
                        RecordKind.APPLICATION.value,
                        a.uid,
                        a.applicant_name,
                        a.country_code,
                        _deleted(a.deleted_at),
                        a.version,
                    )
                )
            for au in session.scalars(select(Authority).where(Authority.deleted_at.isnot(None))):
                # A deleted member's authority comes back with the membership.
                if au.id in member_authorities:
                    continue
                items.append(
                    TrashItem(
                        RecordKind.AUTHORITY.value,
                        au.uid,
                        au.name,
                        au.country_code,
                        _deleted(au.deleted_at),
                        au.version,
                    )
                )
            for p in session.scalars(select(Person).where(Person.deleted_at.isnot(None))):
                items.append(
                    TrashItem(
                        RecordKind.PERSON.value,
                        p.uid,
                        p.name,
                        p.authority.country_code if p.authority is not None else "",
                        _deleted(p.deleted_at),
                        p.version,
                    )
                )
            by = _deleted_by(session, [i.uid for i in items])
        items = [dataclasses.replace(i, deleted_by=by.get(i.uid, "")) for i in items]
        items.sort(key=lambda i: i.deleted_at, reverse=True)
        return items

    def restore(self, kind: str, uid: str) -> None:
        restorer = self._restorers.get(kind)
        if restorer is None:
            raise RefusedError(msg("Records of kind {kind} cannot be restored.", kind=repr(kind)))
        restorer(uid)


def _deleted_by(session: Session, uids: list[str]) -> dict[str, str]:
    """Who last moved each of these records to the Trash, as the audit trail says."""
    by: dict[str, str] = {}
    for chunk in in_chunks(uids):
        rows = session.execute(
            select(AuditEntry.entity_uid, AuditEntry.user)
            .where(
                AuditEntry.action == AuditAction.DELETE.value,
                AuditEntry.entity_uid.in_(chunk),
            )
            .order_by(AuditEntry.id)
        )
        by.update({uid: user for uid, user in rows})  # the newest deletion wins
    return by


def _deleted(value: dt.datetime | None) -> dt.datetime:
    assert value is not None  # only deleted rows are listed
    return value
