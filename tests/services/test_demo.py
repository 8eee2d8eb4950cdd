"""The demo Alliance: the advertised figures, real names in their scripts, every state."""

from __future__ import annotations

import pytest

from alliance_desktop.domain.enums import ApplicationStatus
from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.services.demo import fill_demo
from alliance_desktop.services.opening import Services


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
