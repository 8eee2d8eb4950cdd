"""Label sheets and envelopes in millimetres: the sheets sold, custom layouts, where each goes.

Every position is measured from the top-left corner of the page, as the sheets' makers
publish them; the drawing code turns them into PDF points (origin bottom-left).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from alliance_desktop.domain.messages import Message, msg

A4_WIDTH, A4_HEIGHT = 210.0, 297.0
CUSTOM = "custom"
MAX_CELLS = 200
"""More labels than this on one sheet is a typing mistake, not a sheet anyone sells."""


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle on the page, in mm from the page's top-left corner."""

    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True, slots=True)
class SheetLayout:
    """A sheet of ``columns`` × ``rows`` labels: their size, the first one's top-left corner
    (``top``, ``left`` margins) and the distance from one label to the next (the pitch)."""

    key: str
    columns: int
    rows: int
    label_width: float
    label_height: float
    top: float
    left: float
    h_pitch: float
    v_pitch: float
    page_width: float = A4_WIDTH
    page_height: float = A4_HEIGHT

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    def cell(self, index: int) -> Box:
        """Label ``index`` (0-based) of a sheet, counted along the rows as the sheet is read."""
        row, column = divmod(index, self.columns)
        return Box(
            self.left + column * self.h_pitch,
            self.top + row * self.v_pitch,
            self.label_width,
            self.label_height,
        )

    def spec(self) -> str:
        """The custom form ``cols,rows,w,h,top,left,hpitch,vpitch`` (what ``--custom`` takes)."""
        numbers = (
            self.columns,
            self.rows,
            self.label_width,
            self.label_height,
            self.top,
            self.left,
            self.h_pitch,
            self.v_pitch,
        )
        return ",".join(f"{n:g}" for n in numbers)


# Published geometry of the sheets sold (A4, mm).
# Avery L7160 (J8160), 21 labels 63.5 × 38.1: Avery UK's template information gives the
# vertical pitch 38.1, the horizontal pitch 66.04 (2.54 mm gap) and the top margin 15.15
# ((297 − 7 × 38.1) / 2); the side margins are what the columns leave, centred:
# (210 − 2 × 66.04 − 63.5) / 2 = 7.21. gLabels (templates/avery-iso-templates.xml, part 7160)
# has x0 21.2 pt = 7.48 mm, y0 43.9 pt = 15.49 mm, dx 187.2 pt = 66.04 mm, dy 108 pt.
L7160 = SheetLayout("L7160", 3, 7, 63.5, 38.1, 15.15, 7.21, 66.04, 38.1)
# Avery L7163 (J8163), 14 labels 99.1 × 38.1: horizontal pitch 101.6 (2.5 mm gap), vertical
# pitch 38.1, top margin 15.15; side margins (210 − 101.6 − 99.1) / 2 = 4.65.
L7163 = SheetLayout("L7163", 2, 7, 99.1, 38.1, 15.15, 4.65, 101.6, 38.1)
# 24 labels 70 × 37 edge to edge (Avery Zweckform 3474 and look-alikes): gLabels
# (templates/zweckform-iso-templates.xml, part 3474) gives x0 0, y0 0, dx 70 mm, dy 37 mm.
# Eight rows take 296 of the 297 mm; the spare millimetre is split above and below (0.5 mm
# top margin), which also keeps every row within 0.4 mm of Herma 4464 (70 × 37.125, gLabels
# templates/herma-iso-templates.xml).
SHEET_3X8_70X37 = SheetLayout("3x8-70x37", 3, 8, 70.0, 37.0, 0.5, 0.0, 70.0, 37.0)

SHEETS: dict[str, SheetLayout] = {s.key: s for s in (L7160, L7163, SHEET_3X8_70X37)}


def parse_custom(spec: str) -> SheetLayout:
    """A custom layout from ``cols,rows,w,h,top,left,hpitch,vpitch`` (mm); ValueError with a
    message for people when it is not eight numbers or cannot be printed on A4."""
    parts = [p.strip() for p in spec.replace(";", ",").split(",")]
    if len(parts) != 8:
        raise LayoutError(
            msg(
                "A custom layout is eight numbers: columns, rows, label width, label height, "
                "top margin, left margin, horizontal pitch, vertical pitch (in mm)."
            )
        )
    try:
        numbers = [float(p.replace(" ", "")) for p in parts]
    except ValueError:
        raise LayoutError(msg("“{value}” is not a number.", value=spec)) from None
    if numbers[0] != int(numbers[0]) or numbers[1] != int(numbers[1]):
        raise LayoutError(msg("Columns and rows are whole numbers."))
    layout = SheetLayout(CUSTOM, int(numbers[0]), int(numbers[1]), *numbers[2:])
    problems = layout_problems(layout)
    if problems:
        raise LayoutError(problems[0])
    return layout


class LayoutError(ValueError):
    """A layout that cannot be printed; ``message`` says why."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


_EPSILON = 0.01


def layout_problems(layout: SheetLayout) -> list[Message]:
    """Why ``layout`` cannot be printed on its page (empty when it can)."""
    problems: list[Message] = []
    if layout.columns < 1 or layout.rows < 1:
        problems.append(msg("A sheet has at least one column and one row."))
    elif layout.per_sheet > MAX_CELLS:
        problems.append(msg("At most {n} labels fit on one sheet.", n=MAX_CELLS))
    if layout.label_width <= 0 or layout.label_height <= 0:
        problems.append(msg("The label's width and height must be more than 0 mm."))
    if layout.top < 0 or layout.left < 0:
        problems.append(msg("The margins cannot be negative."))
    if layout.columns > 1 and layout.h_pitch + _EPSILON < layout.label_width:
        problems.append(msg("The horizontal pitch is smaller than the label's width."))
    if layout.rows > 1 and layout.v_pitch + _EPSILON < layout.label_height:
        problems.append(msg("The vertical pitch is smaller than the label's height."))
    if problems:
        return problems
    right = layout.left + (layout.columns - 1) * layout.h_pitch + layout.label_width
    bottom = layout.top + (layout.rows - 1) * layout.v_pitch + layout.label_height
    if right > layout.page_width + _EPSILON:
        problems.append(
            msg(
                "The labels reach {mm} mm across; an A4 sheet is 210 mm wide.",
                mm=round(right, 2),
            )
        )
    if bottom > layout.page_height + _EPSILON:
        problems.append(
            msg(
                "The labels reach {mm} mm down; an A4 sheet is 297 mm high.",
                mm=round(bottom, 2),
            )
        )
    return problems


def placements(layout: SheetLayout, count: int, start_at: int = 1) -> Iterator[tuple[int, Box]]:
    """(page, box) for ``count`` labels; the first sheet starts at label ``start_at`` (1-based,
    the labels before it already used), the next sheets at their first label."""
    if not 1 <= start_at <= layout.per_sheet:
        raise LayoutError(
            msg("Start at a label from 1 to {n}.", n=layout.per_sheet),
        )
    for number in range(count):
        page, index = divmod(start_at - 1 + number, layout.per_sheet)
        yield page, layout.cell(index)


def sheets_needed(layout: SheetLayout, count: int, start_at: int = 1) -> int:
    return 0 if count <= 0 else (start_at - 1 + count - 1) // layout.per_sheet + 1


@dataclass(frozen=True, slots=True)
class EnvelopeFormat:
    """An envelope printed lying down: its size and where the addresses go (mm)."""

    key: str
    width: float
    height: float
    address: Box
    sender: Box


# ISO 269 sizes, printed landscape. The recipient's block sits in the lower right, clear of
# the franking area above it and at least 15 mm from the right and bottom edges (the
# addressing guidance of La Poste and Deutsche Post); the sender's return address is in the
# top-left corner, 10 mm from the edges.
DL = EnvelopeFormat("DL", 220.0, 110.0, Box(110.0, 50.0, 95.0, 45.0), Box(10.0, 10.0, 85.0, 30.0))
C5 = EnvelopeFormat("C5", 229.0, 162.0, Box(115.0, 82.0, 99.0, 60.0), Box(10.0, 10.0, 90.0, 36.0))
ENVELOPES: dict[str, EnvelopeFormat] = {e.key: e for e in (DL, C5)}
