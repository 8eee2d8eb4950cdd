"""``read_table``: open a CSV, TSV or XLSX file and return its raw table, or refuse it."""

from __future__ import annotations

import os
from pathlib import Path

from alliance_desktop.domain.messages import msg
from alliance_desktop.exchange.csv_reading import read_csv_bytes
from alliance_desktop.exchange.errors import FileRefused, grouped
from alliance_desktop.exchange.filetype import OLE2_MAGIC, sniff
from alliance_desktop.exchange.limits import DEFAULT_LIMITS, MIB, Limits
from alliance_desktop.exchange.table import ParsedTable
from alliance_desktop.exchange.xlsx_reading import read_xlsx_file

TEXT_SUFFIXES = frozenset({".csv", ".txt", ".tsv", ".tab"})
WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm"})


def read_table(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> ParsedTable:
    """Read the first (or the named) sheet of a workbook, or a delimited text file.

    What the file is comes from its content, not its name: a workbook renamed ``.csv`` is
    read as a workbook, an image renamed ``.csv`` is refused. ``encoding`` and ``delimiter``
    override detection for text files. Raises :class:`FileRefused` with a plain message for
    anything that is not a readable table.
    """
    file = Path(path)
    name = file.name
    try:
        size = file.stat().st_size
    except FileNotFoundError:
        raise FileRefused(msg("“{name}” does not exist.", name=name), reason="missing") from None
    except OSError as error:
        raise FileRefused(
            msg("“{name}” cannot be opened: {reason}.", name=name, reason=error.strerror),
            reason="unreadable",
        ) from None
    if file.is_dir():
        raise FileRefused(msg("“{name}” is a folder, not a file.", name=name), reason="unreadable")
    if size == 0:
        raise FileRefused(msg("“{name}” is empty.", name=name), reason="empty")
    if size > limits.max_bytes:
        raise FileRefused(
            msg(
                "“{name}” is too large ({size} MB; at most {limit} MB).",
                name=name,
                size=grouped(size / MIB, ",.1f"),
                limit=grouped(limits.max_bytes // MIB),
            ),
            reason="too_large",
        )
    try:
        with file.open("rb") as stream:
            head = stream.read(8192)
            kind = sniff(head, None, name) if not head.startswith(OLE2_MAGIC) else None
            if kind is None:  # OLE2: read it all to tell encrypted from .xls
                kind = sniff(head, head + stream.read(), name)
            data = None if kind == "zip" else head + stream.read()
    except OSError as error:
        raise FileRefused(
            msg("“{name}” cannot be read: {reason}.", name=name, reason=error.strerror),
            reason="unreadable",
        ) from None
    if kind == "zip":
        return read_xlsx_file(file, name, sheet=sheet, limits=limits)
    if file.suffix.lower() in WORKBOOK_SUFFIXES:
        raise FileRefused(
            msg("“{name}” is damaged or is not an Excel workbook.", name=name), reason="damaged"
        )
    assert data is not None
    return read_csv_bytes(data, name, encoding=encoding, delimiter=delimiter, limits=limits)
