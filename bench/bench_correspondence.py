"""Benchmark of letters and e-mails to 1,000 records.

Run: .venv/bin/python bench/bench_correspondence.py [--count 1000] [--repeat 3]
Targets (issue 14): 1,000 personalised letters into one PDF at most 1.5 times the time of
bare ReportLab drawing the same pages in the same run; 1,000 ``.eml`` files with a
certificate each in under 10 s.

*Letters, service*: ``LetterService.make_pdf`` from the database: load 1,000 members and
their focal points, render the template for each (sandboxed Jinja2, escaping), draw, write
the file and log 1,000 correspondence lines with their audit entries. *Bare ReportLab*: the
same pages' texts (rendered beforehand, not timed) drawn by a hand-written script: the same
fonts, letterhead, fold marks, address lines, date, subject and body paragraphs, with no
database, no template engine, no escaping and no log. *E-mails*: ``EmailService.make_files``
with ``attach_certificate``: 1,000 messages, each with its signatory's certificate made on
the fly and registered as issued, written to a folder.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import io
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from alliance_desktop.db.models import Authority, Membership, Person, Signature
from alliance_desktop.domain.correspondence import Audience, TemplateKind
from alliance_desktop.domain.text import fold
from alliance_desktop.reports.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD, register_fonts
from alliance_desktop.reports.letter_pdf import Letter, _register_family
from alliance_desktop.services.correspondence.letter_settings import letterhead_in
from alliance_desktop.services.correspondence.letters import make_letter
from alliance_desktop.services.correspondence.recipients import recipients_in
from alliance_desktop.services.correspondence.template_sets import template_set_in
from alliance_desktop.services.data_safety.opening import Services, open_database

NAMES = [
    ("Łódź", "Lodz", "PL"),
    ("Timișoara", "", "RO"),
    ("Şişli", "Sisli", "TR"),
    ("Крагујевац", "Kragujevac", "RS"),
    ("Львів", "Lviv", "UA"),
    ("Βόλος", "Volos", "GR"),
    ("Փարաքար", "Parakar", "AM"),
    ("ქუთაისი", "Kutaisi", "GE"),
    ("Saint-Étienne", "", "FR"),
    ("Graz", "", "AT"),
]
PEOPLE = ["Anna Kowalska", "Ивана Петровић", "Μαρία Παπαδοπούλου", "Élise Martin"]


def build(services: Services, count: int) -> tuple[list[str], list[str]]:
    """``count`` members (with focal points) that also signed; their two lists of uids."""
    with services.db.write() as session:
        for i in range(count):
            name, latin, country = NAMES[i % len(NAMES)]
            full = f"{name} {i}"
            authority = Authority(
                name=full,
                name_latin=f"{latin} {i}" if latin else "",
                country_code=country,
                address=f"Main Square {i}\n{10000 + i} {latin or name}",
                sort_key=fold(full)[:200],
            )
            person = Person(
                name=PEOPLE[i % len(PEOPLE)],
                function="Focal point",
                email=f"focal{i}@example.org",
                language="fr" if country == "FR" else "en",
                authority=authority,
            )
            session.add(
                Membership(
                    authority=authority,
                    participant_no=i + 1,
                    joined_on=dt.date(2016, 1, 1),
                    focal_point=person,
                )
            )
            session.add(
                Signature(
                    authority=authority,
                    signer_name=PEOPLE[i % len(PEOPLE)],
                    signer_function="Mayor",
                    signed_on=dt.date(2017, 3, 29),
                    place="Strasbourg",
                    language="fr" if country == "FR" else "en",
                    country_code=country,
                    certificate_no=f"DAG-2017-{i + 1:04d}",
                )
            )
    members = [r.uid for r in services.members.list().rows]
    signatures = list(services.signatures.list_uids())
    return members, signatures


def bare_letters(letters: list[Letter], head_lines: list[str], out: io.BytesIO) -> None:
    """What one would write by hand for the same pages, with nothing but ReportLab."""
    _register_family()
    width, height = A4
    body = ParagraphStyle("b", fontName=SERIF, fontSize=10.5, leading=14.5, spaceAfter=7)
    bold = ParagraphStyle("s", parent=body, fontName=SERIF_BOLD)
    canvas = Canvas(out, pagesize=A4, pageCompression=1, initialFontName=SERIF)
    for letter in letters:
        y = height - 16 * mm
        for index, line in enumerate(head_lines):
            canvas.setFont(SANS_BOLD if index == 0 else SANS, 9.5 if index == 0 else 8)
            canvas.drawRightString(width - 20 * mm, y, line)
            y -= 4 * mm
        for from_top in (105 * mm, 210 * mm, 148.5 * mm):
            canvas.line(3 * mm, height - from_top, 8 * mm, height - from_top)
        y = height - 57 * mm
        canvas.setFont(SERIF, 9.5)
        for line in letter.address:
            canvas.drawString(21 * mm, y, line)
            y -= 3.9 * mm
        canvas.drawRightString(width - 20 * mm, height - 100 * mm, letter.date)
        y = height - 112 * mm
        for text, style in [(letter.subject, bold), *((p, body) for p in letter.paragraphs)]:
            paragraph = Paragraph(text, style)
            _w, h = paragraph.wrap(width - 45 * mm, y)
            paragraph.drawOn(canvas, 25 * mm, y - h)
            y -= h + 7
        canvas.setFont(SERIF, 10.5)
        canvas.drawString(25 * mm, y - 20 * mm, "Secretariat of the Congress")
        canvas.showPage()
    canvas.save()


def timed(work: object) -> float:
    gc.collect()
    start = time.perf_counter()
    work()  # type: ignore[operator]
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    register_fonts()
    with tempfile.TemporaryDirectory() as folder:
        services = open_database(os.path.join(folder, "bench.sqlite"), create=True)
        members, signatures = build(services, args.count)
        services.templates.ensure_defaults()
        name = "Welcome to the Alliance"
        with services.db.read() as session:
            templates = template_set_in(session, name, TemplateKind.LETTER)
            recipients = recipients_in(session, Audience.MEMBER, members)
            head = letterhead_in(session, "en")
        letters = [
            make_letter(templates[r.language].draft, r.values, r.address_lines(), r.language)
            for r in recipients
        ]
        service_times, bare_times = [], []
        for round_ in range(args.repeat):
            out = Path(folder) / f"letters{round_}.pdf"
            service_times.append(
                timed(lambda o=out: services.letters.make_pdf(name, Audience.MEMBER, members, o))
            )
            bare_times.append(
                timed(lambda: bare_letters(letters, list(head.organisation), io.BytesIO()))
            )
        service, bare = min(service_times), min(bare_times)
        print(f"{args.count:,} letters into one PDF (best of {args.repeat}):")
        print(f"  LetterService.make_pdf (load, render, draw, write, log): {service:.2f} s")
        print(f"  bare ReportLab, same pages:                              {bare:.2f} s")
        print(f"  ratio {service / bare:.2f} (target <= 1.5)")
        emails = []
        for round_ in range(args.repeat):
            target = Path(folder) / f"mails{round_}"
            target.mkdir()
            emails.append(
                timed(
                    lambda t=target: services.emails.make_files(  # type: ignore[misc]
                        "Certificate cover letter (e-mail)",
                        Audience.SIGNATORY,
                        signatures,
                        t,
                        attach_certificate=True,
                    )
                )
            )
        written = len(list((Path(folder) / "mails0").glob("*.eml")))
        print(f"{written:,} .eml files with a certificate each (best of {args.repeat}):")
        print(
            f"  EmailService.make_files(attach_certificate=True): {min(emails):.2f} s "
            "(target < 10 s)"
        )
        print(f"  load average: {os.getloadavg()[0]:.1f}")
        services.db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
