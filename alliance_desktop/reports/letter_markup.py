"""ReportLab paragraph markup for letters: escaping record values, checking a paragraph.

ReportLab parses a Paragraph's text as markup: a name holding ``<``, ``&`` or ``</para>``
would break the page or change it. Every value from a record goes through
:func:`markup_value` (``<``, ``>`` and ``&`` escaped, characters the serif lacks put in the
sans face, so no script shows as boxes); only the template's own ``<b>``/``<i>`` stay markup.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from alliance_desktop.reports.fonts import FALLBACK, SERIF, register_fonts, runs


def escape_markup(text: str) -> str:
    """``text`` as ReportLab paragraph markup that prints it literally."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def markup_value(value: object) -> str:
    """A record's value as markup: escaped, with the sans face where the serif has no glyph."""
    text = str(value)
    parts = []
    for run in runs(text, SERIF):
        escaped = escape_markup(run.text)
        if run.font_name == SERIF:
            parts.append(escaped)
        else:
            parts.append(f'<font face="{run.font_name}">{escaped}</font>')
    return "".join(parts)


def fallback_face(font_name: str) -> str:
    return FALLBACK.get(font_name, font_name)


def markup_problem(markup: str) -> str | None:
    """ReportLab's own words when ``markup`` is not a paragraph it can print, else None."""
    register_fonts()
    try:
        Paragraph(markup, ParagraphStyle("check", fontName=SERIF))
    except ValueError as error:
        return str(error).splitlines()[0] if str(error) else "markup"
    return None
