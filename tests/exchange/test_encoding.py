"""Reading text in every encoding a European Excel writes, and never guessing silently."""

from __future__ import annotations

import codecs

import pytest

from alliance_desktop.exchange import FileRefused, detect_encoding, read_table


def _csv(names: list[str], country: str = "PL") -> str:
    return "name;country_code\r\n" + "".join(f"{n};{country}\r\n" for n in names)


@pytest.mark.parametrize(
    ("encoding", "names"),
    [
        ("cp1250", ["Łódź"]),
        ("cp1250", ["Łódź", "Kraków", "Gdańsk", "Wrocław", "Żory"]),
        ("cp1250", ["Příbram", "Žďár nad Sázavou", "Brno"]),
        ("cp1250", ["Timişoara", "Braşov"]),  # Romanian as cp1250 writes it (cedilla)
        ("cp1251", ["Крагујевац"]),
        ("cp1251", ["Крагујевац", "Львів", "София"]),
        ("cp1253", ["Βόλος"]),
        ("cp1253", ["Βόλος", "Ηράκλειο"]),
        ("cp1254", ["Şişli"]),
        ("cp1254", ["Şişli", "İstanbul", "Diyarbakır"]),
        ("cp1257", ["Šiauliai", "Kėdainiai"]),
        ("cp1252", ["München", "Köln"]),
        ("iso-8859-2", ["Łódź", "Kraków"]),
    ],
)
def test_code_pages_decode_to_the_right_text(tmp_path, encoding, names):
    path = tmp_path / "list.csv"
    path.write_bytes(_csv(names).encode(encoding))
    table = read_table(path)
    assert [row[0] for row in table.rows] == names
    if table.ambiguous:
        # Asking is allowed; then the right reading is the first one offered.
        assert table.encoding_candidates[0].encoding == table.encoding
        assert len(table.encoding_candidates) > 1


def test_lodz_in_cp1250_is_certain_and_never_mojibake(tmp_path):
    path = tmp_path / "lodz.csv"
    path.write_bytes(_csv(["Łódź"]).encode("cp1250"))
    table = read_table(path)
    assert table.rows[0][0] == "Łódź"
    assert table.encoding == "cp1250"
    assert not table.ambiguous
    assert "£ódŸ" not in {c.sample for c in table.encoding_candidates}


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [("cp1251", "cp1251"), ("cp1253", "cp1253")],
)
def test_cyrillic_and_greek_are_told_apart(encoding, expected):
    text = _csv(["Крагујевац", "Львів"] if encoding == "cp1251" else ["Βόλος", "Ηράκλειο"])
    assert detect_encoding(text.encode(encoding)).encoding == expected


def test_similar_code_pages_are_flagged_ambiguous_with_samples(tmp_path):
    # "Genève" in cp1252 reads as "Genčve" in cp1250: both are plausible, so ask.
    path = tmp_path / "geneve.csv"
    path.write_bytes(_csv(["Genève"], "CH").encode("cp1252"))
    table = read_table(path)
    assert table.ambiguous
    samples = {c.encoding: c.sample for c in table.encoding_candidates}
    assert samples["cp1252"] == "Genève"
    assert samples["cp1250"] == "Genčve"
    assert all(c.name for c in table.encoding_candidates)
    # The user chose: read again with the override.
    chosen = read_table(path, encoding="cp1250")
    assert chosen.rows[0][0] == "Genčve"
    assert not chosen.ambiguous


@pytest.mark.parametrize("bom", [True, False])
def test_utf8_with_and_without_bom(tmp_path, bom):
    names = ["Łódź", "Timișoara", "Şişli", "Крагујевац", "Βόλος", "Փարաքար", "ქუთაისი"]
    data = _csv(names).encode("utf-8")
    path = tmp_path / "utf8.csv"
    path.write_bytes(codecs.BOM_UTF8 + data if bom else data)
    table = read_table(path)
    assert [r[0] for r in table.rows] == names
    assert table.headers[0] == "name"  # no BOM left on the first header
    assert table.encoding == ("utf-8-sig" if bom else "utf-8")
    assert not table.ambiguous


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom_and_without(tmp_path, encoding):
    names = ["Łódź", "Крагујевац", "Ηράκλειο", "ქუთაისი"]
    path = tmp_path / "utf16.txt"
    # "utf-16" writes a BOM; the -le/-be codecs write none (detected by the NUL pattern).
    path.write_bytes(_csv(names).replace(";", "\t").encode(encoding))
    table = read_table(path)
    assert [r[0] for r in table.rows] == names
    assert table.delimiter == "\t"
    assert table.encoding is not None and table.encoding.startswith("utf-16")


def test_explicit_encoding_override(tmp_path):
    path = tmp_path / "override.csv"
    path.write_bytes(_csv(["Şişli"]).encode("cp1254"))
    assert read_table(path, encoding="windows-1254").rows[0][0] == "Şişli"


def test_override_that_cannot_decode_is_refused(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(_csv(["Łódź"]).encode("cp1250"))
    with pytest.raises(FileRefused) as caught:
        read_table(path, encoding="utf-8")
    assert caught.value.reason == "encoding"
    with pytest.raises(FileRefused):
        read_table(path, encoding="no-such-encoding")


def test_ascii_is_plain_utf8():
    guess = detect_encoding(b"name,country_code\r\nBelsh,AL\r\n")
    assert guess.encoding == "utf-8"
    assert not guess.ambiguous
