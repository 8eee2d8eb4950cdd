"""Label sheets as sold, custom layouts and where each label goes."""

from __future__ import annotations

import pytest

from alliance_desktop.domain.label_layouts import (
    C5,
    DL,
    L7160,
    L7163,
    SHEET_3X8_70X37,
    SHEETS,
    LayoutError,
    layout_problems,
    parse_custom,
    placements,
    sheets_needed,
)


@pytest.mark.parametrize("sheet", list(SHEETS.values()), ids=list(SHEETS))
def test_the_sheets_sold_fit_a4_and_are_centred(sheet: object) -> None:
    assert not layout_problems(sheet)  # type: ignore[arg-type]
    right = sheet.left + (sheet.columns - 1) * sheet.h_pitch + sheet.label_width  # type: ignore[attr-defined]
    bottom = sheet.top + (sheet.rows - 1) * sheet.v_pitch + sheet.label_height  # type: ignore[attr-defined]
    assert abs((210 - right) - sheet.left) < 0.5  # type: ignore[attr-defined]
    assert abs((297 - bottom) - sheet.top) < 0.5  # type: ignore[attr-defined]


def test_published_geometry() -> None:
    assert (L7160.columns, L7160.rows, L7160.label_width, L7160.label_height) == (3, 7, 63.5, 38.1)
    assert (L7163.columns, L7163.rows, L7163.label_width, L7163.label_height) == (2, 7, 99.1, 38.1)
    assert (SHEET_3X8_70X37.per_sheet, SHEET_3X8_70X37.label_width) == (24, 70.0)
    assert L7160.cell(4).x == pytest.approx(7.21 + 66.04)
    assert L7160.cell(4).y == pytest.approx(15.15 + 38.1)


def test_start_at_skips_the_used_labels_of_the_first_sheet_only() -> None:
    placed = list(placements(L7160, 25, start_at=20))
    assert placed[0] == (0, L7160.cell(19))
    assert placed[1] == (0, L7160.cell(20))
    assert placed[2] == (1, L7160.cell(0))
    assert placed[22] == (1, L7160.cell(20))
    assert placed[-1] == (2, L7160.cell(1))
    assert sheets_needed(L7160, 25, 20) == 3
    assert sheets_needed(L7160, 2, 20) == 1
    assert sheets_needed(L7160, 21, 1) == 1
    assert sheets_needed(L7160, 0, 1) == 0
    with pytest.raises(LayoutError):
        list(placements(L7160, 1, start_at=22))


def test_custom_layouts_are_checked() -> None:
    custom = parse_custom("2, 5, 90, 50, 10, 10, 100, 55")
    assert (custom.columns, custom.rows, custom.h_pitch) == (2, 5, 100.0)
    assert custom.spec() == "2,5,90,50,10,10,100,55"
    for bad, words in (
        ("3,7,63.5,38.1", "eight numbers"),
        ("3,7,63.5,x,1,1,66,38", "not a number"),
        ("2.5,7,63.5,38.1,1,1,66,38.1", "whole numbers"),
        ("4,7,63.5,38.1,15,7,66,38.1", "210 mm wide"),
        ("3,8,63.5,38.1,15,7,66,38.1", "297 mm high"),
        ("3,7,63.5,38.1,15,7,60,38.1", "horizontal pitch"),
        ("3,7,63.5,38.1,15,-1,66,38.1", "negative"),
    ):
        with pytest.raises(LayoutError) as caught:
            parse_custom(bad)
        assert words in str(caught.value)


def test_envelope_address_places_stay_on_the_envelope() -> None:
    for envelope in (DL, C5):
        for box in (envelope.address, envelope.sender):
            assert box.x + box.width <= envelope.width - 10
            assert box.y + box.height <= envelope.height - 10
        assert envelope.address.y >= 40  # clear of the stamp and franking area
