"""Benchmark of taking changes back: an action undone and redone; a 10k-row import undone.

Run: .venv/bin/python bench/bench_undo.py [--rows 10000]
Prints: a member's save with and without the capture that makes it undoable (ms, best of 20),
its undo and redo (ms, best of 20), and the undo of a 10,000-row members import (s, with CPU).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from alliance_desktop.domain.records import AuthorityDraft, MembershipDraft
from alliance_desktop.exchange import COLUMNS, ListKind, read_rows, write_csv
from alliance_desktop.services.data_safety.opening import Services, open_database
from alliance_desktop.services.imports.service import ImportService
from bench.bench_exchange import make_rows

RUNS = 20


def _save(services: Services, uid: str, note: str) -> None:
    record = services.members.get(uid)
    services.members.update(uid, record.meta.version, dataclasses.replace(record.draft, notes=note))


def _best(work: object) -> float:
    times = []
    for i in range(RUNS):
        start = time.perf_counter()
        work(i)  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        rows = make_rows(args.rows)
        for row in rows:
            row["focal_point"] = ""
            row["notes"] = ""
        path = base / "members.csv"
        write_csv(path, rows, COLUMNS[ListKind.MEMBERS], delimiter=";")
        services = open_database(base / "bench.sqlite", create=True)
        try:
            importer = ImportService(services, backup=None)
            plan = importer.plan(ListKind.MEMBERS, read_rows(path, COLUMNS[ListKind.MEMBERS]), "m")
            summary = importer.apply(plan, backup=False)
            own, _ = services.members.create(
                AuthorityDraft(name="Łódź", country_code="PL"),
                MembershipDraft(authority_uid="", joined_on=dt.date(2016, 1, 1)),
            )
            uid = own.uid  # not one the import wrote: its undo stays possible
            plain = _best(lambda i: _save(services, uid, f"plain {i}"))
            captured: list[object] = []

            def recorded(i: int) -> None:
                with services.undo.recording() as recording:
                    _save(services, uid, f"recorded {i}")
                captured.append(recording.changes)

            with_capture = _best(recorded)
            changes = captured[-1]
            undo = _best(
                lambda _i: (services.undo.undo(changes), services.undo.redo(changes))  # type: ignore[arg-type]
            )
            print(
                f"member save: {plain:.1f} ms plain, {with_capture:.1f} ms captured; "
                f"undo + redo {undo:.1f} ms (best of {RUNS}, {args.rows:,} members stored)"
            )
            assert summary.batch_id is not None
            cpu = time.process_time()
            start = time.perf_counter()
            done = services.import_batches.undo(summary.batch_id, backup=False)
            wall = time.perf_counter() - start
            print(
                f"undo of the {args.rows:,}-row import: {wall:.2f} s "
                f"(CPU {time.process_time() - cpu:.2f} s): {done.message}"
            )
        finally:
            services.db.dispose()


if __name__ == "__main__":
    main()
