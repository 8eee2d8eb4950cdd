"""Comparable forms of names, e-mails and websites."""

from __future__ import annotations

import pytest

from alliance_desktop.domain.duplicate_keys import (
    block_keys,
    comparable_name,
    email_key,
    website_key,
)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Łódź", "lodz"),
        ("City of Łódź", "lodz"),
        ("Municipality of Kragujevac", "kragujevac"),
        ("Timişoara", "timisoara"),  # s with cedilla
        ("Timișoara", "timisoara"),  # s with comma below
        ("  ŞİŞLİ ", "sisli"),
        ("Saint-Denis", "saint denis"),
        ("Ville de Strasbourg", "strasbourg"),
        ("Grad", "grad"),  # a title alone stays a name
        ("Region of Epirus", "region of epirus"),  # a region is another authority
        ("", ""),
    ],
)
def test_comparable_name(written: str, expected: str) -> None:
    assert comparable_name(written) == expected


def test_another_script_is_read_through_the_given_transliteration() -> None:
    table = str.maketrans({"б": "b", "е": "e", "о": "o", "г": "g", "р": "r", "а": "a", "д": "d"})
    assert comparable_name("Београд", lambda text: text.translate(table)) == "beograd"
    assert comparable_name("Београд") == "београд"  # without one it stays as written


def test_email_and_website_keys() -> None:
    assert email_key(" Info@Lodz.PL ") == "info@lodz.pl"
    assert website_key("https://www.Lodz.pl/") == "lodz.pl"
    assert website_key("http://lodz.pl") == website_key("www.lodz.pl/") == "lodz.pl"
    assert website_key("lodz.pl/en/") == "lodz.pl/en"
    assert website_key("") == ""


def test_block_keys_are_the_first_and_last_letters() -> None:
    assert block_keys("novi sad") == ("<nov", ">sad")
