"""Reading CSV/TSV text: decoding, delimiter detection, RFC 4180 parsing with limits."""

from __future__ import annotations

import csv
import io
import re

from alliance_desktop.domain.enums import Language
from alliance_desktop.domain.messages import msg
from alliance_desktop.exchange.columns import COLUMNS, header_row
from alliance_desktop.exchange.csv_records import CsvRecords
from alliance_desktop.exchange.encoding import (
    EncodingGuess,
    detect_encoding,
    encoding_words,
    normalise_encoding,
)
from alliance_desktop.exchange.errors import FileRefused, grouped
from alliance_desktop.exchange.limits import Limits
from alliance_desktop.exchange.table import Cell, ParsedTable
from alliance_desktop.exchange.values import unneutralise

DELIMITERS = (",", ";", "\t")
_EXPORT_KEYS = tuple(frozenset(c.key for c in columns) for columns in COLUMNS.values())
# An export's header in words: one list's titles in one language, in order, with its record ID
# column (a survey headed "Name,Country,Notes" is a person's file, not an export).
_ID_COLUMN = {kind: next(c for c in columns if c.key == "uid") for kind, columns in COLUMNS.items()}
_EXPORT_TITLES = tuple(
    (tuple(header_row(columns, words)), _ID_COLUMN[kind].title(words))
    for kind, columns in COLUMNS.items()
    for words in (Language.EN, Language.FR)
)
_SNIFF_RECORDS = 50
# Characters no typed table contains; many of them mean a binary file was renamed.
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f]")
# Excel's "sep=;" first line names the delimiter and is not part of the table.
_SEP_LINE_RE = re.compile(r"^sep=(.)\r?\n", re.IGNORECASE)


def read_csv_bytes(
    data: bytes,
    name: str,
    *,
    encoding: str | None,
    delimiter: str | None,
    limits: Limits,
) -> ParsedTable:
    guess = _decode_guess(data, name, encoding)
    try:
        text = data.decode(guess.encoding)
    except UnicodeDecodeError:
        raise FileRefused(
            msg(
                "“{name}” cannot be read as {encoding} text. Choose another encoding.",
                name=name,
                encoding=encoding_words(guess.encoding),
            ),
            reason="encoding",
        ) from None
    del data
    text = text.removeprefix("\ufeff")
    _refuse_binary(text, name)
    first_line = 1
    sep = _SEP_LINE_RE.match(text)
    if sep:
        if delimiter is None and sep.group(1) in DELIMITERS:
            delimiter = sep.group(1)
        text = text[sep.end() :]
        first_line = 2
    if not text.strip():
        raise FileRefused(msg("“{name}” is empty.", name=name), reason="empty")
    if delimiter is None:
        delimiter = sniff_delimiter(text)
    elif delimiter not in DELIMITERS:
        raise ValueError(f"delimiter must be one of {DELIMITERS!r}")
    headers: tuple[str, ...] | None = None
    header_row = 0
    escaped = False
    rows: list[tuple[Cell, ...]] = []
    numbers: list[int] = []
    records = CsvRecords(text, delimiter, name, limits=limits, first_line=first_line)
    for number, record in records:
        if not any(cell.strip() for cell in record):
            continue
        if len(record) > limits.max_columns:
            if any(cell.strip() for cell in record[limits.max_columns :]):
                raise FileRefused(
                    msg(
                        "“{name}” has more than {limit} columns in row {row}.",
                        name=name,
                        limit=limits.max_columns,
                        row=number,
                    ),
                    reason="too_many_columns",
                )
            record = record[: limits.max_columns]
        if headers is None:
            headers = tuple(cell.strip() for cell in record)
            header_row = number
            records.width = len(_trim_headers(headers))
            escaped = is_export_header(headers)
            continue
        if len(rows) >= limits.max_rows:
            raise FileRefused(
                msg(
                    "“{name}” has more than {limit} rows. Split it into smaller files.",
                    name=name,
                    limit=grouped(limits.max_rows),
                ),
                reason="too_many_rows",
            )
        rows.append(tuple(unneutralise(cell) for cell in record) if escaped else tuple(record))
        numbers.append(number)
    if headers is None:
        raise FileRefused(msg("“{name}” is empty.", name=name), reason="empty")
    if not rows:
        raise FileRefused(
            msg("“{name}” has a header row but no data rows.", name=name), reason="no_rows"
        )
    return ParsedTable(
        headers=_trim_headers(headers),
        rows=rows,
        row_numbers=numbers,
        format="csv",
        header_row=header_row,
        encoding=guess.encoding,
        ambiguous=guess.ambiguous,
        encoding_candidates=guess.candidates,
        delimiter=delimiter,
    )


def is_export_header(headers: tuple[str, ...]) -> bool:
    """Whether a header row is :func:`~alliance_desktop.exchange.write_csv`'s: only the keys
    of one list's columns (some may have been deleted since), or one list's titles in English
    or in French, in the export's order, with the record ID column.

    Only in such a file is a ``'`` before a formula character the export's escape, to be
    removed; in any other file it belongs to the cell (``'-' means none`` stays whole).
    """
    named = [header for header in headers if header]
    if not named:
        return False
    if any(set(named) <= keys for keys in _EXPORT_KEYS):
        return True
    return any(
        record_id in named and _in_order(named, titles) for titles, record_id in _EXPORT_TITLES
    )


def _in_order(named: list[str], titles: tuple[str, ...]) -> bool:
    """Whether ``named`` are some of ``titles``, in their order."""
    remaining = iter(titles)
    return all(any(header == title for title in remaining) for header in named)


def _decode_guess(data: bytes, name: str, encoding: str | None) -> EncodingGuess:
    if encoding is None:
        return detect_encoding(data)
    try:
        return EncodingGuess(normalise_encoding(encoding))
    except LookupError:
        raise FileRefused(
            msg("“{encoding}” is not a known encoding.", encoding=encoding), reason="encoding"
        ) from None


def _refuse_binary(text: str, name: str) -> None:
    sample = text[:65536]
    if "\x00" in sample or len(_CONTROL_RE.findall(sample)) > max(8, len(sample) // 200):
        raise FileRefused(
            msg(
                "“{name}” is not a text file (it contains binary data). "
                "Choose a CSV or Excel (.xlsx) file.",
                name=name,
            ),
            reason="binary",
        )


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first records into the most consistent table.

    A header with more than one column wins; then the share of records as wide as the
    header; then the width. One-column files get ``,``.
    """
    best = ","
    best_score: tuple[bool, float, int] = (False, 0.0, 0)
    head = _head(text)
    for delimiter in DELIMITERS:
        widths = []
        reader = csv.reader(io.StringIO(head, newline=""), delimiter=delimiter, strict=False)
        try:
            for record in reader:
                if any(cell.strip() for cell in record):
                    widths.append(len(record))
                if len(widths) >= _SNIFF_RECORDS:
                    break
        except csv.Error:
            continue
        if not widths:
            continue
        header = widths[0]
        body = widths[1:] or widths
        consistency = sum(1 for w in body if w == header) / len(body)
        score = (header > 1, consistency, header)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _head(text: str) -> str:
    """Enough of the text for sniffing: about the first records, cut at a line end."""
    if len(text) <= 65536:
        return text
    cut = text.rfind("\n", 0, 65536)
    return text[: cut if cut > 0 else 65536]


def _trim_headers(headers: tuple[str, ...]) -> tuple[str, ...]:
    """Drop empty headers at the end (Excel leaves them after a deleted column)."""
    end = len(headers)
    while end > 0 and not headers[end - 1]:
        end -= 1
    return headers[:end]
