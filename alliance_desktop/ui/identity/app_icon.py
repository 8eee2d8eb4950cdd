"""The application's icon, from the PNG sizes rendered from its SVG (tools/make_icons.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

ICON_FOLDER = Path(__file__).resolve().parent.parent.parent / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def application_icon() -> QIcon:
    """Every size drawn for it, so small ones are not a blurred shrink of the large."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = ICON_FOLDER / f"alliance-desktop-{size}.png"
        if path.exists():
            icon.addFile(str(path))
    return icon
