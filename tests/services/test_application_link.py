"""An application can be recorded already linked to an authority of the register."""

from __future__ import annotations

import datetime as dt

from alliance_desktop.domain.records import ApplicationDraft, AuthorityDraft
from alliance_desktop.services.data_safety.opening import Services


def test_create_linked_to_an_existing_authority(services: Services) -> None:
    authority, _ = services.authorities.create(AuthorityDraft(name="Łódź", country_code="PL"))
    record = services.applications.create(
        ApplicationDraft(
            applicant_name="Lodz",
            country_code="PL",
            received_on=dt.date(2024, 5, 2),
            authority_uid=authority.uid,
            contact_name="Anna Kowalska",
        )
    )
    assert record.draft.authority_uid == authority.uid
    assert services.applications.matches(record.uid)[0].uid == authority.uid
    result = services.applications.accept(record.uid, record.meta.version)
    assert result.membership.authority.uid == authority.uid
    assert not result.authority_created
