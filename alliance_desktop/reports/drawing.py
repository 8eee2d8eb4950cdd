"""Drawing primitives on a ReportLab canvas: plain strings in font runs, stars, ornaments.

Text is only ever drawn with ``drawString`` / ``drawCentredString``, which print their
argument literally: a name such as ``AT&T <b>`` never goes through a markup parser.
"""

from __future__ import annotations

import math
from typing import Any, Literal

from reportlab.lib.colors import Color

from alliance_desktop.reports.fitting import Fitted
from alliance_desktop.reports.fonts import runs, text_width

Align = Literal["left", "centre", "right"]
Canvas = Any  # reportlab.pdfgen.canvas.Canvas (ReportLab ships no type information)


def draw_text(
    canvas: Canvas,
    text: str,
    font_name: str,
    size: float,
    x: float,
    y: float,
    *,
    align: Align = "centre",
    char_space: float = 0.0,
    width: float | None = None,
) -> None:
    """Draw one line of plain text at baseline ``y``; ``x`` is its left, centre or right.

    Characters the font lacks are drawn in its fallback face. ``width`` may pass the
    already measured width to save measuring it again.
    """
    if not text:
        return
    pieces = runs(text, font_name)
    if len(pieces) == 1:
        canvas.setFont(font_name, size)
        if width is not None and align != "left":
            # Measured already: place the line directly instead of measuring it again.
            canvas.drawString(
                x - (width / 2 if align == "centre" else width), y, text, charSpace=char_space
            )
        elif align == "centre":
            canvas.drawCentredString(x, y, text, charSpace=char_space)
        elif align == "left":
            canvas.drawString(x, y, text, charSpace=char_space)
        else:
            canvas.drawRightString(x, y, text, charSpace=char_space)
        return
    if width is None:
        width = text_width(text, font_name, size, char_space)
    if align == "centre":
        x -= width / 2
    elif align == "right":
        x -= width
    # One text object for all runs, so the line reads back (and copies) as one line.
    line = canvas.beginText(x, y)
    if char_space:
        line.setCharSpace(char_space)
    for index, piece in enumerate(pieces):
        line.setFont(piece.font_name, size)
        if index < len(pieces) - 1:
            line.textOut(piece.text)
        else:
            line.textLine(piece.text)  # ends the line as drawString does
    canvas.drawText(line)


def draw_fitted(
    canvas: Canvas, fitted: Fitted, x: float, y: float, *, align: Align = "centre"
) -> float:
    """Draw fitted lines, the first baseline at ``y``; return the last line's baseline."""
    for line, width in zip(fitted.lines, fitted.widths, strict=True):
        draw_text(
            canvas,
            line,
            fitted.font_name,
            fitted.size,
            x,
            y,
            align=align,
            char_space=fitted.char_space,
            width=width,
        )
        y -= fitted.leading
    return y + fitted.leading


def star_path(canvas: Canvas, x: float, y: float, radius: float) -> Any:
    """A five-pointed star, one point up, centred on (x, y), as a path to fill."""
    path = canvas.beginPath()
    inner = radius * 0.382
    for point in range(10):
        angle = math.pi / 2 + point * math.pi / 5
        r = radius if point % 2 == 0 else inner
        px, py = x + r * math.cos(angle), y + r * math.sin(angle)
        if point == 0:
            path.moveTo(px, py)
        else:
            path.lineTo(px, py)
    path.close()
    return path


def draw_star_ring(
    canvas: Canvas,
    x: float,
    y: float,
    ring_radius: float,
    star_radius: float,
    colour: Color,
    count: int = 12,
) -> None:
    """The circle of twelve stars of the Council of Europe's flag."""
    canvas.setFillColor(colour)
    for index in range(count):
        angle = math.pi / 2 - index * 2 * math.pi / count
        sx = x + ring_radius * math.cos(angle)
        sy = y + ring_radius * math.sin(angle)
        canvas.drawPath(star_path(canvas, sx, sy, star_radius), stroke=0, fill=1)


def draw_diamond(canvas: Canvas, x: float, y: float, half: float) -> None:
    """A small filled lozenge centred on (x, y)."""
    path = canvas.beginPath()
    path.moveTo(x, y + half)
    path.lineTo(x + half, y)
    path.lineTo(x, y - half)
    path.lineTo(x - half, y)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


def draw_rule_with_diamond(canvas: Canvas, x: float, y: float, half_width: float) -> None:
    """A fine horizontal rule broken in its middle by a lozenge (current colours)."""
    gap = 7.0
    canvas.line(x - half_width, y, x - gap, y)
    canvas.line(x + gap, y, x + half_width, y)
    draw_diamond(canvas, x, y, 2.6)
