"""What the exchange layer says about a file, in French: refusals, row errors, cell errors."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from pypdf import PdfReader

from alliance_desktop.domain.enums import Language, MembershipStatus
from alliance_desktop.domain.messages import use_language
from alliance_desktop.exchange import (
    MEMBER_COLUMNS,
    MEMBER_PDF_COLUMNS,
    FileRefused,
    Limits,
    ListKind,
    describe_filter,
    read_rows,
    read_table,
    write_pdf_list,
)
from alliance_desktop.exchange.labels import ORGANISATION, list_title

from .conftest import member_rows
from .xlsx_tools import make_workbook


@pytest.fixture
def french() -> Iterator[None]:
    use_language("fr")
    yield
    use_language("en")


def test_a_stray_quote_is_refused_in_french(tmp_path, french):
    path = tmp_path / "membres.csv"
    path.write_text('name,country_code\n"Graz,AT\nWien,AT\nLinz,AT\n', encoding="utf-8")
    with pytest.raises(FileRefused) as refused:
        read_table(path)
    assert refused.value.reason == "unclosed_quote"
    assert str(refused.value) == (
        "« membres.csv », ligne 2 : un guillemet (\") ouvre ici une cellule qui n'est jamais "
        "fermée ; les 2 lignes suivantes seraient donc lues comme cette seule cellule. "
        "Supprimez le guillemet en trop ou fermez-le là où la cellule se termine, puis réessayez."
    )


def test_the_refusal_is_put_into_words_when_shown_not_when_raised(tmp_path):
    path = tmp_path / "vide.csv"
    path.write_text("name,country_code\n", encoding="utf-8")
    with pytest.raises(FileRefused) as refused:
        read_table(path)
    assert str(refused.value) == "“vide.csv” has a header row but no data rows."
    use_language("fr")
    try:
        assert (
            str(refused.value) == "« vide.csv » a une ligne d'en-tête mais aucune ligne de données."
        )
    finally:
        use_language("en")


def test_a_bad_date_is_a_row_error_in_french(tmp_path, french):
    path = tmp_path / "membres.csv"
    path.write_text(
        "Nom;Pays;Date d'adhésion\nGraz;AT;2017-02-30\nBrno;CZ;3/4/17\nLinz;AT;\n",
        encoding="utf-8",
    )
    errors = [str(error) for error in read_rows(path, MEMBER_COLUMNS).errors]
    assert errors == [
        "ligne 2, colonne Date d'adhésion : « 2017-02-30 » n'est pas une date valide "
        "(le jour d'abord : 29.03.2017)",
        "ligne 3, colonne Date d'adhésion : « 3/4/17 » : écrivez l'année avec quatre chiffres "
        "(29.03.2017)",
        "ligne 4, colonne Date d'adhésion : valeur obligatoire manquante",
    ]


def test_a_missing_column_and_a_bad_number_in_french(tmp_path, french):
    path = tmp_path / "membres.csv"
    path.write_text("Nom;Population\nGraz;beaucoup\n", encoding="utf-8")
    errors = [str(error) for error in read_rows(path, MEMBER_COLUMNS).errors]
    assert errors == [
        "colonne country_code : cette colonne obligatoire est absente",
        "colonne joined_on : cette colonne obligatoire est absente",
        "ligne 2, colonne Population : « beaucoup » n'est pas un nombre entier",
    ]


def test_an_error_cell_of_a_workbook_in_french(tmp_path, french):
    path = make_workbook(
        tmp_path / "membres.xlsx",
        [
            ["name", "country_code", "joined_on", "focal_point"],
            ["Graz", "AT", "2020-01-01", "#N/A"],
        ],
    )
    errors = [str(error) for error in read_rows(path, MEMBER_COLUMNS).errors]
    assert errors == [
        "ligne 2, colonne focal_point : la cellule D2 contient l'erreur de tableur #N/A au lieu "
        "d'une valeur ; corrigez-la dans le classeur et importez-le de nouveau"
    ]


def test_sizes_are_written_the_french_way(tmp_path, french):
    path = tmp_path / "grand.csv"
    path.write_text("name\n" + "Graz\n" * 3, encoding="utf-8")
    with pytest.raises(FileRefused) as refused:
        read_table(path, limits=Limits(max_rows=2))
    assert str(refused.value) == (
        "« grand.csv » a plus de 2 lignes. Répartissez-les entre des fichiers plus petits."
    )
    path.write_text("name\n" + "x" * 40_000 + "\n", encoding="utf-8")
    with pytest.raises(FileRefused) as refused:
        read_table(path)
    # French groups thousands with a (no-break) space, English with a comma.
    assert "ligne 2 : une cellule y dépasse 32\u00a0767 caractères" in str(refused.value)
    use_language("en")
    assert "line 2: a cell there is longer than 32,767 characters" in str(refused.value)


# English words a French list must not show: its titles, headings and totals in English.
_ENGLISH = re.compile(
    r"\b(members?|from|countr(y|ies)|complete list|continued|page \d+ of|status|kind|"
    r"joined|active|region|municipality|name|of the alliance|yes|no)\b",
    re.IGNORECASE,
)


def test_the_french_list_of_members_has_no_english_left(tmp_path):
    rows = member_rows(60)
    for row in rows:
        row["status"] = MembershipStatus.ACTIVE
    path = tmp_path / "membres.pdf"
    count = write_pdf_list(
        path,
        rows,
        MEMBER_PDF_COLUMNS,
        kind=ListKind.MEMBERS,
        language=Language.FR,
        title=list_title(ListKind.MEMBERS, Language.FR),
        filter_description=describe_filter(language="fr"),
        generated_on=dt.date(2026, 12, 4),
    )
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    for row in rows:  # the data are names, not words of the list
        for value in (row["name"], row["name_latin"]):
            text = text.replace(value, "")
    assert ORGANISATION[1] in text and "Membres de l’Alliance" in text
    assert "Liste complète" in text
    assert "Nom" in text and "Adhésion" in text and "Statut" in text
    assert "actif" in text and "municipalité" in text and "région" in text
    assert f"{count} membres de" in text and "Page 1 sur" in text
    assert _ENGLISH.findall(text) == []
