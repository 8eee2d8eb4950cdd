"""Fixtures (import them by their *_fixture names) and helpers for the record dialogs' tests: a fresh SQLite file and fake prompts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from alliance_desktop.domain.enums import AuthorityKind
from alliance_desktop.domain.records import AuthorityDraft, MembershipDraft, MembershipRecord
from alliance_desktop.services.data_safety.opening import Services, open_database

from .fake_prompts import FakePrompts


@pytest.fixture(name="services")
def services_fixture(tmp_path: Path) -> Iterator[Services]:
    opened = open_database(tmp_path / "t.sqlite", create=True)
    yield opened
    opened.db.dispose()


@pytest.fixture(name="prompts")
def prompts_fixture() -> FakePrompts:
    return FakePrompts()


def add_member(
    services: Services, name: str = "Łódź", country: str = "PL", **authority: object
) -> MembershipRecord:
    record, _ = services.members.create(
        AuthorityDraft(
            name=name, country_code=country, kind=AuthorityKind.MUNICIPALITY, **authority
        ),  # type: ignore[arg-type]
        MembershipDraft(authority_uid="", joined_on=dt.date(2019, 5, 14)),
    )
    return record
