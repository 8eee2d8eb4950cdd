"""Bulk-inserted members for the window benchmark (SQLAlchemy core, bench only)."""

from __future__ import annotations

import datetime as dt
import sys
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert

from alliance_desktop.db.models import Authority, Membership, utcnow
from alliance_desktop.domain.text import fold, name_key, search_key
from alliance_desktop.services.opening import Services, open_database

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
    ("Graz", "", "AT"),
    ("Ghent", "", "BE"),
]


def make_members_database(path: Path, count: int) -> Services:
    """A new database at ``path`` with ``count`` authorities, each a member."""
    services = open_database(str(path), create=True)
    stamp = utcnow()
    start = dt.date(2015, 1, 1)
    batch = 10_000
    with services.db.engine.begin() as conn:
        for first in range(0, count, batch):
            authorities = []
            memberships = []
            for i in range(first, min(count, first + batch)):
                name, latin, country = NAMES[i % len(NAMES)]
                full = f"{name} {i}"
                authorities.append(
                    {
                        "id": i + 1,
                        "uid": str(uuid.uuid4()),
                        "created_at": stamp,
                        "updated_at": stamp,
                        "version": 1,
                        "name": full,
                        "name_latin": f"{latin} {i}" if latin else "",
                        "name_en": "",
                        "name_fr": "",
                        "kind": "municipality",
                        "country_code": country,
                        "roma_population_note": "",
                        "website": "",
                        "email": "",
                        "phone": "",
                        "address": "",
                        "notes": "",
                        "search_key": search_key(full, f"{latin} {i}" if latin else ""),
                        "name_key": name_key(full),
                        "sort_key": fold(latin or name) + f" {i:07d}",
                    }
                )
                memberships.append(
                    {
                        "id": i + 1,
                        "uid": str(uuid.uuid4()),
                        "created_at": stamp,
                        "updated_at": stamp,
                        "version": 1,
                        "authority_id": i + 1,
                        "participant_no": i + 1,
                        "joined_on": start + dt.timedelta(days=i % 3650),
                        "status": "active" if i % 17 else "suspended",
                        "notes": "",
                    }
                )
            conn.execute(insert(Authority), authorities)
            conn.execute(insert(Membership), memberships)
    return services
