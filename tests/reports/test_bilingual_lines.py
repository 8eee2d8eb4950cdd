"""Bilingual certificates: a line never starts or ends with the separator between languages."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from alliance_desktop.reports import format_date, render_certificates
from alliance_desktop.reports.certificate_data import default_texts
from alliance_desktop.reports.fitting import fit
from alliance_desktop.reports.fonts import SERIF

from .conftest import certificate, page_text, read_pdf

PAIR_SEPARATOR = "  ·  "
"""How the certificate joins the English and French versions of a text."""
MARK = PAIR_SEPARATOR.strip()
PLACES = [
    "Strasbourg",
    "Ayuntamiento de San Sebastián de los Reyes, 32nd Plenary Session of the Congress "
    "of Local and Regional Authorities",
]


def test_no_date_is_split_and_no_line_starts_or_ends_with_the_separator() -> None:
    items = [
        certificate(
            "Ayuntamiento de San Sebastián de los Reyes",
            number=f"DAG-2018-{index:04d}",
            language="both",
            place=place,
            signed_on=dt.date(2018, month, 15 + month),
        )
        for index, (month, place) in enumerate(
            ((m, p) for m in range(1, 13) for p in PLACES), start=1
        )
    ]
    out = io.BytesIO()
    render_certificates(items, out, default_texts())
    reader = read_pdf(out.getvalue())
    for index, item in enumerate(items):
        lines = [line.strip() for line in page_text(reader, index).splitlines()]
        for line in lines:
            assert not line.startswith(MARK) and not line.endswith(MARK), (item.signed_on, lines)
        for language in ("en", "fr"):
            date = format_date(item.signed_on, language)
            assert any(date in line for line in lines), (date, lines)


@pytest.mark.parametrize("width", [90.0, 120.0, 140.0, 160.0, 200.0, 260.0])
def test_any_bilingual_text_breaks_at_the_separator_not_beside_it(width: float) -> None:
    text = f"has signed the Declaration{PAIR_SEPARATOR}a signé la Déclaration"
    fitted = fit(text, SERIF, width=width, height=1e6, max_size=12, min_size=12, max_lines=20)
    for line in fitted.lines:
        assert not line.startswith(MARK) and not line.endswith(MARK), fitted.lines
    assert " ".join(fitted.lines).replace(f" {MARK} ", " ") == (
        "has signed the Declaration a signé la Déclaration"
    )


def test_a_language_pair_that_needs_two_lines_puts_one_language_on_each() -> None:
    text = f"15\u00a0February\u00a02018{PAIR_SEPARATOR}15\u00a0février\u00a02018"
    fitted = fit(
        text, SERIF, width=212, height=28, max_size=12, min_size=7.5, max_lines=2, leading=1.15
    )
    assert fitted.lines == ("15\u00a0February\u00a02018", "15\u00a0février\u00a02018")
    assert fitted.size == 12
