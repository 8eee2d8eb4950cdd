"""The one declared list of links a merge moves onto the kept record (and unmerge moves back).

A new table that points at an authority or a person (correspondence, attachments...) adds
one ``Link`` line here; ``tests/services/duplicates/test_links.py`` fails while a foreign
key to ``authority.id`` or ``person.id`` is missing from these lists.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from alliance_desktop.db.follow_ups import FollowUp
from alliance_desktop.db.models import Application, Authority, Membership, Person, Signature
from alliance_desktop.domain.duplicates import DuplicateKind


def _membership_label(session: Session, row: Any) -> str:
    name = session.scalar(select(Authority.name).where(Authority.id == row.authority_id))
    return f"{name} (no. {row.participant_no})"


def _signature_label(session: Session, row: Any) -> str:
    return str(row.certificate_no)


def _application_label(session: Session, row: Any) -> str:
    return str(row.applicant_name)


def _follow_up_label(session: Session, row: Any) -> str:
    return f"follow-up due {row.due_on.isoformat()}"


def _person_label(session: Session, row: Any) -> str:
    # Personal data stays out of audit labels, as in services.persons.
    return "contact person"


@dataclass(frozen=True)
class Link:
    """Rows of ``table`` whose ``column`` points at the merged kind of record."""

    name: str  # what the merge window counts ("signatures")
    table: Table
    column: str
    entity: str  # the audit trail's name for the linking row
    audit_field: str  # how its history names the link ("authority_uid")
    label: Callable[[Session, Any], str]
    # At most one row per target (a membership per authority): when both records have one,
    # the merge keeps one and removes the other (kept in the merge log for unmerge).
    one_per_target: bool = False


def _table(model: Any) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


LINKS: dict[DuplicateKind, tuple[Link, ...]] = {
    DuplicateKind.AUTHORITY: (
        Link(
            "membership",
            _table(Membership),
            "authority_id",
            "membership",
            "authority_uid",
            _membership_label,
            one_per_target=True,
        ),
        Link(
            "signatures",
            _table(Signature),
            "authority_id",
            "signature",
            "authority_uid",
            _signature_label,
        ),
        Link(
            "applications",
            _table(Application),
            "authority_id",
            "application",
            "authority_uid",
            _application_label,
        ),
        Link("persons", _table(Person), "authority_id", "person", "authority_uid", _person_label),
        Link(
            "follow_ups",
            _table(FollowUp),
            "authority_id",
            "follow_up",
            "authority_uid",
            _follow_up_label,
        ),
    ),
    DuplicateKind.PERSON: (
        Link(
            "focal_point_of",
            _table(Membership),
            "focal_point_id",
            "membership",
            "focal_point_uid",
            _membership_label,
        ),
        Link(
            "contact_of",
            _table(Application),
            "contact_id",
            "application",
            "contact_uid",
            _application_label,
        ),
    ),
}

MODELS: dict[DuplicateKind, Any] = {
    DuplicateKind.AUTHORITY: Authority,
    DuplicateKind.PERSON: Person,
}

# Tables a merge writes, for tests that compare every affected row before and after.
AFFECTED_TABLES = ("authority", "person", "membership", "signature", "application", "follow_up")


def table_named(name: str) -> Table:
    for links in LINKS.values():
        for link in links:
            if link.table.name == name:
                return link.table
    for model in MODELS.values():
        if model.__tablename__ == name:
            return _table(model)
    raise KeyError(name)
