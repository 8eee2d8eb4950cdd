"""Merging two records moves every link onto the kept one; unmerge puts everything back."""

from __future__ import annotations

import pytest

from alliance_desktop.domain.duplicates import DuplicateKind
from alliance_desktop.domain.errors import ConflictError, RefusedError
from alliance_desktop.domain.records import AuthorityDraft
from alliance_desktop.services.data_safety.opening import Services
from tests.services.duplicates.samples import application, authority, dump, twin_cities

AUTHORITY = DuplicateKind.AUTHORITY


def _versions(services: Services, *uids: str) -> list[int]:
    return [services.authorities.get(uid).meta.version for uid in uids]


def _merge(services: Services, keep: str, drop: str, **choices: str):  # type: ignore[no-untyped-def]
    keep_v, drop_v = _versions(services, keep, drop)
    return services.duplicates.merge(AUTHORITY, keep, drop, choices, keep_v, drop_v)


def test_merge_moves_every_link_and_unmerge_restores_both_records(services: Services) -> None:
    lodz, twin = twin_cities(services)
    before = dump(services)
    preview = services.duplicates.preview(AUTHORITY, lodz, twin)
    assert preview.moves["signatures"] == (1, 1)
    assert preview.moves["certificates"] == (1, 0)
    assert preview.left.member_no == 1 and preview.right.member_no == 2

    result = _merge(services, lodz, twin, email="drop")

    kept = services.authorities.get(lodz)
    assert kept.draft.email == "info@uml.lodz.pl"
    assert kept.draft.population == 660000
    assert result.moved == {"signatures": 1, "applications": 1, "persons": 1}
    assert result.removed_member_no == 2  # the older participant number stays
    with pytest.raises(RefusedError):
        services.authorities.get(twin)
    signatures = services.signatures.list()
    assert {row.name for row in signatures.rows} == {"Łódź"}
    history = services.audit.history(lodz)
    assert history[-1].action == "merge"
    assert ("participant_no", "2", None) in [
        (c.field, c.old, c.new) for e in services.audit.history() for c in e.changes
    ] or any(c.field == "removed_membership" and c.old == "2" for c in history[-1].changes)

    services.duplicates.unmerge(result.merge_uid)

    assert dump(services) == before
    assert services.duplicates.merges_of(lodz)[0].undone


def test_unmerge_is_refused_after_the_kept_record_changed(services: Services) -> None:
    lodz, twin = twin_cities(services)
    result = _merge(services, lodz, twin)
    kept = services.authorities.get(lodz)
    draft = kept.draft
    services.authorities.update(
        lodz, kept.meta.version, AuthorityDraft(**{**_fields(draft), "notes": "x"})
    )
    with pytest.raises(ConflictError) as caught:
        services.duplicates.unmerge(result.merge_uid)
    assert "Łódź" in str(caught.value)
    assert services.db.user in str(caught.value)


def test_unmerge_is_refused_after_a_moved_link_changed(services: Services) -> None:
    lodz, twin = twin_cities(services)
    result = _merge(services, lodz, twin)
    moved = next(a for a in services.applications.list().rows if a.applicant_name == "City of Lodz")
    record = services.applications.get(moved.uid)
    services.applications.update(
        moved.uid, record.meta.version, _replace(record.draft, notes="called back")
    )
    with pytest.raises(ConflictError) as caught:
        services.duplicates.unmerge(result.merge_uid)
    assert "City of Lodz" in str(caught.value)


def test_merge_is_refused_when_a_record_changed_since_it_was_shown(services: Services) -> None:
    lodz, twin = twin_cities(services)
    keep_v, drop_v = _versions(services, lodz, twin)
    record = services.authorities.get(twin)
    services.authorities.update(twin, record.meta.version, _replace(record.draft, notes="new"))
    before = dump(services)
    with pytest.raises(ConflictError):
        services.duplicates.merge(AUTHORITY, lodz, twin, {}, keep_v, drop_v)
    assert dump(services) == before


def test_the_chosen_membership_stays_and_the_other_number_is_audited(services: Services) -> None:
    lodz, twin = twin_cities(services)
    before = dump(services)
    result = _merge(services, lodz, twin, membership="drop")
    assert result.removed_member_no == 1
    assert services.members.get_for_authority(lodz).participant_no == 2  # type: ignore[union-attr]
    entry = services.audit.history(lodz)[-1]
    assert ("removed_membership", "1") in [(c.field, c.old) for c in entry.changes]
    services.duplicates.unmerge(result.merge_uid)
    assert dump(services) == before


def test_a_merge_twice_and_unmerges_in_turn(services: Services) -> None:
    lodz, twin = twin_cities(services)
    third = authority(services, "Lodz")
    application(services, third, "Lodz (letter)")
    before = dump(services)
    first = _merge(services, lodz, twin)
    second = _merge(services, lodz, third)
    with pytest.raises(ConflictError):
        services.duplicates.unmerge(first.merge_uid)  # the later merge changed the kept record
    services.duplicates.unmerge(second.merge_uid)
    services.duplicates.unmerge(first.merge_uid)
    assert dump(services) == before
    with pytest.raises(RefusedError):
        services.duplicates.unmerge(first.merge_uid)


def test_merging_two_persons_moves_their_memberships_and_applications(services: Services) -> None:
    lodz = authority(services, "Łódź")
    from tests.services.duplicates.samples import member

    member(services, lodz, "Anna Nowak")
    application(services, lodz, "Łódź", "Anna Nowak")
    people = services.duplicates.pairs(DuplicateKind.PERSON)
    assert len(people) == 1
    pair = people[0]
    assert "email" in [r.value for r in pair.reasons]
    before = dump(services)
    left = services.persons.get(pair.left.uid)
    right = services.persons.get(pair.right.uid)
    result = services.duplicates.merge(
        DuplicateKind.PERSON,
        left.uid,
        right.uid,
        {"phone": "drop"},
        left.meta.version,
        right.meta.version,
    )
    assert sum(result.moved.values()) == 1
    assert services.duplicates.pairs(DuplicateKind.PERSON) == []
    services.duplicates.unmerge(result.merge_uid)
    assert dump(services) == before


def test_a_record_in_the_trash_or_itself_cannot_be_merged(services: Services) -> None:
    lodz, twin = twin_cities(services)
    with pytest.raises(RefusedError):
        _merge(services, lodz, lodz)
    services.authorities.delete(twin)
    with pytest.raises(RefusedError, match="deleted"):
        _merge(services, lodz, twin)


def _fields(draft: object) -> dict[str, object]:
    import dataclasses

    return {f.name: getattr(draft, f.name) for f in dataclasses.fields(draft)}  # type: ignore[arg-type]


def _replace(draft, **changes):  # type: ignore[no-untyped-def]
    import dataclasses

    return dataclasses.replace(draft, **changes)


def test_an_erase_reaches_what_unmerge_would_put_back(services: Services) -> None:
    from tests.services.duplicates.samples import member

    lodz = authority(services, "Łódź")
    member(services, lodz, "Anna Nowak")
    application(services, lodz, "Łódź", "Anna Nowak")
    (pair,) = services.duplicates.pairs(DuplicateKind.PERSON)
    left, right = (services.persons.get(u) for u in (pair.left.uid, pair.right.uid))
    result = services.duplicates.merge(
        DuplicateKind.PERSON, left.uid, right.uid, {}, left.meta.version, right.meta.version
    )
    services.privacy.erase(left.uid)
    from sqlalchemy import select

    from alliance_desktop.db.merge_log import MergeRecord

    with services.db.read() as session:
        log = session.scalars(select(MergeRecord)).one()
        stored = log.removed + log.kept_before + log.dropped_label
    assert "Nowak" not in stored and "anna@example.org" not in stored
    # The erase changed the kept person: the merge can no longer be taken back.
    with pytest.raises(ConflictError):
        services.duplicates.unmerge(result.merge_uid)
