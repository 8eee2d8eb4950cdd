"""PDF lists: rows grouped by country, repeated column header, "page X of Y", totals at the end.

Drawn straight on a ReportLab canvas (a platypus Table is several times slower at 10,000+
rows). Every row is one line; text too wide for its column ends in an ellipsis. Cell text
is drawn as plain text, never parsed as markup. The layout is computed first, without
drawing, so that the page count is known before the first "page 1 of N" is drawn.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable, Iterable, Sequence
from enum import StrEnum
from typing import Any

from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.canvas import Canvas

from alliance_desktop.domain.countries import country_name
from alliance_desktop.domain.enums import Language
from alliance_desktop.domain.records import display_name
from alliance_desktop.domain.text import fold
from alliance_desktop.exchange.atomic import PROGRESS_EVERY, Progress, atomic_path, report
from alliance_desktop.exchange.columns import ColumnKind, ColumnSpec
from alliance_desktop.exchange.labels import (
    ListKind,
    enum_label,
    list_title,
    long_date,
    organisation_name,
    totals_sentence,
)
from alliance_desktop.exchange.pdf_fonts import register_fonts
from alliance_desktop.exchange.pdf_list_layout import (
    BODY_SIZE,
    CELL_PAD,
    COLUMN_HEADER_HEIGHT,
    GROUP_HEIGHT,
    HEAD_SIZE,
    HEADER_HEIGHT,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    ROW_HEIGHT,
    TOTALS_HEIGHT,
    Group,
    column_widths,
    paginate,
)
from alliance_desktop.exchange.rows import value_of

TITLE_SIZE = 13.0
META_SIZE = 8.5
GROUP_SIZE = 10.0
FOOTER_SIZE = 7.5


GREY = (0.38, 0.38, 0.38)
RULE = (0.55, 0.55, 0.55)
HEADER_FILL = (0.88, 0.90, 0.93)
STRIPE_FILL = (0.955, 0.96, 0.97)
ACCENT = (0.05, 0.24, 0.45)

ELLIPSIS = "…"
_CELL_CACHE_SIZE = 20_000  # per column: what each distinct value looks like and where it goes


def write_pdf_list(
    path: str | os.PathLike[str],
    rows: Iterable[object],
    columns: Sequence[ColumnSpec],
    *,
    kind: ListKind,
    language: Language | str = Language.EN,
    filter_description: str = "",
    title: str | None = None,
    generated_on: dt.date | None = None,
    group_key: str = "country_code",
    progress: Progress | None = None,
    private: bool = False,
) -> int:
    """Write a PDF list of ``rows`` (mappings or row objects) and return the row count.

    Rows are grouped by ``group_key`` (a country code), groups sorted by country name in
    ``language``, rows kept in the order given within a group. The header shows ``title``
    (the list's title by default), ``generated_on`` (today) and ``filter_description``
    (see :func:`~alliance_desktop.exchange.labels.describe_filter`). The last page ends
    with the totals sentence ("113 signatories from 32 countries").
    """
    lang = Language(language)
    regular, bold = register_fonts()
    formatters = [_formatter(c, lang) for c in columns]
    groups: dict[str, list[list[str]]] = {}
    count = 0
    for row in rows:
        code = value_of(row, group_key) or ""
        groups.setdefault(str(code), []).append([f(row) for f in formatters])
        count += 1
    ordered = [
        Group(
            code, country_name(code, lang) if code else _t(lang, "No country", "Sans pays"), items
        )
        for code, items in groups.items()
    ]
    ordered.sort(key=lambda g: (not g.code, fold(g.heading), g.code))
    countries = sum(1 for g in ordered if g.code)

    widths, page_size = column_widths(columns, ordered, lang, regular, bold)
    page_height = page_size[1]
    body_top = page_height - MARGIN_TOP - HEADER_HEIGHT - COLUMN_HEADER_HEIGHT
    body_bottom = MARGIN_BOTTOM
    pages = sum(1 for _ in paginate(ordered, body_top, body_bottom))

    heading = title or list_title(kind, lang)
    day = generated_on or dt.date.today()
    description = filter_description or _t(lang, "Complete list", "Liste complète")
    footer_left = organisation_name(lang)
    totals = totals_sentence(kind, count, countries, lang)
    drawer = _Drawer(columns, widths, page_size, lang, regular, bold)
    done = 0
    with atomic_path(path, private=private) as temp:
        # A TrueType initial font keeps ReportLab's default, an unembedded Helvetica, out.
        canvas = Canvas(str(temp), pagesize=page_size, pageCompression=1, initialFontName=regular)
        canvas.setTitle(f"{heading} — {long_date(day, lang)}")
        canvas.setAuthor(footer_left)
        canvas.setSubject(description)
        canvas.setCreator("Alliance Desktop")
        for number, items in enumerate(paginate(ordered, body_top, body_bottom), start=1):
            drawer.page_frame(canvas, heading, long_date(day, lang), description)
            drawer.footer(canvas, footer_left, number, pages)
            y = body_top
            # Rows go into one text object per run of rows (far fewer operators than a
            # drawString per cell); it is drawn before the next heading so that the PDF's
            # reading order, for copy and paste or screen readers, is the visual order.
            text = None
            for item_kind, group, index in items:
                if item_kind == "row":
                    assert group is not None
                    if text is None:
                        text = drawer.begin_rows(canvas)
                    drawer.row(canvas, text, group.rows[index], y, index)
                    y -= ROW_HEIGHT
                    done += 1
                    if done % PROGRESS_EVERY == 0:
                        report(progress, done)
                    continue
                if text is not None:
                    canvas.drawText(text)
                    text = None
                if item_kind == "group":
                    assert group is not None
                    drawer.group(canvas, group, bool(index), y)
                    y -= GROUP_HEIGHT
                else:
                    drawer.totals(canvas, totals, y)
                    y -= TOTALS_HEIGHT
            if text is not None:
                canvas.drawText(text)
            canvas.showPage()
        report(progress, done)
        canvas.save()
    return count


def _t(language: Language, english: str, french: str) -> str:
    return french if language is Language.FR else english


def _formatter(column: ColumnSpec, language: Language) -> Callable[[object], str]:
    key = column.key
    latin = column.latin_key
    yes, no = _t(language, "yes", "oui"), _t(language, "no", "non")

    def text_of(value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, StrEnum):
            return enum_label(value, language)
        if isinstance(value, bool):
            return yes if value else no
        if isinstance(value, dt.datetime):
            return value.date().isoformat()
        if isinstance(value, dt.date):
            return value.isoformat()
        text = str(value)
        # One line per row: line breaks and runs of spaces become one space.
        return " ".join(text.split()) if ("\n" in text or "  " in text or "\t" in text) else text

    if latin:
        return lambda row: display_name(text_of(value_of(row, key)), text_of(value_of(row, latin)))
    if column.kind is ColumnKind.ENUM and column.enum is not None:
        enum = column.enum

        def enum_text(row: object) -> str:
            value = value_of(row, key)
            if isinstance(value, str) and not isinstance(value, StrEnum) and value:
                with contextlib.suppress(ValueError):
                    value = enum(value)
            return text_of(value)

        return enum_text
    return lambda row: text_of(value_of(row, key))


class _Drawer:
    """Draws the parts of a page; holds the fonts, column positions and truncation cache."""

    def __init__(
        self,
        columns: Sequence[ColumnSpec],
        widths: list[float],
        page_size: tuple[float, float],
        language: Language,
        regular: str,
        bold: str,
    ) -> None:
        self.columns = columns
        self.widths = widths
        self.page_width, self.page_height = page_size
        self.language = language
        self.regular, self.bold = regular, bold
        self.font = getFont(regular)
        self.lefts: list[float] = []
        x = MARGIN_X
        for width in widths:
            self.lefts.append(x)
            x += width
        self.right_edge = x
        self.numeric = [c.kind is ColumnKind.INT for c in columns]
        self.room = [w - 2 * CELL_PAD for w in widths]
        # Measuring text is the costly part; kinds, statuses and dates repeat a lot.
        self.cells: list[dict[str, tuple[str, float]]] = [{} for _ in columns]

    def fit(
        self, text: str, room: float, font_name: str | None = None, size: float = BODY_SIZE
    ) -> str:
        """``text`` cut to ``room`` points with an ellipsis (the width is measured, not guessed)."""
        font = self.font if font_name is None else getFont(font_name)
        if font.stringWidth(text, size) <= room:
            return text
        low, high = 0, len(text)
        while low < high:  # longest prefix that fits together with the ellipsis
            middle = (low + high + 1) // 2
            if font.stringWidth(text[:middle].rstrip() + ELLIPSIS, size) <= room:
                low = middle
            else:
                high = middle - 1
        return text[:low].rstrip() + ELLIPSIS

    def page_frame(self, canvas: Canvas, title: str, day: str, description: str) -> None:
        top = self.page_height - MARGIN_TOP
        canvas.setFillColorRGB(*ACCENT)
        canvas.setFont(self.bold, TITLE_SIZE)
        date_width = self.font.stringWidth(day, META_SIZE)
        title_room = self.right_edge - MARGIN_X - date_width - 18
        canvas.drawString(
            MARGIN_X, top - TITLE_SIZE, self.fit(title, title_room, self.bold, TITLE_SIZE)
        )
        canvas.setFillColorRGB(*GREY)
        canvas.setFont(self.regular, META_SIZE)
        canvas.drawRightString(self.right_edge, top - TITLE_SIZE, day)
        room = self.right_edge - MARGIN_X
        canvas.drawString(
            MARGIN_X, top - TITLE_SIZE - 15, self.fit(description, room, None, META_SIZE)
        )
        canvas.setStrokeColorRGB(*RULE)
        canvas.setLineWidth(0.6)
        rule_y = top - HEADER_HEIGHT + 8
        canvas.line(MARGIN_X, rule_y, self.right_edge, rule_y)
        # Column header, repeated on every page.
        head_top = top - HEADER_HEIGHT
        canvas.setFillColorRGB(*HEADER_FILL)
        canvas.rect(
            MARGIN_X,
            head_top - COLUMN_HEADER_HEIGHT,
            self.right_edge - MARGIN_X,
            COLUMN_HEADER_HEIGHT,
            stroke=0,
            fill=1,
        )
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont(self.bold, HEAD_SIZE)
        baseline = head_top - COLUMN_HEADER_HEIGHT + 5
        for column, left, room, numeric in zip(
            self.columns, self.lefts, self.room, self.numeric, strict=True
        ):
            label = self.fit(column.title(self.language), room, self.bold, HEAD_SIZE)
            if numeric:
                canvas.drawRightString(left + CELL_PAD + room, baseline, label)
            else:
                canvas.drawString(left + CELL_PAD, baseline, label)

    def footer(self, canvas: Canvas, left_text: str, number: int, pages: int) -> None:
        y = MARGIN_BOTTOM - 22
        canvas.setStrokeColorRGB(*RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_X, y + 10, self.right_edge, y + 10)
        canvas.setFillColorRGB(*GREY)
        canvas.setFont(self.regular, FOOTER_SIZE)
        page_text = _t(self.language, f"Page {number} of {pages}", f"Page {number} sur {pages}")
        page_width = self.font.stringWidth(page_text, FOOTER_SIZE)
        room = self.right_edge - MARGIN_X - page_width - 18
        canvas.drawString(MARGIN_X, y, self.fit(left_text, room, None, FOOTER_SIZE))
        canvas.drawRightString(self.right_edge, y, page_text)
        canvas.setFillColorRGB(0, 0, 0)

    def group(self, canvas: Canvas, group: Group, continued: bool, y: float) -> None:
        label = group.heading
        if continued:
            label += _t(self.language, " (continued)", " (suite)")
        else:
            label += f"  ({len(group.rows)})"
        canvas.setFillColorRGB(*ACCENT)
        canvas.setFont(self.bold, GROUP_SIZE)
        baseline = y - GROUP_HEIGHT + 6
        canvas.drawString(
            MARGIN_X + 1,
            baseline,
            self.fit(label, self.right_edge - MARGIN_X, self.bold, GROUP_SIZE),
        )
        canvas.setStrokeColorRGB(*ACCENT)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, baseline - 3.5, self.right_edge, baseline - 3.5)
        canvas.setFillColorRGB(0, 0, 0)

    def begin_rows(self, canvas: Canvas) -> Any:
        text = canvas.beginText()
        text.setFont(self.regular, BODY_SIZE)
        text.setFillColorRGB(0, 0, 0)
        return text

    def row(self, canvas: Canvas, text: Any, values: list[str], y: float, index: int) -> None:
        if index % 2 == 1:
            canvas.setFillColorRGB(*STRIPE_FILL)
            canvas.rect(
                MARGIN_X, y - ROW_HEIGHT, self.right_edge - MARGIN_X, ROW_HEIGHT, stroke=0, fill=1
            )
            canvas.setFillColorRGB(0, 0, 0)
        baseline = y - ROW_HEIGHT + 3.6
        for value, left, room, numeric, cache in zip(
            values, self.lefts, self.room, self.numeric, self.cells, strict=True
        ):
            if not value:
                continue
            placed = cache.get(value)
            if placed is None:
                shown = self.fit(value, room)
                x = left + CELL_PAD
                if numeric:
                    x += room - self.font.stringWidth(shown, BODY_SIZE)
                placed = (shown, x)
                if len(cache) < _CELL_CACHE_SIZE:
                    cache[value] = placed
            text.setTextOrigin(placed[1], baseline)
            text.textOut(placed[0])

    def totals(self, canvas: Canvas, sentence: str, y: float) -> None:
        canvas.setStrokeColorRGB(*RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, y - 6, self.right_edge, y - 6)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont(self.bold, GROUP_SIZE)
        canvas.drawString(MARGIN_X + 1, y - TOTALS_HEIGHT + 6, sentence)
