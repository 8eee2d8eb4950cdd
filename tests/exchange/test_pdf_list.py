"""PDF lists as people read them: every name, grouped by country, page X of Y, totals."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pdf_support import every_font, unembedded_fonts
from pypdf import PdfReader

from alliance_desktop.domain.enums import Language
from alliance_desktop.exchange import (
    APPLICATION_PDF_COLUMNS,
    MEMBER_PDF_COLUMNS,
    SIGNATORY_PDF_COLUMNS,
    Cancelled,
    ListKind,
    describe_filter,
    totals_sentence,
    write_pdf_list,
)

from .conftest import NAMES, application_rows, member_rows, signatory_rows


def _pages(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_every_name_in_every_script_is_in_the_list(tmp_path):
    path = tmp_path / "signatories.pdf"
    count = write_pdf_list(
        path,
        signatory_rows(),
        SIGNATORY_PDF_COLUMNS,
        kind=ListKind.SIGNATORIES,
        generated_on=dt.date(2017, 3, 29),
    )
    assert count == len(NAMES)
    text = "\n".join(_pages(path))
    for name, latin, _ in NAMES:
        assert name in text
        if latin:
            assert f"{name} ({latin})" in text
    assert "Signatories of the Declaration against anti-Gypsyism" in text
    assert "29 March 2017" in text
    assert "Complete list" in text
    assert "10 signatories from 8 countries" in text
    # Grouped by country, headings in English, in alphabetical order.
    headings = [
        h
        for h in (
            "Armenia",
            "Georgia",
            "Greece",
            "Poland",
            "Romania",
            "Serbia",
            "Türkiye",
            "Ukraine",
        )
        if h in text
    ]
    assert len(headings) >= 7
    assert "Page 1 of 1" in text


def test_long_list_repeats_header_and_numbers_pages(tmp_path):
    path = tmp_path / "members.pdf"
    rows = member_rows(400)
    rows.sort(key=lambda r: r["participant_no"])
    filter_text = describe_filter(status="active", search="ó")
    write_pdf_list(
        path, rows, MEMBER_PDF_COLUMNS, kind=ListKind.MEMBERS, filter_description=filter_text
    )
    pages = _pages(path)
    total = len(pages)
    assert total > 3
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {total}" in text
        assert "Members of the Alliance" in text
        assert filter_text in text
        for title in ("No.", "Name", "Kind", "Joined on", "Status"):
            assert title in text
    everything = "\n".join(pages)
    for row in rows:
        assert row["name"] in everything
    assert "(continued)" in everything
    assert pages[-1].rstrip().endswith(totals_sentence(ListKind.MEMBERS, 400, 8))
    assert "400 members from 8 countries" in pages[-1]


def test_french_list(tmp_path):
    path = tmp_path / "candidatures.pdf"
    write_pdf_list(
        path,
        application_rows(),
        APPLICATION_PDF_COLUMNS,
        kind=ListKind.APPLICATIONS,
        language=Language.FR,
        filter_description=describe_filter(country="GR", language="fr"),
        generated_on=dt.date(2024, 5, 1),
    )
    text = "\n".join(_pages(path))
    assert "Candidatures à l’Alliance" in text
    assert "1er mai 2024" in text
    assert "Pays : Grèce" in text
    assert "Page 1 sur 1" in text
    assert "10 candidatures de 8 pays" in text
    assert "Pologne" in text and "Arménie" in text
    assert "formulaire web" in text and "en cours d’examen" in text


def test_totals_sentences():
    assert totals_sentence(ListKind.SIGNATORIES, 113, 32) == "113 signatories from 32 countries"
    assert totals_sentence(ListKind.SIGNATORIES, 113, 32, "fr") == "113 signataires de 32 pays"
    assert totals_sentence(ListKind.MEMBERS, 130, 29) == "130 members from 29 countries"
    assert totals_sentence(ListKind.MEMBERS, 130, 29, "fr") == "130 membres de 29 pays"
    assert totals_sentence(ListKind.MEMBERS, 1, 1) == "1 member from 1 country"
    assert totals_sentence(ListKind.APPLICATIONS, 12, 9, "fr") == "12 candidatures de 9 pays"


def test_long_text_is_cut_with_an_ellipsis_and_markup_is_plain_text(tmp_path):
    rows = signatory_rows()[:2]
    rows[0]["name"] = "Municipality of " + "Very " * 40 + "Long Name"
    rows[1]["name"] = "<b>Bold</b> & <font color=red>Red</font>"
    path = tmp_path / "long.pdf"
    write_pdf_list(path, rows, SIGNATORY_PDF_COLUMNS, kind=ListKind.SIGNATORIES)
    text = _pages(path)[0]
    assert re.search(r"Municipality of Very Very .*…", text)
    assert "Long Name" not in text
    assert "<b>Bold</b> & <font color=red>Red</font>" in text


def test_rows_without_country_come_last(tmp_path):
    rows = signatory_rows()[:2]
    rows[1]["country_code"] = ""
    path = tmp_path / "nocountry.pdf"
    write_pdf_list(path, rows, SIGNATORY_PDF_COLUMNS, kind=ListKind.SIGNATORIES)
    text = _pages(path)[0]
    assert "No country" in text
    assert "2 signatories from 1 country" in text


def test_many_columns_turn_the_page_landscape(tmp_path):
    from alliance_desktop.exchange import MEMBER_COLUMNS

    path = tmp_path / "wide.pdf"
    write_pdf_list(path, member_rows(), MEMBER_COLUMNS[:10], kind=ListKind.MEMBERS)
    box = PdfReader(path).pages[0].mediabox
    assert box.width > box.height


def test_cancel_leaves_no_pdf(tmp_path):
    path = tmp_path / "members.pdf"
    with pytest.raises(Cancelled):
        write_pdf_list(
            path,
            member_rows(3000),
            MEMBER_PDF_COLUMNS,
            kind=ListKind.MEMBERS,
            progress=lambda n: n < 1000,
        )
    assert list(tmp_path.iterdir()) == []


def test_empty_list_still_has_header_and_totals(tmp_path):
    path = tmp_path / "empty.pdf"
    assert write_pdf_list(path, [], MEMBER_PDF_COLUMNS, kind=ListKind.MEMBERS) == 0
    text = _pages(path)[0]
    assert "Page 1 of 1" in text and "0 members from 0 countries" in text


def test_every_font_is_embedded_and_no_helvetica_is_referenced(tmp_path):
    path = tmp_path / "signatories.pdf"
    write_pdf_list(path, signatory_rows(), SIGNATORY_PDF_COLUMNS, kind=ListKind.SIGNATORIES)
    assert every_font(path)
    assert unembedded_fonts(path) == []


@pytest.mark.parametrize("language", [Language.EN, Language.FR])
def test_one_long_name_leaves_every_certificate_number_whole(tmp_path, language):
    rows = signatory_rows()
    rows[0]["name"] = "Ayuntamiento de San Sebastián de los Reyes"
    rows[0]["name_latin"] = ""
    rows[1]["signer_function"] = "Alcalde-Presidente del Ayuntamiento"
    rows[2]["place"] = "Madrid, Federación Española de Municipios y Provincias"
    rows[3]["signer_name"] = "María de los Ángeles Fernández-Villaverde"
    path = tmp_path / "signatories.pdf"
    write_pdf_list(path, rows, SIGNATORY_PDF_COLUMNS, kind=ListKind.SIGNATORIES, language=language)
    text = "\n".join(_pages(path))
    assert "DAG-2018-…" not in text and "DAG-2018-0…" not in text
    for row in rows:
        assert re.search(rf"{row['certificate_no']}\s*$", text, re.MULTILINE), row
    # The dates keep their width too; only the long texts end in an ellipsis.
    for row in rows:
        assert row["signed_on"].isoformat() in text
