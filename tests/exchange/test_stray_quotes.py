"""A stray quote in a CSV file refuses the file, naming its line; real multi-line cells pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from alliance_desktop.exchange import MEMBER_COLUMNS, FileRefused, read_table, write_csv
from tests.exchange.conftest import member_rows

HEADER = "name,country_code,joined_on,focal_point"


def _good_rows(count: int, start: int = 0) -> list[str]:
    return [f"Town {i},PL,2020-01-01,Person {i}" for i in range(start, start + count)]


def _write(tmp_path: Path, lines: list[str], end: str = "\n", name: str = "f.csv") -> Path:
    path = tmp_path / name
    path.write_bytes((end.join(lines) + end).encode("utf-8"))
    return path


def _refusal(path: Path) -> FileRefused:
    with pytest.raises(FileRefused) as caught:
        read_table(path)
    return caught.value


def test_a_quote_never_closed_refuses_the_file_naming_its_line(tmp_path):
    path = _write(tmp_path, [HEADER, 'Brokenville,PL,2020-01-01,"Jan Nowak', *_good_rows(998)])
    error = _refusal(path)
    assert error.reason == "unclosed_quote"
    assert str(error).startswith('“f.csv”, line 2: a quote (") opens a cell here and is never')
    assert "the 998 lines after it" in str(error)


def test_a_stray_quote_in_the_first_cell_is_named_not_the_names_length(tmp_path):
    path = _write(tmp_path, [HEADER, '"Brokenville,PL,2020-01-01,Jan Nowak', *_good_rows(998)])
    error = _refusal(path)
    assert error.reason == "unclosed_quote"
    assert "line 2: a quote" in str(error)
    assert "long" not in str(error)


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_line_numbers_count_earlier_multi_line_cells_and_blank_lines(tmp_path, end):
    lines = [
        "name,country_code,joined_on,address",
        f'Łódź,PL,2020-01-01,"ul. Piotrkowska 104{end}90-926 Łódź"',  # lines 2-3
        "",  # line 4
        *_good_rows(3),  # lines 5-7
        'Brno,CZ,2020-01-01,"Dominikánské nám. 1',  # line 8
        *_good_rows(3, start=3),
    ]
    error = _refusal(_write(tmp_path, lines, end))
    assert "“f.csv”, line 8: a quote" in str(error)


def test_the_excel_sep_line_counts_as_a_line(tmp_path):
    path = _write(tmp_path, ["sep=,", HEADER, 'Graz,AT,2020-01-01,"Anna', *_good_rows(2)])
    assert "line 3: a quote" in str(_refusal(path))


def test_a_quote_closing_inside_a_later_cell_refuses_the_file(tmp_path):
    lines = [
        HEADER,
        'Brokenville,PL,2020-01-01,"Jan Nowak',  # line 2: the stray quote
        *_good_rows(5),
        'Brno,CZ,2020-01-01,"Anna" Nováková',  # line 8: its quote closes the stray one
        *_good_rows(5, start=5),
    ]
    error = _refusal(_write(tmp_path, lines))
    assert error.reason == "stray_quote"
    assert 'line 2: a quote (") opens a cell here and only closes on line 8' in str(error)


def test_a_quote_closed_by_another_stray_quote_after_rows_refuses_the_file(tmp_path):
    lines = [HEADER, 'Graz,AT,2020-01-01,"Jan Nowak', *_good_rows(3), 'Brno,CZ,2020-01-01,Anna"']
    error = _refusal(_write(tmp_path, lines))
    assert error.reason == "stray_quote"
    assert "line 2" in str(error) and "only closes on line 6" in str(error)
    assert "look like rows" in str(error)


def test_a_quote_on_the_last_line_never_closed_refuses_the_file(tmp_path):
    for end in ("\n", ""):
        path = tmp_path / "last.csv"
        path.write_text(f'{HEADER}\nGraz,AT,2020-01-01,Anna\nBrno,CZ,2020-01-01,"Jan{end}')
        error = _refusal(path)
        assert error.reason == "unclosed_quote"
        assert '“last.csv”, line 3: a quote (") opens a cell here and is never closed.' in (
            str(error)
        )


def test_a_quoted_cell_longer_than_a_spreadsheet_cell_refuses_the_file(tmp_path):
    notes = "\n".join(["word " * 20] * 400)  # 40,000 characters on 400 lines, closed cleanly
    path = _write(tmp_path, ["name,notes", f'Graz,"{notes}"', "Brno,short"])
    error = _refusal(path)
    assert error.reason == "stray_quote"
    assert "line 2: a quote" in str(error) and "more than a spreadsheet cell holds" in str(error)


def test_a_quote_running_past_the_csv_field_limit_names_its_line(tmp_path):
    # Past 131,072 characters the csv module gives up before the file ends.
    lines = [HEADER, *_good_rows(2), 'Graz,AT,2020-01-01,"Anna', *_good_rows(6000, start=2)]
    error = _refusal(_write(tmp_path, lines))
    assert error.reason == "unclosed_quote"
    assert 'line 4: a quote (") opens a cell here and runs on for more than 32,767' in str(error)


def test_an_unquoted_cell_longer_than_a_spreadsheet_cell_refuses_the_file(tmp_path):
    path = _write(tmp_path, ["name,notes", "Graz,short", "Brno," + "x" * 40_000])
    error = _refusal(path)
    assert error.reason == "cell_too_long"
    assert "line 3: a cell there is longer than 32,767 characters" in str(error)


def test_multi_line_cells_that_close_still_import(tmp_path):
    address = "Urząd Miasta, Wydział Spraw Społecznych\nul. Piotrkowska 104, pok. 12\n90-926 Łódź"
    notes = "\n".join(f"point {i}: agreed" for i in range(60))  # a long note is no stray quote
    lines = [
        "name,country_code,address,notes",
        f'Łódź,PL,"{address}","{notes}"',
        'Brno,CZ,"Dominikánské nám. 1, Brno",said ""yes""',
    ]
    table = read_table(_write(tmp_path, lines))
    assert table.rows[0][2] == address and table.rows[0][3] == notes
    assert table.row_numbers == [2, 3]


def test_the_own_export_with_multi_line_cells_reads_back(tmp_path):
    rows = member_rows()
    for row in rows:
        row["notes"] = "first line\n" + "\n".join(f"line {i}, with, commas" for i in range(30))
    path = tmp_path / "members.csv"
    write_csv(path, rows, MEMBER_COLUMNS)
    table = read_table(path)
    notes = table.headers.index("notes")
    address = table.headers.index("address")
    assert [r[notes] for r in table.rows] == [r["notes"] for r in rows]
    assert table.rows[0][address] == "Piața Victoriei 1\n300030 Timișoara"
