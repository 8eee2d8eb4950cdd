"""Errors of the file-format layer: a refused file, an unreadable value, a cancelled write."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from alliance_desktop.domain.errors import Cancelled, RefusedError
from alliance_desktop.domain.messages import Message, current_language

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


@dataclass(frozen=True, slots=True)
class _Number(Message):
    """A number written the way the message's language groups digits: 1,000 / 1 000."""

    def render(self, language: str | None = None) -> str:
        value: Any = self.params["value"]
        text = format(value, self.text)
        if (language or current_language()) == "fr":
            # English 12,345.5 → French 12 345,5 (a no-break space keeps the number whole)
            text = text.replace(",", "\u00a0").replace(".", ",")
        return text


def grouped(value: float, spec: str = ",") -> Message:
    """``value`` as a message parameter grouped by thousands in the language shown."""
    return _Number(spec, {"value": value})
