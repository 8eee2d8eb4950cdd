"""Signatures for the certificate tests, made straight in the database, and PDF reading."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from alliance_desktop.db.models import Authority, Signature
from alliance_desktop.domain.text import fold
from alliance_desktop.services.data_safety.opening import Services

# (name, Latin name, country code, French country name)
EVERY_SCRIPT = [
    ("Łódź", "Lodz", "PL", "Pologne"),
    ("Timișoara", "", "RO", "Roumanie"),
    ("Şişli", "Sisli", "TR", "Türkiye"),
    ("Крагујевац", "Kragujevac", "RS", "Serbie"),
    ("Львів", "Lviv", "UA", "Ukraine"),
    ("Βόλος", "Volos", "GR", "Grèce"),
    ("Փարաքար", "Parakar", "AM", "Arménie"),
    ("ქუთაისი", "Kutaisi", "GE", "Géorgie"),
]


def add_signature(
    services: Services,
    name: str | None,
    *,
    number: str,
    latin: str = "",
    country: str = "PL",
    signer: str = "Hanna Zdanowska",
    function: str = "Mayor",
    place: str = "Strasbourg, 32nd Session",
    language: str = "en",
    signed_on: dt.date = dt.date(2017, 3, 29),
) -> str:
    """A signature (by an authority called ``name``, or in person when None); its uid."""
    with services.db.write() as session:
        authority = None
        if name is not None:
            authority = Authority(
                name=name, name_latin=latin, country_code=country, sort_key=fold(name)[:200]
            )
            session.add(authority)
        row = Signature(
            authority=authority,
            signer_name=signer,
            signer_function=function,
            signed_on=signed_on,
            place=place,
            language=language,
            country_code=country,
            certificate_no=number,
        )
        session.add(row)
        session.flush()
        return row.uid


def add_every_script(services: Services) -> list[str]:
    return [
        add_signature(services, name, latin=latin, country=country, number=f"DAG-2018-{i:04d}")
        for i, (name, latin, country, _fr) in enumerate(EVERY_SCRIPT, start=1)
    ]


def pdf_pages(data: bytes) -> list[str]:
    """The text of each page; no-break spaces (kept in dates) read back as spaces."""
    reader = PdfReader(io.BytesIO(data))
    return [str(page.extract_text()).replace("\u00a0", " ") for page in reader.pages]


def pdf_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines()]


def png_logo(size: tuple[int, int] = (40, 40)) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, (0, 51, 153)).save(out, format="PNG")
    return out.getvalue()
