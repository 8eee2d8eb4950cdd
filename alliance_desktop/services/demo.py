"""Demo data: a realistic Alliance on real place names, with invented people at example.org."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.resources
import io
import random
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from alliance_desktop.db.models import Application, Authority, Signature
from alliance_desktop.db.session import Database
from alliance_desktop.domain.enums import (
    ApplicationChannel,
    ApplicationStatus,
    AuthorityKind,
    Language,
    MembershipStatus,
)
from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.domain.messages import msg
from alliance_desktop.domain.records import (
    ApplicationDraft,
    AuthorityDraft,
    MembershipDraft,
    PersonDraft,
    SignatureDraft,
)
from alliance_desktop.domain.text import fold
from alliance_desktop.domain.validation import (
    checked,
    validate_application,
    validate_authority,
    validate_membership,
    validate_person,
    validate_signature,
)
from alliance_desktop.services.applications import ApplicationService, create_application_in
from alliance_desktop.services.authorities import create_authority_in
from alliance_desktop.services.members import create_membership_in
from alliance_desktop.services.persons import create_person_in
from alliance_desktop.services.signatures import create_signature_in

MEMBER_COUNTRIES = 29
SIGNATORY_COUNTRIES = 32
MEMBERS = 130  # active or suspended; two more have withdrawn
SIGNATORIES = 121
PENDING = 15
OLDEST_PENDING_DAYS = 74
ACCEPTED, DECLINED, WITHDRAWN = 6, 4, 3

_FIRST = {
    "cyrillic": ["Ивана", "Марко", "Елена", "Стефан", "Мария", "Никола", "Десислава", "Оксана"],
    "greek": ["Μαρία", "Γιώργος", "Ελένη", "Νίκος", "Κατερίνα", "Δημήτρης"],
    "armenian": ["Անահիտ", "Արամ", "Լիլիթ", "Տիգրան"],
    "georgian": ["ნინო", "გიორგი", "თამარ", "ლევან"],
    "latin": [
        "Ana",
        "Mihai",
        "Zsófia",
        "Tomáš",
        "Agnieszka",
        "Jürgen",
        "Élodie",
        "Luca",
        "Ayşe",
        "João",
        "Siobhán",
        "Mette",
        "Dragan",
        "Lejla",
        "Kristīne",
        "Íñigo",
    ],
}
_LAST = {
    "cyrillic": ["Петровић", "Иванова", "Стојановски", "Коваленко", "Георгиев", "Николић"],
    "greek": ["Παπαδοπούλου", "Νικολάου", "Γεωργίου", "Καραγιάννης"],
    "armenian": ["Հովհաննիսյան", "Սարգսյան", "Պետրոսյան"],
    "georgian": ["ბერიძე", "მაისურაძე", "კაპანაძე"],
    "latin": [
        "Popescu",
        "Horváth",
        "Novák",
        "Kowalska",
        "Schneider",
        "Dubois",
        "Rossi",
        "Yılmaz",
        "Silva",
        "O'Connor",
        "Jensen",
        "Hodžić",
        "Bērziņa",
        "García",
        "Müller-Lüdenscheidt",
        "Kovačević",
    ],
}
_SCRIPT = {
    "BG": "cyrillic",
    "RS": "cyrillic",
    "MK": "cyrillic",
    "UA": "cyrillic",
    "GR": "greek",
    "CY": "greek",
    "AM": "armenian",
    "GE": "georgian",
}
_FUNCTIONS = ["Mayor", "Deputy Mayor", "President of the Region", "Councillor for Social Affairs"]
_FRENCH_SPEAKING = {"FR", "BE", "CH", "LU", "MC"}


@dataclass(frozen=True)
class DemoSummary:
    members: int
    signatories: int
    applications: int


@dataclass(frozen=True)
class _Place:
    name: str
    name_latin: str
    country: str
    kind: AuthorityKind
    population: int | None


def load_places() -> list[_Place]:
    """The real place names shipped with the application, each once."""
    folder = importlib.resources.files("alliance_desktop").joinpath("resources", "demo")
    places: dict[tuple[str, str], _Place] = {}
    for file_name in ("authorities_sample.csv", "more_places.csv"):
        text = folder.joinpath(file_name).read_text(encoding="utf-8")
        for row in csv.DictReader(io.StringIO(text)):
            population = (row.get("population") or "").strip()
            place = _Place(
                name=row["name"].strip(),
                name_latin=row["name_latin"].strip() if row["name_latin"] != row["name"] else "",
                country=row["country_code"].strip(),
                kind=AuthorityKind(row["kind"].strip()),
                population=int(population) if population.isdigit() else None,
            )
            places.setdefault((place.country, fold(place.name)), place)
    return list(places.values())


def is_empty(session: Session) -> bool:
    return not any(
        session.scalar(select(func.count()).select_from(model))
        for model in (Authority, Signature, Application)
    )


def fill_demo(db: Database, today: dt.date | None = None) -> DemoSummary:
    """Fill an empty database with the demo Alliance; refuse a database that holds records."""
    today = today or dt.date.today()
    rng = random.Random(2017)
    places = load_places()
    rng.shuffle(places)
    by_country: dict[str, list[_Place]] = defaultdict(list)
    for place in places:
        by_country[place.country].append(place)
    # The countries with the most places carry the members; three more only signatories.
    countries = sorted(by_country, key=lambda c: (-len(by_country[c]), c))
    member_countries = countries[:MEMBER_COUNTRIES]
    signatory_only = countries[MEMBER_COUNTRIES:SIGNATORY_COUNTRIES]
    member_pool = _spread([p for c in member_countries for p in by_country[c]], member_countries)
    members = member_pool[: MEMBERS - ACCEPTED]
    accepted = member_pool[MEMBERS - ACCEPTED : MEMBERS]
    withdrawn_members = member_pool[MEMBERS : MEMBERS + 2]
    rest = member_pool[MEMBERS + 2 :]
    applicants = rest[-(PENDING + DECLINED + WITHDRAWN) :]
    non_member_signatories = rest[: -len(applicants)] + [
        p for c in signatory_only for p in by_country[c]
    ]
    user = db.user

    with db.write() as session:
        if not is_empty(session):
            raise RefusedError(
                msg(
                    "The database already holds records; the demo data goes only into an empty "
                    "database. Create a new one with: {command}",
                    command="alliance-desktop --db demo.sqlite init --demo",
                )
            )
        authority_of: dict[_Place, Authority] = {}

        def authority(place: _Place) -> Authority:
            if place not in authority_of:
                authority_of[place] = create_authority_in(
                    session,
                    user,
                    checked(
                        AuthorityDraft(
                            name=place.name,
                            name_latin=place.name_latin,
                            country_code=place.country,
                            kind=place.kind,
                            population=place.population,
                            website=f"https://www.{_slug(place)}.example.org",
                        ),
                        validate_authority,
                    ),
                )
            return authority_of[place]

        for number, place in enumerate(members + withdrawn_members, start=1):
            row = authority(place)
            joined = _date_between(rng, dt.date(2013, 10, 1), today - dt.timedelta(days=120))
            focal = None
            if rng.random() < 0.8:
                focal = create_person_in(session, user, _person(rng, place, row.uid, number))
            withdrawn = place in withdrawn_members
            status = (
                MembershipStatus.WITHDRAWN
                if withdrawn
                else MembershipStatus.SUSPENDED
                if number % 41 == 0
                else MembershipStatus.ACTIVE
            )
            create_membership_in(
                session,
                user,
                row,
                checked(
                    MembershipDraft(
                        authority_uid=row.uid,
                        joined_on=joined,
                        status=status,
                        left_on=_date_between(rng, joined, today) if withdrawn else None,
                        focal_point_uid=focal.uid if focal is not None else None,
                    ),
                    validate_membership,
                ),
            )

        signing = _signatories(members, non_member_signatories, member_countries, signatory_only)
        for i, place in enumerate(signing):
            row = authority(place)
            first, last = _name(rng, place.country)
            signed = _date_between(rng, dt.date(2017, 3, 9), today - dt.timedelta(days=10))
            if i < 8:
                signed = dt.date(2017, 3, 9)  # the first signatures, at the Congress session
            create_signature_in(
                session,
                user,
                checked(
                    SignatureDraft(
                        signer_name=f"{first} {last}",
                        signer_function=rng.choice(_FUNCTIONS),
                        signed_on=signed,
                        authority_uid=row.uid,
                        place="Strasbourg" if i < 8 else place.name,
                        language=Language.FR if place.country in _FRENCH_SPEAKING else Language.EN,
                    ),
                    validate_signature,
                ),
            )

        states = (
            [ApplicationStatus.RECEIVED] * 5
            + [ApplicationStatus.UNDER_REVIEW] * 5
            + [ApplicationStatus.INFORMATION_REQUESTED] * 5
            + [ApplicationStatus.DECLINED] * DECLINED
            + [ApplicationStatus.WITHDRAWN] * WITHDRAWN
        )
        created: list[tuple[str, ApplicationStatus, dt.date]] = []
        for i, (place, state) in enumerate(zip(applicants, states, strict=True)):
            waited = OLDEST_PENDING_DAYS if i == 0 else rng.randint(3, OLDEST_PENDING_DAYS - 1)
            if not state.is_pending:
                waited = rng.randint(120, 700)
            uid = _application(session, user, rng, place, today, waited, i)
            created.append((uid, state, today - dt.timedelta(days=waited)))
        for i, place in enumerate(accepted):
            waited = rng.randint(60, 900)
            uid = _application(session, user, rng, place, today, waited, 100 + i)
            created.append((uid, ApplicationStatus.ACCEPTED, today - dt.timedelta(days=waited)))
    # Decisions go through the service, exactly as a user's would, one transaction each, dated
    # between the application's arrival and today as if entered on the day.
    applications = ApplicationService(db)
    for uid, state, received in created:
        steps = _step_dates(rng, received, today, 3)
        if state is ApplicationStatus.UNDER_REVIEW:
            applications.review(uid, None, on=steps[0])
        elif state is ApplicationStatus.INFORMATION_REQUESTED:
            applications.review(uid, None, on=steps[0])
            applications.request_information(
                uid, None, "Please send the council's decision to join.", on=steps[1]
            )
        elif state is ApplicationStatus.DECLINED:
            applications.review(uid, None, on=steps[0])
            applications.decline(
                uid, None, "The authority is not in a Council of Europe state.", on=steps[1]
            )
        elif state is ApplicationStatus.WITHDRAWN:
            applications.withdraw(uid, None, "The new council will apply again.", on=steps[0])
        elif state is ApplicationStatus.ACCEPTED:
            # Recent decisions: the newest members, with the highest participant numbers.
            decided = today - dt.timedelta(days=rng.randint(1, 40))
            applications.review(uid, None, on=_step_dates(rng, received, decided, 1)[0])
            applications.accept(uid, None, on=decided)
    return DemoSummary(members=MEMBERS, signatories=len(signing), applications=len(created))


def _step_dates(rng: random.Random, start: dt.date, end: dt.date, count: int) -> list[dt.date]:
    """``count`` dates in order, a few days to weeks apart, after ``start`` and not after
    ``end``."""
    days = sorted(rng.randint(1, max((end - start).days, 1)) for _ in range(count))
    return [min(start + dt.timedelta(days=d), end) for d in days]


def _spread(pool: list[_Place], countries: list[str]) -> list[_Place]:
    """One place of every country first, so that any prefix of the list spans them all."""
    firsts = [next(p for p in pool if p.country == c) for c in countries]
    return firsts + [p for p in pool if p not in firsts]


def _signatories(
    members: list[_Place],
    non_members: list[_Place],
    member_countries: list[str],
    signatory_only: list[str],
) -> list[_Place]:
    chosen = [next(p for p in members if p.country == c) for c in member_countries]
    chosen += [next(p for p in non_members if p.country == c) for c in signatory_only]
    allowed = set(member_countries) | set(signatory_only)
    for place in non_members + members:
        if len(chosen) >= SIGNATORIES:
            break
        if place not in chosen and place.country in allowed:
            chosen.append(place)
    return chosen


def _application(
    session: Session,
    user: str,
    rng: random.Random,
    place: _Place,
    today: dt.date,
    waited: int,
    n: int,
) -> str:
    first, last = _name(rng, place.country)
    draft = ApplicationDraft(
        applicant_name=place.name,
        applicant_name_latin=place.name_latin,
        country_code=place.country,
        applicant_kind=place.kind,
        received_on=today - dt.timedelta(days=waited),
        channel=rng.choice(list(ApplicationChannel)),
        contact_name=f"{first} {last}",
        contact_function="Head of the Mayor's office",
        contact_email=f"contact{n}@{_slug(place)}.example.org",
        contact_language=Language.FR if place.country in _FRENCH_SPEAKING else Language.EN,
        commitment_letter=rng.random() < 0.6,
    )
    return create_application_in(session, user, checked(draft, validate_application)).uid


def _person(rng: random.Random, place: _Place, authority_uid: str, n: int) -> PersonDraft:
    first, last = _name(rng, place.country)
    return checked(
        PersonDraft(
            name=f"{first} {last}",
            function="Roma inclusion officer",
            email=f"focal{n}@{_slug(place)}.example.org",
            phone=f"+00 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
            language=Language.FR if place.country in _FRENCH_SPEAKING else Language.EN,
            authority_uid=authority_uid,
        ),
        validate_person,
    )


def _name(rng: random.Random, country: str) -> tuple[str, str]:
    script = _SCRIPT.get(country, "latin")
    return rng.choice(_FIRST[script]), rng.choice(_LAST[script])


def _slug(place: _Place) -> str:
    ascii_name = fold(place.name_latin or place.name).encode("ascii", "ignore").decode()
    return "".join(ch if ch.isalnum() else "-" for ch in ascii_name).strip("-") or "town"


def _date_between(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    if end <= start:
        return start
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))
