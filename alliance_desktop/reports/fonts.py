"""The certificate fonts (DejaVu Serif and Sans), registered with ReportLab once, and fallback.

The TrueType files ship in ``alliance_desktop/resources/fonts`` with their licence. ReportLab
embeds a subset of each font used, so a PDF shows the same glyphs on every computer.

DejaVu Serif gives the certificate its formal look and covers Latin, Cyrillic, Greek,
Armenian and Georgian; DejaVu Sans covers more (about 5,900 characters against 3,400), so
any character the serif lacks is drawn with the sans face of the same weight rather than
as an empty box: text is split into runs by each font's character map.
"""

from __future__ import annotations

import importlib.resources
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from alliance_desktop.domain.messages import msg
from alliance_desktop.reports.errors import CertificateError

SERIF = "AllianceCertSerif"
SERIF_BOLD = "AllianceCertSerif-Bold"
SERIF_ITALIC = "AllianceCertSerif-Italic"
SANS = "AllianceCertSans"
SANS_BOLD = "AllianceCertSans-Bold"

FILES: dict[str, str] = {
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
    SERIF_ITALIC: "DejaVuSerif-Italic.ttf",
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
}

# Where a face sends the characters it lacks. The italic falls back to the upright sans:
# a missing glyph drawn upright is better than a box.
FALLBACK: dict[str, str] = {
    SERIF: SANS,
    SERIF_BOLD: SANS_BOLD,
    SERIF_ITALIC: SANS,
}

_lock = threading.Lock()
_registered = False
_charmaps: dict[str, frozenset[int]] = {}


def font_path(file_name: str) -> Path:
    """The path of a shipped font file; refuses clearly when the package lacks it."""
    resource = importlib.resources.files("alliance_desktop").joinpath(
        "resources", "fonts", file_name
    )
    if not resource.is_file():
        raise CertificateError(
            msg(
                "The font {file} is missing from alliance_desktop/resources/fonts; "
                "certificates cannot be printed. Reinstall the application.",
                file=file_name,
            ),
            reason="font_missing",
        )
    # The package is installed as plain files (never zipped), so the resource is a real path.
    return Path(str(resource))


def register_fonts() -> None:
    """Register every certificate font with ReportLab; later calls return at once."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, file_name in FILES.items():
            font = TTFont(name, str(font_path(file_name)))
            pdfmetrics.registerFont(font)
            _charmaps[name] = frozenset(font.face.charToGlyph)
        _registered = True


def charmap(font_name: str) -> frozenset[int]:
    """The code points ``font_name`` has glyphs for."""
    register_fonts()
    return _charmaps[font_name]


def covers(font_name: str, text: str) -> bool:
    """Whether ``font_name`` alone has a glyph for every character of ``text``."""
    codes = charmap(font_name)
    return all(ord(char) in codes for char in text)


def uncovered_characters(text: str, font_name: str = SERIF) -> str:
    """The characters of ``text`` that neither ``font_name`` nor its fallback can draw."""
    faces = [charmap(font_name)]
    if font_name in FALLBACK:
        faces.append(charmap(FALLBACK[font_name]))
    missing = dict.fromkeys(c for c in text if not any(ord(c) in face for face in faces))
    return "".join(missing)


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text drawn in one font."""

    font_name: str
    text: str


def runs(text: str, font_name: str) -> tuple[Run, ...]:
    """Split ``text`` into runs: ``font_name`` where it has the glyph, its fallback elsewhere.

    A character neither face has stays with ``font_name`` (it shows as the font's box);
    :func:`uncovered_characters` tells callers in advance.
    """
    primary = charmap(font_name)
    fallback_name = FALLBACK.get(font_name)
    if fallback_name is None or all(ord(c) in primary for c in text):
        return (Run(font_name, text),)
    fallback = charmap(fallback_name)
    result: list[Run] = []
    current = font_name
    start = 0
    for index, char in enumerate(text):
        code = ord(char)
        if char == " ":
            wanted = current  # a space never starts a run of its own
        elif code in primary or code not in fallback:
            wanted = font_name
        else:
            wanted = fallback_name
        if wanted != current:
            if index > start:
                result.append(Run(current, text[start:index]))
            current = wanted
            start = index
    if len(text) > start:
        result.append(Run(current, text[start:]))
    return tuple(result)


def text_width(text: str, font_name: str, size: float, char_space: float = 0.0) -> float:
    """The printed width of ``text`` in points, fallback runs included.

    ``char_space`` is the extra space ReportLab adds after every character (letter-spacing);
    the last character's is not counted, as it adds no ink.
    """
    width = sum(pdfmetrics.stringWidth(r.text, r.font_name, size) for r in runs(text, font_name))
    if char_space and text:
        width += char_space * (len(text) - 1)
    return float(width)
