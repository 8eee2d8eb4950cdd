"""The duplicates list, the merge window and an unmerge offer, in English and French.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/duplicate_screenshots.py
    (or `make screenshots`)

Saves docs/screenshots/window-duplicates.png, window-merge.png, window-unmerge.png and the
same under docs/screenshots/fr/. The demo database (`init --demo`) gets a few planted
duplicates first: "City of Lodz" (a member too, with a signature and an application),
"Beograd" with Београд's e-mail, "Timisoara" with Timișoara's website, and "Krakow" in
Germany, which is not proposed (another country).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from alliance_desktop import cli
from alliance_desktop.domain.duplicates import DuplicateKind
from alliance_desktop.domain.records import (
    ApplicationDraft,
    AuthorityDraft,
    MembershipDraft,
    SignatureDraft,
)
from alliance_desktop.services.data_safety.opening import Services, open_database
from alliance_desktop.ui.language import apply_language
from alliance_desktop.ui.prompts import Prompts
from alliance_desktop.ui.settings_keys import Settings

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "docs" / "screenshots"


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, path: Path) -> None:
    widget.show()
    widget.raise_()
    settle()
    widget.grab().save(str(path))
    print(f"wrote {path}")


def uid_of(services: Services, name: str) -> str:
    return next(a.uid for a in services.authorities.search(name, limit=5) if a.draft.name == name)


def plant(services: Services) -> None:
    """Duplicates as a busy week of data entry makes them."""
    belgrade = services.authorities.get(uid_of(services, "Београд"))
    services.authorities.update(
        belgrade.uid,
        belgrade.meta.version,
        AuthorityDraft(**{**_fields(belgrade.draft), "email": "kabinet@beograd.example.org"}),
    )
    timisoara = services.authorities.get(uid_of(services, "Timișoara"))
    services.authorities.update(
        timisoara.uid,
        timisoara.meta.version,
        AuthorityDraft(
            **{**_fields(timisoara.draft), "website": "https://www.timisoara.example.org/"}
        ),
    )
    twin, _ = services.authorities.create(
        AuthorityDraft(
            name="City of Lodz", country_code="PL", population=658000, phone="+48 42 638 40 00"
        )
    )
    if services.members.get_for_authority(uid_of(services, "Łódź")) is None:
        lodz = uid_of(services, "Łódź")
        services.members.create(
            lodz, MembershipDraft(authority_uid=lodz, joined_on=dt.date(2016, 3, 2))
        )
    services.members.create(
        twin.uid, MembershipDraft(authority_uid=twin.uid, joined_on=dt.date(2024, 6, 12))
    )
    services.signatures.create(
        SignatureDraft(
            signer_name="Hanna Zdanowska",
            signed_on=dt.date(2024, 6, 12),
            authority_uid=twin.uid,
            place="Strasbourg",
        )
    )
    services.applications.create(
        ApplicationDraft(
            applicant_name="City of Lodz",
            country_code="PL",
            received_on=dt.date(2024, 5, 2),
            authority_uid=twin.uid,
        )
    )
    services.authorities.create(
        AuthorityDraft(name="Beograd", country_code="RS", email="Kabinet@beograd.example.org")
    )
    services.authorities.create(
        AuthorityDraft(name="Timisoara", country_code="RO", website="timisoara.example.org")
    )
    services.authorities.create(AuthorityDraft(name="Krakow", country_code="DE"))


def _fields(draft: object) -> dict[str, object]:
    import dataclasses

    return {f.name: getattr(draft, f.name) for f in dataclasses.fields(draft)}  # type: ignore[arg-type]


def shoot(services: Services, settings: Settings, out: Path) -> None:
    from alliance_desktop.ui.dialogs.member_dialog import MemberDialog
    from alliance_desktop.ui.duplicates.duplicates_window import DuplicatesWindow

    prompts = Prompts()
    window = DuplicatesWindow(services, prompts, settings)
    window.resize(1100, 420)
    window.kind_box.setCurrentIndex(0)
    lodz_row = next(
        row
        for row, pair in enumerate(window.model.pairs)
        if "Lodz" in pair.right.name + pair.left.name
    )
    window.view.selectRow(lodz_row)
    save(window, out / "window-duplicates.png")
    dialog = window._on_merge_button_clicked()
    assert dialog is not None
    dialog.resize(900, 700)
    save(dialog, out / "window-merge.png")
    dialog.reject()
    window.hide()

    # The merge done in a copy of the choices shown, then the kept record's History.
    pair = window.model.pair(lodz_row)
    kept = pair.left if "Łódź" in pair.left.name else pair.right
    dropped = pair.right if kept is pair.left else pair.left
    versions = [services.authorities.get(u).meta.version for u in (kept.uid, dropped.uid)]
    result = services.duplicates.merge(
        DuplicateKind.AUTHORITY, kept.uid, dropped.uid, {"phone": "drop"}, *versions
    )
    member = services.members.get_for_authority(kept.uid)
    assert member is not None
    history = MemberDialog(services, member.uid, prompts)
    history.resize(900, 560)
    history.pages.setCurrentWidget(history.history_view)
    save(history, out / "window-unmerge.png")
    history.reject()
    services.duplicates.unmerge(result.merge_uid)


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="alliance-duplicate-shots-"))
    app = QApplication([sys.argv[0]])
    app.setApplicationName("Alliance Desktop")
    QCoreApplication.setOrganizationName("Council of Europe")
    for language, out in (("en", SHOTS), ("fr", SHOTS / "fr")):
        out.mkdir(parents=True, exist_ok=True)
        location = str(work / f"demo-{language}.sqlite")
        if cli.run(["--db", location, "init", "--demo"]) != 0:
            return 1
        apply_language(language)
        services = open_database(location, create=False)
        plant(services)
        settings = Settings(
            QSettings(str(work / f"settings-{language}.ini"), QSettings.Format.IniFormat)
        )
        shoot(services, settings, out)
        services.db.dispose()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
