"""Errors of the file-format layer: a refused file and a cancelled write."""

from __future__ import annotations

from alliance_desktop.domain.errors import Cancelled, RefusedError

__all__ = ["Cancelled", "FileRefused"]


class FileRefused(RefusedError):  # noqa: N818 - the name the issue and callers use
    """A file cannot be read or written; ``str(error)`` is the plain message for the user.

    ``reason`` is a stable code (``"empty"``, ``"old_xls"``, ``"zip_bomb"``…) for callers
    and tests that must tell cases apart without parsing the message.
    """

    def __init__(self, message: str, *, reason: str) -> None:
        self.reason = reason
        super().__init__(message)
