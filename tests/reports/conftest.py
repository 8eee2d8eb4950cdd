"""Helpers for the certificate tests: sample certificates in every script, reading PDFs back."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from alliance_desktop.reports import CertificateData
from alliance_desktop.reports.fonts import FILES, register_fonts

# (name, Latin name, country in English, in French)
NAMES = [
    ("Łódź", "Lodz", "Poland", "Pologne"),
    ("Timișoara", "", "Romania", "Roumanie"),
    ("Şişli", "Sisli", "Türkiye", "Turquie"),
    ("İstanbul", "", "Türkiye", "Turquie"),
    ("Крагујевац", "Kragujevac", "Serbia", "Serbie"),
    ("Львів", "Lviv", "Ukraine", "Ukraine"),
    ("Βόλος", "Volos", "Greece", "Grèce"),
    ("Ηράκλειο", "Irakleio", "Greece", "Grèce"),
    ("Փարաքար", "Parakar", "Armenia", "Arménie"),
    ("ქუთაისი", "Kutaisi", "Georgia", "Géorgie"),
]


def certificate(
    name: str = "Łódź",
    *,
    number: str = "DAG-2018-0042",
    language: str = "en",
    name_latin: str = "",
    country_en: str = "Poland",
    country_fr: str = "Pologne",
    signer_name: str = "Hanna Zdanowska",
    signer_function: str = "Mayor",
    place: str = "Strasbourg, 32nd Session",
    signed_on: dt.date = dt.date(2017, 3, 29),
    issued_on: dt.date = dt.date(2018, 5, 1),
) -> CertificateData:
    return CertificateData(
        certificate_no=number,
        name=name,
        name_latin=name_latin,
        country_en=country_en,
        country_fr=country_fr,
        signed_on=signed_on,
        issued_on=issued_on,
        language=language,  # type: ignore[arg-type]
        signer_name=signer_name,
        signer_function=signer_function,
        place=place,
    )


def every_name(language: str = "en") -> list[CertificateData]:
    return [
        certificate(
            name,
            number=f"DAG-2018-{i + 1:04d}",
            name_latin=latin,
            country_en=en,
            country_fr=fr,
            language=language,
        )
        for i, (name, latin, en, fr) in enumerate(NAMES)
    ]


def read_pdf(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def page_text(reader: PdfReader, index: int) -> str:
    # No-break spaces (kept in dates) read back as spaces for comparisons.
    return str(reader.pages[index].extract_text()).replace("\u00a0", " ")


@dataclass(frozen=True)
class TextPiece:
    """A run of text as drawn: where it starts, its width, font and size."""

    text: str
    x: float
    y: float
    width: float
    font: str
    size: float


_BY_FILE = {file_name.removesuffix(".ttf"): name for name, file_name in FILES.items()}


def text_pieces(reader: PdfReader, index: int) -> list[TextPiece]:
    """Every text run of a page with its position and its width in the font it uses."""
    register_fonts()
    pieces: list[TextPiece] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        text = text.rstrip("\n")
        if not text.strip() or font is None:
            return
        base = str(font["/BaseFont"]).split("+", 1)[-1]
        scale = cm[0] * tm[0]
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        width = pdfmetrics.stringWidth(text, _BY_FILE[base], size) * scale
        pieces.append(TextPiece(text, x, y, width, base, size * scale))

    reader.pages[index].extract_text(visitor_text=visit)
    return pieces


Stop = Callable[[int], bool]


def stop_after(count: int) -> tuple[Stop, list[int]]:
    """A progress callback that cancels once ``count`` certificates are done."""
    seen: list[int] = []

    def progress(done: int) -> bool:
        seen.append(done)
        return done < count

    return progress, seen
