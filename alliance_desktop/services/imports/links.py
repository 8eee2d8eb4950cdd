"""The authorities a plan links rows to, checked again inside the import's own transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from alliance_desktop.db.models import Authority, Membership
from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.domain.messages import Message, join_messages, msg
from alliance_desktop.services.base import in_chunks


@dataclass(frozen=True, slots=True)
class PlannedLink:
    """A row the import writes for an authority already in the register."""

    row: int
    authority_uid: str
    label: str  # the row's label, naming the authority should it be gone
    version: int | None = None  # the authority's version the plan compared the row with
    new_member: bool = False  # the row makes the authority a member


class LinkProblem(StrEnum):
    GONE = "gone"
    TRASHED = "trashed"
    CHANGED = "changed"
    MEMBER = "member"


@dataclass(frozen=True, slots=True)
class StaleLink:
    row: int
    authority: str  # the authority's name (public, not personal data)
    problem: LinkProblem

    @property
    def message(self) -> Message:
        row, name = self.row, self.authority
        return {
            LinkProblem.GONE: msg(
                "row {row}: the authority “{name}” no longer exists after the file was checked",
                row=row,
                name=name,
            ),
            LinkProblem.TRASHED: msg(
                "row {row}: the authority “{name}” was moved to the Trash after the file was "
                "checked",
                row=row,
                name=name,
            ),
            LinkProblem.CHANGED: msg(
                "row {row}: the authority “{name}” was changed by someone else after the file "
                "was checked",
                row=row,
                name=name,
            ),
            LinkProblem.MEMBER: msg(
                "row {row}: the authority “{name}” became a member after the file was checked",
                row=row,
                name=name,
            ),
        }[self.problem]

    def __str__(self) -> str:
        return str(self.message)


class StaleLinksError(RefusedError):
    """Authorities rows were planned to link to changed between the check and the import."""

    def __init__(self, file_name: str, links: Sequence[StaleLink]) -> None:
        self.file_name = file_name
        self.links = tuple(links)
        # The window says "Nothing was imported." before this, the CLI too.
        again = msg("Check {file} again, then import it:", file=file_name or msg("the file"))
        super().__init__(join_messages([again, *(link.message for link in self.links)], "\n"))


def recheck_links(session: Session, links: Sequence[PlannedLink], file_name: str) -> None:
    """Refuse the import (StaleLinksError) if an authority a row links to is gone, in the
    Trash, changed since the plan compared the row with it, or made a member meanwhile.

    The rows are locked (FOR SHARE where the database has it) until the import commits, so a
    Trash or edit cannot slip in between this check and the writing.
    """
    if not links:
        return
    found: dict[str, tuple[int, str, bool, int]] = {}
    for chunk in in_chunks(sorted({link.authority_uid for link in links})):
        stmt = (
            select(
                Authority.id, Authority.uid, Authority.name, Authority.deleted_at, Authority.version
            )
            .where(Authority.uid.in_(chunk))
            .with_for_update(read=True)
        )
        for id_, uid, name, deleted_at, version in session.execute(stmt):
            found[uid] = (id_, name, deleted_at is not None, version)
    members: set[int] = set()
    if any(link.new_member for link in links):
        for ids in in_chunks([v[0] for v in found.values()]):
            owned = select(Membership.authority_id).where(Membership.authority_id.in_(ids))
            members.update(session.scalars(owned))
    stale: list[StaleLink] = []
    for link in sorted(links, key=lambda link: link.row):
        if link.authority_uid not in found:
            stale.append(StaleLink(link.row, link.label, LinkProblem.GONE))
            continue
        id_, name, trashed, version = found[link.authority_uid]
        if trashed:
            stale.append(StaleLink(link.row, name, LinkProblem.TRASHED))
        elif link.new_member and id_ in members:
            stale.append(StaleLink(link.row, name, LinkProblem.MEMBER))
        elif link.version is not None and version != link.version:
            stale.append(StaleLink(link.row, name, LinkProblem.CHANGED))
    if stale:
        raise StaleLinksError(file_name, stale)
