"""The Trash lists deleted records by a label that reads in the language in use."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from alliance_desktop.domain import messages
from alliance_desktop.domain.records import AuthorityDraft, MembershipDraft
from alliance_desktop.services.data_safety.opening import Services


@pytest.fixture
def english_afterwards() -> Iterator[None]:
    yield
    messages.use_language("en")


def test_a_deleted_members_number_reads_in_the_language_in_use(
    services: Services, english_afterwards: None
) -> None:
    member, _ = services.members.create(
        AuthorityDraft(name="Andalucía", country_code="ES"),
        MembershipDraft(authority_uid="", participant_no=69, joined_on=dt.date(2016, 1, 1)),
    )
    services.members.delete(member.uid)
    [item] = services.trash.list()
    assert str(item.label) == "Andalucía (no. 69)"
    messages.use_language("fr")
    assert str(services.trash.list()[0].label) == "Andalucía (n° 69)"
    # Already listed, the label follows a switch of language (the window re-renders it).
    assert str(item.label) == "Andalucía (n° 69)"
    messages.use_language("en")
    assert str(item.label) == "Andalucía (no. 69)"
