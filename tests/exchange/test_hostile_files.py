"""Wrong and hostile files are refused with one plain message, in bounded time and memory."""

from __future__ import annotations

import os
import zipfile

import pytest

from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.exchange import FileRefused, Limits, read_table

from .xlsx_tools import add_shared_strings, make_workbook, rewrite_member

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
PNG = b"\x89PNG\r\n\x1a\n"

BILLION_LAUGHS = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
%(padding)s<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">
<si><t>name</t></si><si><t>&lol9;</t></si></sst>"""


def _refused(path, reason: str, **kwargs):
    with pytest.raises(FileRefused) as caught:
        read_table(path, **kwargs)
    error = caught.value
    assert isinstance(error, RefusedError)
    assert error.reason == reason, str(error)
    message = str(error)
    assert path.name in message or reason in ("xml_entities",)
    assert "Traceback" not in message and "\n" not in message
    return message


def _workbook(tmp_path, name="list.xlsx"):
    # Normal (not write-only) mode writes a sharedStrings.xml part.
    return make_workbook(tmp_path / name, [("name", "country_code"), ("Łódź", "PL")])


@pytest.mark.parametrize("name", ["old.xls", "old.xlsx", "old.csv"])
def test_old_xls_is_refused(write_bytes, name):
    path = write_bytes(name, OLE2 + b"\x00" * 4000 + b"Workbook".decode().encode("utf-16-le"))
    message = _refused(path, "old_xls")
    assert ".xlsx" in message


def test_password_protected_workbook_is_refused(write_bytes):
    body = b"\x00" * 2000 + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 100
    body += "EncryptedPackage".encode("utf-16-le") + os.urandom(3000)
    path = write_bytes("secret.xlsx", OLE2 + body)
    assert "password" in _refused(path, "encrypted")


def test_image_renamed_csv_is_refused(write_bytes):
    path = write_bytes("photo.csv", PNG + b"\x00\x00\x00\rIHDR" + os.urandom(2000))
    assert "image" in _refused(path, "binary")


def test_binary_without_known_magic_is_refused(write_bytes):
    path = write_bytes("data.csv", bytes(range(256)) * 20)
    _refused(path, "binary")


def test_text_with_nul_bytes_is_refused(write_bytes):
    path = write_bytes("nul.csv", b"name,country_code\r\nLodz\x00\x01\x02,PL\r\n" * 3)
    _refused(path, "binary")


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b"\r\n\r\n  \r\n", b"\xff\xfe"])
def test_empty_files_are_refused(write_bytes, data):
    _refused(write_bytes("empty.csv", data), "empty")


def test_header_only_csv_is_refused(write_bytes):
    assert "no data rows" in _refused(
        write_bytes("header.csv", b"name;country_code\r\n\r\n"), "no_rows"
    )


def test_header_only_workbook_is_refused(tmp_path):
    path = make_workbook(tmp_path / "header.xlsx", [("name", "country_code")])
    assert "no data rows" in _refused(path, "no_rows")


def test_file_size_limit(write_bytes):
    path = write_bytes("big.csv", b"name\r\n" + b"Lodz\r\n" * 100)
    _refused(path, "too_large", limits=Limits(max_bytes=200))


def test_csv_row_and_column_limits(write_bytes):
    path = write_bytes("rows.csv", b"name\r\n" + b"Lodz\r\n" * 11)
    assert len(read_table(path, limits=Limits(max_rows=11))) == 11
    _refused(path, "too_many_rows", limits=Limits(max_rows=10))
    wide = write_bytes("wide.csv", b",".join(b"c%d" % i for i in range(12)) + b"\r\n1\r\n")
    _refused(wide, "too_many_columns", limits=Limits(max_columns=10))


def test_zip_bomb_by_ratio_is_refused_before_parsing(tmp_path):
    path = _workbook(tmp_path, "bomb.xlsx")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/image1.bin", b"\x00" * (8 * 1024 * 1024))
    assert "zip bomb" in _refused(path, "zip_bomb")


def test_zip_bomb_by_total_size_is_refused(tmp_path):
    path = _workbook(tmp_path, "huge.xlsx")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_STORED) as archive:
        archive.writestr("xl/media/image1.bin", os.urandom(300_000))
    _refused(path, "zip_bomb", limits=Limits(max_unzipped_bytes=200_000))


def test_zip_with_too_many_parts_is_refused(tmp_path):
    path = _workbook(tmp_path, "parts.xlsx")
    with zipfile.ZipFile(path, "a") as archive:
        for i in range(20):
            archive.writestr(f"xl/media/p{i}.bin", b"x")
    _refused(path, "zip_bomb", limits=Limits(max_zip_members=15))


@pytest.mark.parametrize("padding", [b"", b"<!--" + b" " * 6000 + b"-->\n"])
def test_billion_laughs_in_shared_strings_is_refused(tmp_path, padding):
    # Without padding the DOCTYPE is caught by the prolog scan; with 6 kB of comment in
    # front it reaches the XML parser, where defusedxml refuses it.
    path = _workbook(tmp_path, "laughs.xlsx")
    add_shared_strings(path, BILLION_LAUGHS % {b"padding": padding})
    assert "not allowed" in _refused(path, "xml_entities")


def test_billion_laughs_in_a_worksheet_is_refused(tmp_path):
    path = _workbook(tmp_path, "sheet.xlsx")

    def poison(xml: bytes) -> bytes:
        prolog = b'<?xml version="1.0" encoding="UTF-8"?>\n<!--' + b" " * 6000 + b"-->\n"
        dtd = b'<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>\n'
        return prolog + dtd + xml.replace(b"<t>PL</t>", b"<t>&b;</t>")

    rewrite_member(path, "xl/worksheets/sheet1.xml", poison)
    _refused(path, "xml_entities")


def test_truncated_workbook_is_refused(tmp_path):
    path = _workbook(tmp_path, "cut.xlsx")
    path.write_bytes(path.read_bytes()[:600])
    _refused(path, "damaged")


def test_zip_that_is_not_a_workbook_is_refused(tmp_path):
    path = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    _refused(path, "not_workbook")


def test_opendocument_spreadsheet_is_refused(tmp_path):
    path = tmp_path / "list.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    assert ".ods" in _refused(path, "not_workbook")


def test_text_named_xlsx_is_refused(write_bytes):
    _refused(write_bytes("fake.xlsx", b"name,country_code\r\nLodz,PL\r\n"), "damaged")


def test_missing_file_and_folder(tmp_path):
    _refused(tmp_path / "nowhere.csv", "missing")
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    with pytest.raises(FileRefused):
        read_table(folder)
