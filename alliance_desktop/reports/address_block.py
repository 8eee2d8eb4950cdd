"""An address block fitted into a box: one size for all its lines, long lines shrunk alone.

The block gets the largest size (up to ``max_size``) at which all its lines stack inside the
box's height; a line still too wide at that size is shrunk on its own (and, at the fitting
floor, cut with an ellipsis), so no line ever runs past the box, whatever its script.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from alliance_desktop.reports.drawing import Canvas, draw_fitted
from alliance_desktop.reports.fitting import FLOOR_SIZE, Fitted, fit, wrap
from alliance_desktop.reports.fonts import text_width

LEADING = 1.18
BASELINE = 0.93
"""From the top of a row to its baseline, as a share of the size: DejaVu Sans's ascent
(1901/2048), so accents on capitals stay inside the box; its descent (483/2048) fits the
rest of the row."""
WRAP_ROWS = 2
"""A long line may break once; beyond that it shrinks."""
SHRINK_LIMIT = 0.6
"""A long line shrinks alone down to this share of the block's size before it is cut."""
MM = 72 / 25.4


@dataclass(frozen=True, slots=True)
class FittedBlock:
    """Lines fitted into a box: each slot holds one address line (shrunk when it was long)."""

    size: float
    slots: tuple[Fitted, ...]
    rows: tuple[int, ...] = ()

    @property
    def height(self) -> float:
        """The room the block takes, in points: one leading per row."""
        return self.size * LEADING * sum(self.rows or (1,) * len(self.slots))


def fit_block(
    lines: Sequence[str],
    fonts: Sequence[str],
    *,
    width: float,
    height: float,
    max_size: float,
) -> FittedBlock:
    """Fit ``lines`` (drawn in ``fonts``, one per line; the last repeats) into the box.

    The size goes down in half points until every line fits, a long line taking two rows
    (a long name breaks at a space rather than shrinking to nothing). When even the floor
    size is too big for that, each line keeps one row and shrinks alone. Lines that do not
    fit even then are dropped from the middle, keeping the name first and the country line
    last: the box is never overfilled.
    """
    lines = [line for line in lines if line]
    capacity = max(1, int((height + 1e-6) // (FLOOR_SIZE * LEADING)))
    if len(lines) > capacity:
        lines = [*lines[: capacity - 1], lines[-1]] if capacity > 1 else lines[:1]
    if not lines:
        return FittedBlock(max_size, ())
    faces = [fonts[min(i, len(fonts) - 1)] for i in range(len(lines))]
    # Most addresses fit as they are: one measurement per line decides it.
    if len(lines) * max_size * LEADING <= height + 1e-6:
        widths = [text_width(line, face, max_size) for line, face in zip(lines, faces, strict=True)]
        if all(w <= width for w in widths):
            leading = max_size * LEADING
            return FittedBlock(
                max_size,
                tuple(
                    Fitted(face, max_size, leading, (line,), (w,))
                    for line, face, w in zip(lines, faces, widths, strict=True)
                ),
                (1,) * len(lines),
            )
    size = max_size
    while size >= FLOOR_SIZE:
        rows = [
            min(WRAP_ROWS, len(wrap(line, face, size, width).lines))
            for line, face in zip(lines, faces, strict=True)
        ]
        if sum(rows) * size * LEADING <= height + 1e-6:
            break
        size -= 0.5
    else:
        size = max(FLOOR_SIZE, min(max_size, height / (len(lines) * LEADING)))
        rows = [1] * len(lines)
    slots = [
        fit(
            line,
            face,
            width=width,
            height=count * size * LEADING,
            max_size=size,
            min_size=max(FLOOR_SIZE, size * SHRINK_LIMIT),
            max_lines=count,
            leading=LEADING,
            balance=False,
        )
        for line, face, count in zip(lines, faces, rows, strict=True)
    ]
    return FittedBlock(size, tuple(slots), tuple(rows))


def draw_block(canvas: Canvas, block: FittedBlock, x: float, top: float) -> None:
    """Draw the block left-aligned at ``x``, its first line's top at ``top`` (PDF points)."""
    row_height = block.size * LEADING
    rows = block.rows or (1,) * len(block.slots)
    slot_top = top
    for slot, count in zip(block.slots, rows, strict=True):
        # A line shrunk alone keeps the baseline it would have had at the block's size.
        first = block.size if len(slot.lines) == 1 else slot.size
        draw_fitted(canvas, slot, x, slot_top - first * BASELINE, align="left")
        slot_top -= count * row_height
