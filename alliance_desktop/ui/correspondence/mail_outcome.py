"""What an e-mail run says about the recipients it could not reach, by name."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication


def describe_unreachable(missing: Sequence[Any], invalid: Sequence[Any]) -> str:
    """The recipients without an address and those whose address is not valid, listed."""
    parts = []
    if missing:
        parts.append(
            QCoreApplication.translate("MailOutcome", "Without an e-mail address:")
            + "\n"
            + "\n".join(f"• {u.label}" for u in missing)
        )
    if invalid:
        parts.append(
            QCoreApplication.translate("MailOutcome", "With an address that is not valid:")
            + "\n"
            + "\n".join(f"• {u.label} ({u.address})" for u in invalid)
        )
    return "\n\n".join(parts)
