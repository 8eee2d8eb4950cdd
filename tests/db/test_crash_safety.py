"""Crash safety: an import killed with SIGKILL at random moments leaves the old or new data."""

from __future__ import annotations

import csv
import multiprocessing
import os
import random
import signal
import sqlite3
import time
import uuid
from pathlib import Path

import pytest

from alliance_desktop.services.data_safety.opening import open_database

ROWS = 2000
KILLS = 24
_FORK = multiprocessing.get_context("fork")


def _child(path: str, rows: int, work: Path, out: int) -> None:
    """One import per round of ``rows`` new members (names unique per round), each one
    transaction after its automatic backup; reports each round once it is committed."""
    from alliance_desktop.exchange import COLUMNS, ListKind, read_rows
    from alliance_desktop.services.imports.service import ImportService

    services = open_database(path, create=False)
    service = ImportService(services)
    os.write(out, b"open\n")
    for round_no in range(1000):
        token = uuid.uuid4().hex[:10]
        csv_path = work / f"round-{token}.csv"
        with csv_path.open("w", encoding="utf-8", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(["name", "country_code", "joined_on", "notes"])
            for j in range(rows):
                writer.writerow([f"Kill {token} {j}", "FR", "2020-01-01", "x" * 20])
        plan = service.plan(ListKind.MEMBERS, read_rows(csv_path, COLUMNS[ListKind.MEMBERS]))
        assert plan.ok, plan.report()
        service.apply(plan)
        os.write(out, f"committed {round_no}\n".encode())


def _state(path: Path) -> tuple[str, int]:
    conn = sqlite3.connect(path)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        members = conn.execute("SELECT count(*) FROM membership").fetchone()[0]
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        assert fk == []
    finally:
        conn.close()
    return check, members


@pytest.mark.slow
def test_import_killed_at_random_moments_leaves_old_or_new_state(tmp_path: Path) -> None:
    db = tmp_path / "crash.sqlite"
    open_database(str(db), create=True).db.dispose()
    pristine = db.read_bytes()
    rng = random.Random(int(os.environ.get("CRASH_SEED", "6")))
    committed = 0
    kills_mid_import = 0
    round_seconds = 1.0  # how long one import takes here; measured as the test goes
    for kill in range(KILLS):
        # A forked child starts at once (no imports to load), so the kills land in the work.
        read_end, write_end = os.pipe()
        child = _FORK.Process(target=_child, args=(str(db), ROWS, tmp_path, write_end))
        child.start()
        os.close(write_end)
        with os.fdopen(read_end, encoding="utf-8") as reader:
            assert reader.readline().strip() == "open"
            out = ""
            if kill % 2:
                # Every other time let one import finish first (and time it), so that kills
                # land at every point of the work whatever this machine's speed.
                started = time.monotonic()
                out = reader.readline()
                round_seconds = time.monotonic() - started
            # Kill somewhere in the next import: planning, backing up, writing, committing.
            time.sleep(rng.uniform(0.0, 1.1) * round_seconds)
            os.kill(child.pid, signal.SIGKILL)  # type: ignore[arg-type]
            child.join(timeout=60)
            out += reader.read()
        assert child.exitcode == -signal.SIGKILL
        reported = out.count("committed")
        check, members = _state(db)
        assert check == "ok"
        assert members % ROWS == 0, f"a partial import: {members} members"
        rounds = members // ROWS
        # Every round it reported is there; at most one more committed just before the kill.
        assert reported <= rounds <= reported + 1
        if rounds == reported:
            kills_mid_import += 1
        committed += rounds
        last = members
        if kill < KILLS - 1:
            # Back to an empty database, so every round is as quick as the first.
            for leftover in tmp_path.glob("crash.sqlite-*"):
                leftover.unlink()
            db.write_bytes(pristine)
    assert committed > 0
    assert kills_mid_import > 0
    services = open_database(str(db), create=False)  # still opens (stale lock taken over)
    try:
        assert services.members.list().total == last
        assert any("did not close properly" in n for n in services.db.notices)
    finally:
        services.db.dispose()
