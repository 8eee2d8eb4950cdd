"""The demo Alliance: the advertised figures, real names in their scripts, every state."""

from __future__ import annotations

import datetime as dt

import pytest

from alliance_desktop.domain.enums import ApplicationStatus
from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.services.demo import fill_demo


def test_demo_fills_an_empty_database_once(services: Services) -> None:
    fill_demo(services.db)
    figures = services.stats.figures()
    assert (figures.members.count, figures.members.countries) == (130, 29)
    assert (figures.signatories.count, figures.signatories.countries) == (121, 32)
    assert (figures.pending, figures.oldest_pending_days) == (15, 74)
    statuses = {r.status for r in services.applications.list().rows}
    assert statuses == set(ApplicationStatus)
    names = {r.name for r in services.members.list(ListQuery()).rows}
    assert {"Крагујевац", "Ηράκλειο", "Şişli"} <= names | {
        r.name for r in services.signatures.list().rows
    }
    with pytest.raises(RefusedError, match="empty database"):
        fill_demo(services.db)


def test_demo_history_is_dated_in_order_and_members_join_when_accepted(
    services: Services,
) -> None:
    fill_demo(services.db)
    today = dt.date.today()
    decided = [r for r in services.applications.list().rows if r.decided_on is not None]
    assert len({r.decided_on for r in decided}) > 5  # not all decided on the day of the demo
    for row in services.applications.list().rows:
        record = services.applications.get(row.uid)
        dates = [h.changed_on for h in record.history]
        assert dates == sorted(dates) and dates[0] == record.draft.received_on
        assert dates[-1] <= today
        if record.status is ApplicationStatus.ACCEPTED:
            assert row.authority_uid is not None
            joined = {
                m.joined_on
                for m in services.members.list(ListQuery(search=row.applicant_name)).rows
                if m.authority_uid == row.authority_uid
            }
            assert joined == {record.decided_on}
