"""Benchmark of the services' list calls and Overview figures over N members and signatures.

Run: .venv/bin/python bench/bench_lists.py [--size 100000] [--folder DIR] [--url POSTGRES_URL]

Each figure is the best of a few runs of one service call (SQL + row building), in ms. The
database holds N members (bench/window_data.py) and N signatures (half linked to an authority).
With ``--url`` the same data goes to that (emptied) PostgreSQL database instead of SQLite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlalchemy import create_engine, insert, inspect, text
from window_data import make_members_database

from alliance_desktop.db.models import Signature, utcnow
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.domain.text import fold, search_key
from alliance_desktop.services.opening import Services, open_database

BLOCK = 200
COUNTRIES = ["CH", "BY", "AT", "PL", "FR", "RS", "UA", "TR", "SK", "GE"]


def add_signatures(services: Services, count: int) -> None:
    stamp = utcnow()
    start = dt.date(2017, 3, 9)
    batch = 10_000
    with services.db.engine.begin() as conn:
        for first in range(0, count, batch):
            rows = []
            for i in range(first, min(count, first + batch)):
                signer = f"Signer {i}"
                rows.append(
                    {
                        "id": i + 1,
                        "uid": str(uuid.uuid4()),
                        "created_at": stamp,
                        "updated_at": stamp,
                        "version": 1,
                        "authority_id": i + 1 if i % 2 else None,
                        "signer_name": signer,
                        "signer_function": "Mayor",
                        "signed_on": start + dt.timedelta(days=i % 3000),
                        "place": "",
                        "language": "en",
                        "country_code": COUNTRIES[i % len(COUNTRIES)],
                        "certificate_no": f"C-{i:07d}",
                        "notes": "",
                        "search_key": search_key(signer, ""),
                        "sort_key": fold(signer),
                    }
                )
            conn.execute(insert(Signature), rows)


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
        services = make_members_database(Path(location), size)
    else:
        services = _members_into(location, size)
    add_signatures(services, size)
    return services


def _members_into(url: str, size: int) -> Services:
    # make_members_database takes a path; for PostgreSQL insert through the same code by url.
    import window_data

    opened = open_database(url, create=True)
    real = window_data.open_database
    window_data.open_database = lambda *_a, **_k: opened  # type: ignore[assignment]
    try:
        return make_members_database(Path(url), size)
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
    m = services.members.list
    s = services.signatures.list
    figures = {
        "members name": best_ms(lambda: m(ListQuery(limit=BLOCK))),
        "members name desc": best_ms(lambda: m(ListQuery(descending=True, limit=BLOCK))),
        "members joined": best_ms(lambda: m(ListQuery(sort="joined_on", limit=BLOCK))),
        "members country": best_ms(lambda: m(ListQuery(sort="country_code", limit=BLOCK))),
        "members search 'l'": best_ms(lambda: m(ListQuery(search="l", limit=BLOCK))),
        "members search 'lodz 1'": best_ms(lambda: m(ListQuery(search="lodz 1", limit=BLOCK))),
        "members country=PL": best_ms(lambda: m(ListQuery(country="PL", limit=BLOCK))),
        "members last block": best_ms(
            lambda: m(ListQuery(offset=size - BLOCK, limit=BLOCK)), repeat=2
        ),
        "members past end": best_ms(lambda: m(ListQuery(offset=size + 10, limit=BLOCK)), repeat=2),
        "signatures name": best_ms(lambda: s(ListQuery(limit=BLOCK))),
        "signatures signed": best_ms(lambda: s(ListQuery(sort="signed_on", limit=BLOCK))),
        "signatures country": best_ms(lambda: s(ListQuery(sort="country_code", limit=BLOCK))),
        "signatures search 'l'": best_ms(lambda: s(ListQuery(search="l", limit=BLOCK))),
        "figures": best_ms(services.stats.figures, repeat=3),
    }
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
            print(f"{name:<26} {ms:8.1f} ms", flush=True)
    finally:
        services.db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
