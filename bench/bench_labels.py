"""Benchmark of address labels: 5,000 labels on Avery L7160 sheets, and envelopes.

Run: .venv/bin/python bench/bench_labels.py [--count 5000] [--repeat 3]

Times, best of ``repeat``:
- ``bare ReportLab``: the same address lines drawn with ``drawString`` at fixed places in
  DejaVu Sans, nothing measured or fitted — the floor any label code stands on;
- ``render_labels``: the renderer (every line measured, shrunk or wrapped when long,
  fallback runs, embedded fonts) on addresses already formatted;
- ``LabelService.make``: the whole run from a SQLite file of ``count`` members — the
  filter's rows read, addresses formatted per country, drawn, written atomically, audited;
- ``envelopes (DL)``: the same members, one envelope page each.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import io
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.pdfgen.canvas import Canvas

from alliance_desktop.db.models import Authority, Membership, Person
from alliance_desktop.domain.label_layouts import DL, L7160, placements
from alliance_desktop.domain.postal_address import PostalRecipient, address_lines
from alliance_desktop.domain.text import fold
from alliance_desktop.exchange import ListKind
from alliance_desktop.reports.address_block import MM
from alliance_desktop.reports.fonts import SANS, SANS_BOLD, register_fonts
from alliance_desktop.reports.label_sheets import render_labels
from alliance_desktop.services.data_safety.opening import Services, open_database
from alliance_desktop.services.output.labels import LabelRequest, LabelService
from alliance_desktop.services.output.postal_recipients import RecipientChoice

PLACES = [
    ("Łódź", "Lodz", "PL", "ul. Piotrkowska 104\n90-926 Łódź"),
    ("Крагујевац", "Kragujevac", "RS", "Трг српских добровољаца 6\n34000\nКрагујевац"),
    ("Θεσσαλονίκη", "Thessaloniki", "GR", "Βασιλέως Γεωργίου Α΄ 1\n546 40 Θεσσαλονίκη"),
    ("Փարաքար", "Parakar", "AM", "Երևանյան խճուղի 1\n0905 Փարաքար"),
    ("ბათუმი", "Batumi", "GE", "ლუკა ასათიანის ქ. 25\n6010 ბათუმი"),
    ("Bristol", "", "GB", "City Hall, College Green\nBristol\nBS1 5TR"),
    ("Timișoara", "", "RO", "Bulevardul C.D. Loga 1\n300030 Timișoara"),
    ("Strasbourg", "", "FR", "1 parc de l'Étoile\n67076 Strasbourg Cedex"),
]


def best(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def addresses(count: int) -> list[list[str]]:
    out = []
    for index in range(count):
        name, latin, country, address = PLACES[index % len(PLACES)]
        recipient = PostalRecipient(
            uid=str(index),
            name=name,
            name_latin=latin,
            country_code=country,
            attention=f"Focal Point {index}",
            address=address,
        )
        out.append(address_lines(recipient, "FR", "fr"))
    return out


def bare_reportlab(lines: list[list[str]]) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(210 * MM, 297 * MM), pageCompression=1, initialFontName=SANS)
    page = 0
    for (sheet, cell), address in zip(placements(L7160, len(lines)), lines, strict=True):
        if sheet != page:
            canvas.showPage()
            page = sheet
        y = (297 - cell.y - 5) * MM
        for index, line in enumerate(address):
            canvas.setFont(SANS_BOLD if index == 0 else SANS, 9)
            canvas.drawString((cell.x + 4) * MM, y, line)
            y -= 10.6
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def fill(services: Services, count: int) -> None:
    with services.db.write() as session:
        for index in range(count):
            name, latin, country, address = PLACES[index % len(PLACES)]
            unique = f"{name} {index}"
            authority = Authority(
                name=unique,
                name_latin=f"{latin} {index}" if latin else "",
                country_code=country,
                address=address,
                sort_key=fold(unique)[:200],
            )
            person = Person(name=f"Focal Point {index}", authority=authority)
            session.add_all([authority, person])
            session.add(
                Membership(
                    authority=authority,
                    participant_no=index + 1,
                    joined_on=dt.date(2016, 1, 1),
                    focal_point=person,
                )
            )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    count, repeat = options.count, options.repeat
    lines = addresses(count)
    register_fonts()
    bare = best(repeat, lambda: bare_reportlab(lines))
    rendered = best(repeat, lambda: render_labels(lines, L7160))
    with tempfile.TemporaryDirectory() as folder:
        services = open_database(Path(folder) / "bench.sqlite", create=True)
        fill(services, count)
        service = LabelService(services)
        everyone = RecipientChoice(ListKind.MEMBERS)
        sheet = LabelRequest(everyone, Path(folder) / "labels.pdf", sheet=L7160)
        envelope = LabelRequest(everyone, Path(folder) / "envelopes.pdf", envelope=DL)
        made = best(repeat, lambda: service.make(sheet))
        run = service.make(sheet)
        envelopes = best(repeat, lambda: service.make(envelope))
        services.db.dispose()
    print(f"{count:,} labels ({run.pages} sheets of L7160), best of {repeat}:")
    print(f"  bare ReportLab (drawString, no fitting)  {bare:7.2f} s")
    print(
        f"  render_labels (fitted, fallback runs)     {rendered:7.2f} s  ({rendered / bare:.2f}×)"
    )
    print(f"  LabelService.make (read, format, write)   {made:7.2f} s  ({made / bare:.2f}×)")
    print(f"  envelopes DL, one page each               {envelopes:7.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
