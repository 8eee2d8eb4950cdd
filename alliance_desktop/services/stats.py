"""Headline figures: members, signatories and pending applications."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import distinct, extract, func, select
from sqlalchemy.orm import Session

from alliance_desktop.db.models import Application, Authority, Membership, Signature
from alliance_desktop.domain.enums import PENDING_STATUSES, MembershipStatus
from alliance_desktop.domain.records import CountFigure, Figures
from alliance_desktop.services.base import Service


class StatsService(Service):
    def members(self) -> CountFigure:
        with self.db.read() as session:
            stmt = (
                select(func.count(Membership.id), func.count(distinct(Authority.country_code)))
                .join(Authority, Membership.authority_id == Authority.id)
                .where(
                    Membership.deleted_at.is_(None),
                    Authority.deleted_at.is_(None),
                    Membership.status != MembershipStatus.WITHDRAWN.value,
                )
            )
            count, countries = session.execute(stmt).one()
            return CountFigure(int(count), int(countries))

    def signatories(self) -> CountFigure:
        with self.db.read() as session:
            stmt = select(
                func.count(Signature.id), func.count(distinct(Signature.country_code))
            ).where(Signature.deleted_at.is_(None))
            count, countries = session.execute(stmt).one()
            return CountFigure(int(count), int(countries))

    def pending(self, today: dt.date | None = None) -> tuple[int, int | None]:
        """Pending applications and how many days the oldest has waited."""
        today = today or dt.date.today()
        with self.db.read() as session:
            stmt = select(func.count(Application.id), func.min(Application.received_on)).where(
                Application.deleted_at.is_(None),
                Application.status.in_([s.value for s in PENDING_STATUSES]),
            )
            count, oldest = session.execute(stmt).one()
            return int(count), (today - oldest).days if oldest else None

    def figures(self, today: dt.date | None = None) -> Figures:
        """Everything the Overview shows, in one read transaction."""
        today = today or dt.date.today()
        with self.db.read() as session:
            active_members = (
                select(Authority.country_code, Membership.joined_on)
                .join(Authority, Membership.authority_id == Authority.id)
                .where(
                    Membership.deleted_at.is_(None),
                    Authority.deleted_at.is_(None),
                    Membership.status != MembershipStatus.WITHDRAWN.value,
                )
                .subquery()
            )
            live_signatures = (
                select(Signature.country_code, Signature.signed_on)
                .where(Signature.deleted_at.is_(None))
                .subquery()
            )
            members_by_country = _pairs(
                session.execute(
                    select(active_members.c.country_code, func.count())
                    .group_by(active_members.c.country_code)
                    .order_by(func.count().desc(), active_members.c.country_code)
                )
            )
            signatories_by_country = _pairs(
                session.execute(
                    select(live_signatures.c.country_code, func.count())
                    .group_by(live_signatures.c.country_code)
                    .order_by(func.count().desc(), live_signatures.c.country_code)
                )
            )
            signatures_by_year = _by_year(session, live_signatures.c.signed_on)
            members_by_year = _by_year(session, active_members.c.joined_on)
            pending = session.execute(
                select(func.count(Application.id), func.min(Application.received_on)).where(
                    Application.deleted_at.is_(None),
                    Application.status.in_([s.value for s in PENDING_STATUSES]),
                )
            ).one()
        return Figures(
            members=CountFigure(sum(n for _, n in members_by_country), len(members_by_country)),
            signatories=CountFigure(
                sum(n for _, n in signatories_by_country), len(signatories_by_country)
            ),
            pending=int(pending[0]),
            oldest_pending_days=(today - pending[1]).days if pending[1] else None,
            members_by_country=members_by_country,
            signatories_by_country=signatories_by_country,
            signatures_by_year=signatures_by_year,
            members_by_year=members_by_year,
        )


def _pairs(result: Any) -> tuple[tuple[str, int], ...]:
    return tuple((str(code), int(n)) for code, n in result)


def _by_year(session: Session, column: Any) -> tuple[tuple[int, int], ...]:
    """Counts per year, the years between included with 0."""
    # extract() is rendered for each database (SQLite: strftime; PostgreSQL: EXTRACT, a numeric).
    year = extract("year", column)
    counts = {int(y): int(n) for y, n in session.execute(select(year, func.count()).group_by(year))}
    if not counts:
        return ()
    first, last = min(counts), max(counts)
    return tuple((year, counts.get(year, 0)) for year in range(first, last + 1))


def members_sentence(figure: CountFigure) -> str:
    noun = "member" if figure.count == 1 else "members"
    return f"{figure.count} {noun} from {_countries(figure.countries)}"


def signatories_sentence(figure: CountFigure) -> str:
    noun = "signatory" if figure.count == 1 else "signatories"
    return f"{figure.count} {noun} from {_countries(figure.countries)}"


def pending_sentence(count: int, oldest_days: int | None) -> str:
    noun = "application" if count == 1 else "applications"
    if count == 0 or oldest_days is None:
        return "No applications pending" if count == 0 else f"{count} {noun} pending"
    days = "day" if oldest_days == 1 else "days"
    return f"{count} {noun} pending, oldest {oldest_days} {days}"


def _countries(n: int) -> str:
    return f"{n} country" if n == 1 else f"{n} countries"
