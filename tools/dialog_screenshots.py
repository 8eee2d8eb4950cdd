"""Show each dialog filled with a sample record and save docs/screenshots/dialog-*.png, then
the same dialogs in French in docs/screenshots/fr/dialog-*.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/dialog_screenshots.py [--out DIR] [--lang fr]
    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/dialog_screenshots.py

Under a real X server (Xvfb) the dialogs are shown as windows with the platform style, which is
what a user sees; offscreen they are rendered the same way without a window manager.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import (
    QLocale,
    QSettings,
    QTimer,
)
from PySide6.QtWidgets import QApplication, QDialog

from alliance_desktop.domain.enums import (
    ApplicationChannel,
    AuthorityKind,
    Language,
)
from alliance_desktop.domain.records import (
    ApplicationDraft,
    AuthorityDraft,
    MembershipDraft,
    PersonDraft,
    SignatureDraft,
)
from alliance_desktop.exchange import ListKind
from alliance_desktop.services.data_safety.opening import Services, open_database
from alliance_desktop.ui.language import apply_language
from alliance_desktop.ui.prompts import Prompts
from alliance_desktop.ui.settings_keys import Settings

# A members' list as a colleague might send it: French headers, one date the check refuses.
SAMPLE_IMPORT = (
    "Nom;Pays;Date d'adhésion;Courriel\n"
    "Graz;AT;2017-01-12;buergermeister@graz.at\n"
    "Kraków;PL;2018-06-05;prezydent@um.krakow.pl\n"
    "Cluj-Napoca;RO;31/02/2019;primar@primariaclujnapoca.ro\n"
)


def sample_member(services: Services) -> str:
    services.members.create(
        AuthorityDraft(name="Timișoara", country_code="RO"),
        MembershipDraft(authority_uid="", joined_on=dt.date(2018, 6, 12)),
    )
    person = services.persons.create(
        PersonDraft(
            name="Milica Petrović",
            function="Adviser on Roma inclusion",
            email="m.petrovic@kragujevac.rs",
            phone="+381 34 306 400",
        )
    )
    record, _ = services.members.create(
        AuthorityDraft(
            name="Крагујевац",
            name_latin="Kragujevac",
            name_en="Kragujevac",
            name_fr="Kragujevac",
            kind=AuthorityKind.MUNICIPALITY,
            country_code="RS",
            population=171_197,
            roma_population=4_000,
            roma_population_note="Estimate of the city's Roma coordinator, 2022",
            website="https://www.kragujevac.rs",
            email="gradonacelnik@kragujevac.rs",
            phone="+381 34 306 100",
            address="Трг слободе 3\n34000 Крагујевац",
            notes="Joined at the Congress session in Strasbourg.",
        ),
        MembershipDraft(
            authority_uid="",
            joined_on=dt.date(2019, 10, 29),
            focal_point_uid=person.uid,
            notes="Local action plan for Roma inclusion 2021–2025.",
        ),
    )
    return record.uid


def sample_signature(services: Services) -> str:
    authority, _ = services.authorities.create(
        AuthorityDraft(name="Βόλος", name_latin="Volos", name_fr="Volos", country_code="GR")
    )
    record = services.signatures.create(
        SignatureDraft(
            signer_name="Αχιλλέας Μπέος",
            signer_function="Mayor of Volos",
            signed_on=dt.date(2018, 3, 27),
            authority_uid=authority.uid,
            place="Congress of Local and Regional Authorities, 34th Session, Strasbourg",
            language=Language.FR,
            notes="Signed in person at the session.",
        )
    )
    return record.uid


def sample_application(services: Services) -> str:
    record = services.applications.create(
        ApplicationDraft(
            applicant_name="Łódź",
            applicant_name_latin="Lodz",
            country_code="PL",
            received_on=dt.date.today() - dt.timedelta(days=47),
            channel=ApplicationChannel.LETTER,
            applicant_kind=AuthorityKind.MUNICIPALITY,
            contact_name="Anna Kowalska",
            contact_function="Plenipotentiary for Roma affairs",
            contact_email="a.kowalska@uml.lodz.pl",
            contact_phone="+48 42 638 40 00",
            contact_language=Language.EN,
            commitment_letter=True,
            notes="Letter to the President of the Congress, forwarded by the delegation.",
        )
    )
    today = dt.date.today()
    record = services.applications.review(
        record.uid,
        record.meta.version,
        "Sent to the rapporteur",
        on=today - dt.timedelta(days=40),
    )
    record = services.applications.request_information(
        record.uid,
        record.meta.version,
        "Asked for the council's decision to join",
        on=today - dt.timedelta(days=26),
    )
    return record.uid


def grab(dialog: QDialog, path: Path) -> None:
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    app = QApplication.instance()
    assert app is not None
    for _ in range(5):
        app.processEvents()
    dialog.grab().save(str(path))
    print(path)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument(
        "--lang",
        choices=("en", "fr", "both"),
        default="both",
        help="English into --out, French into --out/fr (both: one after the other)",
    )
    parser.add_argument(
        "--only", help="member, signature, application, certificate or org-settings"
    )
    parser.add_argument(
        "--hold",
        type=float,
        default=0,
        help="keep the last dialog open this many seconds (for a root-window capture)",
    )
    options = parser.parse_args()
    # The secretariat works in Strasbourg in English: British dates, whatever this machine says.
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Alliance Desktop")
    languages = ("en", "fr") if options.lang == "both" else (options.lang,)
    for language in languages:
        out = Path(options.out) / ("fr" if language == "fr" else "")
        out.mkdir(parents=True, exist_ok=True)
        if language == "fr":
            apply_language("fr")  # as Preferences does: catalogues, Qt's own, messages, dates
        shoot(app, out, options.only, options.hold if language == languages[-1] else 0)
    return 0


def shoot(app: QApplication, out: Path, only: str | None, hold: float) -> None:
    prompts = Prompts()
    with tempfile.TemporaryDirectory() as folder:
        services = open_database(Path(folder) / "screens.sqlite", create=True)
        member = sample_member(services)
        signature = sample_signature(services)
        application = sample_application(services)
        settings = Settings(
            QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        )
        sample_file = Path(folder) / "membres.csv"
        sample_file.write_text(SAMPLE_IMPORT, encoding="utf-8")
        shots: list[tuple[str, Callable[[], QDialog]]] = [
            ("member", lambda: _dialog("member_dialog", "MemberDialog")(services, member, prompts)),
            ("member-new-errors", lambda: _new_member_with_errors(services, prompts)),
            ("member-history", lambda: _member_history(services, member, prompts)),
            (
                "signature",
                lambda: _dialog("signature_dialog", "SignatureDialog")(
                    services, signature, prompts
                ),
            ),
            (
                "application",
                lambda: _dialog("application_dialog", "ApplicationDialog")(
                    services, application, prompts
                ),
            ),
            ("certificate", lambda: _certificate(services, signature, prompts)),
            ("org-settings-texts", lambda: _org_settings(services, prompts, page=0)),
            ("org-settings-preview", lambda: _org_settings(services, prompts, page=3)),
            ("org-settings-signatures", lambda: _org_settings(services, prompts, page=1)),
            ("export", lambda: _export(services, prompts, settings)),
        ]
        for page in range(4):
            shots.append(
                (
                    f"import-{('file', 'format', 'columns', 'check')[page]}",
                    lambda page=page: _import_wizard(
                        services, prompts, settings, sample_file, page
                    ),
                )
            )
        last: QDialog | None = None
        for name, build in shots:
            if only and not name.startswith(only):
                continue
            dialog = build()
            grab(dialog, out / f"dialog-{name}.png")
            if last is not None:
                last.hide()
            last = dialog
        if hold and last is not None:
            QTimer.singleShot(int(hold * 1000), app.quit)
            app.exec()
        if last is not None:
            last.hide()
        services.db.dispose()


def _export(services: Services, prompts: Prompts, settings: Settings) -> QDialog:
    from alliance_desktop.ui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(
        services,
        prompts,
        settings,
        ListKind.MEMBERS,
        visible_columns=("participant_no", "name", "country_code", "joined_on"),
        shown=2,
        total=2,
    )
    dialog.titles_check.setChecked(True)  # shows the header choice with its language
    return dialog


def _import_wizard(
    services: Services, prompts: Prompts, settings: Settings, path: Path, page: int
) -> QDialog:
    """The import wizard opened on ``path`` and moved on to its page number ``page``."""
    from alliance_desktop.ui.dialogs.import_wizard.wizard import ImportWizard

    wizard = ImportWizard(services, prompts, settings, ListKind.MEMBERS)
    wizard.file_page.path_edit.setText(str(path))
    wizard.show()
    app = QApplication.instance()
    assert app is not None
    for _ in range(min(page, 2)):
        wizard.next()
    if page >= 2:
        # Which column gives the e-mail is left for the user: the page shows one to choose.
        wizard.mapping_page.set_field(3, "")
    if page >= 3:
        wizard.mapping_page.set_field(2, "joined_on")
        wizard.mapping_page.set_field(3, "email")
        wizard.next()  # the check runs in the background
        while wizard.currentId() != ImportWizard.CHECK:
            app.processEvents()
    return wizard


def _dialog(module: str, name: str) -> Callable[[Services, str | None, Prompts], QDialog]:
    import importlib

    return getattr(importlib.import_module(f"alliance_desktop.ui.dialogs.{module}"), name)  # type: ignore[no-any-return]


def _certificate(services: Services, uid: str, prompts: Prompts) -> QDialog:
    from alliance_desktop.ui.dialogs.certificate_dialog import CertificateDialog

    dialog = CertificateDialog(services, prompts, [uid])
    dialog.resize(1000, 720)
    return dialog


def _org_settings(services: Services, prompts: Prompts, *, page: int) -> QDialog:
    from alliance_desktop.ui.dialogs.org_settings_dialog import OrgSettingsDialog

    dialog = OrgSettingsDialog(services, prompts)
    dialog.resize(900, 680)
    dialog.tabs.setCurrentIndex(page)
    return dialog


def _member_history(services: Services, uid: str, prompts: Prompts) -> QDialog:
    """The member after a colleague's edit, with its History tab in front."""
    from alliance_desktop.ui.dialogs.member_dialog import MemberDialog

    record = services.members.get(uid)
    services.members.update(
        uid,
        record.meta.version,
        dataclasses.replace(record.draft, notes=record.draft.notes + " Renewed in 2024."),
        authority=dataclasses.replace(
            record.authority.draft,
            roma_population=4_500,
            roma_population_note="Estimate of the city's Roma coordinator, 2024",
        ),
        authority_version=record.authority.meta.version,
    )
    dialog = MemberDialog(services, uid, prompts)
    assert dialog.history_view is not None
    dialog.pages.setCurrentWidget(dialog.history_view)
    return dialog


def _new_member_with_errors(services: Services, prompts: Prompts) -> QDialog:
    from alliance_desktop.ui.dialogs.member_dialog import MemberDialog

    dialog = MemberDialog(services, None, prompts)
    dialog.name_latin.setText("Sisli")
    dialog.country.setEditText("Turkey")
    line = dialog.country.lineEdit()
    assert line is not None
    line.editingFinished.emit()  # as when the user tabs on: the typed name becomes the country
    dialog.email.setText("baskan@sisli")
    dialog.status.setCurrentIndex(2)
    dialog.show()
    dialog.accept()  # refused: the messages appear beside the fields
    return dialog


if __name__ == "__main__":
    raise SystemExit(main())
