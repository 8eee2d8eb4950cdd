"""Building test workbooks, including doctored ones, with openpyxl and zipfile."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import openpyxl


def make_workbook(
    path: Path,
    rows: Sequence[Sequence[Any]],
    *,
    epoch_1904: bool = False,
    text_columns: Sequence[int] = (),
) -> Path:
    """A plain workbook; cells of ``text_columns`` are stored as text ("@" format)."""
    workbook = openpyxl.Workbook()
    if epoch_1904:
        workbook.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    sheet = workbook.active
    sheet.title = "Members"
    for row in rows:
        sheet.append(list(row))
    for column in text_columns:
        for (cell,) in sheet.iter_rows(min_col=column + 1, max_col=column + 1):
            if isinstance(cell.value, str):
                cell.data_type = "s"
                cell.number_format = "@"
    workbook.save(path)
    return path


def rewrite_member(path: Path, member: str, change: Callable[[bytes], bytes]) -> None:
    """Replace one part of a zip (a workbook) with ``change(old_bytes)``."""
    with zipfile.ZipFile(path) as source:
        parts = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in parts:
            target.writestr(info.filename, change(data) if info.filename == member else data)


SHARED_STRINGS_TYPE = (
    b'<Override PartName="/xl/sharedStrings.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
)


def add_shared_strings(path: Path, xml: bytes) -> None:
    """Give the workbook a sharedStrings part (openpyxl itself writes inline strings)."""
    with zipfile.ZipFile(path) as source:
        parts = [(info.filename, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts:
            if name == "[Content_Types].xml":
                data = data.replace(b"</Types>", SHARED_STRINGS_TYPE + b"</Types>")
            elif name == "xl/worksheets/sheet1.xml":
                # The first cell now points at shared string 0.
                data = data.replace(
                    b'<c r="A1" t="inlineStr"><is><t>name</t></is></c>',
                    b'<c r="A1" t="s"><v>0</v></c>',
                )
            target.writestr(name, data)
        target.writestr("xl/sharedStrings.xml", xml)
