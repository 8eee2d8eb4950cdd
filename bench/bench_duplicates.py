"""Benchmark: finding likely duplicates among N authorities (default 100,000).

Run: .venv/bin/python bench/bench_duplicates.py [--size 100000] [--runs 3] [--folder DIR]

The database holds N authorities over the 46 member states with made-up names (syllables, one
in ten opening with a common word such as "Saint-" or "Nova", one in twenty written in
Cyrillic or Greek with its Latin form) and about 1 % planted duplicates ("City of …", accents
dropped, one letter changed, the other script). Printed: the service call (read every
authority + match), the matcher alone, pairs found, planted pairs found, machine load.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from anyascii import anyascii
from sqlalchemy import insert

from alliance_desktop.db.models import Authority, utcnow
from alliance_desktop.domain.countries import COUNTRIES
from alliance_desktop.domain.duplicates import DuplicateKind, pair_key
from alliance_desktop.domain.text import fold, name_key, search_key
from alliance_desktop.services.data_safety.opening import Services, open_database
from alliance_desktop.services.duplicates.finding import authority_candidates
from alliance_desktop.services.duplicates.matching import find_matches

CONSONANTS = "bcdfghjklmnprstvzšžčł"
VOWELS = "aeiouyáéő"
COMMON = ["Saint-", "San ", "Nova ", "Stara ", "Bad ", "Novi "]
CYRILLIC = str.maketrans("abvgdezijklmnoprstufhc", "абвгдезијклмнопрстуфхц")
GREEK = str.maketrans("abgdezhiklmnoprstufx", "αβγδεζηικλμνοπρστυφχ")


def made_up_name(rng: random.Random) -> str:
    word = "".join(rng.choice(CONSONANTS) + rng.choice(VOWELS) for _ in range(rng.randint(2, 4)))
    word = word.capitalize()
    return rng.choice(COMMON) + word if rng.random() < 0.1 else word


def variant(rng: random.Random, name: str) -> str:
    how = rng.randrange(3)
    if how == 0:
        return "City of " + name
    if how == 1:
        return anyascii(name)
    i = rng.randrange(1, len(name))
    return name[:i] + rng.choice(VOWELS) + name[i + 1 :]


def make_database(path: Path, size: int, seed: int = 15) -> tuple[Services, set[tuple[str, str]]]:
    rng = random.Random(seed)
    services = open_database(str(path), create=True, auto_backup=False)
    countries = sorted(COUNTRIES)
    stamp = utcnow()
    rows: list[dict[str, Any]] = []
    planted: set[tuple[str, str]] = set()
    while len(rows) < size:
        latin = made_up_name(rng)
        name = latin
        script = rng.random()
        if script < 0.03:
            name = fold(latin).translate(CYRILLIC).capitalize()
        elif script < 0.05:
            name = fold(latin).translate(GREEK).capitalize()
        country = rng.choice(countries)
        names = [(name, latin if latin != name else "")]
        if rng.random() < 0.01:
            names.append((variant(rng, latin), ""))
        uids = [str(uuid.uuid4()) for _ in names]
        if len(uids) == 2:
            planted.add(pair_key(*uids))
        for uid, (written, written_latin) in zip(uids, names, strict=True):
            rows.append(
                {
                    "uid": uid,
                    "created_at": stamp,
                    "updated_at": stamp,
                    "name": written,
                    "name_latin": written_latin,
                    "country_code": country,
                    "search_key": search_key(written, written_latin),
                    "name_key": name_key(written)[:200],
                    "sort_key": fold(written_latin or written)[:200],
                }
            )
    with services.db.engine.begin() as conn:
        for start in range(0, len(rows), 10_000):
            conn.execute(insert(Authority), rows[start : start + 10_000])
    return services, planted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--folder", type=Path, default=None)
    args = parser.parse_args()
    folder = args.folder or Path(tempfile.mkdtemp(prefix="bench-duplicates-"))
    path = folder / f"duplicates-{args.size}.sqlite"
    path.unlink(missing_ok=True)
    services, planted = make_database(path, args.size)
    print(f"{args.size:,} authorities, {len(planted)} planted duplicates; load {os.getloadavg()}")
    with services.db.read() as session:
        candidates, _ = authority_candidates(session)
    for run in range(args.runs):
        started = time.perf_counter()
        pairs = services.duplicates.pairs(DuplicateKind.AUTHORITY)
        service_s = time.perf_counter() - started
        started = time.perf_counter()
        find_matches(candidates, 85)
        matcher_s = time.perf_counter() - started
        print(
            f"run {run + 1}: service call {service_s:.2f} s (read + match), "
            f"matcher alone {matcher_s:.2f} s, {len(pairs)} pairs at score >= 85; "
            f"load {os.getloadavg()[0]:.1f}"
        )
    found = {p.key for p in pairs} & planted
    print(
        f"planted pairs found: {len(found)} of {len(planted)}; the other pairs are made-up "
        "names that came out alike"
    )
    services.db.dispose()


if __name__ == "__main__":
    main()
