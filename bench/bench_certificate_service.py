"""Benchmark of printing certificates through the service: database read, render, register.

Run: .venv/bin/python bench/bench_certificate_service.py [--count 1000] [--repeat 3]

Times, on a fresh SQLite file holding ``count`` signatures in several scripts:
- ``render only``: the renderer alone on data already loaded (what bench_certificates.py
  compares with a bare ReportLab script);
- ``make_pdf``: CertificateService.make_pdf — load the signatures and the organisation's
  texts, render into one PDF written atomically, register every certificate (one register
  line and one audit entry each, in one transaction);
- ``make_files``: the same with one PDF file per signatory.
The ratio make_pdf / render only is the cost of the wiring around the renderer.
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

from alliance_desktop.db.models import Authority, Signature
from alliance_desktop.domain.text import fold
from alliance_desktop.reports import render_certificates
from alliance_desktop.services.data_safety.opening import Services, open_database
from alliance_desktop.services.output.certificates import CertificateService

NAMES = [
    ("Łódź", "Lodz", "PL"),
    ("Timișoara", "", "RO"),
    ("Şişli", "Sisli", "TR"),
    ("Крагујевац", "Kragujevac", "RS"),
    ("Львів", "Lviv", "UA"),
    ("Βόλος", "Volos", "GR"),
    ("Փարաքար", "Parakar", "AM"),
    ("ქუთაისი", "Kutaisi", "GE"),
]


def fill(services: Services, count: int) -> list[str]:
    with services.db.write() as session:
        rows = []
        for index in range(count):
            name, latin, country = NAMES[index % len(NAMES)]
            authority = Authority(
                name=f"{name} {index}",
                name_latin=f"{latin} {index}" if latin else "",
                country_code=country,
                sort_key=fold(name),
            )
            row = Signature(
                authority=authority,
                signer_name="Hanna Zdanowska",
                signer_function="Mayor",
                signed_on=dt.date(2017, 3, 29) + dt.timedelta(days=index % 2000),
                place="Strasbourg, 32nd Session",
                language="fr" if index % 3 == 0 else "en",
                country_code=country,
                certificate_no=f"DAG-2018-{index + 1:05d}",
            )
            session.add(row)
            rows.append(row)
        session.flush()
        return [row.uid for row in rows]


def best(repeat: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        services = open_database(root / "bench.sqlite", create=True, auto_backup=False)
        try:
            uids = fill(services, options.count)
            certificates = CertificateService(services.db)
            texts = certificates.texts()
            items = certificates.data_for(uids)

            def files() -> None:
                out = root / "files"
                out.mkdir(exist_ok=True)
                certificates.make_files(uids, out)

            render = best(options.repeat, lambda: render_certificates(items, io.BytesIO(), texts))
            load = best(options.repeat, lambda: certificates.data_for(uids))
            pdf = best(options.repeat, lambda: certificates.make_pdf(uids, root / "all.pdf"))
            each = best(options.repeat, files)
        finally:
            services.db.dispose()
    count = options.count
    print(f"{count} certificates (best of {options.repeat}):")
    print(f"  load data (data_for)   {load:6.2f} s")
    print(f"  render only            {render:6.2f} s")
    print(f"  make_pdf               {pdf:6.2f} s   ratio to render only {pdf / render:.2f}")
    print(f"  make_files             {each:6.2f} s   ratio to render only {each / render:.2f}")


if __name__ == "__main__":
    main()
