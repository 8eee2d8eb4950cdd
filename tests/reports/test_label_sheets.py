"""Label sheets and envelopes land where the layout says, within 0.5 mm, read from the PDF."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from alliance_desktop.domain.label_layouts import (
    C5,
    DL,
    L7160,
    L7163,
    SHEET_3X8_70X37,
    Box,
    SheetLayout,
    parse_custom,
    placements,
)
from alliance_desktop.domain.postal_address import PostalRecipient, address_lines, is_latin
from alliance_desktop.reports.address_block import MM as PT_PER_MM
from alliance_desktop.reports.address_block import fit_block
from alliance_desktop.reports.fonts import SANS, SANS_BOLD, uncovered_characters
from alliance_desktop.reports.label_sheets import (
    LABEL_PADDING_MM,
    inner_box,
    render_envelopes,
    render_labels,
)
from tests.pdf_support import unembedded_fonts
from tests.reports.conftest import NAMES
from tests.reports.label_geometry import Placed, text_origins

TOLERANCE_MM = 0.5
ASCENT, DESCENT = 0.93, 0.24  # DejaVu Sans, as a share of the size

HOSTILE = "A&B <b>bold</b> </para> \u202eevil"


def _addresses(count: int) -> list[list[str]]:
    people = []
    for index in range(count):
        name, latin, _en, _fr = NAMES[index % len(NAMES)]
        recipient = PostalRecipient(
            uid=str(index),
            name=name,
            name_latin=latin,
            country_code="RS",
            attention="Milica Petrović",
            address="Трг српских добровољаца 6\n34000 Крагујевац",
        )
        people.append(address_lines(recipient, "FR", "fr"))
    return people


def _inside(line: Placed, box: Box) -> bool:
    """The line's ink (origin, ascent, descent) lies within ``box`` (mm, top-left origin)."""
    top = line.y - line.size * ASCENT / PT_PER_MM
    bottom = line.y + line.size * DESCENT / PT_PER_MM
    return (
        box.x - TOLERANCE_MM <= line.x <= box.x + box.width
        and top >= box.y - TOLERANCE_MM
        and bottom <= box.y + box.height + TOLERANCE_MM
    )


def _check_sheet(layout: SheetLayout, count: int, start_at: int) -> None:
    addresses = _addresses(count)
    rendered = render_labels(addresses, layout, start_at=start_at)
    lines = text_origins(rendered.data)
    expected = list(placements(layout, count, start_at))
    assert rendered.pages == expected[-1][0] + 1
    assert rendered.count == count
    used: set[int] = set()
    for (page, cell), address in zip(expected, addresses, strict=True):
        mine = [
            i
            for i, line in enumerate(lines)
            if line.page == page
            and cell.x <= line.x <= cell.x + cell.width
            and cell.y <= line.y <= cell.y + cell.height
        ]
        assert len(mine) >= len(address), f"label at {cell} lacks lines"
        inner = inner_box(cell)
        for index in mine:
            assert _inside(lines[index], inner), f"{lines[index]} leaves {inner}"
        # Left-aligned on the label's text margin, within 0.5 mm.
        left = min(lines[i].x for i in mine)
        assert abs(left - (cell.x + LABEL_PADDING_MM[0])) <= TOLERANCE_MM
        used.update(mine)
    assert used == set(range(len(lines))), "text outside every printed label"


@pytest.mark.parametrize("layout", [L7160, L7163, SHEET_3X8_70X37], ids=lambda s: s.key)
def test_each_label_lands_in_its_cell(layout: SheetLayout) -> None:
    _check_sheet(layout, layout.per_sheet + 3, 1)


@pytest.mark.parametrize("start_at", [1, 2, 14, 21])
def test_start_at_n_leaves_the_used_labels_blank(start_at: int) -> None:
    _check_sheet(L7160, 5, start_at)
    rendered = render_labels(_addresses(5), L7160, start_at=start_at)
    first_page = [line for line in text_origins(rendered.data) if line.page == 0]
    for index in range(start_at - 1):
        cell = L7160.cell(index)
        assert not any(
            cell.x <= line.x <= cell.x + cell.width and cell.y <= line.y <= cell.y + cell.height
            for line in first_page
        )


def test_custom_layouts_land_within_half_a_millimetre() -> None:
    _check_sheet(parse_custom("2,4,95,60,20,8,99,65"), 11, 3)
    _check_sheet(parse_custom("4,10,48.5,25.4,22,10,48.5,25.4"), 45, 7)  # small labels


def test_outlines_are_drawn_on_the_cells() -> None:
    rendered = render_labels(_addresses(2), L7163, outlines=True)
    content = PdfReader(io.BytesIO(rendered.data)).pages[0].get_contents()
    assert content is not None
    first = L7163.cell(0)
    expected = f"{first.x * PT_PER_MM:.4g}"
    assert b" re S" in content.get_data()
    assert expected[:5].encode() in content.get_data()


def test_long_lines_shrink_or_wrap_and_never_leave_the_label() -> None:
    long_name = "Municipality of " + "Verylongname" * 8
    lines = [long_name, "Attn: " + "Someone " * 12, *("Street line" for _ in range(12)), "SERBIE"]
    box = inner_box(L7160.cell(0))
    block = fit_block(
        lines,
        (SANS_BOLD, SANS),
        width=box.width * PT_PER_MM,
        height=box.height * PT_PER_MM,
        max_size=10,
    )
    assert block.height <= box.height * PT_PER_MM + 1e-6
    for slot in block.slots:
        assert all(width <= box.width * PT_PER_MM + 1e-6 for width in slot.widths)
    assert block.slots[-1].lines == ("SERBIE",)  # the country line is never the one dropped
    _ = render_labels([lines], L7160)  # and it draws


def test_hostile_names_are_printed_literally() -> None:
    recipient = PostalRecipient(uid="1", name=HOSTILE, country_code="DE", attention="<i>&lt;")
    rendered = render_labels([address_lines(recipient, "FR", "en")], L7163)
    text = PdfReader(io.BytesIO(rendered.data)).pages[0].extract_text()
    assert "A&B <b>bold</b> </para> evil" in text
    assert "<i>&lt;" in text
    assert "\u202e" not in text


def test_every_script_has_its_glyphs_and_fonts_are_embedded() -> None:
    addresses = _addresses(len(NAMES))
    for lines in addresses:
        for line in lines:
            assert uncovered_characters(line, SANS) == ""
            assert uncovered_characters(line, SANS_BOLD) == ""
    rendered = render_labels(addresses, L7160)
    assert unembedded_fonts(rendered.data) == []
    text = PdfReader(io.BytesIO(rendered.data)).pages[0].extract_text()
    for name, latin, _en, _fr in NAMES:
        assert name in text
        if latin and not is_latin(name):  # Łódź needs no "Lodz" under it
            assert latin in text


@pytest.mark.parametrize("envelope", [DL, C5], ids=lambda e: e.key)
def test_envelopes_one_page_each_with_both_addresses_in_place(envelope: object) -> None:
    sender = ["Congress of Local and Regional Authorities", "Council of Europe", "F-67075"]
    rendered = render_envelopes(_addresses(3), envelope, sender=sender)  # type: ignore[arg-type]
    reader = PdfReader(io.BytesIO(rendered.data))
    assert rendered.pages == len(reader.pages) == 3
    width = float(reader.pages[0].mediabox.width) / PT_PER_MM
    height = float(reader.pages[0].mediabox.height) / PT_PER_MM
    assert (round(width, 1), round(height, 1)) == (envelope.width, envelope.height)  # type: ignore[attr-defined]
    for page in range(3):
        lines = [line for line in text_origins(rendered.data) if line.page == page]
        in_sender = [line for line in lines if _inside(line, envelope.sender)]  # type: ignore[attr-defined]
        in_address = [line for line in lines if _inside(line, envelope.address)]  # type: ignore[attr-defined]
        assert len(in_sender) == len(sender)
        assert len(in_address) >= 5
        assert len(in_sender) + len(in_address) == len(lines)
        assert abs(min(line.x for line in in_address) - envelope.address.x) <= TOLERANCE_MM  # type: ignore[attr-defined]
