"""Restore this version: a record's values after an entry of its History, saved as a new change."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from alliance_desktop.db.session import Database
from alliance_desktop.domain.enums import AuthorityKind, MembershipStatus
from alliance_desktop.domain.errors import ConflictError
from alliance_desktop.domain.records import (
    ApplicationDraft,
    AuthorityDraft,
    MembershipDraft,
    SignatureDraft,
)
from alliance_desktop.services.data_safety.opening import Services


def _entries(services: Services, *uids: str) -> list[int]:
    return [e.id for e in services.audit.history(*uids)]


def _member(services: Services) -> str:
    record, _ = services.members.create(
        AuthorityDraft(name="Kraków", country_code="PL", population=800_000),
        MembershipDraft(authority_uid="", joined_on=dt.date(2016, 1, 1)),
    )
    return record.uid


def _edit_member(
    services: Services, uid: str, authority: dict[str, object], membership: dict[str, object]
) -> None:
    record = services.members.get(uid)
    services.members.update(
        uid,
        record.meta.version,
        dataclasses.replace(record.draft, **membership),
        dataclasses.replace(record.authority.draft, **authority),
        authority_version=record.authority.meta.version,
    )


def test_a_member_is_put_back_to_its_first_version(services: Services) -> None:
    uid = _member(services)
    first_version = services.members.get(uid)
    authority_uid = first_version.authority.uid
    created = _entries(services, uid, authority_uid)[-1]
    _edit_member(
        services, uid, {"name": "Krakow", "population": None, "kind": AuthorityKind.REGION}, {}
    )
    _edit_member(
        services, uid, {}, {"status": MembershipStatus.SUSPENDED, "notes": "Suspended in 2020"}
    )
    differences = services.revert.differences(uid, created)
    assert {(d.entity, d.field, d.now, d.then) for d in differences} == {
        ("authority", "name", "Krakow", "Kraków"),
        ("authority", "population", None, "800000"),
        ("authority", "kind", "region", "municipality"),
        ("membership", "status", "suspended", "active"),
        ("membership", "notes", "Suspended in 2020", ""),
    }
    services.revert.revert(uid, created, services.members.get(uid).meta.version)
    now = services.members.get(uid)
    assert now.authority.draft == first_version.authority.draft
    assert now.draft == first_version.draft
    assert services.revert.differences(uid, created) == []
    last = services.audit.history(uid, authority_uid)[-2:]
    assert {e.action for e in last} == {"revert"}
    assert all(c.field != "restored_version" or c.new for e in last for c in e.changes)


def test_a_version_in_the_middle_keeps_later_fields_untouched_before_it(services: Services) -> None:
    uid = services.signatures.create(
        SignatureDraft(
            signer_name="Ivana Petrović", signed_on=dt.date(2018, 3, 9), country_code="HR"
        )
    ).uid
    record = services.signatures.get(uid)
    services.signatures.update(
        uid, record.meta.version, dataclasses.replace(record.draft, place="Zagreb")
    )
    middle = _entries(services, uid)[-1]
    record = services.signatures.get(uid)
    services.signatures.update(
        uid, record.meta.version, dataclasses.replace(record.draft, place="Split", notes="Moved")
    )
    [*changes] = services.revert.differences(uid, middle)
    assert {(d.field, d.now, d.then) for d in changes} == {
        ("place", "Split", "Zagreb"),
        ("notes", "Moved", ""),
    }
    services.revert.revert(uid, middle, services.signatures.get(uid).meta.version)
    assert services.signatures.get(uid).draft.place == "Zagreb"


def test_restoring_is_refused_when_the_record_changed_since(services: Services) -> None:
    uid = services.applications.create(
        ApplicationDraft(applicant_name="Rīga", country_code="LV", received_on=dt.date(2026, 1, 5))
    ).uid
    created = _entries(services, uid)[-1]
    record = services.applications.get(uid)
    services.applications.update(
        uid, record.meta.version, dataclasses.replace(record.draft, notes="a")
    )
    seen = services.applications.get(uid).meta.version
    colleague = Services.over(Database(services.db.url, user="colleague"))
    try:
        again = colleague.applications.get(uid)
        colleague.applications.update(
            uid, again.meta.version, dataclasses.replace(again.draft, notes="b")
        )
    finally:
        colleague.db.dispose()
    with pytest.raises(ConflictError) as refused:
        services.revert.revert(uid, created, seen)
    assert refused.value.by == "colleague"
    assert services.applications.get(uid).draft.notes == "b"
