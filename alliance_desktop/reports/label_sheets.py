"""Address labels on A4 sheets and addressed envelopes, drawn straight on a ReportLab canvas.

The canvas is used directly (no platypus flowables): every label is a few ``drawString``
calls at a computed position, which keeps 5,000 labels to a few seconds. Text is drawn
literally (never parsed as markup) in DejaVu Sans, embedded, with its fallback runs.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from alliance_desktop.domain.errors import Cancelled
from alliance_desktop.domain.label_layouts import Box, EnvelopeFormat, SheetLayout, placements
from alliance_desktop.reports.address_block import MM, draw_block, fit_block
from alliance_desktop.reports.fonts import SANS, SANS_BOLD, register_fonts

Progress = Callable[[int], bool]
"""``progress(done)`` is told how many addresses are drawn; returning False cancels."""

CREATOR = "Alliance Desktop"
LABEL_PADDING_MM = (4.0, 3.0)
"""Inside each label, left/right and top/bottom: clear of the die-cut's rounded corners."""
LABEL_MAX_SIZE = 10.0
ENVELOPE_MAX_SIZE = 12.0
SENDER_MAX_SIZE = 8.0
OUTLINE_GREY = 0.6


@dataclass(frozen=True, slots=True)
class RenderedAddresses:
    """A PDF of labels or envelopes: its bytes, their SHA-256, pages and addresses printed."""

    data: bytes
    sha256: str
    pages: int
    count: int


def inner_box(cell: Box) -> Box:
    """Where a label's text may go: the label less its padding (mm from the page's top-left)."""
    pad_x, pad_y = LABEL_PADDING_MM
    return Box(cell.x + pad_x, cell.y + pad_y, cell.width - 2 * pad_x, cell.height - 2 * pad_y)


def _canvas(buffer: io.BytesIO, width_mm: float, height_mm: float, title: str) -> Canvas:
    register_fonts()
    canvas = Canvas(
        buffer,
        pagesize=(width_mm * MM, height_mm * MM),
        pageCompression=1,
        # A TrueType initial font keeps the unembedded Helvetica out of the file.
        initialFontName=SANS,
    )
    canvas.setTitle(title)
    canvas.setCreator(CREATOR)
    return canvas


def _step(progress: Progress | None, done: int) -> None:
    if progress is not None and progress(done) is False:
        raise Cancelled()


ADDRESS_FONTS = (SANS_BOLD, SANS)
"""The first line (the addressee's name) in bold, the others regular."""


def _draw_address(
    canvas: Canvas,
    lines: Sequence[str],
    box: Box,
    page_height: float,
    *,
    max_size: float,
    centre: bool,
) -> None:
    block = fit_block(
        lines, ADDRESS_FONTS, width=box.width * MM, height=box.height * MM, max_size=max_size
    )
    top = (page_height - box.y) * MM
    if centre:
        top -= (box.height * MM - block.height) / 2
    draw_block(canvas, block, box.x * MM, top)


def render_labels(
    addresses: Sequence[Sequence[str]],
    layout: SheetLayout,
    *,
    start_at: int = 1,
    outlines: bool = False,
    title: str = "",
    progress: Progress | None = None,
) -> RenderedAddresses:
    """One label per address (its lines, top to bottom), the first sheet from ``start_at``.

    ``outlines`` draws each label's edge as a hairline, for a test print on plain paper held
    against a sheet. Raises Cancelled when ``progress`` says stop (nothing is returned).
    """
    buffer = io.BytesIO()
    canvas = _canvas(buffer, layout.page_width, layout.page_height, title)
    page = 0
    drawn = 0
    for index, (sheet, cell) in enumerate(placements(layout, len(addresses), start_at)):
        if sheet != page:
            canvas.showPage()
            page = sheet
        if outlines:
            _outline(canvas, cell, layout.page_height)
        _draw_address(
            canvas,
            addresses[index],
            inner_box(cell),
            layout.page_height,
            max_size=LABEL_MAX_SIZE,
            centre=True,
        )
        drawn += 1
        if drawn % 50 == 0:
            _step(progress, drawn)
    canvas.showPage()
    _step(progress, drawn)
    canvas.save()
    data = buffer.getvalue()
    return RenderedAddresses(data, hashlib.sha256(data).hexdigest(), page + 1, drawn)


def render_envelopes(
    addresses: Sequence[Sequence[str]],
    envelope: EnvelopeFormat,
    *,
    sender: Sequence[str] = (),
    title: str = "",
    progress: Progress | None = None,
) -> RenderedAddresses:
    """One envelope page per address: ``sender`` top left, the address in its standard place."""
    buffer = io.BytesIO()
    canvas = _canvas(buffer, envelope.width, envelope.height, title)
    # The same return address on every envelope: fitted once.
    return_block = fit_block(
        [line for line in sender if line],
        (SANS,),
        width=envelope.sender.width * MM,
        height=envelope.sender.height * MM,
        max_size=SENDER_MAX_SIZE,
    )
    return_top = (envelope.height - envelope.sender.y) * MM
    for index, lines in enumerate(addresses, start=1):
        draw_block(canvas, return_block, envelope.sender.x * MM, return_top)
        _draw_address(
            canvas,
            lines,
            envelope.address,
            envelope.height,
            max_size=ENVELOPE_MAX_SIZE,
            centre=False,
        )
        canvas.showPage()
        if index % 50 == 0:
            _step(progress, index)
    _step(progress, len(addresses))
    canvas.save()
    data = buffer.getvalue()
    count = len(addresses)
    return RenderedAddresses(data, hashlib.sha256(data).hexdigest(), count, count)


def _outline(canvas: Canvas, cell: Box, page_height: float) -> None:
    canvas.saveState()
    canvas.setStrokeGray(OUTLINE_GREY)
    canvas.setLineWidth(0.25)
    canvas.rect(
        cell.x * MM,
        (page_height - cell.y - cell.height) * MM,
        cell.width * MM,
        cell.height * MM,
        stroke=1,
        fill=0,
    )
    canvas.restoreState()
