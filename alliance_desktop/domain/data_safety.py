"""Records of data safety: backups, who holds a database, check findings, personal-data reviews."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from alliance_desktop.domain.errors import DatabaseError, kind_word
from alliance_desktop.domain.messages import Message, msg


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file; ``reason`` says what it was taken before (start, import, migration...).

    ``upgrade``: for a migration backup, the schema revisions of the attempt ("0004-0005").
    """

    path: Path
    taken_at: dt.datetime  # UTC
    reason: str
    size: int
    upgrade: str = ""


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored_from: Path
    kept: Path | None  # the replaced database, moved aside untouched (None: there was none)


@dataclass(frozen=True, slots=True)
class LockOwner:
    """Who has a SQLite database open for writing, read from its lock file."""

    user: str
    host: str
    pid: int
    since: dt.datetime | None

    def describe(self) -> Message:
        when = self.since.astimezone().strftime("%Y-%m-%d %H:%M") if self.since else "?"
        return msg(
            "{user} on {host} has had it open since {when}",
            user=self.user,
            host=self.host,
            when=when,
        )


class NewerVersionError(DatabaseError):
    """The file was written by a newer version: never offer an older backup in its place."""

    def __init__(self, revision: str | None) -> None:
        self.revision = revision
        super().__init__(
            msg(
                "This database was written by a newer version of Alliance Desktop "
                "(schema {revision}). Install the newer version to open it; "
                "the file was left unchanged.",
                revision=str(revision),
            )
        )


class UpgradeFailedError(DatabaseError):
    """Bringing the file to this version's schema failed; the upgrade was rolled back."""

    def __init__(self, from_revision: str | None, to_revision: str) -> None:
        self.from_revision = from_revision
        self.to_revision = to_revision
        super().__init__(
            msg(
                "This database could not be upgraded for this version of Alliance Desktop "
                "(schema {old} to {new}). The upgrade was undone and the file left as it was.",
                old=from_revision or "?",
                new=to_revision,
            )
        )


class PasswordNeededError(DatabaseError):
    """The database server wants a password it was not given (``refused``: it refused the one
    given). The window asks for it; the command line says where to give it."""

    def __init__(self, where: str, *, refused: bool) -> None:
        self.where = where  # the server URL without any password
        self.refused = refused
        if refused:
            text = msg(
                "The database server ({where}) refused the password given. Give it in the --db "
                "address, in PGPASSWORD or in ~/.pgpass; nothing was changed.",
                where=where,
            )
        else:
            text = msg(
                "The database server ({where}) asks for a password. Give it in the --db "
                "address, in PGPASSWORD or in ~/.pgpass; nothing was changed.",
                where=where,
            )
        super().__init__(text)


class DatabaseInUseError(DatabaseError):
    """Someone else has the file open for writing; the caller may open it read-only instead."""

    def __init__(self, owner: LockOwner) -> None:
        self.owner = owner
        super().__init__(
            msg(
                "The database is in use: {owner}. Open it read-only, or ask them to close it.",
                owner=owner.describe(),
            )
        )


@dataclass(frozen=True, slots=True)
class CheckProblem:
    """One finding of ``check``: where (kind and uid, or the file) and what is wrong."""

    kind: str  # "database", "foreign key", or a record kind
    uid: str
    label: Message | str
    message: Message | str

    def __str__(self) -> str:
        kind = _CHECK_KINDS.get(self.kind) or kind_word(self.kind)
        where = f"{kind} {self.label or self.uid}".strip()
        return f"{where}: {self.message}"


_CHECK_KINDS = {"database": msg("database"), "foreign key": msg("foreign key")}


@dataclass(frozen=True, slots=True)
class CheckReport:
    problems: tuple[CheckProblem, ...]
    records_checked: int
    checks: tuple[str, ...] = field(default_factory=tuple)  # what was run, for the summary

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True, slots=True)
class RetentionItem:
    """A contact of a declined or withdrawn application decided long ago: a candidate to erase."""

    person_uid: str
    person_name: str
    application_uid: str
    applicant_name: str
    status: str
    decided_on: dt.date | None
    received_on: dt.date
