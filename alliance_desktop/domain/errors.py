"""Errors every layer may raise; the CLI maps them to exit code 1 and the UI to messages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FieldError:
    """One problem with one field: ``field`` is the draft attribute, ``message`` is for people."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class RefusedError(Exception):
    """An action was refused and nothing was written."""


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


class Cancelled(Exception):  # noqa: N818 - the name says what happened, like KeyboardInterrupt
    """The user cancelled long work through its progress callback; nothing was left behind."""
