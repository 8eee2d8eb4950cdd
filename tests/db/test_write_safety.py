"""Writes that cannot happen fail cleanly: a busy database, a full disk, a concurrent save."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from alliance_desktop.domain.errors import ConflictError, DatabaseError
from alliance_desktop.domain.records import AuthorityDraft, MembershipDraft, PersonDraft
from alliance_desktop.services.data_safety.opening import Services, open_database
from tests.services.conftest import BACKENDS, _fresh_postgres_url

_FORK = multiprocessing.get_context("fork")


def test_held_write_lock_makes_a_save_wait_then_fail_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "busy.sqlite"
    services = open_database(str(path), create=True, busy_timeout_ms=300)
    person = services.persons.create(PersonDraft(name="Ana", email="ana@example.org"))
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE app_info SET value = value WHERE key = 'application'")
        draft = PersonDraft(name="Ana Changed", email="ana@example.org")
        with pytest.raises(DatabaseError, match="busy"):
            services.persons.update(person.meta.uid, person.meta.version, draft)
        # Reading still works while the other program writes.
        assert services.persons.get(person.meta.uid).draft.name == "Ana"
        other.execute("ROLLBACK")
        # The same draft saves once the other writer is done: nothing was lost.
        saved = services.persons.update(person.meta.uid, person.meta.version, draft)
        assert saved.draft.name == "Ana Changed"
    finally:
        other.close()
        services.db.dispose()


def test_full_disk_rolls_back_and_the_application_stays_usable(tmp_path: Path) -> None:
    services = open_database(str(tmp_path / "full.sqlite"), create=True)
    limit: dict[str, int | None] = {"pages": None}

    @event.listens_for(services.db.engine, "connect")
    def _cap(dbapi_connection: Any, _record: Any) -> None:
        if limit["pages"] is not None:
            dbapi_connection.execute(f"PRAGMA max_page_count={limit['pages']}")

    try:
        services.persons.create(PersonDraft(name="Before"))
        with services.db.engine.connect() as conn:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        limit["pages"] = int(pages)  # no room to grow: as good as a full disk
        big = PersonDraft(name="Big", notes="n" * 5000)
        saved_before = 0
        with pytest.raises(DatabaseError, match="disk is full"):
            for _ in range(20):  # the free room inside existing pages runs out quickly
                services.persons.create(big)
                saved_before += 1
        # The failed save left nothing behind: no person without its audit entry or the reverse.
        with services.db.engine.connect() as conn:
            persons = conn.exec_driver_sql("SELECT count(*) FROM person").scalar()
            created = conn.exec_driver_sql(
                "SELECT count(*) FROM audit_entry WHERE entity = 'person' AND action = 'create'"
            ).scalar()
        assert persons == created == 1 + saved_before
        assert services.stats.members().count == 0  # reading still works
        # Room again (the user freed some disk): the same save now works.
        limit["pages"] = None
        saved = services.persons.create(big)
        assert services.persons.get(saved.meta.uid).draft.notes == big.notes
        with services.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        services.db.dispose()


def _save_same_version(
    location: str, uid: str, version: int, name: str, barrier: Any, out: Any
) -> None:
    services = open_database(location, create=False, lock=False, auto_backup=False)
    try:
        record = services.members.get(uid)
        draft = record.authority.draft
        barrier.wait(timeout=30)
        try:
            services.members.update(
                uid,
                version,
                record.draft,
                authority=AuthorityDraft(**{**_fields(draft), "name": name}),
                authority_version=record.authority.meta.version,
            )
            out.put(("saved", name))
        except ConflictError as exc:
            out.put(("conflict", str(exc)))
        except Exception as exc:  # reported to the test rather than lost in the child
            out.put(("error", repr(exc)))
    finally:
        services.db.dispose()


def _fields(draft: AuthorityDraft) -> dict[str, Any]:
    return {name: getattr(draft, name) for name in draft.__slots__}  # type: ignore[attr-defined]


@pytest.mark.parametrize("backend", BACKENDS)
def test_two_processes_saving_the_same_version_never_lose_an_update(
    backend: str, tmp_path: Path
) -> None:
    location = str(tmp_path / "two.sqlite") if backend == "sqlite" else _fresh_postgres_url()
    services: Services = open_database(location, create=True)
    try:
        record, _ = services.members.create(
            AuthorityDraft(name="Graz", country_code="AT"),
            MembershipDraft(authority_uid="", joined_on=dt.date(2019, 1, 1)),
        )
    finally:
        services.db.dispose()
    for attempt in range(5):
        current = open_database(location, create=False, auto_backup=False)
        member = current.members.get(record.meta.uid)
        current.db.dispose()
        barrier = _FORK.Barrier(2)
        out = _FORK.Queue()
        names = [f"Graz A{attempt}", f"Graz B{attempt}"]
        children = [
            _FORK.Process(
                target=_save_same_version,
                args=(location, record.meta.uid, member.meta.version, name, barrier, out),
            )
            for name in names
        ]
        for child in children:
            child.start()
        results = sorted(out.get(timeout=60) for _ in children)
        for child in children:
            child.join(timeout=60)
        assert [r[0] for r in results] == ["conflict", "saved"], results
        winner = results[1][1]
        assert "Graz" in results[0][1] and "since you opened it" in results[0][1]
        after = open_database(location, create=False, auto_backup=False)
        try:
            final = after.members.get(record.meta.uid)
            assert final.authority.draft.name == winner
            assert final.authority.meta.version == member.authority.meta.version + 1
        finally:
            after.db.dispose()
