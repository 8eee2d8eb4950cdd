"""Splitting CSV text into records, refusing a stray quote that would swallow lines."""

from __future__ import annotations

import bisect
import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass

from alliance_desktop.domain.messages import Message, msg, nmsg
from alliance_desktop.exchange.errors import FileRefused, grouped
from alliance_desktop.exchange.limits import Limits

_FIX = msg("Remove the stray quote or close it where the cell ends, then try again.")
_LINE_END_RE = re.compile(r"\r\n|\r|\n")
# Two swallowed lines that each look like a row are not an address or a note.
_ROWLIKE_LINES = 2


@dataclass(frozen=True, slots=True)
class QuotedCell:
    """A quoted cell of one record that runs over a line end or never closes.

    Lines are counted from 0, the record's first line.
    """

    opened_on: int  # the line of the opening quote
    closed_on: int | None  # the line of the closing quote; None: the text ends first
    length: int  # characters between the quotes
    closed_cleanly: bool  # a delimiter or a line end follows the closing quote
    rowlike_lines: int  # lines inside it that would each make a whole row of the table


class CsvRecords:
    """The records of CSV text as (spreadsheet row number, cells); a multi-line cell stays
    one row.

    A quote opens a cell only at its start, and a cell opened by a stray quote runs on to
    the next quote, swallowing every line in between: RFC 4180 cannot tell it from a real
    multi-line cell. So a quoted cell that never closes, closes in the middle of a cell,
    takes in lines that look like rows of the table, or grows past what a spreadsheet cell
    holds refuses the whole file, naming the line where the quote opened. Multi-line cells
    that close properly (an address or a note, as the application's own export writes
    them) are read. Set :attr:`width` to the header's width once it is known: it tells
    which swallowed lines look like rows.
    """

    def __init__(
        self,
        text: str,
        delimiter: str,
        name: str,
        *,
        limits: Limits,
        first_row: int = 1,
        first_line: int = 1,
    ) -> None:
        self.text = text
        self.delimiter = delimiter
        self.name = name
        self.limits = limits
        self.first_row = first_row
        self.first_line = first_line
        self.width = 0

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        lines: list[str] = []  # the raw lines of the record being read

        def feed() -> Iterator[str]:
            for line in io.StringIO(self.text, newline=""):
                lines.append(line)
                yield line

        reader = csv.reader(feed(), delimiter=self.delimiter, strict=False)
        number = self.first_row
        start = self.first_line  # the line the current record starts on
        longest = self.limits.max_cell_chars
        last: tuple[list[str], int, list[str]] | None = None
        try:
            for record in reader:
                current, lines = lines, []
                # A single-line record needs a look only when one of its cells may be too long.
                if len(current) > 1 or len(current[0]) > longest:
                    self._check(current, start, record)
                    last = None
                else:
                    last = (current, start, record)
                yield number, record
                number += 1
                start += len(current)
        except csv.Error as error:
            self._check(lines, start, None)
            raise FileRefused(
                msg(
                    "“{name}” cannot be read near row {row}: {error}.",
                    name=self.name,
                    row=number,
                    error=str(error),
                ),
                reason="damaged",
            ) from None
        if last is not None:  # the text may end inside a quote opened on the last line
            self._check(*last)

    def _check(self, lines: list[str], first_line: int, record: list[str] | None) -> None:
        """Refuse the file for a stray quote or a too long cell among this record's lines;
        ``record`` is None when the csv module gave up inside it."""
        raw = "".join(lines)
        limit = self.limits.max_cell_chars
        for cell in quoted_cells(raw, self.delimiter, self.width):
            refusal = self._refusal(cell, first_line, len(lines), stopped=record is None)
            if refusal is not None:
                raise refusal
        cells = record if record is not None else lines
        if any(len(cell) > limit for cell in cells):
            raise FileRefused(
                msg(
                    "“{name}”, line {line}: a cell there is longer than {limit} characters, "
                    "more than a spreadsheet cell holds. Check the file, then try again.",
                    name=self.name,
                    line=grouped(first_line),
                    limit=grouped(limit),
                ),
                reason="cell_too_long",
            )

    def _refusal(
        self, cell: QuotedCell, first_line: int, line_count: int, *, stopped: bool
    ) -> FileRefused | None:
        opened = first_line + cell.opened_on
        where = {"name": self.name, "line": grouped(opened), "fix": _FIX}
        limit = self.limits.max_cell_chars
        if cell.closed_on is None:
            if stopped:  # the csv module gave up; the quote might close further down
                past = first_line + line_count - 1
                return FileRefused(
                    msg(
                        '“{name}”, line {line}: a quote (") opens a cell here and runs on for '
                        "more than {limit} characters without closing (past line {past}). {fix}",
                        limit=grouped(limit),
                        past=grouped(past),
                        **where,
                    ),
                    reason="unclosed_quote",
                )
            rest = line_count - 1 - cell.opened_on
            if rest == 0:
                return FileRefused(
                    msg(
                        '“{name}”, line {line}: a quote (") opens a cell here and is never '
                        "closed. {fix}",
                        **where,
                    ),
                    reason="unclosed_quote",
                )
            return FileRefused(
                nmsg(
                    '“{name}”, line {line}: a quote (") opens a cell here and is never closed, '
                    "so the line after it would be read as that one cell. {fix}",
                    '“{name}”, line {line}: a quote (") opens a cell here and is never closed, '
                    "so the {count} lines after it would be read as that one cell. {fix}",
                    rest,
                    count=grouped(rest),
                    **where,
                ),
                reason="unclosed_quote",
            )
        closed = first_line + cell.closed_on
        lines = closed - opened + 1
        why: Message
        if cell.length > limit:
            why = msg(
                "{length} characters, more than a spreadsheet cell holds",
                length=grouped(cell.length),
            )
        elif not cell.closed_cleanly:
            why = msg(
                "the quote that closes it stands inside a cell on line {closed}",
                closed=grouped(closed),
            )
        elif cell.rowlike_lines >= _ROWLIKE_LINES:
            why = msg(
                "{count} of them look like rows of the table", count=grouped(cell.rowlike_lines)
            )
        else:
            return None  # a real multi-line cell
        return FileRefused(
            msg(
                '“{name}”, line {line}: a quote (") opens a cell here and only closes on line '
                "{closed}, so {lines} lines would be read as one cell ({why}). {fix}",
                closed=grouped(closed),
                lines=grouped(lines),
                why=why,
                **where,
            ),
            reason="stray_quote",
        )


def quoted_cells(raw: str, delimiter: str, width: int = 0) -> Iterator[QuotedCell]:
    """The quoted cells of one record's raw text that run over a line end or never close.

    Parsing follows Python's non-strict ``csv`` reader: a quote opens a cell only at its
    start, ``""`` inside is a quote, and text after a closing quote joins the cell.
    ``width`` (the header's) tells which lines inside look like rows; 0: none do.
    """
    starts = [0, *(m.end() for m in _LINE_END_RE.finditer(raw))]
    stop_re = re.compile(f"[{re.escape(delimiter)}\r\n]")
    end = len(raw)
    position = 0
    while position < end:
        if raw[position] == '"':
            opened = position
            closed: int | None = None
            position += 1
            while (quote := raw.find('"', position)) >= 0:
                if raw.startswith('""', quote):
                    position = quote + 2
                    continue
                closed = quote
                break
            position = end if closed is None else closed + 1
            inside = raw[opened + 1 : position - (closed is not None)]
            if closed is None or "\n" in inside or "\r" in inside:
                yield QuotedCell(
                    opened_on=bisect.bisect_right(starts, opened) - 1,
                    closed_on=None if closed is None else bisect.bisect_right(starts, closed) - 1,
                    length=len(inside),
                    closed_cleanly=raw[position : position + 1] in ("", delimiter, "\r", "\n"),
                    rowlike_lines=_rowlike_lines(inside, delimiter, width),
                )
        stop = stop_re.search(raw, position)
        if stop is None:
            break
        position = stop.end()
        if stop.group() == "\r" and raw.startswith("\n", position):
            position += 1


def _rowlike_lines(inside: str, delimiter: str, width: int) -> int:
    """Lines after the first holding as many delimiters as a row of the table has."""
    if width < 2:
        return 0
    needed = max(width - 1, 2)
    return sum(1 for line in _LINE_END_RE.split(inside)[1:] if line.count(delimiter) >= needed)
