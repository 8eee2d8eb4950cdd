"""Screenshots of correspondence: the template editor with its preview, a letter, an .eml opened
as text and a member's Correspondence tab, into docs/screenshots/ and (French) docs/screenshots/fr/.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/correspondence_screenshots.py

Needs ``pdftoppm`` (poppler-utils) for the letter's page.
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from alliance_desktop.domain.correspondence import Audience
from alliance_desktop.domain.enums import Language
from alliance_desktop.domain.records import AuthorityDraft, MembershipDraft, PersonDraft
from alliance_desktop.services.data_safety.opening import Services, open_database
from alliance_desktop.ui.language import apply_language
from alliance_desktop.ui.prompts import Prompts


def settle(widget: QWidget) -> None:
    widget.show()
    app = QApplication.instance()
    assert app is not None
    for _ in range(8):
        app.processEvents()


def save(widget: QWidget, path: Path) -> None:
    settle(widget)
    widget.grab().save(str(path))
    print(path)


def sample(services: Services, language: str) -> str:
    """A member in Cyrillic with its focal point, as the secretariat would write to it."""
    record, _ = services.members.create(
        AuthorityDraft(
            name="Крагујевац",
            name_latin="Kragujevac",
            country_code="RS",
            address="Трг српских добровољаца 3\n34000 Крагујевац",
        ),
        MembershipDraft(authority_uid="", joined_on=dt.date(2018, 6, 2)),
        PersonDraft(
            name="Ивана Петровић",
            function="Focal point" if language == "en" else "Point focal",
            email="ivana.petrovic@example.org",
            language=Language.FR if language == "fr" else Language.EN,
        ),
    )
    return record.uid


def shoot(out: Path, language: str) -> None:
    from alliance_desktop.ui.correspondence.template_editor import TemplateEditor
    from alliance_desktop.ui.dialogs.member_dialog import MemberDialog

    prompts = Prompts()
    with tempfile.TemporaryDirectory() as folder:
        services = open_database(Path(folder) / "screens.sqlite", create=True)
        uid = sample(services, language)
        name = "Welcome to the Alliance"
        # The template editor on the welcome letter of this language, previewed on the member.
        editor = TemplateEditor(services, prompts, {Audience.MEMBER: uid})
        editor.resize(1240, 760)
        wanted = next(r for r in editor.records if r.default_key == f"welcome.letter.{language}")
        editor.list.setCurrentRow(editor.records.index(wanted))
        settle(editor)
        editor.form.refresh()
        save(editor, out / "dialog-templates.png")
        editor.hide()
        # The letter itself, as printed.
        pdf = Path(folder) / "letter.pdf"
        services.letters.make_pdf(name, Audience.MEMBER, [uid], pdf)
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "80",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(pdf),
                str(out / "letter"),
            ],
            check=True,
        )
        print(out / "letter.png")
        # The e-mail as its .eml file reads, opened as text.
        mails = Path(folder) / "mails"
        mails.mkdir()
        run = services.emails.make_files(
            "Welcome to the Alliance (e-mail)", Audience.MEMBER, [uid], mails
        )
        view = QPlainTextEdit()
        view.setReadOnly(True)
        view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        text = run.files[0].read_bytes().decode("utf-8").replace("\r\n", "\n")
        view.setPlainText(text)
        view.setWindowTitle(run.files[0].name)
        view.resize(900, 700)
        save(view, out / "eml.png")
        view.hide()
        # The member's Correspondence tab: the letter and the e-mail, with their SHA-256.
        dialog = MemberDialog(services, uid, prompts)
        dialog.resize(1000, 420)
        dialog.pages.setCurrentIndex(dialog.pages.count() - 1)
        save(dialog, out / "dialog-member-correspondence.png")
        dialog.hide()
        services.db.dispose()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--lang", choices=("en", "fr", "both"), default="both")
    options = parser.parse_args()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Alliance Desktop")
    languages = ("en", "fr") if options.lang == "both" else (options.lang,)
    for language in languages:
        out = Path(options.out) / ("fr" if language == "fr" else "")
        out.mkdir(parents=True, exist_ok=True)
        if language == "fr":
            apply_language("fr")
        shoot(out, language)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
