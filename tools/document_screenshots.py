"""Make the demo's documents and save their first pages as docs/screenshots PNGs.

    .venv/bin/python tools/document_screenshots.py [--out DIR]

Through the command line, as a user would: `init --demo`, `export signatories --out list.pdf`
and `certificates --uid … --lang en|fr|both` for one signatory (Batumi, a name in Georgian script).
The pages are drawn by Qt's PDF module (PySide6-Addons), so no system package is needed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from alliance_desktop import cli
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.services.data_safety.opening import open_database

WIDTH = 936  # pixels across a landscape A4 page: readable in the README, small in git
SIGNATORY = "batumi"


def first_page_png(pdf: Path, png: Path) -> None:
    document = QPdfDocument()
    document.load(str(pdf))
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise SystemExit(f"{pdf}: not a readable PDF")
    points = document.pagePointSize(0)
    size = QSize(WIDTH, round(WIDTH * points.height() / points.width()))
    page = document.render(0, size)
    # PDF pages are transparent where nothing is drawn: paper is white.
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    painter.drawImage(0, 0, page)
    painter.end()
    image.save(str(png))
    document.close()
    print(png)


def run(*args: str) -> None:
    if cli.run(list(args)) != 0:
        raise SystemExit(f"failed: {' '.join(args)}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="docs/screenshots")
    options = parser.parse_args()
    out = Path(options.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QGuiApplication(sys.argv[:1])  # QPdfDocument renders with Qt's GUI module
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        db = str(base / "demo.sqlite")
        run("--db", db, "init", "--demo")
        services = open_database(db, create=False)
        rows = services.signatures.list(ListQuery(search=SIGNATORY)).rows
        services.db.dispose()
        if not rows:
            raise SystemExit(f"the demo has no signatory matching {SIGNATORY!r}")
        uid = rows[0].uid
        run("--db", db, "export", "signatories", "--out", str(base / "list.pdf"))
        first_page_png(base / "list.pdf", out / "list-pdf.png")
        for language in ("en", "fr", "both"):
            pdf = base / f"certificate-{language}.pdf"
            run("--db", db, "certificates", "--uid", uid, "--out", str(pdf), "--lang", language)
            first_page_png(pdf, out / f"certificate-{language}.png")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
