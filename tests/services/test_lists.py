"""The tables' list calls: country order by name, totals with paging, per-year figures."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import update

from alliance_desktop.db.models import Authority
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.domain.records import (
    ApplicationDraft,
    AuthorityDraft,
    MembershipDraft,
    SignatureDraft,
)
from alliance_desktop.services import base
from alliance_desktop.services.data_safety.opening import Services

# By code AT, CH, DE, GB, SE, TR; by English name Austria, Germany, Sweden, Switzerland,
# Türkiye, United Kingdom.
CODES = ["CH", "GB", "AT", "TR", "SE", "DE"]
BY_NAME = ["AT", "DE", "SE", "CH", "TR", "GB"]


def _members(services: Services, count: int) -> list[str]:
    uids = []
    for i in range(count):
        record, _ = services.members.create(
            AuthorityDraft(name=f"Town {i:02d}", country_code=CODES[i % len(CODES)]),
            MembershipDraft(authority_uid="", joined_on=dt.date(2016 + i % 4, 1 + i % 12, 1)),
        )
        uids.append(record.uid)
    return uids


def _distinct(codes: list[str]) -> list[str]:
    return list(dict.fromkeys(codes))


def test_members_sort_by_country_name(services: Services) -> None:
    _members(services, 6)
    rows = services.members.list(ListQuery(sort="country_code")).rows
    assert [r.country_code for r in rows] == BY_NAME
    rows = services.members.list(ListQuery(sort="country_code", descending=True)).rows
    assert [r.country_code for r in rows] == BY_NAME[::-1]


def test_signatures_and_applications_sort_by_country_name(services: Services) -> None:
    for i, code in enumerate(CODES):
        services.signatures.create(
            SignatureDraft(
                signer_name=f"Signer {i}", signed_on=dt.date(2020, 1, 1), country_code=code
            )
        )
        services.applications.create(
            ApplicationDraft(
                applicant_name=f"Applicant {i}", country_code=code, received_on=dt.date(2024, 1, 1)
            )
        )
    query = ListQuery(sort="country_code")
    assert [r.country_code for r in services.signatures.list(query).rows] == BY_NAME
    assert [r.country_code for r in services.applications.list(query).rows] == BY_NAME


QUERIES = [
    ListQuery(),
    ListQuery(sort="joined_on", descending=True),
    ListQuery(sort="country_code"),
    ListQuery(sort="country_code", descending=True),
    ListQuery(sort="country_code", search="town 1"),
    ListQuery(sort="country_code", country="SE"),
    ListQuery(search="town 1"),
    ListQuery(country="CH"),
    ListQuery(status="active"),
    ListQuery(year=2017),
    ListQuery(search="town", year=2018, sort="participant_no"),
    ListQuery(status="active", sort="left_on"),
    ListQuery(search="town", sort="left_on", descending=True),
    ListQuery(year=2017, sort="kind", descending=True),
    ListQuery(search="TOWN", sort="focal_point"),
]


@pytest.fixture(params=["few", "many", "deep"])
def matches(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """A filtered list is sorted from its matches' keys when it keeps few rows (on SQLite), by
    walking the sort's index when many; a page deep into a walked list (any list, filtered or
    not) is found by its uids before its rows are read."""
    if request.param in ("many", "deep"):
        monkeypatch.setattr(base, "MEDIUM", 0)
    if request.param == "deep":
        monkeypatch.setattr(base, "DEEP", 0)
    return str(request.param)


@pytest.mark.parametrize("query", QUERIES, ids=range(len(QUERIES)))
def test_member_pages_add_up_to_the_whole_list(
    services: Services, query: ListQuery, matches: str
) -> None:
    uids = _members(services, 23)
    services.members.delete(uids[0])
    # A membership whose authority alone is in the trash (an older database, an import) is
    # neither listed nor counted.
    gone = services.members.get(uids[1]).authority.meta.uid
    with services.db.write() as session:
        session.execute(
            update(Authority)
            .where(Authority.uid == gone)
            .values(deleted_at=dt.datetime(2025, 1, 1, tzinfo=dt.UTC))
        )
    whole = services.members.list(query)
    listed = [r.uid for r in whole.rows]
    assert uids[0] not in listed and uids[1] not in listed
    assert whole.total == len(listed)
    for limit in (1, 5, len(listed), len(listed) + 1):
        seen: list[str] = []
        for offset in range(0, len(listed) + 2 * limit, limit):
            page = services.members.list(_paged(query, offset, limit))
            assert page.total == len(listed), (offset, limit)
            seen.extend(r.uid for r in page.rows)
        assert seen == listed
    assert services.members.list(_paged(query, len(listed) + 50, 5)).total == len(listed)
    assert services.members.list(_paged(query, 0, 0)).total == len(listed)


def _paged(query: ListQuery, offset: int, limit: int) -> ListQuery:
    return ListQuery(
        search=query.search,
        country=query.country,
        status=query.status,
        year=query.year,
        sort=query.sort,
        descending=query.descending,
        offset=offset,
        limit=limit,
    )


def test_signature_and_application_totals_with_paging(services: Services) -> None:
    for i in range(7):
        services.signatures.create(
            SignatureDraft(
                signer_name=f"Signer {i}", signed_on=dt.date(2020, 1, 1), country_code="AT"
            )
        )
        services.applications.create(
            ApplicationDraft(
                applicant_name=f"Applicant {i}", country_code="AT", received_on=dt.date(2024, 1, 1)
            )
        )
    for offset, rows in ((0, 3), (3, 3), (6, 1), (7, 0), (40, 0)):
        query = ListQuery(offset=offset, limit=3)
        for page in (services.signatures.list(query), services.applications.list(query)):
            assert (len(page.rows), page.total) == (rows, 7)
    searched = ListQuery(search="signer 1", limit=3)
    assert services.signatures.list(searched).total == 1
    assert services.signatures.list(ListQuery(search="signer", offset=9, limit=3)).total == 7
    assert services.applications.list(ListQuery(search="applicant", offset=9, limit=3)).total == 7


FILTERED = [
    ListQuery(sort="country_code", country="AT"),
    ListQuery(search="3", descending=True),
    ListQuery(status="pending", sort="received_on"),
    ListQuery(status="en", sort="signer_name"),
    ListQuery(year=2020, sort="place", descending=True),
    ListQuery(year=2024, sort="contact_name"),
]


@pytest.mark.parametrize("query", FILTERED, ids=range(len(FILTERED)))
def test_filtered_signature_and_application_pages_add_up(
    services: Services, query: ListQuery, matches: str
) -> None:
    for i in range(13):
        code = CODES[i % len(CODES)]
        services.signatures.create(
            SignatureDraft(
                signer_name=f"Signer {i}",
                signed_on=dt.date(2020 + i % 2, 1, 1),
                country_code=code,
                place=f"Place {i % 3}",
            )
        )
        services.applications.create(
            ApplicationDraft(
                applicant_name=f"Applicant {i}",
                country_code=code,
                received_on=dt.date(2023 + i % 2, 1, 1 + i),
                contact_name=f"Contact {i % 4}",
            )
        )
    for service in (services.signatures, services.applications):
        whole = service.list(query)  # type: ignore[attr-defined]
        listed = [r.uid for r in whole.rows]
        assert whole.total == len(listed)
        for limit in (1, 4, len(listed) + 1):
            seen: list[str] = []
            for offset in range(0, len(listed) + limit, limit):
                page = service.list(_paged(query, offset, limit))  # type: ignore[attr-defined]
                assert page.total == len(listed)
                seen.extend(r.uid for r in page.rows)
            assert seen == listed


def test_signature_and_application_pages_by_country_add_up(
    services: Services, matches: str
) -> None:
    for i in range(13):
        code = CODES[i % len(CODES)]
        services.signatures.create(
            SignatureDraft(
                signer_name=f"Signer {i}", signed_on=dt.date(2020, 1, 1), country_code=code
            )
        )
        services.applications.create(
            ApplicationDraft(
                applicant_name=f"Applicant {i}", country_code=code, received_on=dt.date(2024, 1, 1)
            )
        )
    for descending in (False, True):
        whole_query = ListQuery(sort="country_code", descending=descending)
        for service in (services.signatures, services.applications):
            whole = [r.uid for r in service.list(whole_query).rows]  # type: ignore[attr-defined]
            for limit in (1, 4, 13):
                seen: list[str] = []
                for offset in range(0, 13 + limit, limit):
                    page = service.list(  # type: ignore[attr-defined]
                        _paged(whole_query, offset, limit)
                    )
                    assert page.total == 13
                    seen.extend(r.uid for r in page.rows)
                assert seen == whole


def test_figures_per_year(services: Services) -> None:
    uids = _members(services, 19)
    services.members.delete(uids[3])
    for i in range(11):
        services.signatures.create(
            SignatureDraft(
                signer_name=f"Signer {i}",
                signed_on=dt.date(2017 + (i * 3) % 7, 12, 31),
                country_code="AT",
            )
        )
    figures = services.stats.figures()
    joined = Counter(r.joined_on.year for r in services.members.list().rows)
    signed = Counter(r.signed_on.year for r in services.signatures.list().rows)
    assert figures.members_by_year == tuple((y, joined[y]) for y in range(2016, 2020))
    assert figures.signatures_by_year == tuple((y, signed[y]) for y in range(2017, 2024))
    assert all(isinstance(y, int) and isinstance(n, int) for y, n in figures.members_by_year)


def test_a_later_block_without_its_total_gets_only_its_rows(services: Services) -> None:
    _members(services, 12)
    page = services.members.list(ListQuery(offset=5, limit=5, with_total=False))
    assert len(page.rows) == 5 and page.total == 10  # no COUNT: what the rows show
    assert services.members.list(ListQuery(offset=5, limit=5)).total == 12
