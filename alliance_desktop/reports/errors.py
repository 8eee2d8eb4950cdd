"""Errors of the certificate renderer: a refused print job and a cancelled one."""

from __future__ import annotations

from alliance_desktop.domain.errors import Cancelled, RefusedError
from alliance_desktop.domain.messages import Message

__all__ = ["Cancelled", "CertificateError"]


class CertificateError(RefusedError):
    """Certificates cannot be made; ``str(error)`` is the plain message for the user.

    ``reason`` is a stable code (``"empty"``, ``"bad_logo"``, ``"font_missing"``,
    ``"write_failed"``) for callers and tests that must tell cases apart.
    """

    def __init__(self, message: Message | str, *, reason: str) -> None:
        self.reason = reason
        super().__init__(message)
