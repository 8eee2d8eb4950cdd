"""The address block printed on labels, envelopes and letters, for real places in every script."""

from __future__ import annotations

import csv
import importlib.resources

import pytest

from alliance_desktop.domain.postal_address import (
    PostalRecipient,
    address_lines,
    delivery_lines,
    is_latin,
)


def _places() -> list[dict[str, str]]:
    demo = importlib.resources.files("alliance_desktop").joinpath("resources", "demo")
    rows: list[dict[str, str]] = []
    for name in ("authorities_sample.csv", "more_places.csv"):
        with demo.joinpath(name).open(encoding="utf-8") as file:
            rows.extend(csv.DictReader(file))
    return rows


PLACES = _places()


def test_the_demo_places_cover_several_scripts() -> None:
    scripts = {
        script
        for row in PLACES
        for script in ("CYRILLIC", "GREEK", "ARMENIAN", "GEORGIAN")
        if any(script in __import__("unicodedata").name(c, "") for c in row["name"])
    }
    assert scripts == {"CYRILLIC", "GREEK", "ARMENIAN", "GEORGIAN"}


@pytest.mark.parametrize("row", PLACES, ids=lambda r: f"{r['country_code']}-{r['name_latin']}")
def test_every_real_place_gets_its_name_latin_form_and_country_line(row: dict[str, str]) -> None:
    recipient = PostalRecipient(
        uid="u", name=row["name"], name_latin=row["name_latin"], country_code=row["country_code"]
    )
    french = address_lines(recipient, "FR", "fr")
    english = address_lines(recipient, "FR", "en")
    assert french[0] == row["name"]  # its own script, untouched
    if is_latin(row["name"]):
        assert row["name_latin"] not in french[1:]
    else:
        assert french[1] == row["name_latin"]
    if row["country_code"] == "FR":
        assert french[-1] != "FRANCE"
    else:
        assert french[-1] == french[-1].upper()
        assert english[-1] == english[-1].upper()


@pytest.mark.parametrize(
    ("recipient", "expected"),
    [
        (
            PostalRecipient(
                uid="1",
                name="Крагујевац",
                name_latin="Kragujevac",
                country_code="RS",
                attention="Milica Petrović",
                address="Трг српских добровољаца 6\n34000\nКрагујевац",
            ),
            [
                "Крагујевац",
                "Kragujevac",
                "À l'attention de Milica Petrović",
                "Трг српских добровољаца 6",
                "34000 Крагујевац",
                "SERBIE",
            ],
        ),
        (
            PostalRecipient(
                uid="2",
                name="Ηράκλειο",
                name_latin="Irakleio",
                country_code="GR",
                address="Αγίου Τίτου 1\n712 02 Ηράκλειο\nGreece",
            ),
            ["Ηράκλειο", "Irakleio", "Αγίου Τίτου 1", "712 02 Ηράκλειο", "GRÈCE"],
        ),
        (
            PostalRecipient(
                uid="3",
                name="Bristol",
                country_code="GB",
                address="City Hall, College Green\nBS1 5TR\nBristol",
            ),
            ["Bristol", "City Hall, College Green", "Bristol", "BS1 5TR", "ROYAUME-UNI"],
        ),
        (
            PostalRecipient(
                uid="4",
                name="Jelgava",
                country_code="LV",
                address="Lielā iela 11\nJelgava\nLV-3001",
            ),
            ["Jelgava", "Lielā iela 11", "Jelgava, LV-3001", "LETTONIE"],
        ),
        (
            PostalRecipient(
                uid="5",
                name="Strasbourg",
                country_code="FR",
                address="1 parc de l'Étoile\n67076 Strasbourg Cedex",
            ),
            ["Strasbourg", "1 parc de l'Étoile", "67076 Strasbourg Cedex"],
        ),
        (
            PostalRecipient(uid="6", name="ბათუმი", name_latin="Batumi", country_code="GE"),
            ["ბათუმი", "Batumi", "GÉORGIE"],
        ),
        (
            PostalRecipient(uid="7", name="Փարաքար", name_latin="Parakar", country_code="AM"),
            ["Փարաքար", "Parakar", "ARMÉNIE"],
        ),
    ],
    ids=["serbian-cyrillic", "greek", "uk-postcode-after", "latvia", "domestic", "ka", "hy"],
)
def test_address_blocks_per_country(recipient: PostalRecipient, expected: list[str]) -> None:
    assert address_lines(recipient, "FR", "fr") == expected


def test_the_country_line_follows_the_senders_language_and_country() -> None:
    recipient = PostalRecipient(uid="1", name="Łódź", country_code="PL", attention="Anna Nowak")
    assert address_lines(recipient, "FR", "en") == ["Łódź", "Attn: Anna Nowak", "POLAND"]
    assert address_lines(recipient, "PL", "fr") == ["Łódź", "À l'attention de Anna Nowak"]
    # A letter in the recipient's language words the attention line in theirs.
    assert address_lines(recipient, "FR", "fr", attention_language="en")[1] == "Attn: Anna Nowak"


def test_hostile_text_is_kept_literally_without_invisible_controls() -> None:
    recipient = PostalRecipient(
        uid="1",
        name="Evil \u202eName</para> <b>&amp;",
        country_code="DE",
        attention="A & B <i>",
        address="Line\u200b 1\r\n\n  Line   2  ",
    )
    assert address_lines(recipient, "FR", "en") == [
        "Evil Name</para> <b>&amp;",
        "Attn: A & B <i>",
        "Line 1",
        "Line 2",
        "GERMANY",
    ]


def test_delivery_lines_keep_unusual_layouts_as_typed() -> None:
    # Two lines that could be postcodes: nothing is moved.
    assert delivery_lines("1010\n2020\nWien", "AT") == ["1010", "2020", "Wien"]
    assert delivery_lines("Rathausplatz 1\n1010\nWien", "AT") == ["Rathausplatz 1", "1010 Wien"]
    assert delivery_lines("", "AT") == []
