"""Backups: made with the backup API, owner-only, daily at start, thinned; restores checked."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from alliance_desktop.db import migrate
from alliance_desktop.domain.errors import DatabaseError, RefusedError
from alliance_desktop.domain.records import PersonDraft
from alliance_desktop.services.data_safety import backups
from alliance_desktop.services.data_safety.backup_choice import newest_good_backup
from alliance_desktop.services.data_safety.backups import (
    check_backup,
    list_backups,
    restore_file,
    thin,
)
from alliance_desktop.services.data_safety.opening import Services, open_database


def _open(path: Path, **options: object) -> Services:
    return open_database(str(path), create=True, **options)  # type: ignore[arg-type]


def _names(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM person ORDER BY name")]
    finally:
        conn.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "alliance.sqlite"
    services = _open(path)
    services.persons.create(PersonDraft(name="Ana Before"))
    services.db.dispose()
    return path


def test_backup_holds_the_data_in_one_private_self_contained_file(db_path: Path) -> None:
    services = _open(db_path)
    try:
        info = services.backups.back_up_now()
    finally:
        services.db.dispose()
    assert info.path.parent == db_path.parent / "backups"
    assert info.reason == "manual"
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(info.path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert not Path(f"{info.path}-wal").exists()
    conn = sqlite3.connect(info.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert _names(info.path) == ["Ana Before"]
    check_backup(info.path)


def test_backup_sees_committed_data_still_in_the_wal(db_path: Path) -> None:
    services = _open(db_path)
    holder = sqlite3.connect(db_path)  # an open connection keeps the WAL from being merged
    try:
        holder.execute("SELECT 1 FROM person").fetchall()
        services.persons.create(PersonDraft(name="Bo In Wal"))
        assert Path(f"{db_path}-wal").stat().st_size > 0
        info = services.backups.back_up_now()
    finally:
        holder.close()
        services.db.dispose()
    assert _names(info.path) == ["Ana Before", "Bo In Wal"]


def test_start_backup_at_most_once_a_day(db_path: Path) -> None:
    services = _open(db_path, auto_backup=False)
    try:
        day = dt.datetime(2030, 1, 1, 8, tzinfo=dt.UTC)
        first = services.backups.backup_if_due(day)
        assert first is not None and first.reason == "start"
        assert services.backups.backup_if_due(day + dt.timedelta(hours=10)) is None
        assert services.backups.backup_if_due(day + dt.timedelta(days=1)) is not None
    finally:
        services.db.dispose()


def test_reopening_an_existing_file_backs_it_up_once(db_path: Path) -> None:
    for _ in range(3):
        _open(db_path).db.dispose()
    assert [b.reason for b in list_backups(db_path)] == ["start"]


def test_backup_before_import_is_for_the_import_engineer(db_path: Path) -> None:
    services = _open(db_path, auto_backup=False)
    try:
        info = services.backups.backup_before("import")
    finally:
        services.db.dispose()
    assert info is not None and info.reason == "import" and info.path.exists()


def _fake_backup(database: Path, when: dt.datetime, reason: str = "start") -> Path:
    folder = database.parent / "backups"
    folder.mkdir(exist_ok=True)
    path = folder / f"{database.stem}-{when.strftime('%Y%m%d-%H%M%S-%f')}-{reason}.sqlite"
    path.write_bytes(b"x")
    return path


def test_thinning_keeps_daily_weekly_monthly_and_never_migrations(tmp_path: Path) -> None:
    database = tmp_path / "alliance.sqlite"
    newest = dt.datetime(2030, 6, 30, 12, tzinfo=dt.UTC)
    for day in range(400):
        for hour in (9, 15):
            _fake_backup(database, newest - dt.timedelta(days=day, hours=15 - hour))
    old_migration = _fake_backup(database, newest - dt.timedelta(days=900), "migration")
    other_db = _fake_backup(tmp_path / "other.sqlite", newest - dt.timedelta(days=300))
    thin(database)
    kept = list_backups(database)
    times = [b.taken_at for b in kept if b.reason == "start"]
    assert times[0] == newest  # the newest is always kept
    assert len(times) <= 10 + 7 + 4 + 12
    # one backup in each of the 12 newest months
    assert len({(t.year, t.month) for t in times}) == 12
    # each of the 7 newest days keeps a backup
    assert {(newest - dt.timedelta(days=d)).date() for d in range(7)} <= {t.date() for t in times}
    assert old_migration.exists() and other_db.exists()
    assert min(times) > newest - dt.timedelta(days=400)


def _corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, min(len(data), 4096 * 6), 7):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))


def _foreign(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()


def _newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()


@pytest.fixture
def good_backup(db_path: Path) -> Path:
    services = _open(db_path, auto_backup=False)
    try:
        return services.backups.back_up_now().path
    finally:
        services.db.dispose()


def test_restore_brings_the_backup_back_and_keeps_the_replaced_file(
    db_path: Path, good_backup: Path
) -> None:
    services = _open(db_path, auto_backup=False)
    services.persons.create(PersonDraft(name="Cy After"))
    services.db.dispose()
    result = restore_file(db_path, good_backup)
    assert _names(db_path) == ["Ana Before"]
    assert result.kept is not None and result.kept.parent == db_path.parent / "backups"
    assert _names(result.kept) == ["Ana Before", "Cy After"]
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    reopened = _open(db_path)
    assert [p.name for p in reopened.persons.list_for_authority("x")] == []
    reopened.db.dispose()


@pytest.mark.parametrize("spoil", [_corrupt, _foreign, _newer])
def test_restore_refuses_a_bad_backup_and_leaves_everything_unchanged(
    db_path: Path, good_backup: Path, spoil: object
) -> None:
    bad = good_backup.with_name("bad.sqlite")
    bad.write_bytes(good_backup.read_bytes())
    spoil(bad)  # type: ignore[operator]
    before = db_path.read_bytes()
    bad_before = bad.read_bytes()
    with pytest.raises(DatabaseError):
        restore_file(db_path, bad)
    assert db_path.read_bytes() == before
    assert bad.read_bytes() == bad_before


def test_restore_refuses_a_file_that_is_not_sqlite(db_path: Path, tmp_path: Path) -> None:
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database")
    with pytest.raises(DatabaseError, match="not"):
        restore_file(db_path, text)


def test_restore_repairs_a_refused_database_and_keeps_it_byte_for_byte(
    db_path: Path, good_backup: Path
) -> None:
    _corrupt(db_path)
    damaged = db_path.read_bytes()
    with pytest.raises(DatabaseError):
        _open(db_path)
    offered = newest_good_backup(db_path)
    assert offered is not None and offered.path == good_backup
    result = restore_file(db_path, offered.path)
    assert result.kept is not None and result.kept.read_bytes() == damaged
    _open(db_path).db.dispose()
    assert _names(db_path) == ["Ana Before"]


def test_newest_good_backup_skips_damaged_ones(db_path: Path, good_backup: Path) -> None:
    services = _open(db_path, auto_backup=False)
    newer = services.backups.back_up_now().path
    services.db.dispose()
    _corrupt(newer)
    info = newest_good_backup(db_path)
    assert info is not None and info.path == good_backup
    assert newest_good_backup(db_path.with_name("nothing.sqlite")) is None


def test_migration_is_preceded_by_a_backup(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = migrate.head_revision()
    monkeypatch.setattr(migrate, "head_revision", lambda: "future")
    monkeypatch.setattr(migrate, "known_revisions", lambda: {real, "future"})
    _open(db_path, auto_backup=False).db.dispose()
    assert [b.reason for b in list_backups(db_path)] == ["migration"]


def test_failed_migration_backup_stops_the_migration(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = migrate.head_revision()
    monkeypatch.setattr(migrate, "head_revision", lambda: "future")
    monkeypatch.setattr(migrate, "known_revisions", lambda: {real, "future"})
    upgraded: list[bool] = []
    monkeypatch.setattr(migrate, "upgrade", lambda engine: upgraded.append(True))

    def no_room(*_args: object, **_kw: object) -> None:
        raise DatabaseError("The backup could not be written (No space left on device).")

    monkeypatch.setattr("alliance_desktop.services.data_safety.safe_open.migration_backup", no_room)
    with pytest.raises(DatabaseError, match="No space"):
        _open(db_path, auto_backup=False)
    assert upgraded == []


def test_backup_to_a_chosen_file_refuses_to_overwrite(db_path: Path, tmp_path: Path) -> None:
    services = _open(db_path, auto_backup=False)
    try:
        out = services.backups.back_up_to(tmp_path / "copy.sqlite")
        assert _names(out) == ["Ana Before"]
        with pytest.raises(RefusedError, match="exists"):
            services.backups.back_up_to(out)
        with pytest.raises(RefusedError):
            services.backups.back_up_to(db_path)
    finally:
        services.db.dispose()


def test_postgresql_backups_are_the_servers_job(services: Services) -> None:
    if services.db.is_sqlite:
        pytest.skip("PostgreSQL only")
    assert services.backups.backup_before("import") is None
    assert services.backups.backup_if_due() is None
    with pytest.raises(RefusedError, match="server"):
        services.backups.back_up_now()


def test_postgresql_backup_to_a_file_uses_pg_dump(services: Services, tmp_path: Path) -> None:
    if services.db.is_sqlite or shutil.which("pg_dump") is None:
        pytest.skip("PostgreSQL with pg_dump only")
    out = services.backups.back_up_to(tmp_path / "office.dump")
    assert out.read_bytes().startswith(b"PGDMP")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_backup_reason_is_checked(db_path: Path) -> None:
    with pytest.raises(ValueError):
        backups.take_backup(db_path, "../escape")


def test_thinning_removes_copies_left_half_written(tmp_path: Path) -> None:
    import os
    import time

    database = tmp_path / "alliance.sqlite"
    old = _fake_backup(database, dt.datetime(2030, 1, 1, tzinfo=dt.UTC))
    stale = old.with_name(old.name + ".partial")
    fresh = old.with_name(old.name.replace("2030", "2031") + ".partial")
    for path in (stale, fresh):
        path.write_bytes(b"half")
    hours_ago = time.time() - 7200
    os.utime(stale, (hours_ago, hours_ago))
    thin(database)
    assert not stale.exists()
    assert fresh.exists()  # may be a backup being written right now
