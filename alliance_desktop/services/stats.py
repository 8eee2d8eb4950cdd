"""Headline figures: members, signatories and pending applications."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import distinct, func, select

from alliance_desktop.db.models import Application, Authority, Membership, Signature
from alliance_desktop.domain.enums import PENDING_STATUSES, MembershipStatus
from alliance_desktop.domain.records import CountFigure
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
