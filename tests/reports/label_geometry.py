"""Reading where a PDF drew its text: the origin and size of every text object, per page."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from pypdf import PdfReader

MM = 72 / 25.4
_TEXT = re.compile(rb"BT 1 0 0 1 (-?[\d.]+) (-?[\d.]+) Tm(.*?)ET", re.S)
_SIZE = re.compile(rb"/\S+ (-?[\d.]+) Tf")


@dataclass(frozen=True, slots=True)
class Placed:
    """One line of text: its origin in mm from the page's top-left corner, and its size (pt)."""

    page: int
    x: float
    y: float
    size: float


def text_origins(data: bytes) -> list[Placed]:
    """Every text line drawn (ReportLab's ``BT 1 0 0 1 x y Tm … ET``), converted to mm."""
    reader = PdfReader(io.BytesIO(data))
    found: list[Placed] = []
    for number, page in enumerate(reader.pages):
        height = float(page.mediabox.height)
        stream = page.get_contents()
        assert stream is not None
        content = stream.get_data()
        # Nothing may move the origin behind our back: no transformation but the identity.
        assert b" cm" not in content.replace(b"1 0 0 1 0 0 cm", b"")
        for x, y, body in _TEXT.findall(content):
            sizes = [float(s) for s in _SIZE.findall(body)]
            assert sizes, "a text object without a font size"
            found.append(Placed(number, float(x) / MM, (height - float(y)) / MM, max(sizes)))
    return found
