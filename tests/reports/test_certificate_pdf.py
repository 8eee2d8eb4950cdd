"""What a certificate PDF holds: the names as given, embedded fonts, one A4 landscape page each."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from typing import Any

import pytest
from pdf_support import every_font, unembedded_fonts
from PIL import Image

from alliance_desktop.domain.enums import Language
from alliance_desktop.reports import (
    CertificateData,
    CertificateError,
    CertificateTexts,
    SignatureBlock,
    check_texts,
    default_texts,
    render_certificate_bytes,
    render_certificates,
)
from alliance_desktop.reports.certificate_data import DECLARATION_TITLE_EN, DECLARATION_TITLE_FR
from alliance_desktop.reports.certificate_page import INNER_INSET, PAGE_HEIGHT, PAGE_WIDTH

from .conftest import (
    NAMES,
    TextPiece,
    certificate,
    every_name,
    page_text,
    read_pdf,
    text_pieces,
)

A4_LANDSCAPE = (841.89, 595.28)


def render(items: list[CertificateData], texts: CertificateTexts | None = None) -> bytes:
    out = io.BytesIO()
    render_certificates(items, out, texts or default_texts())
    return out.getvalue()


@pytest.mark.parametrize("language", ["en", "fr", "both"])
def test_every_name_reads_back_exactly_as_given(language: str) -> None:
    reader = read_pdf(render(every_name(language)))
    assert len(reader.pages) == len(NAMES)
    for index, (name, latin, country_en, country_fr) in enumerate(NAMES):
        text = page_text(reader, index)
        lines = [line.strip() for line in text.splitlines()]
        assert name in lines, (name, lines)
        assert f"DAG-2018-{index + 1:04d}" in lines
        if language in ("en", "both"):
            assert country_en in text
        if language in ("fr", "both"):
            assert country_fr in text
        # The Latin form is printed beneath when it says more than the name itself.
        if name in ("Łódź", "Şişli"):
            assert latin not in lines
        elif latin:
            assert latin in lines


def test_one_a4_landscape_page_per_certificate() -> None:
    items = every_name("en") + every_name("fr") + every_name("both")
    reader = read_pdf(render(items))
    assert len(reader.pages) == 3 * len(NAMES)
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width, 2), round(height, 2)) == A4_LANDSCAPE


def _fonts(resources: Any, found: dict[str, Any]) -> None:
    """Collect the fonts of a resource dictionary and of the forms it uses."""
    resources = resources.get_object() if resources is not None else None
    if not resources:
        return
    for font in (resources.get("/Font") or {}).values():
        font = font.get_object()
        found[str(font["/BaseFont"])] = font
    for xobject in (resources.get("/XObject") or {}).values():
        xobject = xobject.get_object()
        if xobject.get("/Subtype") == "/Form":
            _fonts(xobject.get("/Resources"), found)


def test_every_font_is_embedded_as_a_truetype_subset() -> None:
    reader = read_pdf(render(every_name("both")))
    found: dict[str, Any] = {}
    for page in reader.pages:
        _fonts(page.get("/Resources"), found)
    assert found
    for base_font, font in found.items():
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, base_font
        assert "+DejaVu" in base_font, base_font  # a subset of a shipped font
        assert "/ToUnicode" in font  # so text can be copied


def test_no_font_is_left_unembedded_not_even_an_unused_helvetica() -> None:
    data = render(every_name("en") + every_name("fr") + every_name("both"))
    assert every_font(data)
    assert unembedded_fonts(data) == []


def test_record_text_is_printed_literally_never_as_markup() -> None:
    item = certificate(
        "AT&T <b>Rotterdam <NL></b>",
        name_latin="<i>x</i> &amp; &lt;",
        signer_name="<font color=red>Jan</font>",
        signer_function="Mayor & <br/> Chair",
        place="Rotterdam <NL>",
        number="DAG<1>&2",
    )
    # Wrapped lines joined back with single spaces.
    text = " ".join(page_text(read_pdf(render([item])), 0).split())
    for literal in (
        "AT&T <b>Rotterdam <NL></b>",
        "<i>x</i> &amp; &lt;",
        "<font color=red>Jan</font>, Mayor & <br/> Chair",
        "Rotterdam <NL>",
        "DAG<1>&2",
    ):
        assert literal in text


@pytest.mark.parametrize("language", ["en", "fr", "both"])
@pytest.mark.parametrize(
    "name",
    [
        ("Gmina Miejska Wrocław " * 14)[:300],
        "ქ" * 300,
        "Крагујевац " * 27,
    ],
)
def test_a_300_character_name_stays_within_the_frame(language: str, name: str) -> None:
    assert len(name.strip()) >= 290
    item = certificate(
        name,
        name_latin="Kragujevac " * 20,
        signer_name="Ana-Maria Popescu-Ionescu " * 8,
        signer_function="Mayor",
        place="Strasbourg, 32nd Session of the Congress of Local and Regional Authorities " * 3,
        language=language,
    )
    reader = read_pdf(render([item]))
    assert len(reader.pages) == 1
    pieces = text_pieces(reader, 0)
    assert pieces
    frame = INNER_INSET
    for piece in pieces:
        assert piece.x >= frame, piece
        assert piece.x + piece.width <= PAGE_WIDTH - frame + 0.5, piece
        assert frame <= piece.y <= PAGE_HEIGHT - frame, piece
    # Every character of the name is there, in order (wrapped lines joined back).
    drawn = "".join(p.text for p in pieces).replace(" ", "")
    assert name.replace(" ", "") in drawn


def test_every_page_keeps_within_the_frame() -> None:
    reader = read_pdf(render(every_name("en") + every_name("fr") + every_name("both")))
    for index in range(len(reader.pages)):
        for piece in text_pieces(reader, index):
            assert piece.x >= INNER_INSET, piece
            # Letter-spacing is not measured here; the spaced headings are short and centred.
            assert piece.x + piece.width <= PAGE_WIDTH - INNER_INSET, piece


def test_english_french_and_bilingual_wording() -> None:
    items = [
        certificate(language="en", signed_on=dt.date(2017, 3, 29)),
        certificate(language="fr", signed_on=dt.date(2017, 3, 1), issued_on=dt.date(2018, 5, 1)),
        certificate(language="both", signed_on=dt.date(2017, 3, 1)),
    ]
    reader = read_pdf(render(items))
    english, french, both = (page_text(reader, i) for i in range(3))
    flat = [" ".join(t.split()) for t in (english, french, both)]
    assert "Certificate of Signature" in english and "Certificat de" not in english
    assert "29 March 2017" in english
    assert DECLARATION_TITLE_EN in flat[0]
    assert "Certificat de signature" in french and "Certificate of" not in french
    assert "1er mars 2017" in french
    assert "Fait à Strasbourg, le 1er mai 2018" in french
    assert DECLARATION_TITLE_FR in flat[1]
    assert "Pologne" in french and "Poland" not in french
    for words in (
        "Certificate of Signature",
        "Certificat de signature",
        "1 March 2017",
        "1er mars",
    ):
        assert words in both
    assert DECLARATION_TITLE_EN in flat[2] and DECLARATION_TITLE_FR in flat[2]


def test_commitments_and_signature_blocks_come_from_the_organisation_settings() -> None:
    texts = dataclasses.replace(
        default_texts(),
        commitments_en="first promise\n\n  second promise  \n",
        signatures=(
            SignatureBlock("Secretary General", "Secrétaire général", name="Ana <Popescu>"),
            SignatureBlock("President", "Président", name="Jean Dupont"),
            SignatureBlock("Rapporteur", "Rapporteur"),
        ),
        place_of_issue="Bruxelles",
    )
    text = page_text(read_pdf(render([certificate()], texts)), 0)
    assert "first promise" in text and "second promise" in text
    assert "reject all forms" not in text
    for words in ("Ana <Popescu>", "Jean Dupont", "Secretary General", "Rapporteur"):
        assert words in text
    assert "Done at Bruxelles, 1 May 2018" in text


def test_default_texts_hold_the_declaration() -> None:
    texts = default_texts()
    assert texts.title_en == (
        "Declaration of Mayors and Elected Local and Regional Representatives of Council of "
        "Europe Member States against anti-Gypsyism"
    )
    assert texts.title_fr == (
        "Déclaration des maires et des élus locaux et régionaux des États membres du Conseil "
        "de l'Europe contre l'antitsiganisme"
    )
    assert len(texts.commitments("en")) == len(texts.commitments("fr")) == 4
    assert "32nd Session" in texts.endorsement_en and "29 March 2017" in texts.endorsement_en
    assert "32e session" in texts.endorsement_fr and "29 mars 2017" in texts.endorsement_fr
    titles = [block.title_en for block in texts.signatures]
    assert titles == ["Secretary General of the Congress", "President of the Congress"]


def test_document_properties() -> None:
    reader = read_pdf(render_certificate_bytes(certificate("Львів", number="DAG-2019-0007")))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Certificate of Signature – Львів (DAG-2019-0007)"
    assert meta.author == "Congress of Local and Regional Authorities, Council of Europe"
    assert meta.subject == DECLARATION_TITLE_EN
    several = read_pdf(render(every_name("fr"))).metadata
    assert several is not None and several.title == f"Certificat de signature ({len(NAMES)})"


def test_preview_bytes_are_one_page() -> None:
    data = render_certificate_bytes(certificate(language="both"))
    assert data.startswith(b"%PDF-")
    assert len(read_pdf(data).pages) == 1


def _picture(kind: str) -> bytes:
    buffer = io.BytesIO()
    Image.new(
        "RGBA" if kind == "PNG" else "RGB",
        (120, 40),
        (15, 76, 129, 255)[: 4 if kind == "PNG" else 3],
    ).save(buffer, kind)
    return buffer.getvalue()


@pytest.mark.parametrize("kind", ["PNG", "JPEG"])
def test_a_logo_is_drawn_once_for_the_whole_job(kind: str) -> None:
    texts = dataclasses.replace(default_texts(), logo=_picture(kind))
    data = render(every_name("en"), texts)
    reader = read_pdf(data)
    images: set[int] = set()
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for form in resources["/XObject"].values():
            inner = form.get_object()["/Resources"].get("/XObject") or {}
            images.update(reference.idnum for reference in inner.values())
    assert len(images) == 1


@pytest.mark.parametrize(
    "logo", [b"GIF89a....", b"\x89PNG\r\n\x1a\nbroken", b"\xff\xd8\xff\xe0broken"]
)
def test_a_bad_logo_is_refused_before_printing(logo: bytes) -> None:
    texts = dataclasses.replace(default_texts(), logo=logo)
    with pytest.raises(CertificateError) as caught:
        render([certificate()], texts)
    assert caught.value.reason == "bad_logo"


def test_nothing_to_print_is_refused() -> None:
    with pytest.raises(CertificateError) as caught:
        render([])
    assert caught.value.reason == "empty"


def test_languages_accept_the_domain_enum_and_refuse_others() -> None:
    assert certificate(language=Language.FR).language == "fr"
    with pytest.raises(ValueError):
        certificate(language="de")


def test_names_are_printed_composed() -> None:
    decomposed = "Timis\u0326oara"  # s + combining comma below
    item = certificate(decomposed)
    assert item.name == "Timișoara"
    assert "Timișoara" in page_text(read_pdf(render([item])), 0)


def _overlaps(a: TextPiece, b: TextPiece) -> bool:
    """Whether two runs' ink boxes (ascent ~0.75 em, descent ~0.2 em) intersect."""
    return (
        a.x < b.x + b.width
        and b.x < a.x + a.width
        and a.y - 0.2 * a.size < b.y + 0.75 * b.size
        and b.y - 0.2 * b.size < a.y + 0.75 * a.size
    )


@pytest.mark.parametrize("count", [0, 1, 2, 3, 4])
@pytest.mark.parametrize("language", ["en", "fr", "both"])
def test_no_two_texts_collide_whatever_the_signature_blocks(count: int, language: str) -> None:
    blocks = (
        SignatureBlock("Secretary General of the Congress", "Secrétaire général du Congrès", "A"),
        SignatureBlock("President of the Congress", "Président du Congrès", "Gudrun Mosler"),
        SignatureBlock("Spokesperson on Roma and Travellers", "Porte-parole sur les Roms", "J W"),
        SignatureBlock("Chair of the Current Affairs Committee", "Président de la commission"),
    )[:count]
    texts = dataclasses.replace(default_texts(), signatures=blocks)
    items = [
        certificate(
            "Stowarzyszenie Gmin i Powiatów Wielkopolski – Gmina Miejska Wrocław",
            name_latin="Kragujevac",
            signer_name="Ana-Maria Popescu-Ionescu",
            signer_function="President of the County Council of Timiș",
            language=language,
        )
    ]
    reader = read_pdf(render(items, texts))
    pieces = text_pieces(reader, 0)
    for index, piece in enumerate(pieces):
        assert piece.x >= INNER_INSET and piece.x + piece.width <= PAGE_WIDTH - INNER_INSET
        assert INNER_INSET < piece.y < PAGE_HEIGHT - INNER_INSET
        for other in pieces[index + 1 :]:
            assert not _overlaps(piece, other), (piece, other)


def test_the_default_texts_print_without_problems() -> None:
    assert check_texts(default_texts()) == []


@pytest.mark.parametrize("language", ["en", "fr", "both"])
def test_overlong_settings_are_reported_and_still_stay_on_the_page(language: str) -> None:
    texts = dataclasses.replace(
        default_texts(),
        title_en="Declaration " * 80,
        title_fr="Déclaration " * 80,
        commitments_en="\n".join(["reject all forms of discrimination " * 6] * 12),
        commitments_fr="\n".join(["rejeter toute forme de discrimination " * 6] * 12),
        logo=b"not a picture",
    )
    problems = check_texts(texts)
    assert any("commitments" in p for p in problems)
    assert any("too long for its place" in p for p in problems)
    assert any("logo" in p for p in problems)
    texts = dataclasses.replace(texts, logo=None)
    reader = read_pdf(render([certificate(language=language)], texts))
    pieces = text_pieces(reader, 0)
    for piece in pieces:
        assert piece.x >= INNER_INSET and piece.x + piece.width <= PAGE_WIDTH - INNER_INSET
        assert INNER_INSET < piece.y < PAGE_HEIGHT - INNER_INSET
    # The commitments end above the certificate's own data.
    lowest_commitment = min(p.y for p in pieces if "discrimination" in p.text)
    signed_by = next(p for p in pieces if p.text.startswith("SIGNED BY") or "SIGNÉ" in p.text)
    assert lowest_commitment > signed_by.y + signed_by.size


def test_a_letter_the_serif_lacks_is_printed_from_the_sans_not_as_a_box() -> None:
    name = "Saⱥnt-Łódź"  # U+2C65 is in DejaVu Sans only
    reader = read_pdf(render([certificate(name)]))
    assert name in page_text(reader, 0).splitlines()
    fonts = {piece.font for piece in text_pieces(reader, 0) if piece.text in ("Sa", "ⱥ", "nt-Łódź")}
    assert fonts == {"DejaVuSerif-Bold", "DejaVuSans-Bold"}
