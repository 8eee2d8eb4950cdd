"""File names safe on Windows, macOS and Linux, and distinct within a batch."""

from __future__ import annotations

import unicodedata

import pytest

from alliance_desktop.reports import UniqueNames, safe_filename, unique_filenames
from alliance_desktop.reports.filenames import MAX_NAME_BYTES, name_key

from .conftest import NAMES


def test_a_readable_name_stays_as_it_is() -> None:
    assert safe_filename("DAG-2018-0042 Łódź", ".pdf") == "DAG-2018-0042 Łódź.pdf"
    for name, *_rest in NAMES:
        assert safe_filename(name, "pdf") == f"{name}.pdf"


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        ("CON", "_CON.pdf"),
        ("con", "_con.pdf"),
        ("Nul", "_Nul.pdf"),
        ("COM1", "_COM1.pdf"),
        ("lpt9", "_lpt9.pdf"),
        ("CON.backup", "_CON.backup.pdf"),
        ("CONSTANȚA", "CONSTANȚA.pdf"),
        ("COM10", "COM10.pdf"),
    ],
)
def test_windows_device_names_are_defused(stem: str, expected: str) -> None:
    assert safe_filename(stem, ".pdf") == expected


def test_forbidden_characters_are_replaced() -> None:
    assert safe_filename("a/b", ".pdf") == "a_b.pdf"
    assert safe_filename("a\\b", ".pdf") == "a_b.pdf"
    assert safe_filename('Rotterdam <NL>: "x" | y? *', ".pdf") == "Rotterdam _NL__ _x_ _ y_ _.pdf"
    assert safe_filename("tab\there\nnew\x00line\x7f", ".pdf") == "tab_here_new_line_.pdf"
    assert safe_filename("zero\u200bwidth\u202eoverride", ".pdf") == "zero_width_override.pdf"


def test_dots_and_spaces_at_the_ends_are_stripped() -> None:
    assert safe_filename("  Łódź. . ", ".pdf") == "Łódź.pdf"
    assert safe_filename("...hidden", ".pdf") == "hidden.pdf"
    assert safe_filename("many    spaces", ".pdf") == "many spaces.pdf"


def test_empty_names_fall_back() -> None:
    assert safe_filename("", ".pdf") == "certificate.pdf"
    assert safe_filename(" ... ", ".pdf") == "certificate.pdf"
    assert safe_filename("///", ".pdf") == "___.pdf"


def test_names_are_composed_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Timișoara Łódź")
    assert safe_filename(decomposed, ".pdf") == unicodedata.normalize("NFC", "Timișoara Łódź.pdf")


@pytest.mark.parametrize("letter", ["a", "é", "ქ", "Ж"])
def test_long_names_are_cut_to_the_byte_limit(letter: str) -> None:
    name = safe_filename("DAG-2018-0042 " + letter * 400, ".pdf")
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert name.endswith(letter + ".pdf")
    assert name.startswith("DAG-2018-0042 ")


def test_cutting_never_leaves_a_letter_without_its_marks() -> None:
    # A letter followed by a combining mark that cannot be composed (e with dot below and
    # a combining tilde): cutting between them would change the letter.
    stem = "x" * (MAX_NAME_BYTES - 6) + "e\u0323\u0303yyyy"
    name = safe_filename(stem, ".pdf")
    assert not unicodedata.combining(name.removesuffix(".pdf")[-1])
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES


def test_duplicates_differing_only_in_case_get_numbers() -> None:
    names = unique_filenames(
        ["Łódź.pdf", "ŁÓDŹ.pdf", "łódź.pdf", "Львів.pdf", "ЛЬВІВ.pdf", "Łódź (2).pdf"]
    )
    assert names == [
        "Łódź.pdf",
        "ŁÓDŹ (2).pdf",
        "łódź (3).pdf",
        "Львів.pdf",
        "ЛЬВІВ (2).pdf",
        "Łódź (2) (2).pdf",
    ]
    assert len({name_key(n) for n in names}) == len(names)


def test_names_that_differ_only_in_normalisation_collide() -> None:
    composed = "Timișoara.pdf"
    decomposed = unicodedata.normalize("NFD", composed)
    assert unique_filenames([composed, decomposed]) == [composed, decomposed[:-4] + " (2).pdf"]


def test_names_already_in_the_folder_are_avoided() -> None:
    allocator = UniqueNames(taken=["CERT.PDF"])
    assert allocator.allocate("cert.pdf") == "cert (2).pdf"
    assert allocator.allocate("cert.pdf") == "cert (3).pdf"


def test_numbered_names_stay_within_the_byte_limit() -> None:
    long_name = safe_filename("ქ" * 300, ".pdf")
    first, second = unique_filenames([long_name, long_name.upper()])
    assert first == long_name
    assert second.endswith(" (2).PDF")  # Mtavruli capitals fold to the same name
    assert len(second.encode("utf-8")) <= MAX_NAME_BYTES
