"""The certificate page: A4 landscape, designed once per language version and print job.

Everything that is the same on every certificate of a job (border, emblem or logo,
headings, the Declaration's title and commitments, the signature lines) is drawn once
into a PDF form XObject; each page then places that form and draws only its own data
(name, country, signer, dates, number). Positions are fixed, so every certificate of a
job looks the same; record text is fitted into its box and never leaves it.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import Color

from alliance_desktop.domain.messages import msg
from alliance_desktop.reports.certificate_data import CertificateLanguage, CertificateTexts
from alliance_desktop.reports.certificate_drawing import LABELS, PageDrawing
from alliance_desktop.reports.certificate_style import (
    BLUE,
    CENTRE,
    GREY,
    INK,
    INNER_INSET,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    SEPARATOR,
    TEXT_WIDTH,
    Placed,
    first_baseline,
    page_y,
)
from alliance_desktop.reports.drawing import Align
from alliance_desktop.reports.fitting import ELLIPSIS, Fitted, fit
from alliance_desktop.reports.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC

__all__ = [
    "INNER_INSET",
    "ITEM_GAP",
    "LABELS",
    "PAGE_HEIGHT",
    "PAGE_WIDTH",
    "SEPARATOR",
    "PageDesign",
]

ITEM_GAP = 2.5
"""Extra space between two commitments, in points."""


class PageDesign(PageDrawing):
    """The layout of one language version ('en', 'fr' or 'both') for one set of texts.

    The drawing (:meth:`draw_static`, :meth:`draw_item`) is inherited from :class:`PageDrawing`.
    """

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
        # In plain words, in the language in use (a page design is made when it is needed).
        self.problems: list[str] = []
        """What in the texts does not print well (too long for its place), for people."""
        if language == "both":
            self._design_both()
        else:
            self._design_single(language)

    # --- Static layout -----------------------------------------------------------------

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
            self.problems.append(
                str(msg("“{text}” is too long for its place and is cut.", text=_shorten(text)))
            )
        elif fitted.size < smallest - 1e-6:
            self.problems.append(
                str(msg("“{text}” is too long for its place and prints tiny.", text=_shorten(text)))
            )
        self._static.append(Placed(fitted, x, page_y(first_baseline(fitted, top)), colour, align))
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
                str(
                    msg(
                        "The commitments are too long to print at a comfortable size; shorten them."
                    )
                )
            )
        for centre, fitted in zip(centres, fitted_lists, strict=True):
            fitted = self._within(fitted, limit - top, width - indent)
            block = indent + max((f.width for f in fitted), default=0.0)
            left = centre - block / 2
            cursor = top
            for item in fitted:
                baseline = first_baseline(item, cursor)
                self._bullets.append((left + 2.5, page_y(baseline) + item.size * 0.3, item.size))
                self._static.append(Placed(item, left + indent, page_y(baseline), INK, "left"))
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
        self.problems.append(str(msg("The commitments do not fit on the certificate and are cut.")))
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


def _list_height(fitted: list[Fitted]) -> float:
    return sum(f.block_height for f in fitted) + ITEM_GAP * max(len(fitted) - 1, 0)


def _shorten(text: str, length: int = 40) -> str:
    return text if len(text) <= length else text[: length - 1] + ELLIPSIS
