"""The erasure ledger: who was erased, by uid and salted hashes, kept where restores cannot reach.

A restore puts back a whole file, erased people included. So every erase is written twice:
in the database (``org_setting`` rows ``erasure.<kind>.<uid>``, so a copy of the file carries
its own ledger to a merge) and, for SQLite, in ``<database>.erasures`` beside it (JSON lines,
owner-only, appended and synced before the erase commits), which no restore replaces. After a
restore (and a travel-copy merge) ``reapply`` erases again whoever the ledger names and the
database holds unerased, and writes the union of both ledgers back to both places.

No line holds personal data: the person's or signature's uid, SHA-256 of the normalised
e-mail and of the folded name with the database's random salt, and when.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import secrets
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from alliance_desktop.db.engine import sqlite_path
from alliance_desktop.db.models import OrgSetting, Person, Signature, utcnow
from alliance_desktop.domain.errors import DatabaseError
from alliance_desktop.domain.messages import msg
from alliance_desktop.domain.privacy import PERSON, SIGNER, Erasure, ReErased
from alliance_desktop.domain.text import fold
from alliance_desktop.services.data_safety.erasing import (
    ERASED_NAME,
    erase_person_in,
    erase_signer_in,
)
from alliance_desktop.services.data_safety.plain_errors import os_words

SUFFIX = ".erasures"
PREFIX = "erasure."
SALT_KEY = PREFIX + "salt"
LEDGER_USER = "erasure ledger"
FILE_MODE = 0o600


def ledger_file(database: Path) -> Path:
    """Where the ledger of SQLite file ``database`` lives: beside it, outside every backup."""
    return database.with_name(database.name + SUFFIX)


def normal_email(email: str | None) -> str:
    return (email or "").strip().casefold()


def normal_name(name: str | None) -> str:
    return fold(name)


def digest(salt: str, value: str) -> str:
    """SHA-256 of ``value`` salted; "" for no value (nothing to find the person by)."""
    if not value:
        return ""
    return hashlib.sha256(f"{salt}\x1f{value}".encode()).hexdigest()


# --- the ledger's two places --------------------------------------------------------------


def _to_json(entry: Erasure) -> str:
    return json.dumps(
        {
            "kind": entry.kind,
            "uid": entry.uid,
            "email_sha256": entry.email_sha256,
            "name_sha256": entry.name_sha256,
            "salt": entry.salt,
            "erased_at": entry.erased_at.isoformat(),
        },
        sort_keys=True,
    )


def _from_json(text: str) -> Erasure | None:
    try:
        d = json.loads(text)
        at = dt.datetime.fromisoformat(str(d["erased_at"]))
        return Erasure(
            kind=str(d["kind"]),
            uid=str(d["uid"]),
            email_sha256=str(d.get("email_sha256", "")),
            name_sha256=str(d.get("name_sha256", "")),
            salt=str(d.get("salt", "")),
            erased_at=at if at.tzinfo else at.replace(tzinfo=dt.UTC),
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        return None  # a damaged line: the database's copy still has it


def read_file(path: Path) -> list[Erasure]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise DatabaseError(
            msg(
                "The erasure ledger {path} cannot be read: {words}.",
                path=str(path),
                words=os_words(exc, "reading the ledger"),
            )
        ) from exc
    return [e for e in (_from_json(line) for line in lines if line.strip()) if e is not None]


def append_file(path: Path, entries: Iterable[Erasure]) -> None:
    """Append ``entries`` to the ledger file (created owner-only) and sync it."""
    text = "".join(_to_json(e) + "\n" for e in entries)
    if not text:
        return
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
        try:
            os.write(fd, text.encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
        with contextlib.suppress(OSError):
            os.chmod(path, FILE_MODE)
    except OSError as exc:
        raise DatabaseError(
            msg(
                "The erasure ledger {path} cannot be written: {words}; nothing was erased.",
                path=str(path),
                words=os_words(exc, "writing the ledger"),
            )
        ) from exc


def _key(entry: Erasure) -> str:
    return f"{PREFIX}{entry.kind}.{entry.uid}"


def read_database(session: Session) -> list[Erasure]:
    rows = session.scalars(
        select(OrgSetting).where(OrgSetting.key.startswith(PREFIX), OrgSetting.key != SALT_KEY)
    )
    return [e for e in (_from_json(r.value) for r in rows) if e is not None]


def _add_to_database(session: Session, entries: Iterable[Erasure]) -> None:
    for entry in entries:
        if session.get(OrgSetting, _key(entry)) is None:
            session.add(OrgSetting(key=_key(entry), value=_to_json(entry), updated_by=LEDGER_USER))
            session.flush()


def _union(*sources: Iterable[Erasure]) -> list[Erasure]:
    seen: dict[tuple[str, str], Erasure] = {}
    for source in sources:
        for entry in source:
            seen.setdefault((entry.kind, entry.uid), entry)
    return sorted(seen.values(), key=lambda e: e.erased_at)


class ErasureLedger:
    """The ledger of one database: ``url`` picks the file beside a SQLite database."""

    def __init__(self, url: str) -> None:
        path = sqlite_path(url)
        self.file = ledger_file(path) if path is not None else None

    def entries(self, session: Session) -> list[Erasure]:
        """Every erasure either place knows of, oldest first."""
        return _union(read_database(session), read_file(self.file) if self.file else [])

    def salt(self, session: Session) -> str:
        """The database's salt, made (and stored in it) on the first erase."""
        row = session.get(OrgSetting, SALT_KEY)
        if row is not None and row.value:
            return row.value
        # A restored file older than the first erase: the ledger file still knows the salt.
        known = [e.salt for e in (read_file(self.file) if self.file else []) if e.salt]
        salt = known[-1] if known else secrets.token_hex(16)
        try:
            with session.begin_nested():
                session.add(OrgSetting(key=SALT_KEY, value=salt, updated_by=LEDGER_USER))
        except IntegrityError:
            # A colleague's first erase on the same server made it a moment ago: use theirs.
            row = session.get(OrgSetting, SALT_KEY, populate_existing=True)
            assert row is not None
            return row.value
        return salt

    def record(self, session: Session, kind: str, uid: str, email: str, name: str) -> Erasure:
        """Note an erase in both places, inside the erase's transaction (the file first: if it
        cannot be written the erase is refused rather than left out of the ledger)."""
        entry = self._entry(session, kind, uid, email, name)
        if self.file is not None:
            append_file(self.file, [entry])
        _add_to_database(session, [entry])
        return entry

    def _entry(self, session: Session, kind: str, uid: str, email: str, name: str) -> Erasure:
        salt = self.salt(session)
        return Erasure(
            kind=kind,
            uid=uid,
            email_sha256=digest(salt, normal_email(email)),
            name_sha256=digest(salt, normal_name(name)),
            salt=salt,
            erased_at=utcnow(),
        )

    def reapply(self, session: Session, user: str, extra: Iterable[Erasure] = ()) -> ReErased:
        """Erase again whoever the ledger (and ``extra``: a merged copy's ledger) names and
        this database holds unerased; then both places hold the union. In the caller's
        transaction; the caller cleans the file afterwards when anything was erased."""
        in_file = read_file(self.file) if self.file else []
        everything = _union(read_database(session), in_file, extra)
        added: list[Erasure] = []
        by_email = _ByEmail(session)
        found = people = signers = 0
        for entry in everything:
            if entry.kind == PERSON:
                persons = _unerased_persons(session, entry, by_email)
                for person in persons:
                    if person.uid != entry.uid:  # the same e-mail under another uid
                        added.append(
                            self._entry(session, PERSON, person.uid, person.email, person.name)
                        )
                    erase_person_in(session, user, person, "contact person (erased again)")
                people += len(persons)
                found += bool(persons)
            elif entry.kind == SIGNER:
                signature = session.scalars(
                    select(Signature).where(Signature.uid == entry.uid)
                ).one_or_none()
                if signature is not None and signature.signer_name != ERASED_NAME:
                    erase_signer_in(session, user, signature, "signer (erased again)")
                    signers += 1
                    found += 1
        union = _union(everything, added)
        if self.file is not None:
            known = {(e.kind, e.uid) for e in in_file}
            append_file(self.file, [e for e in union if (e.kind, e.uid) not in known])
        _add_to_database(session, union)
        return ReErased(erasures=found, people=people, signers=signers)


class _ByEmail:
    """The unerased persons with an e-mail, by its salted hash: built once per salt, so that
    re-applying many erasures hashes every address once, not once per erasure."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.persons: list[Person] | None = None
        self.by_salt: dict[str, dict[str, list[Person]]] = {}

    def find(self, salt: str, email_sha256: str) -> list[Person]:
        if self.persons is None:
            self.persons = list(
                self.session.scalars(
                    select(Person).where(Person.erased_at.is_(None), Person.email != "")
                )
            )
        index = self.by_salt.get(salt)
        if index is None:
            index = {}
            for person in self.persons:
                index.setdefault(digest(salt, normal_email(person.email)), []).append(person)
            self.by_salt[salt] = index
        return index.get(email_sha256, [])


def _unerased_persons(session: Session, entry: Erasure, by_email: _ByEmail) -> list[Person]:
    """The persons ``entry`` names: its uid, or the same e-mail recorded before the erase (an
    import may have created the person twice; one recorded since came back with consent)."""
    found = {
        p.id: p
        for p in session.scalars(
            select(Person).where(Person.uid == entry.uid, Person.erased_at.is_(None))
        )
    }
    if entry.email_sha256:
        for person in by_email.find(entry.salt, entry.email_sha256):
            if person.erased_at is None and person.created_at <= entry.erased_at:
                found[person.id] = person
    return list(found.values())
