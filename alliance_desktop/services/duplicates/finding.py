"""Reading the candidates from the database and turning matches into likely pairs."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from alliance_desktop.db.merge_log import NotDuplicate
from alliance_desktop.db.models import Authority, Person
from alliance_desktop.domain.duplicate_keys import email_key, website_key
from alliance_desktop.domain.duplicates import DuplicateKind, DuplicatePair, DuplicateSide, pair_key
from alliance_desktop.domain.text import search_key
from alliance_desktop.services.duplicates.matching import Candidate, find_matches

# What search_key puts between the folded names it joins.
SEPARATOR = search_key("a", "b")[1:-1]


def authority_candidates(session: Session) -> tuple[list[Candidate], list[DuplicateSide]]:
    """Every live authority as a candidate, and as the list shows it."""
    rows = session.execute(
        select(
            Authority.uid,
            Authority.name,
            Authority.name_latin,
            Authority.search_key,
            Authority.country_code,
            Authority.email,
            Authority.website,
        )
        .where(Authority.deleted_at.is_(None))
        .order_by(Authority.id)
    )
    candidates, sides = [], []
    for uid, name, latin, keys, country, email, website in rows:
        # The stored search key holds every name folded (services.authorities keeps it).
        names = tuple(keys.split(SEPARATOR)) if keys else (name,)
        candidates.append(
            Candidate(
                uid, country, names, email_key(email), website_key(website), folded=bool(keys)
            )
        )
        sides.append(DuplicateSide(uid, name, country, latin if latin != name else ""))
    return candidates, sides


def person_candidates(session: Session) -> tuple[list[Candidate], list[DuplicateSide]]:
    """Every live, not erased person: contacts, focal points. Blocked by their authority's
    country (people without an authority form one block)."""
    rows = session.execute(
        select(Person.uid, Person.name, Person.email, Authority.country_code)
        .outerjoin(Authority, Person.authority_id == Authority.id)
        .where(Person.deleted_at.is_(None), Person.erased_at.is_(None))
        .order_by(Person.id)
    )
    candidates, sides = [], []
    for uid, name, email, country in rows:
        candidates.append(Candidate(uid, country or "", (name,), email_key(email)))
        sides.append(DuplicateSide(uid, name, country or "", email))
    return candidates, sides


def likely_pairs(session: Session, kind: DuplicateKind, min_score: int) -> list[DuplicatePair]:
    """The likely pairs of ``kind``, best first, without those marked "not duplicates"."""
    read = authority_candidates if kind is DuplicateKind.AUTHORITY else person_candidates
    candidates, sides = read(session)
    dismissed = {
        (a, b)
        for a, b in session.execute(
            select(NotDuplicate.uid_a, NotDuplicate.uid_b).where(NotDuplicate.kind == kind)
        )
    }
    pairs = [
        DuplicatePair(kind, sides[m.left], sides[m.right], m.score, m.reasons)
        for m in find_matches(candidates, min_score)
        if pair_key(sides[m.left].uid, sides[m.right].uid) not in dismissed
    ]
    pairs.sort(key=lambda p: (-p.score, p.left.name, p.right.name))
    return pairs
