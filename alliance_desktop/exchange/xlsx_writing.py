"""Writing XLSX: streaming openpyxl, text cells always text, real dates, atomically."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import os
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from alliance_desktop.exchange.atomic import PROGRESS_EVERY, Progress, atomic_path, report
from alliance_desktop.exchange.columns import ColumnKind, ColumnSpec
from alliance_desktop.exchange.rows import values_getter

_WIDTH_SAMPLE = 500
_MIN_WIDTH = 6
_MAX_WIDTH = 50
_DATE_WIDTH = 12
_ERROR_CODES = frozenset(ERROR_CODES)


def write_xlsx(
    path: str | os.PathLike[str],
    rows: Iterable[object],
    columns: Sequence[ColumnSpec],
    *,
    sheet_title: str = "List",
    progress: Progress | None = None,
    private: bool = False,
    headers: Sequence[str] | None = None,
) -> int:
    """Write ``rows`` under a bold, frozen, filterable header of lower-case keys (or
    ``headers``, one per column, such as the titles in the user's language).

    Text is stored as text even when it starts with ``=`` (never a formula), dates as dates
    with a date format, yes/no for booleans. Returns how many rows were written.
    ``progress(done)`` returning False raises Cancelled and leaves no file.
    """
    keys = [c.key for c in columns]
    if headers is not None and len(headers) != len(keys):
        raise ValueError("one header per column")
    iterator = iter(rows)
    sample = list(itertools.islice(iterator, _WIDTH_SAMPLE))
    get = values_getter(sample[0], keys) if sample else None
    sample_values = [get(row) for row in sample] if get else []

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=_sheet_title(sheet_title))
    for index, width in enumerate(_widths(columns, sample_values, headers), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for title in keys if headers is None else headers:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = bold
        header.append(cell)
    sheet.append(header)

    bools = [i for i, c in enumerate(columns) if c.kind is ColumnKind.BOOL]
    done = 0
    with atomic_path(path, private=private) as temp, _discarded_on_failure(sheet):
        values_rows: Iterable[list[Any]] = itertools.chain(
            sample_values, (get(row) for row in iterator) if get else ()
        )
        for values in values_rows:
            for i in bools:
                value = values[i]
                if value is not None and not isinstance(value, str):
                    values[i] = "yes" if value else "no"
            for i, value in enumerate(values):
                if value is None:
                    continue
                if isinstance(value, str):
                    values[i] = _text_cell(sheet, value)
                elif isinstance(value, dt.datetime):
                    values[i] = value.date()
            sheet.append(values)
            done += 1
            if done % PROGRESS_EVERY == 0:
                report(progress, done)
        last = get_column_letter(max(len(columns), 1))
        sheet.auto_filter.ref = f"A1:{last}{done + 1}"
        report(progress, done)
        workbook.save(temp)
    return done


@contextlib.contextmanager
def _discarded_on_failure(sheet: Any) -> Iterator[None]:
    """On cancel or error, close openpyxl's half-written sheet and delete its temporary file
    now (openpyxl would only do it at exit, and complain while collecting the generator)."""
    try:
        yield
    except BaseException:
        with contextlib.suppress(Exception):
            sheet.close()
        with contextlib.suppress(Exception):
            sheet._writer.cleanup()
        raise


def _text_cell(sheet: Any, value: str) -> Any:
    """The value itself, or a cell forced to text when openpyxl would read it otherwise."""
    if value.__class__ is not str:
        value = str.__str__(value)  # StrEnum member: its plain value
    if ILLEGAL_CHARACTERS_RE.search(value):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    if value.startswith("=") or value in _ERROR_CODES:
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"  # openpyxl took "=…" for a formula and "#N/A" for an error
        return cell
    return value


def _widths(
    columns: Sequence[ColumnSpec], sample: list[list[Any]], headers: Sequence[str] | None
) -> list[float]:
    widths = []
    for index, column in enumerate(columns):
        longest = len(column.key if headers is None else headers[index])
        if column.kind is ColumnKind.DATE:
            longest = max(longest, _DATE_WIDTH - 2)
        for values in sample:
            value = values[index]
            if value is not None and not isinstance(value, dt.date):
                text = str(value)
                longest = max(longest, len(text.split("\n", 1)[0]))
        widths.append(float(min(max(longest + 2, _MIN_WIDTH), _MAX_WIDTH)))
    return widths


def _sheet_title(title: str) -> str:
    """Excel refuses : \\ / ? * [ ] in sheet names and more than 31 characters."""
    cleaned = "".join(" " if c in ":\\/?*[]" else c for c in title).strip() or "List"
    return cleaned[:31]
