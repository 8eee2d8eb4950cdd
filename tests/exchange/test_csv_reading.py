"""Delimiters, RFC 4180 quoting, multi-line cells and the row numbers people see."""

from __future__ import annotations

import pytest

from alliance_desktop.exchange import read_table


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiter_is_detected(tmp_path, delimiter):
    text = delimiter.join(["name", "country_code", "population"]) + "\r\n"
    text += delimiter.join(["Łódź", "PL", "670000"]) + "\r\n"
    text += delimiter.join(["Timișoara", "RO", "250000"]) + "\r\n"
    path = tmp_path / "list.csv"
    path.write_text(text, encoding="utf-8")
    table = read_table(path)
    assert table.delimiter == delimiter
    assert table.headers == ("name", "country_code", "population")
    assert table.rows == [("Łódź", "PL", "670000"), ("Timișoara", "RO", "250000")]


def test_commas_inside_a_semicolon_file(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("name;place\nŁódź;Strasbourg, 32nd Session\nBrno;Brussels, 2018\n", "utf-8")
    table = read_table(path)
    assert table.delimiter == ";"
    assert table.rows[0] == ("Łódź", "Strasbourg, 32nd Session")


def test_delimiter_override(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("name;note\nŁódź;a,b,c,d,e\n", "utf-8")
    table = read_table(path, delimiter=",")
    assert table.headers == ("name;note",)


def test_quoted_cells_multi_line_and_row_numbers(tmp_path):
    text = (
        "name,address,notes\r\n"
        '"Łódź","ul. Piotrkowska 104\r\n90-926 Łódź","said ""yes"""\r\n'
        "\r\n"  # a blank line is a blank spreadsheet row: skipped but counted
        '"Brno, město",Dominikánské nám. 1,\r\n'
    )
    path = tmp_path / "quoted.csv"
    path.write_bytes(text.encode("utf-8"))
    table = read_table(path)
    assert table.rows[0] == ("Łódź", "ul. Piotrkowska 104\r\n90-926 Łódź", 'said "yes"')
    assert table.rows[1][0] == "Brno, město"
    # The header is row 1; a multi-line cell is still one spreadsheet row.
    assert table.header_row == 1
    assert table.row_numbers == [2, 4]


def test_excel_sep_line_names_the_delimiter(tmp_path):
    path = tmp_path / "sep.csv"
    path.write_text("sep=;\r\nname;country_code\r\nŁódź;PL\r\n", "utf-8")
    table = read_table(path)
    assert table.delimiter == ";"
    assert table.headers == ("name", "country_code")
    assert table.row_numbers == [2]


def test_short_rows_and_trailing_empty_headers(tmp_path):
    path = tmp_path / "ragged.csv"
    path.write_text("name;country_code;;\nŁódź\nBrno;CZ;;\n", "utf-8")
    table = read_table(path)
    assert table.headers == ("name", "country_code")
    assert table.rows[0] == ("Łódź",)


def test_formula_prefix_is_removed_only_where_export_put_it(tmp_path):
    path = tmp_path / "prefixed.csv"
    path.write_text("notes\n'=SUM(A1)\n'+33 1 23\n'-\n'@home\n'plain\n''=x\n'\n", encoding="utf-8")
    values = [row[0] for row in read_table(path).rows]
    assert values == ["=SUM(A1)", "+33 1 23", "-", "@home", "'plain", "'=x", "'"]


def test_only_the_exports_escape_is_removed_from_look_alike_formulas(tmp_path):
    path = tmp_path / "prefixed.csv"
    path.write_text("name\n'＝1+1\n'＋33\n'－5\n'＠home\n''＝x\n's-Hertogenbosch\n", "utf-8")
    values = [row[0] for row in read_table(path).rows]
    assert values == ["＝1+1", "＋33", "－5", "＠home", "'＝x", "'s-Hertogenbosch"]


def test_a_file_not_in_the_exports_form_keeps_its_apostrophes(tmp_path):
    # Spreadsheets never write the ' they take as "text" into a CSV: in a file whose header
    # is not the export's keys, a leading ' is part of the cell.
    path = tmp_path / "survey.csv"
    path.write_text(
        "Name,Country,Notes\n"
        "'s-Hertogenbosch,NL,'-' means no answer\n"
        "Graz,AT,'+' marks the approved ones\n"
        "Brno,CZ,'=' is the sign for equal\n",
        encoding="utf-8",
    )
    table = read_table(path)
    assert [row[0] for row in table.rows] == ["'s-Hertogenbosch", "Graz", "Brno"]
    assert [row[2] for row in table.rows] == [
        "'-' means no answer",
        "'+' marks the approved ones",
        "'=' is the sign for equal",
    ]


def test_an_export_with_columns_deleted_is_still_unescaped(tmp_path):
    path = tmp_path / "members.csv"
    path.write_text("name,country_code,notes\n's-Hertogenbosch,NL,'-' means none\n", "utf-8")
    assert read_table(path).rows == [("'s-Hertogenbosch", "NL", "-' means none")]


def test_tsv_file(tmp_path):
    path = tmp_path / "list.tsv"
    path.write_text("name\tcountry_code\nŁódź\tPL\n", "utf-8")
    assert read_table(path).rows == [("Łódź", "PL")]
