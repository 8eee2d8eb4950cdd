"""How the window says that a service refused or the database failed: plain words, once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from alliance_desktop.domain.errors import DatabaseFailureError, RefusedError

T = TypeVar("T")


def _tr(text: str) -> str:
    return QCoreApplication.translate("DatabaseFailure", text)


def _sentences() -> dict[str, str]:
    # One entry per DATABASE_FAILURE_SENTENCES reason; {done} says what became of the action.
    return {
        "busy": _tr(
            "The database is busy: another program is writing to it. {done}; try again in a moment."
        ),
        "disk_full": _tr(
            "The disk is full or failing. {done}; free some disk space and try again."
        ),
        "read_only": _tr("The database file is read-only. {done}."),
        "connection_lost": _tr(
            "The connection to the database was lost. {done}; check the network and try again."
        ),
        "duplicate": _tr(
            "Someone else saved the same {what} at the same moment. {done}; save "
            "again to get a new one."
        ),
        "too_long": _tr(
            "A text is longer than the database allows{limit}. {done}; shorten it and try again."
        ),
        "constraint": _tr(
            "The database refused the change: it conflicts with other records. {done}."
        ),
        "damaged": _tr("The database file is damaged. {done}; restore it from a backup."),
        "unavailable": _tr("The database could not be used. {done}; the details are in the log."),
    }


def _what(what: str) -> str:
    return {
        "participant_number": _tr("participant number"),
        "certificate_number": _tr("certificate number"),
    }.get(what, _tr("record"))


def refusal_text(exc: RefusedError) -> str:
    """What the user reads: a database failure in the window's own (translated) words, any
    other refusal as the service worded it."""
    if not isinstance(exc, DatabaseFailureError):
        return str(exc)
    done = _tr("Nothing was changed") if exc.writing else _tr("The data could not be read")
    limit = _tr(" ({n} characters)").format(n=exc.limit) if exc.limit else ""
    return _sentences()[exc.reason].format(done=done, what=_what(exc.what), limit=limit)


def report_refusal(
    parent: QWidget | None, prompts: Any, exc: RefusedError, title: str = ""
) -> None:
    """Show ``exc`` through ``prompts`` (the one place the window words a refusal)."""
    if not title:
        title = (
            _tr("Could not read the database") if _is_read_failure(exc) else _tr("Alliance Desktop")
        )
    prompts.error(parent, title, refusal_text(exc))


def guarded(
    parent: QWidget | None, prompts: Any, work: Callable[[], object], title: str = ""
) -> bool:
    """Run ``work`` (a call into the services); a refusal or database failure is shown as a
    plain message and False returned, so no exception escapes a slot."""
    try:
        work()
    except RefusedError as exc:
        report_refusal(parent, prompts, exc, title)
        return False
    return True


def read_or(
    parent: QWidget | None, prompts: Any, work: Callable[[], T], default: T, title: str = ""
) -> T:
    """``work()``'s result, or ``default`` after saying plainly why it could not be read (for
    reads a widget makes on its own, such as a search as the user types)."""
    try:
        return work()
    except RefusedError as exc:
        report_refusal(parent, prompts, exc, title)
        return default


def _is_read_failure(exc: RefusedError) -> bool:
    return isinstance(exc, DatabaseFailureError) and not exc.writing
