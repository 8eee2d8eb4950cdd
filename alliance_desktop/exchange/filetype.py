"""Recognising what a file really is from its first bytes, whatever its name says."""

from __future__ import annotations

from typing import Literal

from alliance_desktop.domain.messages import Message, msg
from alliance_desktop.exchange.errors import FileRefused

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
# UTF-16 directory entry names an encrypted OOXML package carries inside its OLE2 container.
_ENCRYPTED_MARKERS = ("EncryptedPackage", "EncryptionInfo")

_FOREIGN: tuple[tuple[bytes, Message], ...] = (
    (b"\x89PNG\r\n\x1a\n", msg("an image (PNG)")),
    (b"\xff\xd8\xff", msg("an image (JPEG)")),
    (b"GIF87a", msg("an image (GIF)")),
    (b"GIF89a", msg("an image (GIF)")),
    (b"II*\x00", msg("an image (TIFF)")),
    (b"MM\x00*", msg("an image (TIFF)")),
    (b"%PDF-", msg("a PDF document")),
    (b"\x1f\x8b", msg("a compressed (gzip) file")),
    (b"7z\xbc\xaf\x27\x1c", msg("a compressed (7-Zip) file")),
    (b"Rar!\x1a\x07", msg("a compressed (RAR) file")),
    (b"SQLite format 3\x00", msg("a database file")),
    (b"{\\rtf", msg("a Word (RTF) document")),
)


def sniff(head: bytes, data_for_ole: bytes | None, name: str) -> Literal["zip", "text"]:
    """``"zip"`` for a workbook candidate, ``"text"`` for CSV; FileRefused for anything else.

    ``data_for_ole`` is the whole file when it starts like OLE2, to tell an encrypted
    workbook from an old .xls.
    """
    if head.startswith(OLE2_MAGIC):
        data = data_for_ole or head
        if any(marker.encode("utf-16-le") in data for marker in _ENCRYPTED_MARKERS):
            raise FileRefused(
                msg(
                    "“{name}” is protected by a password. Open it in Excel, remove the password "
                    "(File › Info › Protect Workbook) and save it again.",
                    name=name,
                ),
                reason="encrypted",
            )
        raise FileRefused(
            msg(
                "“{name}” is an old Excel 97–2003 workbook (.xls) or another Office 97 file. "
                "Open it in Excel and save it as an Excel workbook (.xlsx) or CSV UTF-8.",
                name=name,
            ),
            reason="old_xls",
        )
    if head.startswith(ZIP_MAGICS):
        return "zip"
    if head[4:8] == b"ftyp" or (head.startswith(b"RIFF") and head[8:12] == b"WEBP"):
        raise FileRefused(
            msg("“{name}” is an image or video, not a table.", name=name), reason="binary"
        )
    for magic, what in _FOREIGN:
        if head.startswith(magic):
            raise FileRefused(
                msg("“{name}” is {what}, not a table.", name=name, what=what), reason="binary"
            )
    return "text"
