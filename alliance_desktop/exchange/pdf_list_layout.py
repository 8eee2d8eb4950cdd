"""PDF lists' page layout: the geometry, the column widths and which rows go on which page."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import getFont

from alliance_desktop.domain.enums import Language
from alliance_desktop.exchange.columns import ColumnKind, ColumnSpec

# Geometry in points.
MARGIN_X = 36.0
MARGIN_TOP = 34.0
MARGIN_BOTTOM = 40.0
HEADER_HEIGHT = 46.0  # title, filter line, rule
COLUMN_HEADER_HEIGHT = 16.0
ROW_HEIGHT = 13.0
GROUP_HEIGHT = 22.0
TOTALS_HEIGHT = 28.0
CELL_PAD = 4.5
HEAD_SIZE = 8.0
BODY_SIZE = 8.5

_WIDTH_SAMPLE = 3000
_MAX_NATURAL = {ColumnKind.TEXT: 190.0}
_MAX_FIXED = 200.0  # a code column as wide as its content, within reason


@dataclass(frozen=True, slots=True)
class Group:
    code: str
    heading: str
    rows: list[list[str]]


# Layout items: ("group", group, continued) | ("row", group, index) | ("totals", None, 0)
LayoutItem = tuple[str, Group | None, int]


def column_widths(
    columns: Sequence[ColumnSpec],
    groups: list[Group],
    language: Language,
    regular: str,
    bold: str,
) -> tuple[list[float], tuple[float, float]]:
    """Natural widths from the titles and a sample of the values, fitted to A4.

    Portrait when they fit, else landscape. Fixed columns (numbers, dates, kinds, codes
    such as the certificate number) always get the width their content needs; the text
    columns share the rest (see :func:`share`), so one long name narrows only its own
    column, whose cells then end in an ellipsis.
    """
    body_font, head_font = getFont(regular), getFont(bold)
    natural: list[float] = []
    sample: list[list[str]] = []
    for group in groups:
        sample.extend(group.rows[: max(1, _WIDTH_SAMPLE - len(sample))])
        if len(sample) >= _WIDTH_SAMPLE:
            break
    for index, column in enumerate(columns):
        width = head_font.stringWidth(column.title(language), HEAD_SIZE)
        for values in sample:
            width = max(width, body_font.stringWidth(values[index], BODY_SIZE))
        cap = _MAX_FIXED if column.fixed_width else _MAX_NATURAL.get(column.kind, 120.0)
        natural.append(min(width, cap) + 2 * CELL_PAD)
    portrait_width = A4[0] - 2 * MARGIN_X
    page = A4 if sum(natural) <= portrait_width and len(columns) <= 6 else landscape(A4)
    usable = page[0] - 2 * MARGIN_X
    flexible = [
        i for i, c in enumerate(columns) if c.kind is ColumnKind.TEXT and not c.fixed_width
    ] or list(range(len(columns)))
    widths = list(natural)
    fixed = sum(w for i, w in enumerate(widths) if i not in flexible)
    shared = share([natural[i] for i in flexible], usable - fixed)
    for i, width in zip(flexible, shared, strict=True):
        widths[i] = width
    return widths, page


def share(wanted: list[float], room: float) -> list[float]:
    """Widths for columns that want ``wanted`` within ``room`` (never under 24 pt each).

    With room to spare, each grows in proportion. Short of room, the narrowest keep what
    they want and the widest are cut to an equal width: a long value costs only its own
    column, never its neighbours.
    """
    total = sum(wanted)
    if total <= 0:
        return list(wanted)
    if total <= room:
        return [w * room / total for w in wanted]
    widths = list(wanted)
    left = max(room, 0.0)
    pending = sorted(range(len(wanted)), key=lambda i: wanted[i])
    while pending:
        share = left / len(pending)
        index = pending[0]
        if wanted[index] <= share:
            widths[index] = wanted[index]
            left -= wanted[index]
            pending.pop(0)
            continue
        for index in pending:
            widths[index] = share
        break
    return [max(w, 24.0) for w in widths]


def paginate(groups: list[Group], top: float, bottom: float) -> Iterator[list[LayoutItem]]:
    """The items of each page. A heading never ends a page without a row under it; a group
    that runs over a page starts the next one with a "(continued)" heading."""
    page: list[LayoutItem] = []
    y = top
    for group in groups:
        if y - GROUP_HEIGHT - ROW_HEIGHT < bottom and page:
            yield page
            page, y = [], top
        page.append(("group", group, 0))
        y -= GROUP_HEIGHT
        for index in range(len(group.rows)):
            if y - ROW_HEIGHT < bottom:
                yield page
                page, y = [("group", group, 1)], top - GROUP_HEIGHT
            page.append(("row", group, index))
            y -= ROW_HEIGHT
    if y - TOTALS_HEIGHT < bottom and page:
        yield page
        page, y = [], top
    page.append(("totals", None, 0))
    yield page
