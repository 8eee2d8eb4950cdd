"""Benchmark of a whole import: a 10,000-row members CSV read, validated and committed.

Run: .venv/bin/python bench/bench_import.py [--rows 10000]
Target (issue 5): a 10,000-row import, validated and committed, under 5 s. Also measured:
the same file again (every row compared, nothing written) and with every row changed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from alliance_desktop.exchange import COLUMNS, ListKind, read_rows, write_csv
from alliance_desktop.services.data_safety.opening import open_database
from alliance_desktop.services.imports.service import ImportService
from alliance_desktop.services.output.exports import ExportService
from bench.bench_exchange import make_rows


def _import(services: object, path: Path) -> tuple[float, float, float, str]:
    service = ImportService(services, backup=None)  # type: ignore[arg-type]
    cpu = time.process_time()
    start = time.perf_counter()
    data = read_rows(path, COLUMNS[ListKind.MEMBERS])
    read = time.perf_counter()
    plan = service.plan(ListKind.MEMBERS, data, path.name)
    assert plan.ok, plan.report()[:2000]
    planned = time.perf_counter()
    summary = service.apply(plan)
    done = time.perf_counter()
    used = time.process_time() - cpu
    return read - start, planned - read, done - planned, f"{summary}; CPU {used:.2f} s"


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
            for title, file in (("new", path), ("same file again", path)):
                times = _import(services, file)
                total = sum(times[:3])
                print(
                    f"{args.rows:,} rows, {title}: {total:.2f} s (read {times[0]:.2f}, "
                    f"validate {times[1]:.2f}, commit {times[2]:.2f}) — {times[3]}"
                )
            exported = base / "changed.csv"
            rows2 = ExportService(services).rows(ListKind.MEMBERS)
            for row in rows2:
                row["population"] = (row["population"] or 0) + 1
            write_csv(exported, rows2, COLUMNS[ListKind.MEMBERS])
            times = _import(services, exported)
            total = sum(times[:3])
            print(
                f"{args.rows:,} rows, every row changed: {total:.2f} s (read {times[0]:.2f}, "
                f"validate {times[1]:.2f}, commit {times[2]:.2f}) — {times[3]}"
            )
            audit = len(services.audit.list(limit=None))
            print(f"audit entries after the three imports: {audit:,}")
        finally:
            services.db.dispose()


if __name__ == "__main__":
    main()
