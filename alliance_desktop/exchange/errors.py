"""Errors of the file-format layer: a refused file, an unreadable value, a cancelled write."""

from __future__ import annotations

from alliance_desktop.domain.errors import Cancelled, RefusedError
from alliance_desktop.domain.messages import Message, Number

__all__ = ["Cancelled", "FileRefused", "ValueProblemError", "grouped"]


class FileRefused(RefusedError):  # noqa: N818 - the name the issue and callers use
    """A file cannot be read or written; ``str(error)`` is the plain message for the user,
    in the language in use when it is shown.

    ``reason`` is a stable code (``"empty"``, ``"old_xls"``, ``"zip_bomb"``…) for callers
    and tests that must tell cases apart without parsing the message.
    """

    def __init__(self, message: Message | str, *, reason: str) -> None:
        self.reason = reason
        super().__init__(message)


class ValueProblemError(ValueError):
    """A cell's value cannot be read; ``message`` says why, put into words when shown."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return str(self.message)


def grouped(value: float, spec: str = ",") -> Number:
    """``value`` as a message parameter grouped by thousands in the language shown."""
    return Number(value, spec, french_space="\u00a0")
