"""Temporary files a killed write left are swept at the next run: ours, old, and unlocked only."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from alliance_desktop.domain import temp_files
from alliance_desktop.domain.temp_files import create_beside, release, remove_leftovers
from alliance_desktop.exchange.atomic import atomic_path


def _left(folder: Path, name: str, *, age: float = 3600) -> Path:
    """A file as an earlier run, killed, would have left it (``age`` seconds before now)."""
    path = folder / name
    path.write_bytes(b"half written")
    when = temp_files.STARTED - age
    os.utime(path, (when, when))
    return path


def test_a_killed_writes_leftovers_go_and_nothing_else(tmp_path: Path) -> None:
    ours = _left(tmp_path, ".members.csv.k3j_9xq2.part")
    journal = _left(tmp_path, ".backup.sqlite.ab12cd34.part-journal")
    keep = [
        _left(tmp_path, "members.csv"),
        _left(tmp_path, "members.csv.part"),  # someone else's naming
        _left(tmp_path, "members.csv.k3j_9xq2.part"),  # not hidden: not ours
        _left(tmp_path, ".members.csv.part"),
        _left(tmp_path, ".members.csv.TOOLONG99.part"),
    ]
    removed = remove_leftovers(tmp_path)
    assert sorted(removed) == sorted([ours, journal])
    assert all(p.exists() for p in keep)


def test_a_file_still_being_written_is_left_alone(tmp_path: Path) -> None:
    fresh = tmp_path / ".list.pdf.abcdefgh.part"
    fresh.write_bytes(b"")  # made by this very run
    locked = _left(tmp_path, ".list.xlsx.abcdefgh.part")
    fd = os.open(locked, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)  # another copy of the application, still writing it
    try:
        assert remove_leftovers(tmp_path) == []
    finally:
        os.close(fd)
    assert fresh.exists() and locked.exists()
    assert remove_leftovers(tmp_path) == [locked]


def test_only_the_named_targets_leftovers_when_asked(tmp_path: Path) -> None:
    mine = _left(tmp_path, ".a.csv.abcdefgh.part")
    other = _left(tmp_path, ".b.csv.abcdefgh.part")
    assert remove_leftovers(tmp_path, "a.csv") == [mine]
    assert other.exists()


def test_a_new_temporary_file_is_hidden_private_and_locked(tmp_path: Path) -> None:
    handle, temp = create_beside(tmp_path / "out.csv")
    try:
        assert temp.name.startswith(".out.csv.") and temp.name.endswith(".part")
        assert temp.stat().st_mode & 0o777 == 0o600
        os.utime(temp, (temp_files.STARTED - 60, temp_files.STARTED - 60))
        assert remove_leftovers(tmp_path) == []  # locked while its writer holds it
    finally:
        release(handle)


def test_writing_a_file_again_sweeps_what_the_killed_write_left(tmp_path: Path) -> None:
    leftover = _left(tmp_path, ".export.csv.zz99zz99.part")
    with atomic_path(tmp_path / "export.csv") as temp:
        temp.write_text("name\n")
    assert not leftover.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.csv"]
