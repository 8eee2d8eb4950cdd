"""Benchmark of the file-format layer: exports against bare csv/openpyxl, PDF lists, imports.

Run: .venv/bin/python bench/bench_exchange.py [--rows 100000]
Targets: CSV and XLSX exports at most 1.5 times the bare library writing the same rows.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import gc
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import Workbook

from alliance_desktop.domain.enums import AuthorityKind, MembershipStatus
from alliance_desktop.exchange import (
    MEMBER_COLUMNS,
    MEMBER_PDF_COLUMNS,
    ListKind,
    read_rows,
    write_csv,
    write_pdf_list,
    write_xlsx,
)

NAMES = [
    ("Łódź", "", "PL"),
    ("Timișoara", "", "RO"),
    ("Şişli", "", "TR"),
    ("Крагујевац", "Kragujevac", "RS"),
    ("Львів", "Lviv", "UA"),
    ("Ηράκλειο", "Irakleio", "GR"),
    ("Փարաքար", "Parakar", "AM"),
    ("ქუთაისი", "Kutaisi", "GE"),
    ("Saint-Étienne", "", "FR"),
    ("Košice", "", "SK"),
]


def make_rows(count: int) -> list[dict[str, Any]]:
    rows = []
    start = dt.date(2015, 1, 1)
    for i in range(count):
        name, latin, country = NAMES[i % len(NAMES)]
        rows.append(
            {
                "participant_no": i + 1,
                "name": f"{name} {i}",
                "name_latin": latin,
                "name_en": "",
                "name_fr": "",
                "country_code": country,
                "kind": AuthorityKind.MUNICIPALITY,
                "joined_on": start + dt.timedelta(days=i % 3000),
                "status": MembershipStatus.ACTIVE,
                "left_on": None,
                "focal_point": "Ana Popescu",
                "population": 10_000 + i,
                "roma_population": 500 + i % 1000,
                "roma_population_note": "estimate",
                "website": "https://example.org",
                "email": "office@example.org",
                "phone": "+33 1 23 45 67 89",
                "address": "Piața Victoriei 1\n300030 Timișoara",
                "notes": "=1+1" if i % 100 == 0 else "",
                "membership_notes": "",
                "uid": str(uuid.UUID(int=i + 1)),
                "authority_uid": str(uuid.UUID(int=10**9 + i)),
            }
        )
    return rows


def timed(action: Callable[[], object], repeat: int = 3) -> float:
    """Best of ``repeat`` runs, in seconds (the least disturbed by the rest of the machine)."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    return best


def bare_csv(path: Path, rows: list[dict[str, Any]], keys: list[str]) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=",", lineterminator="\r\n")
        writer.writerow(keys)
        for row in rows:
            writer.writerow([row.get(k) for k in keys])


def bare_xlsx(path: Path, rows: list[dict[str, Any]], keys: list[str]) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("List")
    sheet.append(keys)
    for row in rows:
        sheet.append([row.get(k) for k in keys])
    workbook.save(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    count = args.rows
    rows = make_rows(count)
    keys = [c.key for c in MEMBER_COLUMNS]
    import reportlab.lib.rl_accel as accel

    accelerated = accel.fp_str.__module__ == "_rl_accel"
    print(f"{count:,} member rows, {len(keys)} columns; best of 3 unless noted")
    print(f"ReportLab accelerator (rl-accel): {'yes' if accelerated else 'no'}\n")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)

        ours = timed(lambda: write_csv(out / "ours.csv", rows, MEMBER_COLUMNS))
        bare = timed(lambda: bare_csv(out / "bare.csv", rows, keys))
        print(f"CSV export      ours {ours:6.2f} s   bare csv.writer {bare:6.2f} s", end="")
        print(f"   ratio {ours / bare:4.2f} (target <= 1.5)")

        ours = timed(lambda: write_xlsx(out / "ours.xlsx", rows, MEMBER_COLUMNS), repeat=2)
        bare = timed(lambda: bare_xlsx(out / "bare.xlsx", rows, keys), repeat=2)
        print(f"XLSX export     ours {ours:6.2f} s   bare openpyxl   {bare:6.2f} s", end="")
        print(f"   ratio {ours / bare:4.2f} (target <= 1.5)")

        for size in (10_000, count):
            subset = rows[:size]
            seconds = timed(
                lambda s=subset, n=size: write_pdf_list(  # type: ignore[misc]
                    out / f"list{n}.pdf", s, MEMBER_PDF_COLUMNS, kind=ListKind.MEMBERS
                ),
                repeat=1 if size > 10_000 else 3,
            )
            size_mb = (out / f"list{size}.pdf").stat().st_size / 1e6
            print(f"PDF list        {size:>7,} rows {seconds:6.2f} s   ({size_mb:.1f} MB)")

        write_csv(out / "import10k.csv", rows[:10_000], MEMBER_COLUMNS, delimiter=";")
        seconds = timed(lambda: read_rows(out / "import10k.csv", MEMBER_COLUMNS))
        data = read_rows(out / "import10k.csv", MEMBER_COLUMNS)
        assert not data.errors and len(data.rows) == 10_000
        print(f"CSV read+convert 10,000 rows {seconds:6.2f} s")

        write_xlsx(out / "import10k.xlsx", rows[:10_000], MEMBER_COLUMNS)
        seconds = timed(lambda: read_rows(out / "import10k.xlsx", MEMBER_COLUMNS))
        print(f"XLSX read+convert 10,000 rows {seconds:5.2f} s")


if __name__ == "__main__":
    main()
