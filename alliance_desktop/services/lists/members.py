"""The Members tab's list: its sorts and filters, counted and paged in the database."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from alliance_desktop.db.follow_ups import FollowUp
from alliance_desktop.db.models import Authority, Membership, Person
from alliance_desktop.domain.enums import AuthorityKind, MembershipStatus
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.domain.records import MemberRow, Page
from alliance_desktop.services.base import (
    ListedTable,
    country_order,
    filtered_page,
    indexable,
    live_ids,
    ordered,
    search_clause,
    year_clause,
)
from alliance_desktop.services.follow_ups.queries import due_ids

_Focal = aliased(Person)

MEMBER_SORTS: dict[str, Any] = {
    "participant_no": Membership.participant_no,
    "name": Authority.sort_key,
    "name_latin": Authority.sort_key,
    "country_code": country_order(Authority.country_code),
    "kind": Authority.kind,
    "joined_on": Membership.joined_on,
    "status": Membership.status,
    "left_on": Membership.left_on,
    "focal_point": Membership.focal_sort_key,
}


def member_page(session: Session, query: ListQuery) -> Page[MemberRow]:
    """The page of live members ``query`` asks for, and how many it matches."""
    keys, descending = _order(query)
    rows, total = filtered_page(
        session,
        query,
        ListedTable(Membership, select_members, keys, descending, _uids),
        _matching(query),
        lambda: _count(query),
    )
    return Page(tuple(_member_row(r) for r in rows), total)


def select_members(query: ListQuery, indexed: bool = True) -> Any:
    """The list's rows in the query's order (``indexed``: see ``_filtered``)."""
    stmt = (
        select(
            Membership.uid,
            Authority.uid,
            Membership.participant_no,
            Authority.name,
            Authority.name_latin,
            Authority.country_code,
            Authority.kind,
            Membership.joined_on,
            Membership.status,
            Membership.left_on,
            _Focal.name,
            Membership.version,
        )
        .join_from(Membership, Authority, Membership.authority_id == Authority.id)
        .outerjoin(_Focal, Membership.focal_point_id == _Focal.id)
        .where(Membership.deleted_at.is_(None), Authority.deleted_at.is_(None))
    )
    keys, descending = _order(query)
    return _filtered(stmt, query, indexed).order_by(*ordered(keys, descending))


def _order(query: ListQuery) -> tuple[list[Any], bool]:
    # Ties run in the same direction, and by name within a kind or a country, so that the
    # database walks one live index (forwards or backwards) and stops after a page.
    keys = [MEMBER_SORTS.get(query.sort, Authority.sort_key)]
    if query.sort in ("kind", "country_code"):
        keys.append(Authority.sort_key)
    return [*keys, Membership.participant_no], query.descending


def _uids(query: ListQuery, indexed: bool) -> Any:
    stmt = (
        select(Membership.uid)
        .join_from(Membership, Authority, Membership.authority_id == Authority.id)
        .where(Membership.deleted_at.is_(None), Authority.deleted_at.is_(None))
    )
    return _filtered(stmt, query, indexed)


def _filtered(stmt: Any, query: ListQuery, indexed: bool = True, joined: bool = True) -> Any:
    """``stmt`` narrowed by the query; ``indexed`` False keeps status and year off their
    indexes (a status keeps most rows; with a search, the search index holds both).
    ``joined``: ``stmt`` reads the live authorities too."""
    if query.search.strip():
        # The authority's own key where the statement joins it (the name index holds it).
        key = Authority.search_key if joined else Membership.list_search_key
        stmt = stmt.where(search_clause(key, query.search))
    if query.country:
        stmt = stmt.where(Authority.country_code == query.country)
    if query.status:
        stmt = stmt.where(indexable(Membership.status, indexed) == query.status)
    if query.year:
        stmt = stmt.where(year_clause(indexable(Membership.joined_on, indexed), query.year))
    if query.follow_up_due_by:
        due = due_ids(FollowUp.authority_id, query.follow_up_due_by)
        stmt = stmt.where(Membership.authority_id.in_(due))
    return stmt


def _matching(query: ListQuery) -> Any:
    """The ids of the live members the query keeps. A search reads the members' search index
    alone: a member whose authority is in the trash has an empty key there."""
    search = bool(query.search.strip())
    stmt = live_ids(Membership, query)
    joined = bool(query.country) or not search
    if joined:
        stmt = stmt.join(Authority, Membership.authority_id == Authority.id).where(
            Authority.deleted_at.is_(None)
        )
    # With a search, the members' own copy of the key: their search index holds it.
    return _filtered(stmt, query, indexed=not search, joined=False)


def _count(query: ListQuery) -> Any:
    """How many members the query matches, as one statement."""
    if query.search.strip():
        return select(func.count()).select_from(_matching(query).subquery())
    joined = select(func.count()).join_from(
        Membership, Authority, Membership.authority_id == Authority.id
    )
    if query.country:
        return _filtered(
            joined.where(Membership.deleted_at.is_(None), Authority.deleted_at.is_(None)), query
        )
    # Without a filter on the authority, live memberships are counted from an index alone and
    # the few whose authority is in the trash taken off: no join over every row.
    live = select(func.count()).select_from(Membership).where(Membership.deleted_at.is_(None))
    gone = joined.where(Membership.deleted_at.is_(None), Authority.deleted_at.is_not(None))
    return select(
        _filtered(live, query).scalar_subquery() - _filtered(gone, query).scalar_subquery()
    )


def _member_row(r: Any) -> MemberRow:
    return MemberRow(
        uid=r[0],
        authority_uid=r[1],
        participant_no=r[2],
        name=r[3],
        name_latin=r[4],
        country_code=r[5],
        kind=AuthorityKind(r[6]),
        joined_on=r[7],
        status=MembershipStatus(r[8]),
        left_on=r[9],
        focal_point=r[10] or "",
        version=r[11],
    )
