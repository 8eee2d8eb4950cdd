"""Screenshots of labels and envelopes: docs/screenshots/labels-sheet.png, envelope-dl.png and
the labels dialog (dialog-labels.png, and fr/dialog-labels.png in French).

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/label_screenshots.py

The sheet and the envelope are printed by the ``labels`` command from the demo data and
turned into pictures with ``pdftoppm`` (poppler-utils), as a reader's PDF viewer would show
them. The demo holds no postal addresses; a few members get sample town-hall addresses here
(in this throw-away database only) so that the labels show each country's address layout.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from alliance_desktop import cli
from alliance_desktop.db.models import Authority, Membership
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.exchange import ListKind
from alliance_desktop.services.data_safety.opening import open_database
from alliance_desktop.ui.dialogs.labels_dialog import LabelsDialog
from alliance_desktop.ui.language import apply_language
from alliance_desktop.ui.prompts import Prompts
from alliance_desktop.ui.settings_keys import Settings

# Sample addresses in each place's own script and postal layout (illustrative, not looked up).
SAMPLE_ADDRESSES = {
    "Крагујевац": "Трг српских добровољаца 6\n34000\nКрагујевац",
    "Łódź": "ul. Piotrkowska 104\n90-926 Łódź",
    "Timișoara": "Bulevardul C.D. Loga 1\n300030 Timișoara",
    "Θεσσαλονίκη": "Βασιλέως Γεωργίου Α΄ 1\n546 40 Θεσσαλονίκη",
    "Şişli": "Halaskargazi Caddesi 248\n34381 Şişli / İstanbul",
    "Փարաքար": "Երևանյան խճուղի 1\n0905 Փարաքար",
    "ბათუმი": "ლუკა ასათიანის ქ. 25\n6010 ბათუმი",
    "Strasbourg": "1 parc de l'Étoile\n67076 Strasbourg Cedex",
    "Bristol": "City Hall, College Green\nBristol\nBS1 5TR",
    "Ужгород": "пл. Поштова 3\n88000 Ужгород",
    "Jelgava": "Lielā iela 11\nJelgava\nLV-3001",
    "Den Haag": "Spui 70\n2511 BT Den Haag",
    "Chișinău": "bd. Ștefan cel Mare și Sfînt 83\nMD-2012 Chișinău",
    "Πάτρα": "Μαιζώνος 108\n262 21 Πάτρα",
    "Кюстендил": "пл. Велбъжд 1\n2500 Кюстендил",
    "Košice": "Trieda SNP 48/A\n040 11 Košice",
}
SHEET_DPI = "80"


def pdf_png(pdf: Path, png: Path, dpi: str = SHEET_DPI) -> None:
    """The first page as pdftoppm renders it, edged with a grey line: white paper on a white
    page would show no edge, and the edges are what the labels are placed against."""
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm (poppler-utils) is needed for the label screenshots")
    stem = png.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-png", "-r", dpi, "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
        check=True,
    )
    image = QImage(str(png))
    painter = QPainter(image)
    painter.setPen(QColor(150, 150, 150))
    painter.drawRect(0, 0, image.width() - 1, image.height() - 1)
    painter.end()
    image.save(str(png))
    print(png)


def run(*args: str) -> None:
    if cli.run(list(args)) != 0:
        raise SystemExit(f"failed: {' '.join(args)}")


def prepare(db: str) -> dict[str, str]:
    """The demo with sample addresses; the members that have one (name: uid), by name."""
    run("--db", db, "init", "--demo")
    services = open_database(db, create=False)
    with services.db.write() as session:
        for authority in session.scalars(
            select(Authority).where(Authority.name.in_(SAMPLE_ADDRESSES))
        ):
            authority.address = SAMPLE_ADDRESSES[authority.name]
        addressed = {
            name: uid
            for uid, name in session.execute(
                select(Membership.uid, Authority.name)
                .join(Authority, Membership.authority_id == Authority.id)
                .where(Authority.address != "", Membership.deleted_at.is_(None))
                .order_by(Authority.sort_key)
            )
        }
    services.db.dispose()
    return addressed


def shoot_dialog(app: QApplication, db: str, uids: list[str], path: Path) -> None:
    services = open_database(db, create=False)
    shown = services.members.list(ListQuery(limit=0)).total
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        dialog = LabelsDialog(
            services,
            Prompts(),
            settings,
            ListKind.MEMBERS,
            selected=uids[:12],
            shown=shown,
        )
        dialog.start_box.setValue(5)
        dialog.file_edit.setText("/home/secretariat/Documents/labels.pdf")
        dialog.resize(dialog.sizeHint().expandedTo(dialog.minimumSizeHint()))
        dialog.show()
        for _ in range(5):
            app.processEvents()
        path.parent.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(path))
        print(path)
        dialog.close()
    services.db.dispose()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="docs/screenshots")
    out = Path(parser.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        db = str(base / "demo.sqlite")
        members = prepare(db)
        uids = list(members.values())
        sheet = base / "sheet.pdf"
        # With the outlines a test print has, so the picture shows where each label is.
        run(
            "--db",
            db,
            "labels",
            "--sheet",
            "L7160",
            "--outlines",
            "--uid",
            *uids,
            "--out",
            str(sheet),
        )
        pdf_png(sheet, out / "labels-sheet.png")
        envelope = base / "envelope.pdf"
        example = members.get("Крагујевац", uids[0])  # a postcode to place, a focal point
        run("--db", db, "labels", "--envelope", "DL", "--uid", example, "--out", str(envelope))
        pdf_png(envelope, out / "envelope-dl.png", "100")
        shoot_dialog(app, db, uids, out / "dialog-labels.png")
        apply_language("fr")
        shoot_dialog(app, db, uids, out / "fr" / "dialog-labels.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
