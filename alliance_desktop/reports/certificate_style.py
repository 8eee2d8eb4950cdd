"""The certificate page's geometry and colours, and text placed at a position on it."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, landscape

from alliance_desktop.reports.drawing import Align, Canvas, draw_fitted
from alliance_desktop.reports.fitting import PAIR_SEPARATOR, Fitted

_SIZE: tuple[float, float] = landscape(A4)
PAGE_WIDTH, PAGE_HEIGHT = _SIZE
CENTRE = PAGE_WIDTH / 2

BLUE = HexColor("#0F4C81")
GOLD = HexColor("#F2C12E")
INK = HexColor("#1B1F24")
GREY = HexColor("#4B5661")
SOFT = HexColor("#738191")

OUTER_INSET = 22.0
INNER_INSET = 28.5
TEXT_WIDTH = 640.0
SEPARATOR = PAIR_SEPARATOR
"""Between the English and French versions of a text; a line never starts or ends with it."""


@dataclass(frozen=True, slots=True)
class Placed:
    """Fitted text at a position: ``y`` is the first baseline."""

    fitted: Fitted
    x: float
    y: float
    colour: Color
    align: Align = "centre"

    def draw(self, canvas: Canvas) -> None:
        canvas.setFillColor(self.colour)
        draw_fitted(canvas, self.fitted, self.x, self.y, align=self.align)


def page_y(top: float) -> float:
    """A distance from the top of the page as a ReportLab y coordinate."""
    return PAGE_HEIGHT - top


def first_baseline(fitted: Fitted, top: float) -> float:
    """The first baseline of ``fitted`` set in a box whose top is ``top`` (from the top)."""
    return top + (fitted.leading - fitted.size) / 2 + fitted.size * 0.8
