"""A worksheet's rows as values, with the cells that hold no usable value told apart."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser

from alliance_desktop.domain.messages import Message, msg

# parse_cell's data type for a formula whose value was never calculated (ours, not openpyxl's).
_UNCALCULATED = "uncalculated"


class _SheetParser(WorkSheetParser):  # type: ignore[misc]
    """openpyxl's streaming sheet parser, keeping what ``data_only`` reading throws away:
    whether a cell's value comes from a formula nobody calculated."""

    def __init__(self, *args: Any, stale: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.stale = stale

    def parse_cell(self, element: Any) -> dict[str, Any]:
        cell: dict[str, Any] = super().parse_cell(element)
        # A calculated formula always stores its value, an empty one as a string (t="str");
        # a workbook asking for recalculation stores placeholders (XlsxWriter: 0).
        formula = element.find(FORMULA_TAG) is not None and cell["data_type"] != "e"
        if formula and (self.stale or (cell["value"] is None and element.get("t") != "str")):
            cell["data_type"] = _UNCALCULATED
            cell["value"] = None
        return cell


def sheet_rows(
    workbook: Any, worksheet: Any, *, stale: bool
) -> Iterator[tuple[int, list[Any], dict[int, Message]]]:
    """(spreadsheet row, values, problems) of each row the sheet stores, in order.

    ``problems`` maps a column index (0-based) to why that cell has no usable value: a
    spreadsheet error (``#N/A``, ``#REF!``…) or a formula without a calculated value
    (``stale``: the workbook says none of its formulas were calculated). Values are what
    ``iter_rows(values_only=True)`` gives; the sheet's claimed dimension is ignored.
    """
    # The read-only worksheet's own row loop builds openpyxl's parser, which cannot be told
    # to keep formulas; this is that loop with the parser above.
    with worksheet._get_source() as source:
        parser = _SheetParser(
            source,
            worksheet._shared_strings,
            data_only=True,
            epoch=workbook.epoch,
            date_formats=workbook._date_formats,
            timedelta_formats=workbook._timedelta_formats,
            stale=stale,
        )
        previous = 0
        for number, cells in parser.parse():
            if number <= previous:  # rows out of order: openpyxl skips them too
                continue
            previous = number
            width = max((cell["column"] for cell in cells), default=0)
            values: list[Any] = [None] * width
            problems: dict[int, Message] = {}
            for cell in cells:
                index = cell["column"] - 1
                if index < 0:
                    continue
                values[index] = cell["value"]
                if cell["data_type"] == "e":
                    problems[index] = _error_problem(cell)
                elif cell["data_type"] == _UNCALCULATED:
                    problems[index] = msg(
                        "cell {cell} is a formula whose value was never calculated (the "
                        "program that wrote the file does not calculate formulas); open the "
                        "file in Excel or LibreOffice, save it, and import it again",
                        cell=_reference(cell),
                    )
            yield number, values, problems


def _error_problem(cell: dict[str, Any]) -> Message:
    return msg(
        "cell {cell} holds the spreadsheet error {error} instead of a value; correct it in "
        "the workbook and import it again",
        cell=_reference(cell),
        error=cell["value"] or "#VALUE!",
    )


def _reference(cell: dict[str, Any]) -> str:
    return f"{get_column_letter(cell['column'])}{cell['row']}"
