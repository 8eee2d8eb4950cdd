"""How the window says that a service refused or the database failed: plain words, once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from alliance_desktop.domain.errors import DatabaseFailureError, RefusedError

T = TypeVar("T")


def _sentences() -> dict[str, str]:
    # One entry per DATABASE_FAILURE_SENTENCES reason; {done} says what became of the action.
    return {
        "busy": QCoreApplication.translate(
            "DatabaseFailure",
            "The database is busy: another program is writing to it. {done}; "
            "try again in a moment.",
        ),
        "disk_full": QCoreApplication.translate(
            "DatabaseFailure",
            "The disk is full or failing. {done}; free some disk space and try again.",
        ),
        "read_only": QCoreApplication.translate(
            "DatabaseFailure", "The database file is read-only. {done}."
        ),
        "connection_lost": QCoreApplication.translate(
            "DatabaseFailure",
            "The connection to the database was lost. {done}; check the network and try again.",
        ),
        "duplicate": QCoreApplication.translate(
            "DatabaseFailure",
            "Someone else saved the same {what} at the same moment. {done}; save "
            "again to get a new one.",
        ),
        "too_long": QCoreApplication.translate(
            "DatabaseFailure",
            "A text is longer than the database allows{limit}. {done}; shorten it and try again.",
        ),
        "constraint": QCoreApplication.translate(
            "DatabaseFailure",
            "The database refused the change: it conflicts with other records. {done}.",
        ),
        "damaged": QCoreApplication.translate(
            "DatabaseFailure", "The database file is damaged. {done}; restore it from a backup."
        ),
        "unavailable": QCoreApplication.translate(
            "DatabaseFailure", "The database could not be used. {done}; the details are in the log."
        ),
    }


def _what(what: str) -> str:
    return {
        "participant_number": QCoreApplication.translate("DatabaseFailure", "participant number"),
        "certificate_number": QCoreApplication.translate("DatabaseFailure", "certificate number"),
    }.get(what, QCoreApplication.translate("DatabaseFailure", "record"))


def refusal_text(exc: RefusedError) -> str:
    """What the user reads: a database failure in the window's own (translated) words, any
    other refusal as the service worded it."""
    if not isinstance(exc, DatabaseFailureError):
        return str(exc)
    done = (
        QCoreApplication.translate("DatabaseFailure", "Nothing was changed")
        if exc.writing
        else QCoreApplication.translate("DatabaseFailure", "The data could not be read")
    )
    limit = (
        QCoreApplication.translate("DatabaseFailure", " ({n} characters)").format(n=exc.limit)
        if exc.limit
        else ""
    )
    return _sentences()[exc.reason].format(done=done, what=_what(exc.what), limit=limit)


def report_refusal(
    parent: QWidget | None, prompts: Any, exc: RefusedError, title: str = ""
) -> None:
    """Show ``exc`` through ``prompts`` (the one place the window words a refusal)."""
    if not title:
        title = (
            QCoreApplication.translate("DatabaseFailure", "Could not read the database")
            if _is_read_failure(exc)
            else QCoreApplication.translate("DatabaseFailure", "Alliance Desktop")
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
