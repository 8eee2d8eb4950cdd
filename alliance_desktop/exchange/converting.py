"""Turning a parsed table into typed field values, with "row N, column X: problem" errors."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from alliance_desktop.domain.countries import parse_country
from alliance_desktop.domain.errors import FieldError
from alliance_desktop.domain.messages import Message
from alliance_desktop.domain.text import clean_line, clean_text
from alliance_desktop.exchange.columns import ColumnKind, ColumnMatch, ColumnSpec, match_columns
from alliance_desktop.exchange.limits import DEFAULT_LIMITS, Limits
from alliance_desktop.exchange.reading import read_table
from alliance_desktop.exchange.table import Cell, ParsedTable
from alliance_desktop.exchange.values import (
    cell_text,
    parse_bool,
    parse_date,
    parse_enum,
    parse_int,
    parse_uid,
)


@dataclass(frozen=True, slots=True, order=True)
class RowError:
    """A problem in one cell; ``row`` is the spreadsheet row (the header is row 1).

    ``row`` is None for a problem with the file as a whole, such as a missing column.
    """

    row: int | None
    column: str
    message: Message | str  # a domain FieldError's message stays a Message (rendered when shown)

    def __str__(self) -> str:
        if self.row is None:
            return f"column {self.column}: {self.message}"
        return f"row {self.row}, column {self.column}: {self.message}"


def _convert_text(multiline: bool) -> Callable[[Cell], str]:
    clean = clean_text if multiline else clean_line
    return lambda value: clean(cell_text(value))


def _converter(spec: ColumnSpec, date1904: bool) -> Callable[[Cell], Any]:
    """A function from a non-empty cell to the field value; it raises ValueError."""
    kind = spec.kind
    if kind is ColumnKind.TEXT:
        return _convert_text(spec.multiline)
    if kind is ColumnKind.INT:
        return parse_int
    if kind is ColumnKind.DATE:
        return lambda value: parse_date(value, date1904=date1904)
    if kind is ColumnKind.BOOL:
        return parse_bool
    if kind is ColumnKind.ENUM:
        enum = spec.enum
        if enum is None:
            raise TypeError(f"column {spec.key} is an enum column without an enum")
        return lambda value: parse_enum(clean_line(cell_text(value)), enum)
    if kind is ColumnKind.UID:
        return lambda value: parse_uid(clean_line(cell_text(value)))
    if kind is ColumnKind.COUNTRY:
        return _country
    raise TypeError(f"unknown column kind {kind!r}")


def _country(value: Cell) -> str:
    text = clean_line(cell_text(value))
    code = parse_country(text)
    if code is None:
        raise ValueError(f"“{text}” is not a Council of Europe member state")
    return code


def _is_empty(value: Cell) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def convert_rows(
    table: ParsedTable,
    columns: Sequence[ColumnSpec],
    mapping: Mapping[int, str] | ColumnMatch,
) -> tuple[list[dict[str, Any]], list[RowError]]:
    """Convert every row; ``rows[i]`` belongs to ``table.rows[i]`` (row ``table.row_numbers[i]``).

    Each dict holds exactly the mapped columns' keys, so a file without a column never
    clears that field. Empty cells give ``""`` for text and None otherwise. A cell that
    cannot be converted gives None and an error; required columns must be present and
    filled. A workbook cell without a usable value (``#N/A``, a formula never calculated)
    is an error. Nothing is validated beyond the cell's own form: run domain validation on the
    drafts and turn its errors into row errors with :func:`field_errors_to_row_errors`.
    """
    if isinstance(mapping, ColumnMatch):
        mapping = mapping.mapping
    specs = {c.key: c for c in columns}
    headers = table.headers
    fields: list[tuple[int, str, str, Callable[[Cell], Any], bool, bool]] = []
    for index, key in sorted(mapping.items()):
        spec = specs.get(key)
        if spec is None:
            raise KeyError(f"no column {key!r} in this column set")
        label = headers[index] if index < len(headers) and headers[index] else spec.key
        is_text = spec.kind is ColumnKind.TEXT
        fields.append((index, key, label, _converter(spec, table.date1904), spec.required, is_text))
    errors: list[RowError] = [
        RowError(None, c.key, "this required column is missing")
        for c in columns
        if c.required and c.key not in mapping.values()
    ]
    rows: list[dict[str, Any]] = []
    problems = table.cell_problems
    for cells, number in zip(table.rows, table.row_numbers, strict=True):
        width = len(cells)
        row: dict[str, Any] = {}
        for index, key, label, convert, required, is_text in fields:
            if problems and (number, index) in problems:  # #N/A, a formula never calculated
                row[key] = None
                errors.append(RowError(number, label, problems[number, index]))
                continue
            value = cells[index] if index < width else None
            if _is_empty(value):
                row[key] = "" if is_text else None
                if required:
                    errors.append(RowError(number, label, "is required"))
                continue
            try:
                converted = convert(value)
            except ValueError as error:
                row[key] = None
                errors.append(RowError(number, label, str(error)))
                continue
            if required and converted == "":
                errors.append(RowError(number, label, "is required"))
            row[key] = converted
        rows.append(row)
    errors.sort(key=lambda e: (e.row or 0, _column_order(e.column, mapping, headers)))
    return rows, errors


def _column_order(label: str, mapping: Mapping[int, str], headers: tuple[str, ...]) -> int:
    for index in mapping:
        if index < len(headers) and headers[index] == label:
            return index
    return -1


def field_errors_to_row_errors(
    row_number: int,
    errors: Iterable[FieldError],
    columns: Sequence[ColumnSpec],
    headers: Mapping[str, str] | None = None,
) -> list[RowError]:
    """Domain validation errors of one row's draft as row errors.

    ``headers`` maps keys to the file's header text so the user sees the column as they
    named it; ``column_headers(table, match)`` builds it. Fields that are not columns
    (``authority_uid`` checked on a nested draft, for example) keep their field name.
    """
    known = {c.key for c in columns}
    labels = headers or {}
    return [
        RowError(
            row_number, labels.get(e.field, e.field) if e.field in known else e.field, e.message
        )
        for e in errors
    ]


def column_headers(table: ParsedTable, match: ColumnMatch | Mapping[int, str]) -> dict[str, str]:
    """key → header text as written in the file, for error messages."""
    mapping = match.mapping if isinstance(match, ColumnMatch) else match
    return {
        key: table.headers[index] for index, key in mapping.items() if index < len(table.headers)
    }


@dataclass(frozen=True, slots=True)
class ImportData:
    """A file read, matched and converted: what an import use case or a dry run needs."""

    table: ParsedTable
    match: ColumnMatch
    rows: list[dict[str, Any]]
    errors: list[RowError]
    given: tuple[str, ...] = ()  # fields no column fills, one value for every row

    @property
    def row_numbers(self) -> list[int]:
        return self.table.row_numbers

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def fields(self) -> set[str]:
        """The fields the import sets: the mapped columns' and those given for every row."""
        return set(self.match.mapping.values()) | set(self.given)

    def with_values_for_every_row(self, values: Mapping[str, Any]) -> ImportData:
        """The same data with ``values`` set in every row, for fields no column fills (a
        list of members without their joining dates); a column, where there is one, wins."""
        given = {k: v for k, v in values.items() if k not in self.match.mapping.values()}
        if not given:
            return self
        rows = [{**row, **given} for row in self.rows]
        errors = [e for e in self.errors if not (e.row is None and e.column in given)]
        return replace(self, rows=rows, errors=errors, given=(*self.given, *given))


def read_rows(
    path: str | os.PathLike[str],
    columns: Sequence[ColumnSpec],
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    mapping: Mapping[int, str] | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> ImportData:
    """:func:`read_table`, :func:`match_columns` (or ``mapping``) and :func:`convert_rows`."""
    table = read_table(path, encoding=encoding, delimiter=delimiter, sheet=sheet, limits=limits)
    match = match_columns(table.headers, columns)
    if mapping is not None:
        match = ColumnMatch(dict(mapping), headers=table.headers)
    rows, errors = convert_rows(table, columns, match)
    return ImportData(table, match, rows, errors)
