"""One writer per SQLite file: a ``<db>.lock`` file saying who writes, held with an OS lock.

The OS lock (``flock`` on POSIX, ``msvcrt.locking`` on Windows) is the real guard: the system
drops it when the holder dies, so a lock left by a crash is recognised without guessing. The
JSON inside (user, host, pid, since) is there to tell a second copy who has the file. Where the
filesystem offers no OS locks, a lock whose process is gone from this computer counts as stale.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import socket
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from alliance_desktop.db.session import current_user
from alliance_desktop.domain.data_safety import LockOwner

# Windows locks a byte range and then refuses reads of it, so lock one byte far past the JSON.
_WINDOWS_LOCK_OFFSET = 1 << 20

_registry_guard = threading.Lock()
_held: dict[str, _Held] = {}


@dataclass
class _Held:
    fd: int
    count: int


@dataclass(frozen=True, slots=True)
class Acquired:
    """The lock is ours; ``took_over`` names a crashed holder whose stale lock was replaced."""

    path: Path
    took_over: LockOwner | None


def _key(path: Path) -> str:
    # The process id is part of the key: a forked child does not inherit its parent's lock.
    return f"{os.getpid()}:{os.path.normcase(os.path.abspath(path))}"


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def acquire(database: Path) -> Acquired | LockOwner:
    """Take the writer's lock on ``database``; hand back the live holder when someone has it.

    Re-entrant within one process (a window and its commands share one lock).
    """
    path = lock_path(database)
    key = _key(path)
    with _registry_guard:
        held = _held.get(key)
        if held is not None:
            held.count += 1
            return Acquired(path, None)
        for _attempt in range(5):
            outcome = _try_acquire(path)
            if outcome is None:
                continue  # the file was replaced under us; look again
            if isinstance(outcome, LockOwner):
                return outcome
            fd, previous = outcome
            _held[key] = _Held(fd, 1)
            return Acquired(path, previous)
    owner = read_owner(path)
    return owner or LockOwner("someone", "another computer", 0, None)


def release(database: Path) -> None:
    path = lock_path(database)
    key = _key(path)
    with _registry_guard:
        held = _held.get(key)
        if held is None:
            return
        held.count -= 1
        if held.count > 0:
            return
        del _held[key]
        # Unlink while still holding the OS lock: a newcomer that opened the old file notices
        # (its inode no longer matches the path) and tries again.
        with contextlib.suppress(OSError):
            path.unlink()
        _unlock(held.fd)
        os.close(held.fd)


def read_owner(path: Path) -> LockOwner | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        since = data.get("since")
        return LockOwner(
            user=str(data.get("user", "someone")),
            host=str(data.get("host", "?")),
            pid=int(data.get("pid", 0)),
            since=dt.datetime.fromisoformat(since) if since else None,
        )
    except (OSError, ValueError, TypeError, AttributeError):
        return None


def _try_acquire(path: Path) -> tuple[int, LockOwner | None] | LockOwner | None:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        locked = _lock(fd)
    except OSError:
        os.close(fd)
        raise
    previous = read_owner(path)
    if locked is False:
        os.close(fd)
        return previous or LockOwner("someone", "?", 0, None)
    if locked is None and previous is not None and _alive_elsewhere(previous):
        # No OS locks on this filesystem: trust the file unless its process is gone.
        os.close(fd)
        return previous
    if not _same_file(fd, path):
        _unlock(fd)
        os.close(fd)
        return None
    me = _owner_text()
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, me.encode("utf-8"))
    os.fsync(fd)
    return fd, previous


def _owner_text() -> str:
    return json.dumps(
        {
            "user": current_user(),
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
    )


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except OSError:
        return False


def _alive_elsewhere(owner: LockOwner) -> bool:
    """Could ``owner`` still be writing? Only a process gone from this very computer is not."""
    if owner.host != socket.gethostname():
        return True
    return owner.pid != os.getpid() and pid_alive(owner.pid)


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _lock(fd: int) -> bool | None:
    """True: locked; False: someone holds it; None: this filesystem has no locks."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return False
        if exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS):
            return None
        raise
    return True


def _unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)
