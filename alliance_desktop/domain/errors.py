"""Errors every layer may raise; the CLI maps them to exit code 1 and the UI to messages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from alliance_desktop.domain.messages import Message, join_messages, msg


@dataclass(frozen=True, slots=True)
class FieldError:
    """One problem with one field: ``field`` is the draft attribute, ``message`` is for people.

    ``message`` is a :class:`Message` (a phrase such as "is required", put into words when
    shown) or, from code not converted yet, plain English text.
    """

    field: str
    message: Message | str

    @property
    def text(self) -> str:
        """The message alone, in the language in use."""
        return str(self.message)

    def render(self, language: str | None = None) -> str:
        message = self.message
        text = message.render(language) if isinstance(message, Message) else message
        return f"{self.field}: {text}"

    def __str__(self) -> str:
        return self.render()


def _rebuilt(cls: type[RefusedError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    """A RefusedError back from pickle/copy without calling its own __init__ (whose signature
    differs from one subclass to the next)."""
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


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

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuilt, (type(self), self.args, dict(self.__dict__)))


class ValidationError(RefusedError):
    """The fields' problems, as "field: message; field: message" in the language in use."""

    def __init__(self, errors: list[FieldError] | tuple[FieldError, ...]) -> None:
        self.errors = tuple(errors)
        super().__init__(join_messages(self.errors, "; "))


# The kinds of record as errors name them (RecordKind values, tables, and a generic word).
KIND_WORDS = {
    "authority": msg("authority"),
    "person": msg("person"),
    "membership": msg("membership"),
    "signature": msg("signature"),
    "application": msg("application"),
    "follow_up": msg("follow-up"),
    "record": msg("record"),
}


def kind_word(kind: str) -> Message | str:
    """``kind`` in words ("membership" → "adhésion"); an unknown kind is shown as given."""
    return KIND_WORDS.get(kind, kind)


class NotFoundError(RefusedError):
    def __init__(self, kind: str, uid: str) -> None:
        self.kind = kind
        self.uid = uid
        super().__init__(msg("No {kind} with id {uid} exists.", kind=kind_word(kind), uid=uid))


class ConflictError(RefusedError):
    """Someone else changed or deleted the record since it was loaded."""

    def __init__(
        self,
        kind: str,
        uid: str,
        label: Message | str,
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
        who: Message | str = by or msg("someone else")
        if deleted:
            text = msg(
                "The {kind} “{label}” was deleted by {by} since you opened it. "
                "Reload it to see the current version.",
                kind=kind_word(kind),
                label=label,
                by=who,
            )
        else:
            text = msg(
                "The {kind} “{label}” was changed by {by} since you opened it. "
                "Reload it to see the current version.",
                kind=kind_word(kind),
                label=label,
                by=who,
            )
        super().__init__(text)


class StateError(RefusedError):
    """The action does not fit the record's state (e.g. accepting a declined application)."""


class DatabaseError(RefusedError):
    """The database cannot be used: damaged, foreign, empty, newer, or unreachable."""


# What each DatabaseFailureError reason says (the CLI; the window says it in its own, translated
# words). "{done}" is "Nothing was changed" or "The data could not be read".
DATABASE_FAILURE_SENTENCES = {
    "busy": msg(
        "The database is busy: another program is writing to it. {done}; try again in a moment."
    ),
    "disk_full": msg("The disk is full or failing. {done}; free some disk space and try again."),
    "read_only": msg("The database file is read-only. {done}."),
    "connection_lost": msg(
        "The connection to the database was lost. {done}; check the network and try again."
    ),
    "duplicate": msg(
        "Someone else saved the same {what} at the same moment. {done}; save again to get a "
        "new one."
    ),
    "too_long": msg(
        "A text is longer than the database allows{limit}. {done}; shorten it and try again."
    ),
    "constraint": msg("The database refused the change: it conflicts with other records. {done}."),
    "damaged": msg("The database file is damaged. {done}; restore it from a backup."),
    "unavailable": msg("The database could not be used. {done}; the details are in the log."),
}
DATABASE_FAILURE_WHAT = {
    "participant_number": msg("participant number"),
    "certificate_number": msg("certificate number"),
    "record": msg("record"),
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
        sentence = DATABASE_FAILURE_SENTENCES[self.reason]
        done = msg("Nothing was changed") if writing else msg("The data could not be read")
        super().__init__(
            Message(
                sentence.text,
                {
                    "done": done,
                    "what": DATABASE_FAILURE_WHAT[self.what],
                    "limit": msg(" ({limit} characters)", limit=limit) if limit else "",
                },
            )
        )


class Cancelled(Exception):  # noqa: N818 - the name says what happened, like KeyboardInterrupt
    """The user cancelled long work through its progress callback; nothing was left behind."""
