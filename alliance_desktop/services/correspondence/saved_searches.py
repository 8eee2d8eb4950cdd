"""Saved searches: a tab's search text and filters under a name, shared in the database.

Kept in the database rather than in each user's preferences so that a colleague's "Focal
points in the Western Balkans" is there for everyone (on a shared PostgreSQL register) and
travels with the register file. A saved search stores the query, not its results: running
it lists the records that match today.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from alliance_desktop.db.correspondence_models import SavedSearch as SavedSearchRow
from alliance_desktop.domain.correspondence import Audience, SavedSearch, SavedSearchDraft
from alliance_desktop.domain.enums import AuditAction
from alliance_desktop.domain.errors import NotFoundError, RefusedError
from alliance_desktop.domain.messages import msg
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.services.base import Service, audit, check_version, field_changes

ENTITY = "saved_search"
TABS = ("members", "signatories", "applications")
TAB_AUDIENCE = {
    "members": Audience.MEMBER,
    "signatories": Audience.SIGNATORY,
    "applications": Audience.APPLICATION,
}


def _record(row: SavedSearchRow) -> SavedSearch:
    return SavedSearch(
        uid=row.uid,
        version=row.version,
        draft=SavedSearchDraft(
            tab=row.tab,
            name=row.name,
            search=row.search,
            country=row.country_code,
            status=row.status,
            year=row.year,
        ),
        created_by=row.created_by,
    )


def query_of(draft: SavedSearchDraft) -> ListQuery:
    """The list query a saved search runs (every matching row, in the tab's first sort)."""
    return ListQuery(
        search=draft.search, country=draft.country, status=draft.status, year=draft.year
    )


class SavedSearchService(Service):
    def list(self, tab: str | None = None) -> list[SavedSearch]:
        with self.db.read() as session:
            stmt = select(SavedSearchRow).where(SavedSearchRow.deleted_at.is_(None))
            if tab is not None:
                stmt = stmt.where(SavedSearchRow.tab == tab)
            return [
                _record(row)
                for row in session.scalars(stmt.order_by(SavedSearchRow.tab, SavedSearchRow.name))
            ]

    def find(self, name: str, tab: str | None = None) -> SavedSearch:
        """The saved search ``name`` (of ``tab``); refuses an unknown or ambiguous name."""
        found = [s for s in self.list(tab) if s.name == name]
        if not found:
            raise RefusedError(msg("There is no saved search named “{name}”.", name=name))
        if len(found) > 1:
            raise RefusedError(
                msg(
                    "Several tabs have a saved search named “{name}”; say which records "
                    "(members, signatories or applications).",
                    name=name,
                )
            )
        return found[0]

    def save(self, draft: SavedSearchDraft) -> SavedSearch:
        """Save the search under its name, replacing the tab's search of that name."""
        name = draft.name.strip()
        if not name:
            raise RefusedError(msg("Give the saved search a name."))
        if draft.tab not in TABS:
            raise RefusedError(msg("Searches can be saved on the record tabs only."))
        values = {
            "search": draft.search,
            "country_code": draft.country,
            "status": draft.status,
            "year": draft.year,
        }
        with self.db.write() as session:
            row = session.scalars(
                select(SavedSearchRow).where(
                    SavedSearchRow.tab == draft.tab, SavedSearchRow.name == name
                )
            ).first()
            if row is None:
                row = SavedSearchRow(tab=draft.tab, name=name, created_by=self.user, **values)
                session.add(row)
                session.flush()
                audit(
                    session,
                    self.user,
                    AuditAction.CREATE,
                    ENTITY,
                    row.uid,
                    name,
                    [(k, None, v) for k, v in values.items()],
                )
            else:
                old = {k: getattr(row, k) for k in values}
                for key, value in values.items():
                    setattr(row, key, value)
                row.deleted_at = None
                session.flush()
                audit(
                    session,
                    self.user,
                    AuditAction.UPDATE,
                    ENTITY,
                    row.uid,
                    name,
                    field_changes(old, values),
                )
            return _record(row)

    def rename(self, uid: str, name: str, version: int | None = None) -> SavedSearch:
        new = name.strip()
        if not new:
            raise RefusedError(msg("Give the saved search a name."))
        with self.db.write() as session:
            row = self._row(session, uid)
            check_version(row, version, ENTITY, row.name)
            clash = session.scalars(
                select(SavedSearchRow.uid).where(
                    SavedSearchRow.tab == row.tab,
                    SavedSearchRow.name == new,
                    SavedSearchRow.uid != uid,
                )
            ).first()
            if clash is not None:
                raise RefusedError(
                    msg("A saved search named “{name}” already exists here.", name=new)
                )
            old = row.name
            row.name = new
            session.flush()
            audit(session, self.user, AuditAction.UPDATE, ENTITY, uid, new, [("name", old, new)])
            return _record(row)

    def delete(self, uid: str) -> None:
        with self.db.write() as session:
            row = self._row(session, uid)
            audit(session, self.user, AuditAction.DELETE, ENTITY, uid, row.name)
            session.delete(row)

    @staticmethod
    def _row(session: Session, uid: str) -> SavedSearchRow:
        row = session.scalars(select(SavedSearchRow).where(SavedSearchRow.uid == uid)).first()
        if row is None:
            raise NotFoundError(ENTITY, uid)
        return row
