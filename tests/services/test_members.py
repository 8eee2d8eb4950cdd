"""Members and authorities: create, search, conflicts, duplicates, trash, audit."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from alliance_desktop.db.models import AuditEntry
from alliance_desktop.db.session import Database
from alliance_desktop.domain.errors import ConflictError, ValidationError
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.domain.records import AuthorityDraft, MembershipDraft, PersonDraft
from alliance_desktop.services.data_safety.opening import Services

NAMES = [
    ("Łódź", "Lodz", "PL"),
    ("Şişli", "", "TR"),
    ("Ηράκλειο", "Irakleio", "GR"),
    ("Крагујевац", "Kragujevac", "RS"),
    ("Timișoara", "", "RO"),
    ("100% Town_1", "", "FR"),
    ("O'Brien's \"Place\"", "", "IE"),
]


def _add_members(services: Services) -> None:
    for name, latin, country in NAMES:
        services.members.create(
            AuthorityDraft(name=name, name_latin=latin, country_code=country),
            MembershipDraft(authority_uid="", joined_on=dt.date(2016, 5, 1)),
        )


def _names(services: Services, search: str) -> list[str]:
    return [r.name for r in services.members.list(ListQuery(search=search)).rows]


def test_participant_numbers_are_given_in_turn(services: Services) -> None:
    _add_members(services)
    numbers = sorted(r.participant_no for r in services.members.list().rows)
    assert numbers == list(range(1, len(NAMES) + 1))
    assert services.members.next_participant_no() == len(NAMES) + 1


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("lodz", ["Łódź"]),
        ("ŁÓDŹ", ["Łódź"]),
        ("sisli", ["Şişli"]),
        ("ηρακλειο", ["Ηράκλειο"]),
        ("kragujevac", ["Крагујевац"]),
        ("timisoara", ["Timișoara"]),
        ("%", ["100% Town_1"]),
        ("_", ["100% Town_1"]),
        ("'", ["O'Brien's \"Place\""]),
        ('"', ["O'Brien's \"Place\""]),
        ("nowhere", []),
    ],
)
def test_search_is_case_and_accent_insensitive_and_literal(
    services: Services, query: str, expected: list[str]
) -> None:
    _add_members(services)
    assert _names(services, query) == expected


def test_stale_save_is_refused_and_first_change_kept(services: Services) -> None:
    _add_members(services)
    row = services.members.list(ListQuery(search="lodz")).rows[0]
    first = services.members.get(row.uid)
    second = services.members.get(row.uid)
    services.members.update(
        first.uid,
        first.meta.version,
        first.draft,
        AuthorityDraft(name="Łódź", name_latin="Lodz", country_code="PL", population=670000),
        first.authority.meta.version,
    )
    with pytest.raises(ConflictError) as caught:
        services.members.update(
            second.uid,
            second.meta.version,
            second.draft,
            AuthorityDraft(name="Łódź", country_code="PL", population=1),
            second.authority.meta.version,
        )
    assert "Łódź" in str(caught.value)
    assert services.members.get(row.uid).authority.draft.population == 670000


def test_two_database_objects_cannot_lose_an_update(services: Services) -> None:
    """Two colleagues (two engines) load the same member and both save."""
    _add_members(services)
    other = Services.over(Database(services.db.url))
    try:
        uid = services.members.list(ListQuery(search="sisli")).rows[0].uid
        mine, theirs = services.members.get(uid), other.members.get(uid)
        services.members.update(uid, mine.meta.version, replace(mine.draft, notes="mine"))
        with pytest.raises(ConflictError):
            other.members.update(uid, theirs.meta.version, theirs.draft)
        assert services.members.get(uid).draft.notes == "mine"
    finally:
        other.db.dispose()


def test_duplicate_authority_is_named(services: Services) -> None:
    _add_members(services)
    _record, warnings = services.authorities.create(
        AuthorityDraft(name=" lodz ", country_code="PL")
    )
    assert [w.name for w in warnings] == ["Łódź"]
    _record, warnings = services.authorities.create(AuthorityDraft(name="Łódź", country_code="UA"))
    assert warnings == []


def test_invalid_authority_is_refused_with_field_messages(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.authorities.create(
            AuthorityDraft(name="Evil\u202eTown", country_code="XX", email="nope", population=-1)
        )
    fields = {e.field for e in caught.value.errors}
    assert fields == {"name", "country_code", "email", "population"}


def test_delete_and_restore_with_audit_trail(services: Services) -> None:
    _add_members(services)
    row = services.members.list(ListQuery(search="lodz")).rows[0]
    services.members.delete(row.uid, row.version)
    assert _names(services, "lodz") == []
    services.members.restore(row.uid)
    assert _names(services, "lodz") == ["Łódź"]
    with services.db.read() as session:
        actions = [
            e.action
            for e in session.scalars(select(AuditEntry).where(AuditEntry.entity_uid == row.uid))
        ]
    assert actions == ["create", "delete", "restore"]


def test_figures(services: Services) -> None:
    _add_members(services)
    figure = services.stats.members()
    assert (figure.count, figure.countries) == (len(NAMES), 7)


def _audit(services: Services, uid: str) -> list[tuple[str, str, str, str]]:
    """(action, entity, label, changes as one text) of each entry about ``uid``, oldest first."""
    return [(e.action, e.entity, e.label, repr(e.changes)) for e in services.audit.history(uid)]


def _counts(services: Services) -> tuple[int, int, int]:
    with services.db.read() as session:
        audit_rows = len(list(session.scalars(select(AuditEntry))))
    persons = len(services.persons.list_for_authority(_first_authority(services)))
    return services.members.list().total, persons, audit_rows


def _first_authority(services: Services) -> str:
    return services.members.list().rows[0].authority_uid


FOCAL = PersonDraft(name="Anna Kowalska", function="Adviser", email="anna@uml.lodz.pl")


def test_new_member_with_its_focal_point_in_one_call(services: Services) -> None:
    member, _ = services.members.create(
        AuthorityDraft(name="Łódź", country_code="PL"),
        MembershipDraft(authority_uid="", joined_on=dt.date(2019, 5, 14)),
        focal_point=FOCAL,
    )
    person = member.focal_point
    assert person is not None and person.draft.name == "Anna Kowalska"
    assert person.draft.authority_uid == member.authority.uid
    assert services.members.get(member.uid).focal_point == person
    [(action, entity, label, changes)] = _audit(services, person.meta.uid)
    # The person's entry names neither the person nor the values (personal data).
    assert (action, entity, label) == ("create", "person", "contact person")
    assert "anna" not in changes.lower() and "Kowalska" not in changes
    [membership_created] = _audit(services, member.uid)
    assert person.meta.uid in membership_created[3]  # the link, by uid


def test_update_creates_or_updates_the_focal_point_with_the_member(services: Services) -> None:
    member, _ = services.members.create(
        AuthorityDraft(name="Łódź", country_code="PL"),
        MembershipDraft(authority_uid="", joined_on=dt.date(2019, 5, 14)),
    )
    member = services.members.update(
        member.uid,
        member.meta.version,
        replace(member.draft, notes="Visited"),
        authority=replace(member.authority.draft, phone="+48 42 638 40 00"),
        authority_version=member.authority.meta.version,
        focal_point=FOCAL,
    )
    person = member.focal_point
    assert person is not None and person.draft.email == "anna@uml.lodz.pl"
    assert member.draft.notes == "Visited" and member.authority.draft.phone == "+48 42 638 40 00"
    changed = replace(FOCAL, email="a.kowalska@uml.lodz.pl", phone="+48 1")
    member = services.members.update(
        member.uid,
        member.meta.version,
        member.draft,
        focal_point=changed,
        focal_point_version=person.meta.version,
    )
    assert member.focal_point is not None
    assert member.focal_point.meta.uid == person.meta.uid  # the same person, updated
    assert member.focal_point.draft.email == "a.kowalska@uml.lodz.pl"
    assert len(services.persons.list_for_authority(member.authority.uid)) == 1
    action, _entity, label, changes = _audit(services, person.meta.uid)[-1]
    assert (action, label) == ("update", "contact person")
    assert "kowalska" not in changes.lower() and "+48 1" not in changes
    assert "'email'" in changes and "'phone'" in changes


def test_conflict_on_the_focal_point_leaves_nothing_saved(services: Services) -> None:
    member, _ = services.members.create(
        AuthorityDraft(name="Łódź", country_code="PL"),
        MembershipDraft(authority_uid="", joined_on=dt.date(2019, 5, 14)),
        focal_point=FOCAL,
    )
    person = member.focal_point
    assert person is not None
    # Someone else changes the focal point after our copy was read.
    services.persons.update(person.meta.uid, person.meta.version, replace(FOCAL, phone="+48 2"))
    before = _counts(services)
    with pytest.raises(ConflictError) as caught:
        services.members.update(
            member.uid,
            member.meta.version,
            replace(member.draft, notes="Visited", status=member.draft.status),
            authority=replace(member.authority.draft, phone="+48 42 638 40 00"),
            authority_version=member.authority.meta.version,
            focal_point=replace(FOCAL, email="new@uml.lodz.pl"),
            focal_point_version=person.meta.version,
        )
    assert caught.value.uid == person.meta.uid
    after = services.members.get(member.uid)
    assert after.meta.version == member.meta.version and after.draft.notes == ""
    assert after.authority.draft.phone == ""
    assert after.authority.meta.version == member.authority.meta.version
    assert after.focal_point is not None
    assert after.focal_point.draft.email == "anna@uml.lodz.pl"
    assert after.focal_point.draft.phone == "+48 2"
    assert _counts(services) == before  # not one row, not one audit entry


def test_invalid_focal_point_is_refused_before_anything_is_saved(services: Services) -> None:
    with pytest.raises(ValidationError):
        services.members.create(
            AuthorityDraft(name="Łódź", country_code="PL"),
            MembershipDraft(authority_uid="", joined_on=dt.date(2019, 5, 14)),
            focal_point=replace(FOCAL, email="anna@@lodz"),
        )
    assert services.members.list().total == 0
    assert services.authorities.search("Łódź") == []
