"""Likely pairs among candidates: names alike within a block, same e-mail, same website.

Pure (no database): ``finding`` reads the candidates. Names are compared with RapidFuzz's
``ratio`` on their comparable forms (folded, read in Latin letters by ``anyascii``, without
municipal titles) only within blocks of one country and the same first or last three
letters, so 100,000 authorities never make 5 billion comparisons.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

from anyascii import anyascii
from rapidfuzz import fuzz, process

from alliance_desktop.domain.duplicate_keys import block_keys, comparable_folded, comparable_name
from alliance_desktop.domain.duplicates import DuplicateReason

# Above this many records sharing one e-mail or website (a ministry's address, a portal),
# the address says nothing about any two of them.
_SHARED_LIMIT = 20


@dataclass(frozen=True, slots=True)
class Candidate:
    uid: str
    country: str  # the block: only names in the same country are compared
    names: tuple[str, ...]  # the name and its alternatives, as written (or folded)
    email: str = ""  # already normalised (duplicate_keys.email_key)
    website: str = ""  # already normalised (duplicate_keys.website_key)
    folded: bool = False  # the names are folded already (text.fold), as search keys are


@dataclass(frozen=True, slots=True)
class Match:
    left: int  # indexes into the candidates, left < right
    right: int
    score: int
    reasons: tuple[DuplicateReason, ...]


def forms_of(names: Iterable[str], folded: bool = False) -> tuple[str, ...]:
    """The distinct comparable forms of a record's names."""
    comparable = comparable_folded if folded else comparable_name
    forms = {comparable(n, anyascii) for n in names}
    forms.discard("")
    return tuple(sorted(forms))


def find_matches(candidates: Sequence[Candidate], min_score: int) -> list[Match]:
    """Every likely pair: names at least ``min_score`` % alike, or the same e-mail or website."""
    forms = [forms_of(c.names, c.folded) for c in candidates]
    names = _names_alike(candidates, forms, min_score)
    reasons: dict[tuple[int, int], set[DuplicateReason]] = defaultdict(set)
    for pair in names:
        reasons[pair].add(DuplicateReason.NAMES_ALIKE)
    for attribute, reason in (
        ("email", DuplicateReason.SAME_EMAIL),
        ("website", DuplicateReason.SAME_WEBSITE),
    ):
        for pair in _same_value(candidates, attribute):
            reasons[pair].add(reason)
    matches = []
    order = list(DuplicateReason)
    for (left, right), found in reasons.items():
        score = names.get((left, right))
        if score is None:
            score = _best_ratio(forms[left], forms[right])
        matches.append(Match(left, right, score, tuple(sorted(found, key=order.index))))
    return matches


def _names_alike(
    candidates: Sequence[Candidate], forms: Sequence[tuple[str, ...]], min_score: int
) -> dict[tuple[int, int], int]:
    blocks: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    for index, (candidate, record_forms) in enumerate(zip(candidates, forms, strict=True)):
        for form in record_forms:
            for key in set(block_keys(form)):
                blocks[(candidate.country, key)].append((index, form))
    best: dict[tuple[int, int], int] = {}

    def keep(owner: int, other: int, score: float) -> None:
        if other != owner:
            pair = (owner, other) if owner < other else (other, owner)
            if int(score) > best.get(pair, -1):
                best[pair] = int(score)

    for members in blocks.values():
        if len(members) < 2:
            continue
        if len(members) == 2:  # most blocks: one call instead of a search
            (first, a), (second, b) = members
            score = fuzz.ratio(a, b, score_cutoff=min_score)
            if score:
                keep(first, second, score)
            continue
        texts = [form for _, form in members]
        for position, (owner, form) in enumerate(members[:-1]):
            found = process.extract(
                form, texts[position + 1 :], scorer=fuzz.ratio, score_cutoff=min_score, limit=None
            )
            for _choice, score, offset in found:
                keep(owner, members[position + 1 + offset][0], score)
    return best


def _same_value(candidates: Sequence[Candidate], attribute: str) -> list[tuple[int, int]]:
    groups: dict[str, list[int]] = defaultdict(list)
    for index, candidate in enumerate(candidates):
        value = getattr(candidate, attribute)
        if value:
            groups[value].append(index)
    pairs: list[tuple[int, int]] = []
    for indexes in groups.values():
        if 2 <= len(indexes) <= _SHARED_LIMIT:
            pairs.extend(combinations(sorted(indexes), 2))
    return pairs


def _best_ratio(left: tuple[str, ...], right: tuple[str, ...]) -> int:
    scores = [fuzz.ratio(a, b) for a in left for b in right]
    return int(max(scores, default=0))
