"""Headline figures: members, signatories and pending applications."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from alliance_desktop.db.models import Application, Authority, Membership, Signature
from alliance_desktop.domain.enums import PENDING_STATUSES, MembershipStatus
from alliance_desktop.domain.messages import Message, msg, nmsg
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
            members_by_country, members_by_year = _tally(
                session, active_members.c.country_code, active_members.c.joined_on
            )
            signatories_by_country, signatures_by_year = _tally(
                session, live_signatures.c.country_code, live_signatures.c.signed_on
            )
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


def _tally(
    session: Session, country: Any, date: Any
) -> tuple[tuple[tuple[str, int], ...], tuple[tuple[int, int], ...]]:
    """Counts per country (most first) and per year (the years between with 0), in one pass.

    Grouped in SQL by date and country, summed here: no year function, which SQLite and
    PostgreSQL spell differently, and the date first so that SQLite does not walk a country
    index in order (a random read of every row) to save the grouping's sort.
    """
    countries: Counter[str] = Counter()
    years: Counter[int] = Counter()
    groups = select(date, country, func.count()).group_by(date, country)
    for day, code, n in session.execute(groups):
        countries[str(code)] += int(n)
        years[day.year] += int(n)
    by_country = tuple(sorted(countries.items(), key=lambda pair: (-pair[1], pair[0])))
    if not years:
        return by_country, ()
    first, last = min(years), max(years)
    return by_country, tuple((y, years.get(y, 0)) for y in range(first, last + 1))


def members_sentence(figure: CountFigure) -> Message:
    return nmsg(
        "{n} member from {countries}",
        "{n} members from {countries}",
        figure.count,
        countries=_countries(figure.countries),
    )


def signatories_sentence(figure: CountFigure) -> Message:
    return nmsg(
        "{n} signatory from {countries}",
        "{n} signatories from {countries}",
        figure.count,
        countries=_countries(figure.countries),
    )


def pending_sentence(count: int, oldest_days: int | None) -> Message:
    if count == 0:
        return msg("No applications pending")
    if oldest_days is None:
        return nmsg("{n} application pending", "{n} applications pending", count)
    return nmsg(
        "{n} application pending, oldest {days}",
        "{n} applications pending, oldest {days}",
        count,
        days=nmsg("{n} day", "{n} days", oldest_days),
    )


def _countries(n: int) -> Message:
    return nmsg("{n} country", "{n} countries", n)
