"""Benchmark of the follow-ups' reads at N members, signatures and applications, each with
follow-ups: the Overview's counts, the list of those due, one record's follow-ups and each tab's
"Follow-up due" filter, with and without the open follow-ups' index (ix_follow_up_open_due).

Run: .venv/bin/python bench/bench_followups.py [--size 100000] [--folder DIR]

The database (bench/window_data.py) holds N members, N signatures and N applications; one
record in three of each kind gets a follow-up (N follow-ups in all), due from 120 days ago to
120 days ahead, 95 % of those already past marked done. Figures are the best of a
few runs of one service call (SQL + rows), in ms, on SQLite without ANALYZE (as the
application runs it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlalchemy import insert, select, text
from window_data import make_full_database

from alliance_desktop.db.follow_ups import FollowUp
from alliance_desktop.db.models import Membership, utcnow
from alliance_desktop.domain.follow_ups import FollowUpTarget, end_of_week
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.services.data_safety.opening import Services, open_database

TODAY = dt.date.today()
INDEX = "ix_follow_up_open_due"


def database(size: int, folder: Path) -> Services:
    path = folder / f"follow-ups-{size}.sqlite"
    if path.exists():
        return open_database(str(path), create=False, auto_backup=False)
    services = make_full_database(path, size)
    add_follow_ups(services, size)
    return services


def add_follow_ups(services: Services, size: int) -> None:
    rng = random.Random(17)
    stamp = utcnow()
    rows = []
    with services.db.engine.begin() as conn:
        authority_ids = list(conn.scalars(select(Membership.authority_id)))
        for column, ids in (
            ("authority_id", authority_ids),
            ("signature_id", range(1, size + 1)),
            ("application_id", range(1, size + 1)),
        ):
            for record_id in list(ids)[::3]:
                due = TODAY + dt.timedelta(days=rng.randint(-120, 120))
                done = due < TODAY and rng.random() < 0.95
                rows.append(
                    {
                        "uid": str(uuid.uuid4()),
                        "created_at": stamp,
                        "updated_at": stamp,
                        "version": 1,
                        "authority_id": None,
                        "signature_id": None,
                        "application_id": None,
                    }
                    | {
                        column: record_id,
                        "due_on": due,
                        "what": "Ask again for the council's decision",
                        "assignee": rng.choice(["marie", "jan", ""]),
                        "done_on": due if done else None,
                        "done_by": "marie" if done else "",
                        "created_by": "bench",
                    }
                )
        for start in range(0, len(rows), 10_000):
            conn.execute(insert(FollowUp), rows[start : start + 10_000])


def best(call: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return min(times)


def measure(services: Services) -> dict[str, float]:
    follow_ups = services.follow_ups
    week = end_of_week(TODAY)
    due_query = ListQuery(follow_up_due_by=week, limit=200)
    member = services.members.list(ListQuery(limit=1)).rows[0].uid
    return {
        "counts (Overview, status bar)": best(lambda: follow_ups.counts(TODAY)),
        "due this week + overdue (list)": best(lambda: follow_ups.due(week)),
        "overdue only (list)": best(lambda: follow_ups.due(overdue_on=TODAY)),
        "one record's follow-ups": best(
            lambda: follow_ups.for_record(FollowUpTarget.MEMBER, member)
        ),
        "Members tab, follow-up due": best(lambda: services.members.list(due_query)),
        "Signatories tab, follow-up due": best(lambda: services.signatures.list(due_query)),
        "Applications tab, follow-up due": best(
            lambda: services.applications.list(ListQuery(follow_up_due_by=week, limit=200))
        ),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--folder", type=Path, default=Path(tempfile.gettempdir()))
    args = parser.parse_args()
    start = time.perf_counter()
    services = database(args.size, args.folder)
    print(f"database ready in {time.perf_counter() - start:.1f} s")
    with services.db.engine.connect() as conn:
        total = conn.execute(text("SELECT count(*) FROM follow_up")).scalar()
        open_ = conn.execute(text("SELECT count(*) FROM follow_up WHERE done_on IS NULL")).scalar()
    counts = services.follow_ups.counts(TODAY)
    print(
        f"{args.size:,} members, signatures, applications; {total:,} follow-ups ({open_:,} open; "
        f"{counts.due_this_week:,} due this week, {counts.overdue:,} overdue)"
    )
    with_index = measure(services)
    with services.db.engine.begin() as conn:
        conn.execute(text(f"DROP INDEX {INDEX}"))
    try:
        without = measure(services)
    finally:
        with services.db.engine.begin() as conn:
            conn.execute(
                text(
                    f"CREATE INDEX {INDEX} ON follow_up "
                    "(due_on, authority_id, signature_id, application_id) "
                    "WHERE done_on IS NULL AND deleted_at IS NULL"
                )
            )
    print(f"{'ms, best of 5':<36}{'with index':>12}{'without':>10}")
    for name, value in with_index.items():
        print(f"{name:<36}{value:>12.1f}{without[name]:>10.1f}")
    services.db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
