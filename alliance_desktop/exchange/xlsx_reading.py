"""Reading XLSX workbooks safely: zip checks first, then openpyxl in streaming mode."""

from __future__ import annotations

import re
import warnings
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
from defusedxml import DefusedXmlException
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from alliance_desktop.domain.messages import Message, msg
from alliance_desktop.exchange.errors import FileRefused, grouped
from alliance_desktop.exchange.limits import MIB, Limits
from alliance_desktop.exchange.table import Cell, ParsedTable
from alliance_desktop.exchange.xlsx_cells import sheet_rows

# How much of each XML part is scanned for a document type declaration.
_PROLOG_BYTES = 4096
# <calcPr fullCalcOnLoad="1"/>: the program that wrote the workbook did not calculate it.
_FULL_CALC_RE = re.compile(rb"<(?:\w+:)?calcPr\b[^>]*\bfullCalcOnLoad=[\"'](?:1|true)[\"']")


def read_xlsx_file(path: Path, name: str, *, sheet: str | None, limits: Limits) -> ParsedTable:
    stale = _check_zip(path, name, limits)
    if not openpyxl.DEFUSEDXML:  # pragma: no cover - defusedxml is a dependency
        raise FileRefused(
            msg(
                "Excel files cannot be opened safely: the defusedxml package is missing "
                "or disabled (OPENPYXL_DEFUSEDXML)."
            ),
            reason="unsafe",
        )
    try:
        with warnings.catch_warnings():
            # openpyxl warns about styles, data validation and such; none matter here.
            warnings.simplefilter("ignore")
            # A stream, not the path: openpyxl refuses names not ending in .xlsx.
            with path.open("rb") as stream:
                workbook = openpyxl.load_workbook(
                    stream, read_only=True, data_only=True, keep_links=False, keep_vba=False
                )
                try:
                    return _read_sheet(workbook, name, sheet, limits, stale=stale)
                finally:
                    workbook.close()
    except FileRefused:
        raise
    except DefusedXmlException:
        raise _entities_refused(name) from None
    except MemoryError:
        raise FileRefused(
            msg("“{name}” is too large to read.", name=name), reason="too_large"
        ) from None
    except Exception as error:  # openpyxl raises anything from KeyError to ParseError
        if _caused_by_defusedxml(error):  # openpyxl wraps it in a ValueError
            raise _entities_refused(name) from None
        raise FileRefused(
            msg(
                "“{name}” is damaged or is not an Excel workbook ({error}).",
                name=name,
                error=type(error).__name__,
            ),
            reason="damaged",
        ) from None


def _caused_by_defusedxml(error: BaseException) -> bool:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, DefusedXmlException):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def _entities_refused(name: str) -> FileRefused:
    return FileRefused(
        msg(
            "“{name}” contains XML that is not allowed in a workbook (a document type "
            "declaration or entities); it was not opened.",
            name=name,
        ),
        reason="xml_entities",
    )


def _check_zip(path: Path, name: str, limits: Limits) -> bool:
    """Refuse zip bombs, foreign packages and DOCTYPEs before any XML parser sees the file.

    Returns whether the workbook asks to be recalculated when opened: then the values
    stored with its formulas are placeholders (openpyxl and XlsxWriter write such files).
    """
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > limits.max_zip_members:
                raise FileRefused(
                    msg(
                        "“{name}” is not a normal workbook (it holds {count} parts).",
                        name=name,
                        count=grouped(len(members)),
                    ),
                    reason="zip_bomb",
                )
            total = sum(m.file_size for m in members)
            if total > limits.max_unzipped_bytes:
                raise FileRefused(
                    msg(
                        "“{name}” is not a normal workbook: its contents would expand to "
                        "{size} MB (at most {limit} MB).",
                        name=name,
                        size=grouped(total // MIB),
                        limit=grouped(limits.max_unzipped_bytes // MIB),
                    ),
                    reason="zip_bomb",
                )
            for member in members:
                ratio = member.file_size / max(member.compress_size, 1)
                if member.file_size > MIB and ratio > limits.max_zip_ratio:
                    raise FileRefused(
                        msg(
                            "“{name}” is not a normal workbook: a part is compressed "
                            "{ratio} times (a “zip bomb”); it was not opened.",
                            name=name,
                            ratio=grouped(ratio, ",.0f"),
                        ),
                        reason="zip_bomb",
                    )
            names = {m.filename for m in members}
            if "mimetype" in names:
                mimetype = archive.read("mimetype")[:200]
                if b"opendocument" in mimetype:
                    raise FileRefused(
                        msg(
                            "“{name}” is an OpenDocument spreadsheet (.ods). Save it as an "
                            "Excel workbook (.xlsx) or CSV UTF-8 and try again.",
                            name=name,
                        ),
                        reason="not_workbook",
                    )
            if "xl/workbook.xml" not in names and "xl/workbook.bin" not in names:
                raise FileRefused(
                    msg("“{name}” is a zip file but not an Excel workbook.", name=name),
                    reason="not_workbook",
                )
            if "xl/workbook.bin" in names:
                raise FileRefused(
                    msg(
                        "“{name}” is a binary Excel workbook (.xlsb). "
                        "Save it as .xlsx or CSV UTF-8.",
                        name=name,
                    ),
                    reason="not_workbook",
                )
            for member in members:
                if member.filename.endswith((".xml", ".rels", ".vml")):
                    with archive.open(member) as part:
                        prolog = part.read(_PROLOG_BYTES)
                    # UTF-16 XML would hide "<!DOCTYPE" from this check; defusedxml still refuses.
                    if b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog:
                        raise _entities_refused(name)
            return _FULL_CALC_RE.search(archive.read("xl/workbook.xml")) is not None
    except FileRefused:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, OSError, EOFError):
        raise FileRefused(
            msg("“{name}” is damaged or is not an Excel workbook.", name=name), reason="damaged"
        ) from None


def _read_sheet(
    workbook: Any, name: str, sheet: str | None, limits: Limits, *, stale: bool
) -> ParsedTable:
    if sheet is not None:
        if sheet not in workbook.sheetnames:
            raise FileRefused(
                msg("“{name}” has no sheet called “{sheet}”.", name=name, sheet=sheet),
                reason="no_sheet",
            )
        worksheet = workbook[sheet]
    else:
        worksheet = workbook.active
        if worksheet is None or not hasattr(worksheet, "iter_rows"):
            worksheet = workbook.worksheets[0] if workbook.worksheets else None
        if worksheet is None:
            raise FileRefused(msg("“{name}” has no worksheet.", name=name), reason="empty")
    headers: tuple[str, ...] | None = None
    header_row = 0
    rows: list[tuple[Cell, ...]] = []
    numbers: list[int] = []
    problems: dict[tuple[int, int], Message] = {}
    scanned_cells = 0
    max_scanned = max(limits.max_rows, 1000) * max(limits.max_columns, 50)
    for number, values, row_problems in sheet_rows(workbook, worksheet, stale=stale):
        scanned_cells += len(values) + 1
        if scanned_cells > max_scanned:
            raise FileRefused(
                msg(
                    "“{name}” is too large to read (more than {limit} rows).",
                    name=name,
                    limit=grouped(limits.max_rows),
                ),
                reason="too_many_rows",
            )
        if len(values) > limits.max_columns:
            if any(_filled(v) for v in values[limits.max_columns :]):
                raise FileRefused(
                    msg(
                        "“{name}” has more than {limit} columns in row {row}.",
                        name=name,
                        limit=limits.max_columns,
                        row=number,
                    ),
                    reason="too_many_columns",
                )
            values = values[: limits.max_columns]
        if not any(_filled(v) for v in values) and not row_problems:
            continue
        if headers is None:
            headers = tuple(_header_text(v) for v in values)
            header_row = number
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
        end = len(values)
        while end and values[end - 1] is None:  # trailing empty cells of a ragged row
            end -= 1
        rows.append(tuple(values[:end]))
        numbers.append(number)
        for column, problem in row_problems.items():
            problems[number, column] = problem
    if headers is None:
        raise FileRefused(msg("“{name}” is empty.", name=name), reason="empty")
    if not rows:
        raise FileRefused(
            msg("“{name}” has a header row but no data rows.", name=name), reason="no_rows"
        )
    end = len(headers)
    while end > 0 and not headers[end - 1]:
        end -= 1
    return ParsedTable(
        headers=headers[:end],
        rows=rows,
        row_numbers=numbers,
        format="xlsx",
        header_row=header_row,
        sheet=worksheet.title,
        date1904=workbook.epoch == CALENDAR_MAC_1904,
        cell_problems=problems,
    )


def _filled(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _header_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
