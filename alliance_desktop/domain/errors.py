"""Errors every layer may raise; the CLI maps them to exit code 1 and the UI to messages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from alliance_desktop.domain.messages import Message


@dataclass(frozen=True, slots=True)
class FieldError:
    """One problem with one field: ``field`` is the draft attribute, ``message`` is for people."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class RefusedError(Exception):
    """An action was refused and nothing was written.

    Its message is a :class:`Message` (or, where not converted yet, plain English text); ``str()``
    renders it in the language in use when it is shown, not when it was raised.
    """

    def __init__(self, message: Message | str = "", *args: object) -> None:
        super().__init__(message, *args)
        self.message = message

    def __str__(self) -> str:
        return str(self.message)


class ValidationError(RefusedError):
    def __init__(self, errors: list[FieldError] | tuple[FieldError, ...]) -> None:
        self.errors = tuple(errors)
        super().__init__("; ".join(str(e) for e in self.errors))


class NotFoundError(RefusedError):
    def __init__(self, kind: str, uid: str) -> None:
        self.kind = kind
        self.uid = uid
        super().__init__(f"No {kind} with id {uid} exists.")


class ConflictError(RefusedError):
    """Someone else changed or deleted the record since it was loaded."""

    def __init__(
        self,
        kind: str,
        uid: str,
        label: str,
        *,
        deleted: bool = False,
        by: str = "",
        at: dt.datetime | None = None,
    ) -> None:
        self.kind = kind
        self.uid = uid
        self.label = label
        self.deleted = deleted
        # The last change's author and time as the audit trail has them, when it has them.
        self.by = by
        self.at = at
        what = "deleted" if deleted else "changed"
        super().__init__(
            f"The {kind} “{label}” was {what} by {by or 'someone else'} since you opened it. "
            "Reload it to see the current version."
        )


class StateError(RefusedError):
    """The action does not fit the record's state (e.g. accepting a declined application)."""


class DatabaseError(RefusedError):
    """The database cannot be used: damaged, foreign, empty, newer, or unreachable."""


# What each DatabaseFailureError reason says, in plain English (the CLI; the window says it in its
# own, translated words). "{done}" is "Nothing was changed" or "It could not be read".
DATABASE_FAILURE_SENTENCES = {
    "busy": "The database is busy: another program is writing to it. {done}; try again in a "
    "moment.",
    "disk_full": "The disk is full or failing. {done}; free some disk space and try again.",
    "read_only": "The database file is read-only. {done}.",
    "connection_lost": "The connection to the database was lost. {done}; check the network "
    "and try again.",
    "duplicate": "Someone else saved the same {what} at the same moment. {done}; save again "
    "to get a new one.",
    "too_long": "A text is longer than the database allows{limit}. {done}; shorten it and "
    "try again.",
    "constraint": "The database refused the change: it conflicts with other records. {done}.",
    "damaged": "The database file is damaged. {done}; restore it from a backup.",
    "unavailable": "The database could not be used. {done}; the details are in the log.",
}
DATABASE_FAILURE_WHAT = {
    "participant_number": "participant number",
    "certificate_number": "certificate number",
    "record": "record",
}


class DatabaseFailureError(DatabaseError):
    """The database could not do what was asked: busy, full disk, lost connection, a unique
    number taken at the same moment, a text too long...

    ``reason`` is a message id (a key of DATABASE_FAILURE_SENTENCES) that each showing layer
    turns into its own words, with ``params`` (``what``: a DATABASE_FAILURE_WHAT key; ``limit``:
    a number). Neither ever holds SQL, values or personal data.
    """

    def __init__(self, reason: str, *, writing: bool, what: str = "", limit: int = 0) -> None:
        self.reason = reason if reason in DATABASE_FAILURE_SENTENCES else "unavailable"
        self.writing = writing
        self.what = what if what in DATABASE_FAILURE_WHAT else "record"
        self.limit = limit
        super().__init__(
            DATABASE_FAILURE_SENTENCES[self.reason].format(
                done="Nothing was changed" if writing else "The data could not be read",
                what=DATABASE_FAILURE_WHAT[self.what],
                limit=f" ({limit} characters)" if limit else "",
            )
        )


class Cancelled(Exception):  # noqa: N818 - the name says what happened, like KeyboardInterrupt
    """The user cancelled long work through its progress callback; nothing was left behind."""
