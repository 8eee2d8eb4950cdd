"""Requesting information on an application proposes a follow-up, due after the organisation's
number of days, which the user sees and can change or decline; the setting is edited in
Organisation settings."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from alliance_desktop.domain.enums import ApplicationStatus
from alliance_desktop.domain.follow_ups import FollowUpTarget
from alliance_desktop.domain.records import ApplicationDraft
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.ui.dialogs.application_dialog import ApplicationDialog
from alliance_desktop.ui.dialogs.org_settings_dialog import OrgSettingsDialog
from alliance_desktop.ui.follow_ups.follow_up_dialog import FollowUpDialog

from ..dialog_support import prompts_fixture, services_fixture  # noqa: F401
from ..fake_prompts import FakePrompts

TODAY = dt.date.today()


def _application(qtbot: QtBot, services: Services, prompts: FakePrompts) -> ApplicationDialog:
    uid = services.applications.create(
        ApplicationDraft(applicant_name="Şişli", country_code="TR", received_on=TODAY)
    ).uid
    dialog = ApplicationDialog(services, uid, prompts)
    qtbot.addWidget(dialog)
    return dialog


def test_the_proposal_is_shown_and_added_as_the_user_leaves_it(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    dialog = _application(qtbot, services, prompts)
    seen: list[tuple[dt.date | None, str, str]] = []

    def change_and_accept(proposal: FollowUpDialog) -> bool:
        seen.append(
            (
                proposal.due_field.value(),
                proposal.what_edit.toPlainText(),
                proposal.who_box.currentText(),
            )
        )
        proposal.due_field.set_value(TODAY + dt.timedelta(days=10))
        return True

    prompts.answer("ask_text", "The council's decision to join")
    prompts.answer("run_dialog", change_and_accept)
    assert dialog.request_information()
    assert prompts.calls("run_dialog")[0][1] == "Follow-up proposed"
    assert seen == [
        (
            TODAY + dt.timedelta(days=21),
            "Check that Şişli has sent the information requested: The council's decision to join",
            services.db.user,
        )
    ]
    uid = dialog.uid
    assert uid is not None
    assert services.applications.get(uid).status is ApplicationStatus.INFORMATION_REQUESTED
    stored = services.follow_ups.for_record(FollowUpTarget.APPLICATION, uid)
    assert [f.draft.due_on for f in stored] == [TODAY + dt.timedelta(days=10)]
    panel = dialog.follow_ups_panel  # type: ignore[attr-defined]
    assert panel.model.rowCount() == 1  # the dialog's tab shows it at once


def test_declining_the_proposal_still_records_the_request(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    dialog = _application(qtbot, services, prompts)
    prompts.answer("ask_text", "The focal point's name")
    prompts.answer("run_dialog", False)
    assert dialog.request_information()
    uid = dialog.uid
    assert uid is not None
    assert services.applications.get(uid).status is ApplicationStatus.INFORMATION_REQUESTED
    assert services.follow_ups.for_record(FollowUpTarget.APPLICATION, uid) == []


def test_a_cancelled_request_proposes_nothing(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    dialog = _application(qtbot, services, prompts)
    prompts.answer("ask_text", None)
    assert not dialog.request_information()
    assert prompts.calls("run_dialog") == []


def test_the_number_of_days_comes_from_organisation_settings(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    settings = OrgSettingsDialog(services, prompts)
    qtbot.addWidget(settings)
    page = settings.follow_ups_page
    assert settings.tabs.tabText(settings.tabs.indexOf(page)) == "&Follow-ups"
    assert page.days_box.value() == 21
    page.days_box.setValue(14)
    settings.accept()
    assert services.follow_ups.information_days() == 14
    dialog = _application(qtbot, services, prompts)
    due: list[dt.date | None] = []
    prompts.answer("ask_text", "The decision")
    prompts.answer("run_dialog", lambda proposal: due.append(proposal.due_field.value()))
    assert dialog.request_information()
    assert due == [TODAY + dt.timedelta(days=14)]
