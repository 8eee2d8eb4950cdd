"""Opening safely: one writer per file, stale locks, read-only files, network shares."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from alliance_desktop.domain.data_safety import DatabaseInUseError, LockOwner
from alliance_desktop.domain.errors import DatabaseError, RefusedError
from alliance_desktop.domain.records import PersonDraft
from alliance_desktop.services.data_safety import safe_open, writer_lock
from alliance_desktop.services.data_safety.network_share import filesystem_from_mounts
from alliance_desktop.services.data_safety.opening import open_database

HOLDER = """
import sys
from alliance_desktop.services.data_safety.opening import open_database
services = open_database(sys.argv[1], create=True)
print("read_only" if services.db.read_only else "writer", flush=True)
sys.stdin.readline()
services.db.dispose()
print("closed", flush=True)
"""


class Holder:
    """Another copy of the application holding the database open in a second process."""

    def __init__(self, path: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        self.state = self.process.stdout.readline().strip()

    def close(self) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write("\n")
        self.process.stdin.flush()
        assert self.process.stdout.readline().strip() == "closed"
        self.process.wait(timeout=30)

    def crash(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)


@pytest.fixture
def db_path(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "shared.sqlite"
    open_database(str(path), create=True).db.dispose()
    yield path


def test_second_copy_learns_who_and_opens_read_only(db_path: Path) -> None:
    holder = Holder(db_path)
    try:
        assert holder.state == "writer"
        second = open_database(str(db_path), create=False)
        try:
            assert second.db.read_only
            assert "in use" in second.db.read_only_reason
            assert socket.gethostname() in second.db.read_only_reason
            assert "since" in second.db.read_only_reason
            assert second.stats.members().count == 0  # reading works
            with pytest.raises(RefusedError, match="read-only"):
                second.persons.create(PersonDraft(name="Nobody"))
        finally:
            second.db.dispose()
        with pytest.raises(DatabaseInUseError) as caught:
            open_database(str(db_path), create=False, when_locked="refuse")
        assert caught.value.owner.pid == holder.process.pid
    finally:
        holder.close()
    # Closed properly: the next copy writes and hears of nothing stale.
    after = open_database(str(db_path), create=False)
    try:
        assert not after.db.read_only
        assert not any("did not close" in n for n in after.db.notices)
    finally:
        after.db.dispose()


def test_lock_left_by_a_crash_is_recognised_and_taken_over(db_path: Path) -> None:
    holder = Holder(db_path)
    assert holder.state == "writer"
    holder.crash()
    assert writer_lock.lock_path(db_path).exists()  # left behind
    services = open_database(str(db_path), create=False)
    try:
        assert not services.db.read_only
        assert any("did not close properly" in n for n in services.db.notices)
        services.persons.create(PersonDraft(name="Writes Again"))
    finally:
        services.db.dispose()
    assert not writer_lock.lock_path(db_path).exists()


def test_while_we_write_another_process_opens_read_only(db_path: Path) -> None:
    services = open_database(str(db_path), create=False)
    try:
        holder = Holder(db_path)
        assert holder.state == "read_only"
        holder.close()
    finally:
        services.db.dispose()


def test_stale_lock_without_os_locks_is_judged_by_its_pid(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A filesystem without flock: a lock naming a dead process on this host is stale...
    monkeypatch.setattr(writer_lock, "_lock", lambda fd: None)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    lock = writer_lock.lock_path(db_path)
    lock.write_text(
        f'{{"user": "ghost", "host": "{socket.gethostname()}", "pid": {dead.pid}, '
        '"since": "2026-01-01T08:00:00+00:00"}'
    )
    outcome = writer_lock.acquire(db_path)
    assert isinstance(outcome, writer_lock.Acquired)
    assert outcome.took_over is not None and outcome.took_over.user == "ghost"
    writer_lock.release(db_path)
    # ...but one from another computer cannot be judged from here: it is respected.
    lock.write_text(
        '{"user": "maria", "host": "other-pc", "pid": 1, "since": "2026-01-01T08:00:00+00:00"}'
    )
    held = writer_lock.acquire(db_path)
    assert isinstance(held, LockOwner)
    assert held.user == "maria" and held.host == "other-pc"


def test_read_only_file_opens_read_only(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if os.geteuid() == 0:
        # root may write anything: pretend the permission bits count.
        monkeypatch.setattr(
            safe_open.os,
            "access",
            lambda p, mode: not (mode & os.W_OK and Path(p) == db_path),
        )
    db_path.chmod(0o400)
    before = db_path.read_bytes()
    try:
        services = open_database(str(db_path), create=False)
        try:
            assert services.db.read_only
            assert str(services.db.read_only_reason) == "the file is read-only"
            assert services.stats.members().count == 0
            with pytest.raises(RefusedError, match="read-only"):
                services.persons.create(PersonDraft(name="Nobody"))
        finally:
            services.db.dispose()
    finally:
        db_path.chmod(0o600)
    assert db_path.read_bytes() == before
    assert not writer_lock.lock_path(db_path).exists()


def test_read_only_folder_opens_read_only(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = db_path.parent
    monkeypatch.setattr(
        safe_open.os, "access", lambda p, mode: not (mode & os.W_OK and Path(p) == folder)
    )
    services = open_database(str(db_path), create=False)
    try:
        assert services.db.read_only
        assert str(services.db.read_only_reason) == "its folder is read-only"
        assert not (folder / "backups").exists()  # no start backup into a read-only folder
    finally:
        services.db.dispose()


def test_no_database_is_created_in_a_read_only_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(safe_open.os, "access", lambda p, mode: not mode & os.W_OK)
    with pytest.raises(DatabaseError, match="cannot be created"):
        open_database(str(tmp_path / "new.sqlite"), create=True)
    assert not (tmp_path / "new.sqlite").exists()


def test_explicit_read_only_opening(db_path: Path) -> None:
    services = open_database(str(db_path), create=False, read_only=True)
    try:
        assert services.db.read_only
        assert services.backups.backup_before("import") is None
    finally:
        services.db.dispose()


MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export /home/shared nfs4 rw 0 0
//fs/office /mnt/office\\040docs cifs rw 0 0
/dev/sdb1 /home/shared/local ext4 rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/me/alliance.sqlite", None),
        ("/home/shared/alliance.sqlite", "nfs4"),
        ("/home/shared/local/alliance.sqlite", None),
        ("/mnt/office docs/alliance.sqlite", "cifs"),
        ("/home/sharedx/alliance.sqlite", None),
    ],
)
def test_network_filesystems_are_recognised(path: str, expected: str | None) -> None:
    assert filesystem_from_mounts(MOUNTS, Path(path)) == expected


def test_network_share_gives_a_notice(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        "alliance_desktop.services.data_safety.network_share.network_filesystem",
        lambda path: "cifs",
    )
    services = open_database(str(db_path), create=False)
    try:
        assert any("network share (cifs)" in n for n in services.db.notices)
    finally:
        services.db.dispose()


def _forked_open(path: str, out: object) -> None:
    services = open_database(path, create=False)
    out.put(services.db.read_only_reason)  # type: ignore[attr-defined]
    services.db.dispose()


def test_a_forked_child_does_not_inherit_the_parents_lock(db_path: Path) -> None:
    import multiprocessing

    fork = multiprocessing.get_context("fork")
    services = open_database(str(db_path), create=False)
    try:
        out = fork.Queue()
        child = fork.Process(target=_forked_open, args=(str(db_path), out))
        child.start()
        reason = out.get(timeout=30)
        child.join(timeout=30)
        assert str(reason).startswith("in use")
        assert not services.db.read_only
    finally:
        services.db.dispose()
