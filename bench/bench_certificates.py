"""Benchmark of the certificate renderer against a bare ReportLab script drawing the same page.

Run: .venv/bin/python bench/bench_certificates.py [--count 1000] [--repeat 3]
Target: ``render_certificates`` for 1,000 certificates into one PDF takes at most 1.5 times
the bare script.

The bare script is what one would write by hand for the same page: the same fonts, the
same strings at the same sizes and positions, the shared parts drawn once into a form
XObject (as the renderer does), each page's data drawn with ``drawCentredString`` at fixed
sizes. It does no fitting, wrapping, font fallback or validation: that is the renderer's
overhead being measured. A naive bare variant that draws every page in full (no form) is
timed too, for information.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import gc
import io
import math
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from alliance_desktop.reports import (
    CertificateData,
    CertificateTexts,
    default_texts,
    render_certificates,
)
from alliance_desktop.reports.fonts import font_path

NAMES = [
    ("Łódź", "", "Poland"),
    ("Timișoara", "", "Romania"),
    ("Şişli", "", "Türkiye"),
    ("İstanbul", "", "Türkiye"),
    ("Крагујевац", "Kragujevac", "Serbia"),
    ("Львів", "Lviv", "Ukraine"),
    ("Βόλος", "Volos", "Greece"),
    ("Փարաքար", "Parakar", "Armenia"),
    ("ქუთაისი", "Kutaisi", "Georgia"),
    ("Saint-Étienne", "", "France"),
]

W, H = landscape(A4)
CX = W / 2
BLUE = HexColor("#0F4C81")
GOLD = HexColor("#F2C12E")
INK = HexColor("#1B1F24")
GREY = HexColor("#4B5661")
SOFT = HexColor("#738191")


def make_items(count: int) -> list[CertificateData]:
    items = []
    for i in range(count):
        name, latin, country = NAMES[i % len(NAMES)]
        items.append(
            CertificateData(
                certificate_no=f"DAG-2018-{i + 1:04d}",
                name=f"{name} {i + 1}",
                name_latin=f"{latin} {i + 1}" if latin else "",
                country_en=country,
                country_fr=country,
                signed_on=dt.date(2017, 3, 29) + dt.timedelta(days=i % 900),
                issued_on=dt.date(2018, 5, 1),
                language="en",
                signer_name="Hanna Zdanowska",
                signer_function="Mayor",
                place="Strasbourg, 32nd Session",
            )
        )
    return items


# --- The bare script ----------------------------------------------------------------------

FONTS = {
    "BareSerif": "DejaVuSerif.ttf",
    "BareSerif-Bold": "DejaVuSerif-Bold.ttf",
    "BareSerif-Italic": "DejaVuSerif-Italic.ttf",
    "BareSans": "DejaVuSans.ttf",
}


def register_bare_fonts() -> None:
    for name, file_name in FONTS.items():
        pdfmetrics.registerFont(TTFont(name, str(font_path(file_name))))


def _star(c: Canvas, x: float, y: float, r: float) -> None:
    p = c.beginPath()
    for k in range(10):
        a = math.pi / 2 + k * math.pi / 5
        rr = r if k % 2 == 0 else r * 0.382
        (p.moveTo if k == 0 else p.lineTo)(x + rr * math.cos(a), y + rr * math.sin(a))
    p.close()
    c.drawPath(p, stroke=0, fill=1)


def _diamond(c: Canvas, x: float, y: float, h: float) -> None:
    p = c.beginPath()
    p.moveTo(x, y + h)
    p.lineTo(x + h, y)
    p.lineTo(x, y - h)
    p.lineTo(x - h, y)
    p.close()
    c.drawPath(p, stroke=0, fill=1)


def bare_static(c: Canvas) -> None:
    """The shared part of the page, hand-placed (same strings, sizes, positions)."""
    t = default_texts()
    c.setStrokeColor(BLUE)
    c.setLineWidth(2.2)
    c.rect(22, 22, W - 44, H - 44)
    c.setLineWidth(0.6)
    c.rect(28.5, 28.5, W - 57, H - 57)
    c.setFillColor(BLUE)
    for x in (22, W - 31):
        for y in (22, H - 31):
            c.rect(x, y, 9, 9, stroke=0, fill=1)
    c.circle(CX, H - 61, 23, stroke=0, fill=1)
    c.setFillColor(GOLD)
    for k in range(12):
        a = math.pi / 2 - k * math.pi / 6
        _star(c, CX + 15.18 * math.cos(a), H - 61 + 15.18 * math.sin(a), 2.99)
    c.setFillColor(BLUE)
    c.line(CX - 80, H - 170, CX - 7, H - 170)
    c.line(CX + 7, H - 170, CX + 80, H - 170)
    _diamond(c, CX, H - 170, 2.6)
    c.setFont("BareSerif", 11)
    c.drawCentredString(CX, H - 100.9, t.organisation_en.upper(), charSpace=3.2)
    c.setFillColor(GREY)
    c.setFont("BareSerif", 7.6)
    c.drawCentredString(CX, H - 112.8, t.body_en.upper(), charSpace=1.8)
    c.setFillColor(BLUE)
    c.setFont("BareSerif", 33)
    c.drawCentredString(CX, H - 150.7, t.heading_en)
    c.setFillColor(GREY)
    c.setFont("BareSerif-Italic", 13)
    c.drawCentredString(CX, H - 191.7, t.certify_en)
    c.drawCentredString(CX, H - 293.7, t.signed_en)
    c.setFillColor(BLUE)
    c.setFont("BareSerif-Bold", 15)
    c.drawCentredString(
        CX, H - 316.9, "Declaration of Mayors and Elected Local and Regional Representatives"
    )
    c.drawCentredString(CX, H - 335.6, "of Council of Europe Member States against anti-Gypsyism")
    c.setFillColor(GREY)
    c.setFont("BareSerif-Italic", 10)
    c.drawCentredString(
        CX, H - 354.5, "endorsed by the Congress of Local and Regional Authorities at"
    )
    c.drawCentredString(
        CX, H - 366.5, "its 32nd Session, on 29 March 2017, and thereby commits to:"
    )
    c.setFont("BareSerif", 9.6)
    for k, line in enumerate(t.commitments("en")):
        y = H - 383.6 - k * 15
        c.setFillColor(BLUE)
        _diamond(c, 206, y + 3, 1.9)
        c.setFillColor(INK)
        c.drawString(215, y, line)
    for x, title in ((CX - 250, t.signatures[0].title_en), (CX + 250, t.signatures[1].title_en)):
        c.setStrokeColor(GREY)
        c.setLineWidth(0.5)
        c.line(x - 95, H - 524, x + 95, H - 524)
        c.setFillColor(GREY)
        c.setFont("BareSerif-Italic", 8.6)
        c.drawCentredString(x, H - 535.7, title)


def bare_item(c: Canvas, item: CertificateData) -> None:
    """One page's own data at fixed sizes and positions."""
    c.setFillColor(INK)
    c.setFont("BareSerif-Bold", 30)
    c.drawCentredString(CX, H - 230, item.name)
    if item.name_latin:
        c.setFillColor(GREY)
        c.setFont("BareSerif-Italic", 13)
        c.drawCentredString(CX, H - 253, item.name_latin)
    c.setFillColor(BLUE)
    c.setFont("BareSerif", 12)
    c.drawCentredString(CX, H - 270.7, item.country_en, charSpace=1.2)
    values = (
        f"{item.signer_name}, {item.signer_function}",
        f"{item.signed_on.day} {item.signed_on:%B %Y}",
        item.place,
    )
    labels = ("SIGNED BY", "DATE OF SIGNATURE", "PLACE")
    for k, (label, value) in enumerate(zip(labels, values, strict=True)):
        x = CX + (k - 1) * 226
        c.setFillColor(SOFT)
        c.setFont("BareSans", 6.6)
        c.drawCentredString(x, H - 452.9, label, charSpace=1.3)
        c.setFillColor(INK)
        c.setFont("BareSerif", 12)
        c.drawCentredString(x, H - 468.5, value)
    c.setFillColor(SOFT)
    c.setFont("BareSans", 6.6)
    c.drawCentredString(CX, H - 527.9, "CERTIFICATE NO.", charSpace=1.3)
    c.setFillColor(BLUE)
    c.setFont("BareSerif-Bold", 12)
    c.drawCentredString(CX, H - 540.7, item.certificate_no, charSpace=0.6)
    c.setFillColor(GREY)
    c.setFont("BareSerif-Italic", 8.6)
    c.drawCentredString(CX, H - 554.1, f"Done at Strasbourg, {item.issued_on.day} May 2018")


def bare_script(items: list[CertificateData], *, use_form: bool = True) -> bytes:
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(W, H), pageCompression=1)
    for item in items:
        if use_form:
            if not c.hasForm("page"):
                c.beginForm("page")
                bare_static(c)
                c.endForm()
            c.doForm("page")
        else:
            bare_static(c)
        bare_item(c, item)
        c.showPage()
    c.setTitle("Certificates of Signature")
    c.save()
    return buffer.getvalue()


# --- Timing ---------------------------------------------------------------------------------


def best_of(repeat: int, run: Callable[[], int]) -> tuple[float, int]:
    times = []
    size = 0
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        size = run()
        times.append(time.perf_counter() - start)
    return min(times), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    items = make_items(args.count)
    texts = default_texts()
    register_bare_fonts()
    # Font registration happens once per process; warm both paths up outside the timing.
    render_certificates(items[:2], io.BytesIO(), texts)
    bare_script(items[:2])

    def ours() -> int:
        out = io.BytesIO()
        render_certificates(items, out, texts)
        return len(out.getvalue())

    bare_time, bare_size = best_of(args.repeat, lambda: len(bare_script(items)))
    naive_time, naive_size = best_of(args.repeat, lambda: len(bare_script(items, use_form=False)))
    our_time, our_size = best_of(args.repeat, ours)
    both = [dataclasses.replace(item, language="both") for item in items]
    both_time, both_size = best_of(args.repeat, lambda: _render_size(both, texts))

    n = args.count
    print(f"{n} certificates into one PDF (best of {args.repeat})")
    print(f"  bare ReportLab script (form)   {bare_time:7.3f} s  {bare_size / 1e6:6.2f} MB")
    print(f"  bare script, no form (naive)   {naive_time:7.3f} s  {naive_size / 1e6:6.2f} MB")
    print(f"  render_certificates, en        {our_time:7.3f} s  {our_size / 1e6:6.2f} MB")
    print(f"  render_certificates, both      {both_time:7.3f} s  {both_size / 1e6:6.2f} MB")
    print(f"  ratio ours / bare              {our_time / bare_time:7.2f}  (target <= 1.5)")
    print(f"  ratio ours / naive bare        {our_time / naive_time:7.2f}")


def _render_size(items: list[CertificateData], texts: CertificateTexts) -> int:
    out = io.BytesIO()
    render_certificates(items, out, texts)
    return len(out.getvalue())


if __name__ == "__main__":
    main()
