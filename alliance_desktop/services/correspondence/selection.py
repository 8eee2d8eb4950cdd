"""The three ways to choose recipients: a saved search, the current filter, chosen rows."""

from __future__ import annotations

import dataclasses

from alliance_desktop.db.session import Database
from alliance_desktop.domain.correspondence import Audience
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.services.applications import ApplicationService
from alliance_desktop.services.correspondence.saved_searches import (
    TAB_AUDIENCE,
    SavedSearchService,
    query_of,
)
from alliance_desktop.services.members import MemberService
from alliance_desktop.services.signatures import SignatureService

AUDIENCE_TAB = {audience: tab for tab, audience in TAB_AUDIENCE.items()}


def matching_uids(db: Database, audience: Audience, query: ListQuery) -> list[str]:
    """Every record of ``audience`` the query's search and filters keep, in the list's order."""
    every = dataclasses.replace(query, offset=0, limit=None)
    if audience is Audience.MEMBER:
        return [row.uid for row in MemberService(db).list(every).rows]
    if audience is Audience.SIGNATORY:
        return list(SignatureService(db).list_uids(every))
    return [row.uid for row in ApplicationService(db).list(every).rows]


def saved_search_uids(
    db: Database, name: str, audience: Audience | None = None
) -> tuple[Audience, list[str]]:
    """The records the saved search ``name`` finds today, and whose records they are."""
    tab = AUDIENCE_TAB[audience] if audience is not None else None
    saved = SavedSearchService(db).find(name, tab)
    found = TAB_AUDIENCE[saved.draft.tab]
    return found, matching_uids(db, found, query_of(saved.draft))
