"""Plant follow-ups in a fresh demo database and save the Overview with them, the list of those
due, an application dialog's Follow-ups tab and the follow-up proposed after "Request
information", in English (docs/screenshots/) and French (docs/screenshots/fr/).

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/follow_up_screenshots.py
    (or `make screenshots`; QT_QPA_PLATFORM=offscreen works too)
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from alliance_desktop import cli
from alliance_desktop.app import build_main_window
from alliance_desktop.domain.follow_ups import FollowUpDraft, FollowUpTarget, end_of_week
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.services.data_safety.opening import Services, open_database
from alliance_desktop.ui.follow_ups.follow_up_dialog import FollowUpDialog
from alliance_desktop.ui.follow_ups.information_proposal import proposed_follow_up
from alliance_desktop.ui.language import apply_language
from alliance_desktop.ui.prompts import Prompts
from alliance_desktop.ui.settings_keys import Settings

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from screenshots import settle  # noqa: E402


def save(widget: QWidget, path: Path) -> None:
    settle()
    widget.grab().save(str(path))
    print(f"wrote {path}")


def plant(services: Services, today: dt.date) -> str:
    """Two overdue follow-ups, five due this week, two later and one done, on applications,
    members and signatures of the demo; the uid of the application holding most of them."""
    pending = services.applications.list(ListQuery(status="pending", limit=5)).rows
    members = services.members.list(ListQuery(limit=3)).rows
    signatures = services.signatures.list(ListQuery(limit=2)).rows
    week_end = end_of_week(today)
    span = (week_end - today).days

    def day(offset: int) -> dt.date:
        return today + dt.timedelta(days=offset)

    first, kind = pending[0].uid, FollowUpTarget.APPLICATION
    plan = [
        (
            kind,
            first,
            day(-6),
            "Ask again for the city council's decision to join",
            "marie.dupont",
        ),
        (
            FollowUpTarget.MEMBER,
            members[0].uid,
            day(-2),
            "Find the new focal point (the last one left in October)",
            "jan.novak",
        ),
        (kind, first, day(0), "Check that the commitment letter has arrived", "marie.dupont"),
        (
            kind,
            pending[1].uid,
            day(min(1, span)),
            "Phone the contact about the missing form",
            "",
        ),
        (
            FollowUpTarget.SIGNATURE,
            signatures[0].uid,
            day(min(1, span)),
            "Send the signed certificate promised at the Congress session",
            "jan.novak",
        ),
        (
            kind,
            pending[2].uid,
            day(span),
            "Send the Alliance's welcome pack",
            "marie.dupont",
        ),
        (FollowUpTarget.MEMBER, members[1].uid, day(span), "Confirm the new mayor's name", ""),
        (kind, first, day(span + 14), "Present the application to the Bureau", "marie.dupont"),
        (kind, pending[3].uid, day(span + 30), "Ask for the Roma population estimate", ""),
    ]
    for target, uid, due, what, who in plan:
        services.follow_ups.add(target, uid, FollowUpDraft(due_on=due, what=what, assignee=who))
    done = services.follow_ups.add(
        kind,
        first,
        FollowUpDraft(due_on=day(-20), what="Acknowledge receipt", assignee="jan.novak"),
    )
    services.follow_ups.complete(done.uid, done.meta.version, on=day(-21))
    return first


def shoot(location: str, application: str, work: Path, out: Path) -> None:
    services = open_database(location, create=False, auto_backup=False)
    settings = Settings(
        QSettings(str(work / f"settings-{out.name}.ini"), QSettings.Format.IniFormat)
    )
    window = build_main_window(services, Prompts(), settings)
    window.resize(1240, 760)
    window.show()
    window.show_tab("overview")
    save(window, out / "main-overview-followups.png")

    due = window.follow_up_actions.show_list("week")
    if due is not None:
        due.resize(900, 380)
        due.view.selectRow(0)
        save(due, out / "window-follow-ups-due.png")
        due.close()

    window.show_tab("applications")
    tab = window.record_tab("applications")
    tab.follow_up_check.setChecked(True)
    save(window, out / "main-applications-follow-up-due.png")
    tab.follow_up_check.setChecked(False)

    dialog = tab.open_dialog(application)
    if dialog is not None:
        dialog.resize(980, 700)
        panel = dialog.follow_ups_panel  # type: ignore[attr-defined]
        dialog.pages.setCurrentWidget(panel)  # type: ignore[attr-defined]
        panel.view.selectRow(0)
        save(dialog, out / "dialog-application-followups.png")
        record = services.applications.get(application)
        draft = proposed_follow_up(services, record, "the council's decision and the focal point")
        title = QCoreApplication.translate("InformationProposal", "Follow-up proposed")
        note = QCoreApplication.translate(
            "InformationProposal",
            "Information was requested. Be reminded in {days} days if the answer has not come? "
            "Change the follow-up as you need, or choose Cancel to add none.",
        ).format(days=services.follow_ups.information_days())
        users = ["jan.novak", "marie.dupont", services.db.user]
        proposal = FollowUpDialog(draft, users, dialog, title=title, note=note)
        proposal.show()
        save(proposal, out / "dialog-follow-up-proposed.png")
        proposal.close()
        dialog.close()
    window.close()
    services.db.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--languages", default="en,fr", help="comma-separated: en, fr")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="alliance-follow-ups-"))
    location = str(work / "demo.sqlite")
    if cli.run(["--db", location, "init", "--demo"]) != 0:
        return 1
    services = open_database(location, create=False, auto_backup=False)
    application = plant(services, dt.date.today())
    services.db.dispose()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app = QApplication([sys.argv[0]])
    app.setApplicationName("Alliance Desktop")
    QCoreApplication.setOrganizationName("Council of Europe")
    for language in args.languages.split(","):
        out = args.out if language == "en" else args.out / language
        out.mkdir(parents=True, exist_ok=True)
        apply_language(language)
        shoot(location, application, work, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
