"""The DejaVu fonts of PDF lists, registered with ReportLab once.

The files ship in ``alliance_desktop/resources/fonts``; until they are there (or when the
package runs from a checkout without them) the system's DejaVu fonts are used.
"""

from __future__ import annotations

import functools
import importlib.resources
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from alliance_desktop.exchange.errors import FileRefused

REGULAR = "AllianceDejaVuSans"
BOLD = "AllianceDejaVuSans-Bold"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_SYSTEM_FOLDERS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("/Library/Fonts"),
)


def font_file(file_name: str) -> Path:
    """Where a DejaVu font file is: the package's resources first, then the system."""
    resource = importlib.resources.files("alliance_desktop").joinpath(
        "resources", "fonts", file_name
    )
    if resource.is_file():
        return Path(str(resource))  # the package is installed as plain files, never zipped
    for folder in _SYSTEM_FOLDERS:
        candidate = folder / file_name
        if candidate.is_file():
            return candidate
    raise FileRefused(
        f"The font {file_name} is missing from alliance_desktop/resources/fonts; "
        "PDF lists cannot be made. Reinstall the application.",
        reason="font_missing",
    )


@functools.cache
def register_fonts() -> tuple[str, str]:
    """Register the regular and bold fonts; return their ReportLab names."""
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(font_file(file_name))))
    return REGULAR, BOLD
