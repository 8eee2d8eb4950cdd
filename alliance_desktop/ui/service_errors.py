"""How the window says that a service refused or the database failed: plain words, once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from alliance_desktop.domain.errors import DatabaseFailureError, RefusedError

T = TypeVar("T")


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
    prompts.error(parent, title, str(exc))  # a Message: in the language in use


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
