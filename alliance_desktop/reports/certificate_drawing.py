"""Drawing the certificate page: frame, emblem, signature lines and each certificate's data.

:class:`PageDrawing` is the drawing half of
:class:`~alliance_desktop.reports.certificate_page.PageDesign`; the design computes where
the shared texts go, this draws them and the data of each certificate.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import Color

from alliance_desktop.domain.text import fold
from alliance_desktop.reports.certificate_data import (
    CertificateData,
    CertificateLanguage,
    CertificateTexts,
    SignatureBlock,
)
from alliance_desktop.reports.certificate_style import (
    BLUE,
    CENTRE,
    GOLD,
    GREY,
    INK,
    INNER_INSET,
    OUTER_INSET,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    SEPARATOR,
    SOFT,
    TEXT_WIDTH,
    Placed,
    first_baseline,
    page_y,
)
from alliance_desktop.reports.dates import format_date
from alliance_desktop.reports.drawing import (
    Align,
    Canvas,
    draw_diamond,
    draw_fitted,
    draw_rule_with_diamond,
    draw_star_ring,
)
from alliance_desktop.reports.fitting import Fitted, fit
from alliance_desktop.reports.fonts import SANS, SERIF, SERIF_BOLD, SERIF_ITALIC

"""Extra space between two commitments, in points."""

# Words of the page's frame that are not organisation settings.
LABELS: dict[str, dict[str, str]] = {
    "en": {
        "signer": "Signed by",
        "date": "Date of signature",
        "place": "Place",
        "number": "Certificate No.",
        "done": "Done at {place}, {date}",
        "done_no_place": "Done on {date}",
    },
    "fr": {
        "signer": "Signé par",
        "date": "Date de signature",
        "place": "Lieu",
        "number": "Certificat n°",
        "done": "Fait à {place}, le {date}",
        "done_no_place": "Fait le {date}",
    },
}


class PageDrawing:
    """Draws a laid-out page; the layout (positions, placed texts) comes from the subclass."""

    texts: CertificateTexts
    language: CertificateLanguage
    languages: tuple[str, ...]
    name_box: tuple[float, float]
    details_top: float
    signature_line_top: float
    _logo: Any | None
    _static: list[Placed]
    _fit_cache: dict[tuple[str, str, float, float, float], Fitted]
    _bullets: list[tuple[float, float, float]]
    _column_rule: tuple[float, float] | None
    _rule_top: float
    _emblem_top: float
    _emblem_size: float

    def _pair(self, en: str, fr: str) -> str:
        """Both languages' words on one line, or one language's."""
        if self.language == "both":
            return en if en == fr else f"{en}{SEPARATOR}{fr}"
        return fr if self.language == "fr" else en

    def draw_static(self, canvas: Canvas) -> None:
        """Everything every certificate of this version shares (drawn once, in a form)."""
        self._draw_border(canvas)
        self._draw_emblem(canvas)
        canvas.setStrokeColor(BLUE)
        canvas.setFillColor(BLUE)
        canvas.setLineWidth(0.6)
        draw_rule_with_diamond(canvas, CENTRE, page_y(self._rule_top), 80)
        for placed in self._static:
            placed.draw(canvas)
        canvas.setFillColor(BLUE)
        for x, y, size in self._bullets:
            draw_diamond(canvas, x, y, size * 0.2)
        if self._column_rule is not None:
            top, bottom = self._column_rule
            canvas.setStrokeColor(SOFT)
            canvas.setLineWidth(0.4)
            canvas.line(CENTRE, page_y(top), CENTRE, page_y(bottom))
        self._draw_signatures(canvas)

    def _draw_border(self, canvas: Canvas) -> None:
        o, i = OUTER_INSET, INNER_INSET
        canvas.setStrokeColor(BLUE)
        canvas.setLineWidth(2.2)
        canvas.rect(o, o, PAGE_WIDTH - 2 * o, PAGE_HEIGHT - 2 * o, stroke=1, fill=0)
        canvas.setLineWidth(0.6)
        canvas.rect(i, i, PAGE_WIDTH - 2 * i, PAGE_HEIGHT - 2 * i, stroke=1, fill=0)
        # Corner blocks tie the two rules together, as on engraved frames.
        canvas.setFillColor(BLUE)
        side = 9.0
        for x in (o, PAGE_WIDTH - o - side):
            for y in (o, PAGE_HEIGHT - o - side):
                canvas.rect(x, y, side, side, stroke=0, fill=1)

    def _draw_emblem(self, canvas: Canvas) -> None:
        size = self._emblem_size
        top = self._emblem_top
        if self._logo is not None:
            canvas.drawImage(
                self._logo,
                CENTRE - size * 1.5,
                page_y(top + size),
                width=size * 3,
                height=size,
                preserveAspectRatio=True,
                anchor="c",
                mask="auto",
            )
            return
        radius = size / 2
        cy = page_y(top + radius)
        canvas.setFillColor(BLUE)
        canvas.circle(CENTRE, cy, radius, stroke=0, fill=1)
        draw_star_ring(canvas, CENTRE, cy, radius * 0.66, radius * 0.13, GOLD)

    def _signature_slots(self) -> list[tuple[float, float]]:
        """Where each signature block goes: its centre and the length of its line."""
        count = len(self.texts.signatures)
        if count == 1:
            return [(CENTRE + 250, 190)]
        if count == 2:
            return [(CENTRE - 250, 190), (CENTRE + 250, 190)]
        span = min(560.0, 200.0 * (count - 1))
        step = span / (count - 1)
        line = min(190.0, step - 16)
        return [(CENTRE - span / 2 + step * index, line) for index in range(count)]

    def _draw_signatures(self, canvas: Canvas) -> None:
        top = self.signature_line_top
        for (x, line), block in zip(self._signature_slots(), self.texts.signatures, strict=True):
            canvas.setStrokeColor(GREY)
            canvas.setLineWidth(0.5)
            canvas.line(x - line / 2, page_y(top), x + line / 2, page_y(top))
            cursor = top + 4
            for text, font_name, size, colour in self._signature_lines(block):
                placed = self._fit_line(text, font_name, size, line + 10)
                canvas.setFillColor(colour)
                draw_fitted(canvas, placed, x, page_y(first_baseline(placed, cursor)))
                cursor += placed.block_height

    def _signature_lines(self, block: SignatureBlock) -> list[tuple[str, str, float, Color]]:
        lines: list[tuple[str, str, float, Color]] = []
        if block.name:
            lines.append((block.name, SERIF, 10, INK))
        if "en" in self.languages and block.title_en:
            lines.append((block.title_en, SERIF_ITALIC, 8.6, GREY))
        if "fr" in self.languages and block.title_fr:
            lines.append((block.title_fr, SERIF_ITALIC, 8.6, GREY))
        return lines

    def _fit_line(
        self, text: str, font_name: str, size: float, width: float, char_space: float = 0.0
    ) -> Fitted:
        """A one-line fit, shrinking if needed (cached: labels repeat on every page)."""
        key = (text, font_name, size, width, char_space)
        fitted = self._fit_cache.get(key)
        if fitted is None:
            fitted = fit(
                text,
                font_name,
                width=width,
                height=size * 1.2,
                max_size=size,
                min_size=size * 0.5,
                char_space=char_space,
            )
            if len(self._fit_cache) < 512:
                self._fit_cache[key] = fitted
        return fitted

    def draw_item(self, canvas: Canvas, item: CertificateData) -> None:
        """The data of one certificate, over the form of this version."""
        self._draw_name(canvas, item)
        self._draw_details(canvas, item)
        self._draw_footer(canvas, item)

    def _draw_name(self, canvas: Canvas, item: CertificateData) -> None:
        top, bottom = self.name_box
        room = bottom - top
        country = self._pair(item.country_en, item.country_fr)
        country_fit = self._fit_line(country, SERIF, 12, TEXT_WIDTH, 1.2) if country else None
        latin = item.name_latin if _differs(item.name_latin, item.name) else ""
        latin_fit = (
            fit(latin, SERIF_ITALIC, width=TEXT_WIDTH, height=17, max_size=13, min_size=7)
            if latin
            else None
        )
        used = sum(f.block_height + 3 for f in (country_fit, latin_fit) if f is not None)
        name_fit = fit(
            item.name,
            SERIF_BOLD,
            width=TEXT_WIDTH,
            height=room - used,
            max_size=30,
            min_size=13,
            max_lines=2,
            leading=1.15,
        )
        total = name_fit.block_height + used
        cursor = top + (room - total) / 2
        canvas.setFillColor(INK)
        draw_fitted(canvas, name_fit, CENTRE, page_y(first_baseline(name_fit, cursor)))
        cursor += name_fit.block_height + 3
        if latin_fit is not None:
            canvas.setFillColor(GREY)
            draw_fitted(canvas, latin_fit, CENTRE, page_y(first_baseline(latin_fit, cursor)))
            cursor += latin_fit.block_height + 3
        if country_fit is not None:
            canvas.setFillColor(BLUE)
            draw_fitted(canvas, country_fit, CENTRE, page_y(first_baseline(country_fit, cursor)))

    def _label(self, key: str) -> str:
        return self._pair(LABELS["en"][key], LABELS["fr"][key])

    def _draw_details(self, canvas: Canvas, item: CertificateData) -> None:
        columns: list[tuple[str, str]] = []
        signer = ", ".join(part for part in (item.signer_name, item.signer_function) if part)
        if signer:
            columns.append(("signer", signer))
        dates = [format_date(item.signed_on, language, nbsp=True) for language in self.languages]
        columns.append(("date", SEPARATOR.join(dict.fromkeys(dates))))
        if item.place:
            columns.append(("place", item.place))
        step = 226.0
        width = 212.0
        top = self.details_top
        for index, (key, value) in enumerate(columns):
            x = CENTRE + (index - (len(columns) - 1) / 2) * step
            label = self._fit_line(self._label(key).upper(), SANS, 6.6, width, 1.3)
            canvas.setFillColor(SOFT)
            draw_fitted(canvas, label, x, page_y(first_baseline(label, top)))
            value_fit = fit(
                value,
                SERIF,
                width=width,
                height=28,
                max_size=12,
                min_size=7.5,
                max_lines=2,
                leading=1.15,
            )
            canvas.setFillColor(INK)
            draw_fitted(canvas, value_fit, x, page_y(first_baseline(value_fit, top + 11)))

    def _draw_footer(self, canvas: Canvas, item: CertificateData) -> None:
        # Between two signatures the number sits bottom centre; with more, top right.
        align: Align
        if len(self.texts.signatures) > 2:
            x, top, align = PAGE_WIDTH - INNER_INSET - 20, INNER_INSET + 14, "right"
        else:
            x, top, align = CENTRE, self.signature_line_top - 2, "centre"
        place = self.texts.place_of_issue
        lines = []
        for language in self.languages:
            date = format_date(item.issued_on, language, nbsp=True)
            pattern = LABELS[language]["done" if place else "done_no_place"]
            lines.append(pattern.format(place=place, date=date))
        number_label = self._fit_line(self._label("number").upper(), SANS, 6.6, 190, 1.3)
        canvas.setFillColor(SOFT)
        draw_fitted(canvas, number_label, x, page_y(first_baseline(number_label, top)), align=align)
        number = self._fit_line(item.certificate_no, SERIF_BOLD, 12, 190, 0.6)
        canvas.setFillColor(BLUE)
        cursor = top + number_label.block_height
        draw_fitted(canvas, number, x, page_y(first_baseline(number, cursor)), align=align)
        cursor += number.block_height + 2
        canvas.setFillColor(GREY)
        for line in lines:
            done = self._fit_line(line, SERIF_ITALIC, 8.6, 190)
            draw_fitted(canvas, done, x, page_y(first_baseline(done, cursor)), align=align)
            cursor += done.block_height


def _differs(latin: str, name: str) -> bool:
    """Whether the Latin form adds something: not for ``Łódź`` / ``Lodz``, yes for Крагујевац."""
    return bool(latin) and fold(latin) != fold(name)
