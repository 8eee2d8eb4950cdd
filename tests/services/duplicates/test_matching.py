"""Likely pairs: names alike after folding and transliteration, same e-mail, same website."""

from __future__ import annotations

import pytest

from alliance_desktop.domain.duplicates import DuplicateKind, DuplicateReason
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.services.duplicates.matching import Candidate, find_matches
from tests.services.duplicates.samples import authority


def _score(a: Candidate, b: Candidate, min_score: int = 0) -> int | None:
    matches = find_matches([a, b], min_score)
    return matches[0].score if matches else None


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (("Łódź",), ("Lodz",)),
        (("Београд",), ("Beograd",)),
        (("Timişoara",), ("Timișoara",)),
        (("City of Łódź",), ("LODZ",)),
        (("Municipality of Kragujevac",), ("Крагујевац", "Kragujevac")),
        (("Ηράκλειο", "Irakleio", "Heraklion"), ("Heraklion",)),
        (("Saint-Étienne",), ("Saint Etienne",)),
    ],
)
def test_the_same_name_written_otherwise_is_found_at_full_score(
    left: tuple[str, ...], right: tuple[str, ...]
) -> None:
    assert _score(Candidate("a", "XX", left), Candidate("b", "XX", right), 85) == 100


def test_a_typo_is_found_with_its_score() -> None:
    score = _score(Candidate("a", "RS", ("Kragujevac",)), Candidate("b", "RS", ("Kraguievac",)))
    assert score is not None and 85 <= score < 100


def test_the_same_name_in_another_country_is_not_proposed() -> None:
    assert _score(Candidate("a", "PL", ("Kraków",)), Candidate("b", "DE", ("Krakow",)), 0) is None


def test_different_towns_with_a_common_word_score_low() -> None:
    score = _score(Candidate("a", "RS", ("Novi Sad",)), Candidate("b", "RS", ("Novi Pazar",)))
    assert score is not None and score < 85
    assert (
        _score(Candidate("a", "RS", ("Novi Sad",)), Candidate("b", "RS", ("Novi Pazar",)), 85)
        is None
    )


def test_same_email_or_website_is_a_pair_whatever_the_names() -> None:
    a = Candidate("a", "PL", ("Łódź",), email="info@lodz.pl", website="lodz.pl")
    b = Candidate("b", "PL", ("Urząd Miasta",), email="info@lodz.pl", website="lodz.pl")
    (match,) = find_matches([a, b], 85)
    assert match.reasons == (DuplicateReason.SAME_EMAIL, DuplicateReason.SAME_WEBSITE)
    assert match.score < 85  # the names' own score is still shown


def test_pairs_from_the_database_leave_out_those_marked_not_duplicates(services: Services) -> None:
    lodz = authority(services, "Łódź", website="https://www.uml.lodz.pl/")
    twin = authority(services, "City of Lodz", website="uml.lodz.pl")
    authority(services, "Kraków")
    authority(services, "Krakow", "DE")
    (pair,) = services.duplicates.pairs(DuplicateKind.AUTHORITY)
    assert {pair.left.uid, pair.right.uid} == {lodz, twin}
    assert pair.reasons == (DuplicateReason.NAMES_ALIKE, DuplicateReason.SAME_WEBSITE)
    assert pair.score == 100
    services.duplicates.mark_not_duplicates(DuplicateKind.AUTHORITY, twin, lodz)
    services.duplicates.mark_not_duplicates(DuplicateKind.AUTHORITY, lodz, twin)  # twice: once
    assert services.duplicates.pairs(DuplicateKind.AUTHORITY) == []


def test_a_trashed_authority_is_not_proposed(services: Services) -> None:
    authority(services, "Łódź")
    services.authorities.delete(authority(services, "Lodz"))
    assert services.duplicates.pairs(DuplicateKind.AUTHORITY) == []
