"""A table read from a file: headers, raw cells and the row numbers a spreadsheet shows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from alliance_desktop.domain.messages import Message
from alliance_desktop.exchange.encoding import EncodingCandidate

# CSV cells are always str; XLSX cells keep the type the workbook stored.
Cell = str | int | float | bool | dt.datetime | dt.date | dt.time | None


@dataclass(frozen=True, slots=True)
class ParsedTable:
    """Everything :func:`~alliance_desktop.exchange.reading.read_table` found in a file.

    ``row_numbers[i]`` is the spreadsheet row of ``rows[i]`` (the header is usually row 1);
    blank rows are left out. ``ambiguous`` is True when the text could be read in several
    encodings that give different text: ask the user, then read again with ``encoding=``.
    ``cell_problems`` maps (spreadsheet row, column index) to why a workbook cell has no
    usable value (an error such as ``#N/A``, a formula never calculated); converting a
    column reports them as row errors.
    """

    headers: tuple[str, ...]
    rows: list[tuple[Cell, ...]]
    row_numbers: list[int]
    format: Literal["csv", "xlsx"]
    header_row: int = 1
    encoding: str | None = None
    ambiguous: bool = False
    encoding_candidates: tuple[EncodingCandidate, ...] = ()
    delimiter: str | None = None
    sheet: str | None = None
    date1904: bool = False
    cell_problems: Mapping[tuple[int, int], Message] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.rows)
