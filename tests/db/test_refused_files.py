"""Damaged, truncated, empty, foreign and newer files are refused and left byte-for-byte."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from alliance_desktop.domain.errors import DatabaseError
from alliance_desktop.domain.records import PersonDraft
from alliance_desktop.services.data_safety.backup_choice import newest_good_backup
from alliance_desktop.services.data_safety.opening import open_database


@pytest.fixture(scope="module")
def good_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("good") / "alliance.sqlite"
    services = open_database(str(path), create=True)
    for n in range(60):
        services.persons.create(PersonDraft(name=f"Person {n}", notes="n" * 1000))
    services.db.dispose()
    assert not Path(f"{path}-wal").exists()  # merged into the file on closing
    return path.read_bytes()


def _scribble(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 3, len(data) - 1, 997):
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _bad_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:16] = b"Not SQLite here!"
    path.write_bytes(bytes(data))


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _text(path: Path) -> None:
    path.write_text("name,country\nGraz,AT\n", encoding="utf-8")


def _foreign(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.execute("INSERT INTO songs VALUES ('x')")
    conn.commit()
    conn.close()


def _newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    conn.commit()
    conn.close()


SPOILERS: list[Callable[[Path], None]] = [
    _scribble,
    _truncate,
    _bad_header,
    _empty,
    _text,
    _foreign,
    _newer,
]


@pytest.mark.parametrize("spoil", SPOILERS, ids=lambda f: f.__name__.strip("_"))
@pytest.mark.parametrize("create", [False, True])
def test_refused_and_left_byte_for_byte(
    tmp_path: Path, good_bytes: bytes, spoil: Callable[[Path], None], create: bool
) -> None:
    path = tmp_path / "alliance.sqlite"
    path.write_bytes(good_bytes)
    services = open_database(str(path), create=False, auto_backup=False)
    backup = services.backups.back_up_now()
    services.db.dispose()
    spoil(path)
    before = path.read_bytes()
    listing = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(DatabaseError) as caught:
        open_database(str(path), create=create)
    assert "Traceback" not in str(caught.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing  # no -wal, -shm or lock left
    offered = newest_good_backup(path)
    assert offered is not None and offered.path == backup.path
