"""The certificate page: A4 landscape, designed once per language version and print job.

Everything that is the same on every certificate of a job (border, emblem or logo,
headings, the Declaration's title and commitments, the signature lines) is drawn once
into a PDF form XObject; each page then places that form and draws only its own data
(name, country, signer, dates, number). Positions are fixed, so every certificate of a
job looks the same; record text is fitted into its box and never leaves it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, landscape

from alliance_desktop.domain.text import fold
from alliance_desktop.reports.certificate_data import (
    CertificateData,
    CertificateLanguage,
    CertificateTexts,
    SignatureBlock,
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
from alliance_desktop.reports.fitting import ELLIPSIS, Fitted, fit
from alliance_desktop.reports.fonts import SANS, SERIF, SERIF_BOLD, SERIF_ITALIC

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
SEPARATOR = "  ·  "
ITEM_GAP = 2.5
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


def _y(top: float) -> float:
    """A distance from the top of the page as a ReportLab y coordinate."""
    return PAGE_HEIGHT - top


def _baseline(fitted: Fitted, top: float) -> float:
    """The first baseline of ``fitted`` set in a box whose top is ``top`` (from the top)."""
    return top + (fitted.leading - fitted.size) / 2 + fitted.size * 0.8


class PageDesign:
    """The layout of one language version ('en', 'fr' or 'both') for one set of texts."""

    def __init__(
        self, texts: CertificateTexts, language: CertificateLanguage, logo: Any | None = None
    ) -> None:
        self.texts = texts
        self.language = language
        self.languages: tuple[str, ...] = ("en", "fr") if language == "both" else (language,)
        self.form_name = f"certificate-{language}"
        self._logo = logo
        self._static: list[Placed] = []
        self._fit_cache: dict[tuple[str, str, float, float, float], Fitted] = {}
        # Bullets are small lozenges: (x, y of their centre, text size).
        self._bullets: list[tuple[float, float, float]] = []
        self._column_rule: tuple[float, float] | None = None
        self.problems: list[str] = []
        """What in the texts does not print well (too long for its place), for people."""
        if language == "both":
            self._design_both()
        else:
            self._design_single(language)

    # --- Static layout -----------------------------------------------------------------

    def _pair(self, en: str, fr: str) -> str:
        """Both languages' words on one line, or one language's."""
        if self.language == "both":
            return en if en == fr else f"{en}{SEPARATOR}{fr}"
        return fr if self.language == "fr" else en

    def _place(
        self,
        text: str,
        font_name: str,
        size: float,
        top: float,
        colour: Color,
        *,
        x: float = CENTRE,
        width: float = TEXT_WIDTH,
        min_size: float | None = None,
        max_lines: int = 1,
        leading: float = 1.2,
        char_space: float = 0.0,
        align: Align = "centre",
    ) -> float:
        """Fit and keep a static text whose box starts at ``top``; return the box's bottom."""
        smallest = min_size if min_size is not None else size * 0.6
        fitted = fit(
            text,
            font_name,
            width=width,
            height=size * leading * max_lines,
            max_size=size,
            min_size=smallest,
            max_lines=max_lines,
            leading=leading,
            char_space=char_space,
        )
        if fitted.lines and fitted.lines[-1].endswith(ELLIPSIS) and not text.endswith(ELLIPSIS):
            self.problems.append(f"“{_shorten(text)}” is too long for its place and is cut.")
        elif fitted.size < smallest - 1e-6:
            self.problems.append(f"“{_shorten(text)}” is too long for its place and prints tiny.")
        self._static.append(Placed(fitted, x, _y(_baseline(fitted, top)), colour, align))
        return top + fitted.block_height

    def _design_single(self, language: str) -> None:
        t = self.texts
        en = language == "en"
        self._emblem_top, self._emblem_size = 38.0, 46.0
        place = self._place
        place(
            (t.organisation_en if en else t.organisation_fr).upper(),
            SERIF,
            11,
            91,
            BLUE,
            char_space=3.2,
        )
        place((t.body_en if en else t.body_fr).upper(), SERIF, 7.6, 106, GREY, char_space=1.8)
        place(t.heading_en if en else t.heading_fr, SERIF, 33, 121, BLUE, min_size=20)
        self._rule_top = 170.0
        place(t.certify_en if en else t.certify_fr, SERIF_ITALIC, 13, 180, GREY)
        self.name_box = (199.0, 279.0)
        place(t.signed_en if en else t.signed_fr, SERIF_ITALIC, 13, 282, GREY)
        title = t.title_en if en else t.title_fr
        bottom = place(
            title, SERIF_BOLD, 15.5, 303, BLUE, width=610, max_lines=2, min_size=10, leading=1.25
        )
        endorsement = t.endorsement_en if en else t.endorsement_fr
        # A narrower measure than the title's: two calm lines rather than one very long one.
        bottom = place(
            endorsement, SERIF_ITALIC, 10, bottom + 5, GREY, width=540, max_lines=2, min_size=7.5
        )
        self._commitments([language], bottom + 5, 447.0, [CENTRE], 620.0, 9.6)
        self.details_top = 447.0
        self.signature_line_top = 524.0

    def _design_both(self) -> None:
        t = self.texts
        self._emblem_top, self._emblem_size = 34.0, 34.0
        place, pair = self._place, self._pair
        place(
            pair(t.organisation_en, t.organisation_fr).upper(), SERIF, 10, 74, BLUE, char_space=2.6
        )
        place(pair(t.body_en, t.body_fr).upper(), SERIF, 7, 88, GREY, char_space=1.2)
        place(pair(t.heading_en, t.heading_fr), SERIF, 26, 99, BLUE, min_size=16)
        self._rule_top = 137.0
        place(pair(t.certify_en, t.certify_fr), SERIF_ITALIC, 12, 144, GREY)
        self.name_box = (161.0, 233.0)
        place(pair(t.signed_en, t.signed_fr), SERIF_ITALIC, 12, 235, GREY)
        column = 336.0
        xs = [CENTRE - column / 2 - 14, CENTRE + column / 2 + 14]
        top = 257.0
        bottoms = []
        for x, title, endorsement in zip(
            xs, (t.title_en, t.title_fr), (t.endorsement_en, t.endorsement_fr), strict=True
        ):
            bottom = place(
                title,
                SERIF_BOLD,
                12,
                top,
                BLUE,
                x=x,
                width=column,
                max_lines=3,
                min_size=8,
                leading=1.22,
            )
            bottom = place(
                endorsement,
                SERIF_ITALIC,
                8.8,
                bottom + 4,
                GREY,
                x=x,
                width=column,
                max_lines=3,
                min_size=6.5,
            )
            bottoms.append(bottom)
        end = self._commitments(["en", "fr"], max(bottoms) + 4, 440.0, xs, column, 8.8)
        self._column_rule = (top + 2, end)
        self.details_top = 447.0
        self.signature_line_top = 516.0

    def _commitments(
        self,
        languages: list[str],
        top: float,
        limit: float,
        centres: list[float],
        width: float,
        size: float,
    ) -> float:
        """Bulleted commitment lists (one per language, side by side) between top and limit.

        The size shrinks until the longest list fits; each list is a left-aligned block
        centred on its column. Returns the bottom of the tallest list.
        """
        indent = 11.0
        lists = [self.texts.commitments(language) for language in languages]
        smallest = 6.5
        while True:
            fitted_lists = [self._fit_items(items, width - indent, size) for items in lists]
            heights = [_list_height(fitted) for fitted in fitted_lists]
            if top + max(heights, default=0) <= limit or size <= smallest:
                break
            size -= 0.25
        if size < 7.5:
            self.problems.append(
                "The commitments are too long to print at a comfortable size; shorten them."
            )
        for centre, fitted in zip(centres, fitted_lists, strict=True):
            fitted = self._within(fitted, limit - top, width - indent)
            block = indent + max((f.width for f in fitted), default=0.0)
            left = centre - block / 2
            cursor = top
            for item in fitted:
                baseline = _baseline(item, cursor)
                self._bullets.append((left + 2.5, _y(baseline) + item.size * 0.3, item.size))
                self._static.append(Placed(item, left + indent, _y(baseline), INK, "left"))
                cursor += item.block_height + ITEM_GAP
        return min(top + max(heights, default=0), limit)

    @staticmethod
    def _fit_items(items: tuple[str, ...], width: float, size: float) -> list[Fitted]:
        return [
            fit(
                item,
                SERIF,
                width=width,
                height=1e6,
                max_size=size,
                min_size=size,
                max_lines=100,
                leading=1.3,
                balance=False,
            )
            for item in items
        ]

    def _within(self, fitted: list[Fitted], room: float, width: float) -> list[Fitted]:
        """The commitments that fit in ``room``, the last one cut if needed (never off the page)."""
        if _list_height(fitted) <= room:
            return fitted
        self.problems.append("The commitments do not fit on the certificate and are cut.")
        kept: list[Fitted] = []
        used = 0.0
        for item in fitted:
            left = room - used
            if item.block_height <= left:
                kept.append(item)
                used += item.block_height + ITEM_GAP
                continue
            if left >= item.leading:
                text = " ".join(item.lines)
                kept.append(
                    fit(
                        text,
                        SERIF,
                        width=width,
                        height=left,
                        max_size=item.size,
                        min_size=item.size,
                        max_lines=int(left // item.leading),
                        leading=1.3,
                    )
                )
            break
        return kept

    # --- Drawing --------------------------------------------------------------------------

    def draw_static(self, canvas: Canvas) -> None:
        """Everything every certificate of this version shares (drawn once, in a form)."""
        self._draw_border(canvas)
        self._draw_emblem(canvas)
        canvas.setStrokeColor(BLUE)
        canvas.setFillColor(BLUE)
        canvas.setLineWidth(0.6)
        draw_rule_with_diamond(canvas, CENTRE, _y(self._rule_top), 80)
        for placed in self._static:
            placed.draw(canvas)
        canvas.setFillColor(BLUE)
        for x, y, size in self._bullets:
            draw_diamond(canvas, x, y, size * 0.2)
        if self._column_rule is not None:
            top, bottom = self._column_rule
            canvas.setStrokeColor(SOFT)
            canvas.setLineWidth(0.4)
            canvas.line(CENTRE, _y(top), CENTRE, _y(bottom))
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
                _y(top + size),
                width=size * 3,
                height=size,
                preserveAspectRatio=True,
                anchor="c",
                mask="auto",
            )
            return
        radius = size / 2
        cy = _y(top + radius)
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
            canvas.line(x - line / 2, _y(top), x + line / 2, _y(top))
            cursor = top + 4
            for text, font_name, size, colour in self._signature_lines(block):
                placed = self._fit_line(text, font_name, size, line + 10)
                canvas.setFillColor(colour)
                draw_fitted(canvas, placed, x, _y(_baseline(placed, cursor)))
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
        draw_fitted(canvas, name_fit, CENTRE, _y(_baseline(name_fit, cursor)))
        cursor += name_fit.block_height + 3
        if latin_fit is not None:
            canvas.setFillColor(GREY)
            draw_fitted(canvas, latin_fit, CENTRE, _y(_baseline(latin_fit, cursor)))
            cursor += latin_fit.block_height + 3
        if country_fit is not None:
            canvas.setFillColor(BLUE)
            draw_fitted(canvas, country_fit, CENTRE, _y(_baseline(country_fit, cursor)))

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
            draw_fitted(canvas, label, x, _y(_baseline(label, top)))
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
            draw_fitted(canvas, value_fit, x, _y(_baseline(value_fit, top + 11)))

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
        draw_fitted(canvas, number_label, x, _y(_baseline(number_label, top)), align=align)
        number = self._fit_line(item.certificate_no, SERIF_BOLD, 12, 190, 0.6)
        canvas.setFillColor(BLUE)
        cursor = top + number_label.block_height
        draw_fitted(canvas, number, x, _y(_baseline(number, cursor)), align=align)
        cursor += number.block_height + 2
        canvas.setFillColor(GREY)
        for line in lines:
            done = self._fit_line(line, SERIF_ITALIC, 8.6, 190)
            draw_fitted(canvas, done, x, _y(_baseline(done, cursor)), align=align)
            cursor += done.block_height


def _list_height(fitted: list[Fitted]) -> float:
    return sum(f.block_height for f in fitted) + ITEM_GAP * max(len(fitted) - 1, 0)


def _shorten(text: str, length: int = 40) -> str:
    return text if len(text) <= length else text[: length - 1] + ELLIPSIS


def _differs(latin: str, name: str) -> bool:
    """Whether the Latin form adds something: not for ``Łódź`` / ``Lodz``, yes for Крагујевац."""
    return bool(latin) and fold(latin) != fold(name)
