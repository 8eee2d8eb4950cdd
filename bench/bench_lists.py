"""Benchmark of the list calls and Overview figures at N members, signatures, applications.

Run: .venv/bin/python bench/bench_lists.py [--size 100000] [--folder DIR] [--url POSTGRES_URL]

Each figure is the best of a few runs of one service call (SQL + row building), in ms: every
sort of every list both ways (applications as their tab opens: pending only), the searches a
keystroke runs, a country filter and a block in the middle. The database (bench/window_data.py)
holds N members (nine in ten with a focal point), N signatures (half by a member) and N
applications (three in five pending).
With ``--url`` the same data goes to that (emptied) PostgreSQL database instead of SQLite.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlalchemy import create_engine, inspect, text
from window_data import make_full_database

from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.services.data_safety.opening import Services, open_database
from alliance_desktop.services.lists.applications import APPLICATION_SORTS
from alliance_desktop.services.lists.members import MEMBER_SORTS
from alliance_desktop.services.signatures import SIGNATURE_SORTS

BLOCK = 200


def database(size: int, folder: Path, url: str | None) -> Services:
    if url is not None:
        engine = create_engine(url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            count = 0
            if "membership" in inspect(conn).get_table_names():
                count = conn.execute(text("SELECT count(*) FROM membership")).scalar() or 0
            if count != size:
                conn.execute(text("DROP SCHEMA public CASCADE"))
                conn.execute(text("CREATE SCHEMA public"))
        engine.dispose()
        if count == size:
            return open_database(url, create=False)
        services = _fill(url, size)
        with services.db.engine.connect() as conn:
            conn.execute(text("ANALYZE"))
            conn.commit()
        return services
    path = folder / f"lists-{size}.sqlite"
    if path.exists():
        return open_database(str(path), create=False)
    # No ANALYZE here: the application never runs it, so the planner works without statistics.
    return _fill(str(path), size)


def _fill(location: str, size: int) -> Services:
    if location.endswith(".sqlite"):
        return make_full_database(Path(location), size)
    return _members_into(location, size)


def _members_into(url: str, size: int) -> Services:
    # make_members_database takes a path; for PostgreSQL insert through the same code by url.
    import window_data

    opened = open_database(url, create=True)
    real = window_data.open_database
    window_data.open_database = lambda *_a, **_k: opened  # type: ignore[assignment]
    try:
        return make_full_database(Path(url), size)
    finally:
        window_data.open_database = real


def best_ms(work: Callable[[], object], repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def measure(services: Services, size: int) -> dict[str, float]:
    """Every sort of every list, both ways, the searches a keystroke runs, and the figures."""
    lists: dict[str, Callable[[ListQuery], object]] = {
        "members": services.members.list,
        "signatures": services.signatures.list,
        "applications": services.applications.list,
    }
    figures: dict[str, float] = {}
    for name, run in lists.items():
        status = "pending" if name == "applications" else ""
        sorts = {"members": MEMBER_SORTS, "signatures": SIGNATURE_SORTS}.get(
            name, APPLICATION_SORTS
        )
        for sort in sorts:
            for descending in (False, True):
                query = ListQuery(sort=sort, descending=descending, status=status, limit=BLOCK)
                arrow = "desc" if descending else "asc"
                figures[f"{name} sort {sort} {arrow}"] = best_ms(partial(run, query))
        for term in ("l", "lo", "lodz 1", "zzz"):
            query = ListQuery(search=term, status=status, limit=BLOCK)
            figures[f"{name} search '{term}'"] = best_ms(partial(run, query))
        query = ListQuery(search="l", sort="joined_on", status=status, limit=BLOCK)
        figures[f"{name} search 'l' sorted"] = best_ms(partial(run, query))
        query = ListQuery(country="PL", status=status, limit=BLOCK)
        figures[f"{name} country=PL"] = best_ms(partial(run, query))
        query = ListQuery(offset=size // 2, status=status, limit=BLOCK, with_total=False)
        figures[f"{name} block in the middle"] = best_ms(partial(run, query), repeat=2)
    figures["overview figures"] = best_ms(services.stats.figures, repeat=3)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--folder", type=Path, help="keep the generated SQLite database here")
    parser.add_argument("--url", help="a PostgreSQL database to fill (emptied first)")
    args = parser.parse_args()
    folder = args.folder or Path(tempfile.mkdtemp(prefix="alliance-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    services = database(args.size, folder, args.url)
    try:
        for name, ms in measure(services, args.size).items():
            print(f"{name:<44} {ms:8.1f} ms", flush=True)
    finally:
        services.db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
