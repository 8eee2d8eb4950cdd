"""Bulk-inserted members, focal points, signatures and applications for the benchmarks."""

from __future__ import annotations

import datetime as dt
import sys
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import Connection, insert

from alliance_desktop.db.models import Application, Authority, Membership, Person, Signature, utcnow
from alliance_desktop.domain.text import fold, name_key, search_key
from alliance_desktop.services.data_safety.opening import Services, open_database

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
PEOPLE = ["Ágnes Kovács", "Jovan Petrović", "Élodie Martin", "Ayşe Yılmaz", "Олена Коваль"]
FUNCTIONS = ["Mayor", "Deputy Mayor", "President of the Region", "Head of Social Affairs"]
PLACES = ["Strasbourg", "Budapest", "Skopje", "", "Beograd"]
STATUSES = ["received", "under_review", "information_requested", "accepted", "declined"]
CHANNELS = ["web_form", "letter", "email", "event"]
BATCH = 10_000


def _record(i: int, stamp: dt.datetime) -> dict[str, Any]:
    return {"id": i + 1, "uid": str(uuid.uuid4()), "created_at": stamp, "updated_at": stamp}


def make_members_database(path: Path, count: int) -> Services:
    """A new database at ``path`` with ``count`` authorities, each a member, nine in ten of
    them with a focal point."""
    services = open_database(str(path), create=True)
    stamp = utcnow()
    start = dt.date(2015, 1, 1)
    with services.db.engine.begin() as conn:
        for first in range(0, count, BATCH):
            authorities, people, memberships = [], [], []
            for i in range(first, min(count, first + BATCH)):
                name, latin, country = NAMES[i % len(NAMES)]
                full = f"{name} {i}"
                authorities.append(
                    _record(i, stamp)
                    | {
                        "name": full,
                        "name_latin": f"{latin} {i}" if latin else "",
                        "kind": "municipality",
                        "country_code": country,
                        "search_key": search_key(full, f"{latin} {i}" if latin else ""),
                        "name_key": name_key(full),
                        "sort_key": fold(latin or name) + f" {i:07d}",
                    }
                )
                focal = None
                if i % 10:
                    person = f"{PEOPLE[i % len(PEOPLE)]} {i}"
                    people.append(
                        _record(i, stamp)
                        | {"authority_id": i + 1, "name": person, "function": "Focal point"}
                    )
                    focal = i + 1
                memberships.append(
                    _record(i, stamp)
                    | {
                        "authority_id": i + 1,
                        "participant_no": i + 1,
                        "joined_on": start + dt.timedelta(days=i % 3650),
                        "status": "active" if i % 17 else "suspended",
                        "left_on": start + dt.timedelta(days=4000 + i % 300)
                        if i % 23 == 0
                        else None,
                        "focal_point_id": focal,
                    }
                )
            conn.execute(insert(Authority), authorities)
            conn.execute(insert(Person), people)
            conn.execute(insert(Membership), memberships)
    return services


def add_signatures(conn: Connection, count: int) -> None:
    """``count`` signatures, every other one by a member authority (ids from 1)."""
    stamp = utcnow()
    start = dt.date(2017, 3, 9)
    for first in range(0, count, BATCH):
        rows = []
        for i in range(first, min(count, first + BATCH)):
            signer = f"{PEOPLE[i % len(PEOPLE)]} {i}"
            place = PLACES[i % len(PLACES)]
            rows.append(
                _record(i, stamp)
                | {
                    "authority_id": i + 1 if i % 2 else None,
                    "signer_name": signer,
                    "signer_function": FUNCTIONS[i % len(FUNCTIONS)],
                    "signed_on": start + dt.timedelta(days=i % 3000),
                    "place": place,
                    "language": "fr" if i % 3 == 0 else "en",
                    "country_code": NAMES[i % len(NAMES)][2],
                    "certificate_no": f"DAG-{2017 + i % 9}-{i:07d}",
                    "search_key": search_key(signer, place),
                    "sort_key": fold(signer),
                }
            )
        conn.execute(insert(Signature), rows)


def add_applications(conn: Connection, count: int) -> None:
    """``count`` applications, three in five pending (the status cycles), half with a
    contact (the members' focal points)."""
    stamp = utcnow()
    start = dt.date(2016, 1, 1)
    for first in range(0, count, BATCH):
        rows = []
        for i in range(first, min(count, first + BATCH)):
            name, latin, country = NAMES[(i + 5) % len(NAMES)]
            full = f"{name} applicant {i}"
            status = STATUSES[i % len(STATUSES)]
            received = start + dt.timedelta(days=i % 3600)
            decided = (
                received + dt.timedelta(days=30) if status in ("accepted", "declined") else None
            )
            rows.append(
                _record(i, stamp)
                | {
                    "authority_id": i + 1 if i % 4 == 0 else None,
                    "contact_id": i + 1 if i % 2 and i % 10 else None,
                    "applicant_name": full,
                    "applicant_name_latin": f"{latin} applicant {i}" if latin else "",
                    "country_code": country,
                    "channel": CHANNELS[i % len(CHANNELS)],
                    "received_on": received,
                    "status": status,
                    "decided_on": decided,
                    "search_key": search_key(full, f"{latin} applicant {i}" if latin else ""),
                    "sort_key": fold(f"{latin} applicant {i}" if latin else full),
                }
            )
        conn.execute(insert(Application), rows)


def make_full_database(path: Path, count: int) -> Services:
    """Members as make_members_database, plus ``count`` signatures and applications."""
    services = make_members_database(path, count)
    with services.db.engine.begin() as conn:
        add_signatures(conn, count)
        add_applications(conn, count)
    return services
