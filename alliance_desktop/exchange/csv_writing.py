"""Writing CSV: UTF-8 with BOM, RFC 4180 quoting, formula-like cells neutralised, atomically."""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import os
from collections.abc import Iterable, Sequence

from alliance_desktop.exchange.atomic import PROGRESS_EVERY, Progress, atomic_path, report
from alliance_desktop.exchange.columns import ColumnKind, ColumnSpec
from alliance_desktop.exchange.rows import values_getter
from alliance_desktop.exchange.values import neutralise

# First characters after which a text cell needs a look by neutralise(); "'" because a
# leading apostrophe before a trigger must be doubled to survive the round trip. Beyond
# ASCII, look-alikes such as a full-width "＝" need a look too.
_NEEDS_CHECK = frozenset("=+-@\t\r'")
_TEXT_KINDS = frozenset({ColumnKind.TEXT, ColumnKind.COUNTRY, ColumnKind.UID, ColumnKind.ENUM})


def write_csv(
    path: str | os.PathLike[str],
    rows: Iterable[object],
    columns: Sequence[ColumnSpec],
    *,
    delimiter: str = ",",
    progress: Progress | None = None,
    private: bool = False,
    headers: Sequence[str] | None = None,
) -> int:
    """Write ``rows`` under lower-case key headers (or ``headers``, one per column, such as
    :func:`~alliance_desktop.exchange.columns.header_row`'s titles); return how many rows
    were written.

    Dates are ISO, enums their values, yes/no for booleans. Cells a spreadsheet would run
    as a formula get a ``'`` prefix that :func:`~alliance_desktop.exchange.read_table`
    removes again. ``progress(done)`` returning False raises Cancelled and leaves no file.
    """
    if delimiter not in (",", ";", "\t"):
        raise ValueError("delimiter must be ',', ';' or a tab")
    keys = [c.key for c in columns]
    # Text-like columns hold str (or StrEnum, whose values never look like formulas); the
    # others may still be handed a str, which is checked too.
    textual = [i for i, c in enumerate(columns) if c.kind in _TEXT_KINDS]
    others = [i for i, c in enumerate(columns) if c.kind not in _TEXT_KINDS]
    iterator = iter(rows)
    first = next(iterator, None)
    done = 0
    with atomic_path(path, private=private) as temp:
        with open(temp, "w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(
                stream, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n"
            )
            writer.writerow(keys if headers is None else _checked(headers, keys))
            if first is not None:
                get = values_getter(first, keys)
                for row in itertools.chain((first,), iterator):
                    values = get(row)
                    for i in textual:
                        value = values[i]
                        if isinstance(value, str) and _needs_check(value):
                            values[i] = neutralise(value)
                    for i in others:
                        value = values[i]
                        kind = value.__class__
                        if kind is str:
                            if _needs_check(value):
                                values[i] = neutralise(value)
                        elif kind is bool:
                            values[i] = "yes" if value else "no"
                        elif kind is dt.datetime:
                            values[i] = value.date().isoformat()
                    writer.writerow(values)
                    done += 1
                    if done % PROGRESS_EVERY == 0:
                        report(progress, done)
        report(progress, done)
    return done


def _needs_check(value: str) -> bool:
    return bool(value) and (value[0] in _NEEDS_CHECK or not value[0].isascii())


def _checked(headers: Sequence[str], keys: Sequence[str]) -> list[str]:
    if len(headers) != len(keys):
        raise ValueError("one header per column")
    return [neutralise(header) for header in headers]
