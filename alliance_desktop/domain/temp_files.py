"""Temporary files written beside their target: hidden, locked while written, swept if left.

Every file the application writes goes first to ``.<name>.<8 random>.part`` in the target's
folder (then renamed over the target). A write killed midway leaves that file behind; the next
run removes it: ours by that name pattern, older than this process, and not locked by a writer
still at work (POSIX ``flock``, held for as long as the writer keeps its descriptor open).
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import time
from pathlib import Path

# When this process started (near enough: this module is imported early): a temporary file
# older than that cannot be one this process is writing.
STARTED = time.time()
_LEFTOVER = re.compile(r"^\.(?P<name>.+)\.[a-z0-9_]{8}\.part(?P<companion>-journal|-wal|-shm)?$")

try:
    import fcntl
except ImportError:  # Windows: an open file cannot be removed there anyway
    fcntl = None  # type: ignore[assignment]


def create_beside(target: Path) -> tuple[int, Path]:
    """A new hidden temporary file next to ``target`` (owner-only, 0600), locked for as long
    as the returned descriptor is open; leftovers of earlier runs for ``target`` go first.

    Close the descriptor with ``release``: it is -1 where there is no lock to hold (Windows,
    where an open file also could not be renamed into place).
    """
    folder = target.parent if str(target.parent) else Path(".")
    remove_leftovers(folder, target.name)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    if fcntl is None:
        os.close(handle)
        return -1, Path(name)
    with contextlib.suppress(OSError):
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return handle, Path(name)


def release(handle: int) -> None:
    """Close what ``create_beside`` gave (letting go of its lock)."""
    if handle >= 0:
        with contextlib.suppress(OSError):
            os.close(handle)


def remove_leftovers(folder: Path, name: str | None = None) -> list[Path]:
    """Remove what killed writes left in ``folder`` (only those for ``name`` when given),
    with the -journal/-wal/-shm files SQLite may have left beside a half-made backup."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    companions: list[os.DirEntry[str]] = []
    for entry in entries:
        match = _LEFTOVER.match(entry.name)
        if match is None or (name is not None and match["name"] != name):
            continue
        if match["companion"]:
            companions.append(entry)
        elif _left_over(entry) and not _in_use(entry.path) and _unlink(entry.path):
            removed.append(Path(entry.path))
    for entry in companions:  # theirs goes when the file they belong to is gone
        main = entry.path[: entry.path.rindex(".part") + len(".part")]
        if not os.path.lexists(main) and _left_over(entry) and _unlink(entry.path):
            removed.append(Path(entry.path))
    return removed


def _left_over(entry: os.DirEntry[str]) -> bool:
    try:
        info = entry.stat(follow_symlinks=False)
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and info.st_mtime < STARTED


def _unlink(path: str) -> bool:
    try:
        os.unlink(path)
    except OSError:
        return False
    return True


def _in_use(path: str) -> bool:
    if fcntl is None:
        return False
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return True  # cannot tell: leave it
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # also lets go of the lock just taken
    return False
