"""Letters on A4 with the address in the window of a C5/DL envelope (DIN 5008, form B).

The address field is 85 × 45 mm, 20 mm from the left edge and 45 mm from the top, so the
letter folded in three shows it through the window. The letterhead, fold marks and footer
are drawn once per language as a form and reused on every page (a thousand letters draw
in seconds); the body is ReportLab paragraphs whose markup the template engine made safe.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from alliance_desktop.domain.errors import Cancelled
from alliance_desktop.domain.messages import Message, msg
from alliance_desktop.reports.certificate import CREATOR, RenderedPdf
from alliance_desktop.reports.drawing import draw_text
from alliance_desktop.reports.errors import CertificateError
from alliance_desktop.reports.fonts import (
    SANS,
    SANS_BOLD,
    SERIF,
    SERIF_BOLD,
    SERIF_ITALIC,
    register_fonts,
    text_width,
)
from alliance_desktop.reports.letter_markup import markup_value

PAGE_WIDTH, PAGE_HEIGHT = A4
WINDOW_LEFT = 20 * mm
WINDOW_TOP = 45 * mm
WINDOW_WIDTH = 85 * mm
WINDOW_HEIGHT = 45 * mm
BODY_LEFT = 25 * mm
BODY_RIGHT = PAGE_WIDTH - 20 * mm
BODY_TOP_FIRST = 112 * mm
BODY_TOP_NEXT = 30 * mm
BODY_BOTTOM = 25 * mm
GREY = Color(0.35, 0.35, 0.35)

Progress = Callable[[int], bool]


@dataclass(frozen=True, slots=True)
class Letterhead:
    """What every letter carries: the organisation's head, sender and signatory."""

    organisation: tuple[str, ...]  # the letterhead's lines (the first in bold)
    return_address: str  # the small line above the address, read through the window
    place: str  # "Strasbourg": printed before the date
    signatory_name: str
    signatory_title: str
    logo: bytes | None = None
    signature: bytes | None = None


@dataclass(frozen=True, slots=True)
class Letter:
    """One letter: the address block, date line, subject and body (safe markup)."""

    language: str
    address: tuple[str, ...]
    date: str
    subject: str  # markup
    paragraphs: tuple[str, ...]  # markup
    title: str = ""


def _picture(data: bytes | None, damaged: Message) -> ImageReader | None:
    if not data:
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        reader.getSize()
    except Exception:  # Pillow raises many kinds for a damaged picture
        raise CertificateError(damaged, reason="bad_logo") from None
    return reader


def _register_family() -> None:
    register_fonts()
    pdfmetrics.registerFontFamily(
        SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF_ITALIC, boldItalic=SERIF_BOLD
    )


class LetterPrinter:
    """Draws letters onto one canvas; made once per job (pictures and styles are reused)."""

    def __init__(self, letterhead: Letterhead, form_name: str = "letterhead") -> None:
        _register_family()
        self.head = letterhead
        self.form_name = form_name
        self.logo = _picture(
            letterhead.logo, msg("The logo cannot be read: the picture is damaged.")
        )
        self.signature = _picture(
            letterhead.signature,
            msg("The signature picture cannot be read: the file is damaged."),
        )
        self.body = ParagraphStyle(
            "body", fontName=SERIF, fontSize=10.5, leading=14.5, spaceAfter=7, alignment=TA_LEFT
        )
        self.subject = ParagraphStyle("subject", parent=self.body, fontName=SERIF_BOLD)
        self.head_lines = [markup_value(line) for line in letterhead.organisation]

    # --- The page every letter shares -------------------------------------------------

    def _draw_static(self, canvas: Any) -> None:
        top = PAGE_HEIGHT
        if self.logo is not None:
            width, height = self.logo.getSize()
            box_h = 22 * mm
            box_w = min(60 * mm, box_h * width / max(height, 1))
            canvas.drawImage(
                self.logo,
                20 * mm,
                top - 12 * mm - box_h,
                box_w,
                box_h,
                preserveAspectRatio=True,
                mask="auto",
                anchor="nw",
            )
        y = top - 16 * mm
        for index, line in enumerate(self.head.organisation):
            font = SANS_BOLD if index == 0 else SANS
            size = 9.5 if index == 0 else 8
            canvas.setFont(font, size)
            canvas.setFillColor(GREY if index else Color(0, 0, 0))
            canvas.drawRightString(BODY_RIGHT, y, line)
            y -= 4 * mm if index == 0 else 3.5 * mm
        canvas.setFillColor(Color(0, 0, 0))
        # Fold marks (105 and 210 mm) and the punch mark (148.5 mm), as DIN 5008 places them.
        canvas.setLineWidth(0.3)
        canvas.setStrokeColor(GREY)
        for from_top, length in ((105 * mm, 5 * mm), (210 * mm, 5 * mm), (148.5 * mm, 7 * mm)):
            canvas.line(3 * mm, top - from_top, 3 * mm + length, top - from_top)
        if self.head.return_address:
            canvas.setFont(SANS, 6.5)
            canvas.setFillColor(GREY)
            line_y = top - WINDOW_TOP - 5 * mm
            text = self.head.return_address
            canvas.drawString(WINDOW_LEFT, line_y, text)
            width = min(text_width(text, SANS, 6.5), WINDOW_WIDTH)
            canvas.line(WINDOW_LEFT, line_y - 1, WINDOW_LEFT + width, line_y - 1)
            canvas.setFillColor(Color(0, 0, 0))

    def _form(self, canvas: Any) -> str:
        name = self.form_name
        if not canvas.hasForm(name):
            canvas.beginForm(name)
            self._draw_static(canvas)
            canvas.endForm()
        return name

    # --- One letter --------------------------------------------------------------------

    def draw(self, canvas: Any, letter: Letter) -> int:
        """Draw ``letter`` from a fresh page; returns its number of pages (ends the last)."""
        canvas.doForm(self._form(canvas))
        self._draw_address(canvas, letter)
        canvas.setFont(SERIF, 10.5)
        date_line = f"{self.head.place}, {letter.date}" if self.head.place else letter.date
        canvas.drawRightString(BODY_RIGHT, PAGE_HEIGHT - 100 * mm, date_line)
        width = BODY_RIGHT - BODY_LEFT
        y = PAGE_HEIGHT - BODY_TOP_FIRST
        pages = 1
        flow: list[Paragraph] = []
        if letter.subject:
            flow.append(Paragraph(letter.subject, self.subject))
        flow.extend(Paragraph(text, self.body) for text in letter.paragraphs)
        for paragraph in flow:
            pending: Paragraph | None = paragraph
            while pending is not None:
                _w, height = pending.wrap(width, y - BODY_BOTTOM)
                if height <= y - BODY_BOTTOM:
                    pending.drawOn(canvas, BODY_LEFT, y - height)
                    y -= height + self.body.spaceAfter
                    pending = None
                    continue
                parts = pending.split(width, y - BODY_BOTTOM)
                if len(parts) == 2:
                    first, pending = parts
                    _w, height = first.wrap(width, y - BODY_BOTTOM)
                    first.drawOn(canvas, BODY_LEFT, y - height)
                pages += 1
                y = self._next_page(canvas, pages)
        pages = self._draw_signatory(canvas, y, pages)
        canvas.showPage()
        return pages

    def _next_page(self, canvas: Any, page: int) -> float:
        canvas.showPage()
        canvas.setFont(SANS, 8)
        canvas.setFillColor(GREY)
        canvas.drawRightString(BODY_RIGHT, PAGE_HEIGHT - 15 * mm, f"– {page} –")
        canvas.setFillColor(Color(0, 0, 0))
        return float(PAGE_HEIGHT - BODY_TOP_NEXT)

    def _draw_address(self, canvas: Any, letter: Letter) -> None:
        y = PAGE_HEIGHT - WINDOW_TOP - 12 * mm
        for line in letter.address:
            _draw_fitted(canvas, line, WINDOW_LEFT + 1 * mm, y, WINDOW_WIDTH - 2 * mm, 9.5)
            y -= 3.9 * mm

    def _draw_signatory(self, canvas: Any, y: float, pages: int) -> int:
        """The signature, name and title under the body (on a new page if needed)."""
        needed = (18 * mm if self.signature else 10 * mm) + 9 * mm
        if y - needed < BODY_BOTTOM:
            pages += 1
            y = self._next_page(canvas, pages)
        y -= 2 * mm
        if self.signature is not None:
            width, height = self.signature.getSize()
            box_h = 16 * mm
            box_w = min(60 * mm, box_h * width / max(height, 1))
            canvas.drawImage(self.signature, BODY_LEFT, y - box_h, box_w, box_h, mask="auto")
            y -= box_h + 2 * mm
        else:
            y -= 10 * mm
        canvas.setFont(SERIF_BOLD, 10.5)
        canvas.drawString(BODY_LEFT, y, self.head.signatory_name)
        canvas.setFont(SERIF, 10.5)
        canvas.drawString(BODY_LEFT, y - 5 * mm, self.head.signatory_title)
        return pages


def _draw_fitted(canvas: Any, text: str, x: float, y: float, width: float, size: float) -> None:
    """One address line in the serif (sans where it lacks a glyph), shrunk to fit the window.

    Plain text drawn as is: a name holding ``<`` or ``&`` is never read as markup here.
    """
    measured = text_width(text, SERIF, size)
    while size > 6 and measured > width:
        size -= 0.5
        measured = text_width(text, SERIF, size)
    draw_text(canvas, text, SERIF, size, x, y, align="left", width=measured)


def render_letters(
    letters: Iterable[Letter],
    out: BinaryIO,
    letterheads: Letterhead | Mapping[str, Letterhead],
    progress: Progress | None = None,
    *,
    title: str = "",
) -> RenderedPdf:
    """Draw ``letters`` one after the other into ``out`` (one PDF); returns what was written.

    ``letterheads`` is one head for every letter, or one per language (``"en"``, ``"fr"``):
    each letter then carries its own language's head and signatory title.
    """
    heads = letterheads if isinstance(letterheads, Mapping) else {"": letterheads}
    printers = {lang: LetterPrinter(head, f"letterhead-{lang}") for lang, head in heads.items()}
    fallback = next(iter(printers.values()))
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=SERIF)
    pages = 0
    count = 0
    for letter in letters:
        pages += printers.get(letter.language, fallback).draw(canvas, letter)
        count += 1
        if progress is not None and progress(count) is False:
            raise Cancelled()
    if count == 0:
        raise CertificateError(msg("There are no letters to print."), reason="empty")
    canvas.setTitle(title)
    canvas.setCreator(CREATOR)
    canvas.setAuthor(fallback.head.organisation[0] if fallback.head.organisation else "")
    canvas.save()
    data = buffer.getvalue()
    out.write(data)
    return RenderedPdf(hashlib.sha256(data).hexdigest(), len(data), pages)


def letter_bytes(letters: Sequence[Letter], letterhead: Letterhead, title: str = "") -> bytes:
    buffer = io.BytesIO()
    render_letters(letters, buffer, letterhead, title=title)
    return buffer.getvalue()
