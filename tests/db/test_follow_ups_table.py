"""The follow_up table: each row names exactly one record, and the tabs' filter reads the open
follow-ups' index."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from alliance_desktop.db.follow_ups import FollowUp
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.services.data_safety.opening import open_database
from alliance_desktop.services.follow_ups.queries import due_ids

INSERT = (
    "INSERT INTO follow_up (uid, created_at, updated_at, version, authority_id, signature_id, "
    "application_id, due_on, what, assignee, done_by, created_by) VALUES "
    "(:uid, '2026-12-01', '2026-12-01', 1, :a, :s, NULL, '2026-12-02', 'x', '', '', 'me')"
)


def test_a_follow_up_names_exactly_one_record(tmp_path: Path) -> None:
    services = open_database(str(tmp_path / "a.sqlite"), create=True)
    try:
        with services.db.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO authority (id, uid, created_at, updated_at, version, "
                    "name, name_latin, name_en, name_fr, kind, country_code, "
                    "roma_population_note, website, email, phone, address, notes, "
                    "search_key, name_key, sort_key) VALUES (1, 'a', '2026-12-01', "
                    "'2026-12-01', 1, 'Graz', '', '', '', 'municipality', 'AT', '', "
                    "'', '', '', '', '', '', '', '')"
                )
            )
        for uid, authority in (("none", None), ("two", 1)):
            with pytest.raises(IntegrityError), services.db.engine.begin() as conn:
                conn.execute(
                    text(INSERT), {"uid": uid, "a": authority, "s": 1 if authority else None}
                )
    finally:
        services.db.dispose()


def test_the_tabs_filter_walks_the_open_follow_ups_index(tmp_path: Path) -> None:
    services = open_database(str(tmp_path / "b.sqlite"), create=True)
    try:
        stmt = due_ids(FollowUp.authority_id, dt.date(2026, 12, 6))
        with services.db.engine.connect() as conn:
            compiled = stmt.compile(conn, compile_kwargs={"literal_binds": True})
            plan = " ".join(str(r) for r in conn.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))
        assert "ix_follow_up_open_due" in plan
        assert services.members.list(ListQuery(follow_up_due_by=dt.date(2026, 12, 6))).total == 0
    finally:
        services.db.dispose()
