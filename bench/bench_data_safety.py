"""Data safety timings on N members: backup, restore, check, erase (VACUUM), opening checks.

Usage: .venv/bin/python bench/bench_data_safety.py [N]   (figures in README.md)
"""

from __future__ import annotations

import csv
import sys
import tempfile
import time
from pathlib import Path

from alliance_desktop.domain.records import PersonDraft
from alliance_desktop.exchange import COLUMNS, ListKind, read_rows
from alliance_desktop.services.data_safety.backups import restore_file
from alliance_desktop.services.data_safety.opening import open_database
from alliance_desktop.services.imports.service import ImportService


def timed(label: str, work: object) -> object:
    started = time.perf_counter()
    result = work()  # type: ignore[operator]
    print(f"{label}: {time.perf_counter() - started:.2f} s")
    return result


def main(count: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-safety-"))
    db = folder / "bench.sqlite"
    services = open_database(str(db), create=True)
    source = folder / "members.csv"
    with source.open("w", encoding="utf-8", newline="") as stream:
        out = csv.writer(stream)
        out.writerow(["name", "country_code", "joined_on", "email", "notes"])
        for n in range(count):
            out.writerow([f"Town {n}", "FR", "2020-01-01", f"t{n}@example.org", "n" * 80])
    importer = ImportService(services, backup=None)
    plan = importer.plan(ListKind.MEMBERS, read_rows(source, COLUMNS[ListKind.MEMBERS]))
    importer.apply(plan)
    person = services.persons.create(PersonDraft(name="Erin Example", email="erin@example.org"))
    print(f"{count} members, file {db.stat().st_size / 1e6:.1f} MB")
    info = timed("backup (backup API, checked, synced)", services.backups.back_up_now)
    timed("check (integrity, foreign keys, every record)", services.checks.run)
    timed(
        "erase one person (secure_delete, VACUUM, WAL truncate)",
        lambda: services.privacy.erase(person.meta.uid),
    )
    services.db.dispose()
    timed(
        "open (quick_check, lock, migrations check)",
        lambda: open_database(str(db), create=False, auto_backup=False).db.dispose(),
    )
    timed("restore (checked, current file kept)", lambda: restore_file(db, info.path))  # type: ignore[attr-defined]


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
