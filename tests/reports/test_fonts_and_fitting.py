"""The shipped fonts cover every script of the member states; text fits its box."""

from __future__ import annotations

from pathlib import Path

import pytest

from alliance_desktop.reports.fitting import FLOOR_SIZE, fit
from alliance_desktop.reports.fonts import (
    FILES,
    SANS,
    SANS_BOLD,
    SERIF,
    SERIF_BOLD,
    SERIF_ITALIC,
    covers,
    font_path,
    runs,
    text_width,
    uncovered_characters,
)

from .conftest import NAMES


def test_fonts_and_their_licence_ship_with_the_package() -> None:
    for file_name in FILES.values():
        assert font_path(file_name).stat().st_size > 100_000
    licence = Path(font_path("DejaVuSans.ttf")).with_name("LICENSE-DejaVu.txt")
    assert "Bitstream Vera" in licence.read_text(encoding="utf-8")


@pytest.mark.parametrize("font_name", [SERIF, SERIF_BOLD, SERIF_ITALIC, SANS, SANS_BOLD])
@pytest.mark.parametrize(("name", "latin"), [(n[0], n[1]) for n in NAMES])
def test_every_script_has_its_glyphs(font_name: str, name: str, latin: str) -> None:
    # Georgian (Mkhedruli) and Armenian included: no fallback needed for these names.
    assert covers(font_name, name + latin)
    assert runs(name, font_name) == runs(name, font_name)[:1]


def test_characters_the_serif_lacks_are_drawn_in_the_sans() -> None:
    # U+2C65 LATIN SMALL LETTER A WITH STROKE is in DejaVu Sans only.
    text = "Saⱥnt Łódź ⱥ"
    assert not covers(SERIF_BOLD, text)
    assert uncovered_characters(text, SERIF_BOLD) == ""
    pieces = runs(text, SERIF_BOLD)
    assert "".join(p.text for p in pieces) == text
    assert [p.font_name for p in pieces] == [SERIF_BOLD, SANS_BOLD, SERIF_BOLD, SANS_BOLD]


def test_characters_no_font_has_are_reported() -> None:
    assert uncovered_characters("Łódź 東京 東") == "東京"


def test_a_short_name_stays_on_one_line_at_full_size() -> None:
    fitted = fit("Łódź", SERIF_BOLD, width=600, height=80, max_size=30, min_size=13, max_lines=2)
    assert fitted.lines == ("Łódź",)
    assert fitted.size == 30


def test_a_long_name_wraps_into_balanced_lines() -> None:
    name = "Stowarzyszenie Gmin i Powiatów Wielkopolski – Gmina Miejska Wrocław i Okolice"
    fitted = fit(name, SERIF_BOLD, width=600, height=80, max_size=30, min_size=13, max_lines=2)
    assert len(fitted.lines) == 2
    assert " ".join(fitted.lines) == name
    assert max(fitted.widths) <= 600
    assert abs(fitted.widths[0] - fitted.widths[1]) < 0.35 * max(fitted.widths)


@pytest.mark.parametrize(
    "name",
    [
        "Gmina Miejska Wrocław " * 14,  # 300 characters with spaces
        "ქ" * 300,  # one 300-letter word: cut between characters
        "Крагујевац-" * 28,
    ],
)
def test_a_300_character_name_fits_its_box(name: str) -> None:
    fitted = fit(name, SERIF_BOLD, width=640, height=60, max_size=30, min_size=13, max_lines=2)
    assert fitted.size >= FLOOR_SIZE
    assert fitted.block_height <= 60
    for line, width in zip(fitted.lines, fitted.widths, strict=True):
        assert text_width(line, SERIF_BOLD, fitted.size) <= 640 + 1e-6
        assert width <= 640 + 1e-6
    assert "".join(fitted.lines).replace(" ", "") == name.replace(" ", "")


def test_text_that_cannot_fit_even_at_the_floor_size_is_cut_with_an_ellipsis() -> None:
    fitted = fit("word " * 2000, SERIF, width=100, height=20, max_size=12, min_size=8)
    assert fitted.size == FLOOR_SIZE
    assert fitted.block_height <= 20
    assert fitted.lines[-1].endswith("…")
    assert all(text_width(line, SERIF, FLOOR_SIZE) <= 100 for line in fitted.lines)


def test_no_break_spaces_hold_words_together() -> None:
    text = "et s'engage ainsi à\u00a0:"
    fitted = fit(text, SERIF, width=80, height=100, max_size=10, min_size=10, max_lines=5)
    assert any(line.endswith("à\u00a0:") for line in fitted.lines)


def test_letter_spacing_is_counted_in_the_width() -> None:
    plain = text_width("COUNCIL", SERIF, 10)
    assert text_width("COUNCIL", SERIF, 10, char_space=2) == pytest.approx(plain + 12)
