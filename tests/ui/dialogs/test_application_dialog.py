"""ApplicationDialog and its actions: accept (link or create), decline, request information,
withdraw, history, buttons by status, duplicates and conflicts."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from alliance_desktop.domain.enums import ApplicationStatus, MembershipStatus
from alliance_desktop.domain.records import ApplicationDraft, AuthorityDraft
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.ui.actions import application_actions as actions
from alliance_desktop.ui.dialogs.application_dialog import ApplicationDialog
from alliance_desktop.ui.windows.history_view import HistoryModel

from ..dialog_support import add_member, prompts_fixture, services_fixture  # noqa: F401
from ..fake_prompts import FakePrompts


def make(
    qtbot: QtBot, services: Services, prompts: FakePrompts, uid: str | None = None
) -> ApplicationDialog:
    dialog = ApplicationDialog(services, uid, prompts)
    qtbot.addWidget(dialog)
    return dialog


def add_application(
    services: Services, name: str = "Şişli", country: str = "TR", **fields: object
) -> str:
    record = services.applications.create(
        ApplicationDraft(
            applicant_name=name,
            country_code=country,
            received_on=dt.date.today() - dt.timedelta(days=12),
            contact_name="Ayşe Yılmaz",
            contact_email="ayse@sisli.bel.tr",
            **fields,  # type: ignore[arg-type]
        )
    )
    return record.uid


def buttons(dialog: ApplicationDialog) -> dict[str, bool]:
    return {name: button.isEnabled() for name, button, _f in dialog._actions}


def test_new_application_is_saved_with_its_contact(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    dialog = make(qtbot, services, prompts)
    assert not any(buttons(dialog).values())  # no decisions before it is saved
    dialog.applicant_name.setText("ქუთაისი")
    dialog.applicant_name_latin.setText("Kutaisi")
    dialog.country.setEditText("Géorgie")
    dialog.contact_name.setText("ნინო ბერიძე")
    dialog.commitment_letter.setChecked(True)
    with qtbot.waitSignal(dialog.record_saved) as saved:
        dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    record = services.applications.get(saved.args[0])
    assert record.status is ApplicationStatus.RECEIVED
    assert (record.draft.applicant_name, record.draft.country_code) == ("ქუთაისი", "GE")
    assert record.draft.contact_name == "ნინო ბერიძე" and record.draft.commitment_letter
    again = make(qtbot, services, prompts, record.uid)
    assert again.applicant_name.text() == "ქუთაისი" and again.contact_name.text() == "ნინო ბერიძე"
    assert not again.is_changed()
    assert again.history.rowCount() == 1
    assert again.history.item(0, 1).text() == "Received"


def test_contact_details_need_a_contact_name(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    dialog = make(qtbot, services, prompts)
    dialog.show()
    dialog.applicant_name.setText("Şişli")
    dialog.country.set_code("TR")
    dialog.contact_email.setText("info@sisli.bel.tr")
    dialog.accept()
    assert dialog.messages.message("contact_name") == "Is required with contact details"
    qtbot.waitUntil(lambda: dialog.contact_name.hasFocus())


def test_buttons_follow_the_status(qtbot: QtBot, services: Services, prompts: FakePrompts) -> None:
    uid = add_application(services)
    dialog = make(qtbot, services, prompts, uid)
    assert buttons(dialog) == {
        "accept": True,
        "decline": True,
        "review": True,
        "request_information": True,
        "withdraw": True,
    }
    assert dialog.status_label.text() == "Received · waiting 12 days"
    record = services.applications.get(uid)
    services.applications.decline(uid, record.meta.version, "Not a local authority")
    dialog.reload()
    assert not any(buttons(dialog).values())
    assert dialog.status_label.text() == "Declined"
    assert "Not a local authority" in dialog.decision_label.text()


def test_accept_creates_the_member_and_shows_the_result(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    add_member(services, "Timișoara", "RO")
    uid = add_application(services)
    dialog = make(qtbot, services, prompts, uid)
    dialog.show()
    prompts.answer("confirm", True)
    with qtbot.waitSignal(dialog.record_saved):
        assert dialog.accept_application()
    [(_, _title, text)] = prompts.calls("info")
    assert text == "Accepted: Şişli is member no. 2."
    record = services.applications.get(uid)
    assert record.status is ApplicationStatus.ACCEPTED
    member = services.members.get_for_authority(record.draft.authority_uid or "")
    assert member is not None and member.participant_no == 2
    assert member.draft.status is MembershipStatus.ACTIVE
    assert member.focal_point is not None and member.focal_point.draft.name == "Ayşe Yılmaz"
    assert dialog.status_label.text() == "Accepted"
    assert "Şişli is member no. 2" in dialog.decision_label.text()
    assert [dialog.history.item(r, 1).text() for r in range(2)] == ["Accepted", "Received"]
    assert not any(buttons(dialog).values())
    assert dialog.isVisible()


def test_accept_can_link_a_matching_authority(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    existing, _ = services.authorities.create(AuthorityDraft(name="Şişli", country_code="TR"))
    uid = add_application(services, "Sisli")
    dialog = make(qtbot, services, prompts, uid)
    prompts.answer("choose", 0)
    assert dialog.accept_application()
    [(_, _title, text)] = prompts.calls("choose")
    assert text.startswith("Şişli (Türkiye) already exists.")
    record = services.applications.get(uid)
    assert record.draft.authority_uid == existing.uid
    assert services.members.get_for_authority(existing.uid) is not None
    assert services.authorities.search("sisli") == [services.authorities.get(existing.uid)]


def test_accept_of_an_application_already_linked_confirms_that_link(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    existing, _ = services.authorities.create(AuthorityDraft(name="Kraków", country_code="PL"))
    services.authorities.create(AuthorityDraft(name="Krakow", country_code="PL"))  # a look-alike
    uid = add_application(services, "Kraków", "PL", authority_uid=existing.uid)
    dialog = make(qtbot, services, prompts, uid)
    prompts.answer("confirm", True)
    assert dialog.accept_application()
    assert prompts.calls("choose") == []  # not asked again
    [(_, _title, text)] = prompts.calls("confirm")
    assert "It is linked to Kraków, Poland, already in the register" in text
    assert services.members.get_for_authority(existing.uid) is not None


def test_accept_cancelled_changes_nothing(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    uid = add_application(services)
    dialog = make(qtbot, services, prompts, uid)
    prompts.answer("confirm", False)
    assert not dialog.accept_application()
    assert services.applications.get(uid).status is ApplicationStatus.RECEIVED
    assert services.members.list().total == 0


def test_decline_needs_a_reason(qtbot: QtBot, services: Services, prompts: FakePrompts) -> None:
    uid = add_application(services)
    dialog = make(qtbot, services, prompts, uid)
    prompts.answer("ask_text", None)  # cancelled
    assert not dialog.decline()
    assert services.applications.get(uid).status is ApplicationStatus.RECEIVED
    prompts.answer("ask_text", "The council has not decided to join.")
    assert dialog.decline()
    record = services.applications.get(uid)
    assert record.status is ApplicationStatus.DECLINED
    assert record.decision_note == "The council has not decided to join."
    assert dialog.history.item(0, 3).text() == "The council has not decided to join."


def test_request_information_then_withdraw(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    uid = add_application(services)
    dialog = make(qtbot, services, prompts, uid)
    prompts.answer("ask_text", "The council's decision to join")
    assert dialog.request_information()
    assert services.applications.get(uid).status is ApplicationStatus.INFORMATION_REQUESTED
    assert not buttons(dialog)["request_information"] and buttons(dialog)["review"]
    prompts.answer("ask_text", "")
    assert dialog.withdraw()
    record = services.applications.get(uid)
    assert record.status is ApplicationStatus.WITHDRAWN
    assert [c.status for c in record.history] == [
        ApplicationStatus.RECEIVED,
        ApplicationStatus.INFORMATION_REQUESTED,
        ApplicationStatus.WITHDRAWN,
    ]


def test_action_saves_pending_edits_first(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    uid = add_application(services)
    dialog = make(qtbot, services, prompts, uid)
    dialog.notes.setText("Phoned the mayor's office")
    prompts.answer("ask_text", "Waiting for the letter")
    assert dialog.request_information()
    record = services.applications.get(uid)
    assert record.draft.notes == "Phoned the mayor's office"
    assert record.status is ApplicationStatus.INFORMATION_REQUESTED
    assert not dialog.is_changed()


def test_action_on_a_changed_application_offers_reload(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    uid = add_application(services)
    dialog = make(qtbot, services, prompts, uid)
    dialog.show()
    record = services.applications.get(uid)
    services.applications.update(
        uid, record.meta.version, dataclasses.replace(record.draft, notes="Changed elsewhere")
    )
    prompts.answer("ask_text", "Some reason")
    assert not dialog.decline()
    assert dialog.banner.isVisible() and dialog.banner.reload_button.isVisible()
    assert prompts.calls("error") == []
    dialog.banner.reload_button.click()
    assert dialog.notes.text() == "Changed elsewhere"
    prompts.answer("ask_text", "Some reason")
    assert dialog.decline()


def test_new_application_matching_an_authority_offers_to_link(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    existing = add_member(services, "Łódź", "PL")
    dialog = make(qtbot, services, prompts)
    dialog.applicant_name.setText("Lodz")
    dialog.country.set_code("PL")
    prompts.answer("choose", 0)
    with qtbot.waitSignal(dialog.record_saved) as saved:
        dialog.accept()
    [(_, _title, text)] = prompts.calls("choose")
    # A member says so at once: accepting it again would be refused.
    assert text == (
        "Łódź, Poland is already a member of the Alliance (no. 1). Link this application to it?"
    )
    assert services.applications.get(saved.args[0]).draft.authority_uid == existing.authority.uid


def test_new_application_matching_an_authority_not_a_member_offers_to_link(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    existing, _ = services.authorities.create(
        AuthorityDraft(name="Βόλος", name_latin="Volos", country_code="GR")
    )
    dialog = make(qtbot, services, prompts)
    dialog.applicant_name.setText("Volos")
    dialog.country.set_code("GR")
    prompts.answer("choose", 0)
    with qtbot.waitSignal(dialog.record_saved) as saved:
        dialog.accept()
    [(_, _title, text)] = prompts.calls("choose")
    assert text == "Βόλος (Volos), Greece is already in the register. Link this application to it?"
    assert services.applications.get(saved.args[0]).draft.authority_uid == existing.uid


def test_actions_from_the_tab_without_a_dialog(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    uid = add_application(services)
    version = services.applications.get(uid).meta.version
    assert actions.can(actions.ACCEPT, ApplicationStatus.RECEIVED)
    assert not actions.can(actions.ACCEPT, ApplicationStatus.DECLINED)
    prompts.answer("confirm", True)
    result = actions.accept_application(None, services, prompts, uid, version)
    assert result is not None and result.authority_created
    assert result.membership.participant_no == 1
    # A stale version (the row was read before the accept) is refused with a plain message.
    prompts.answer("ask_text", "late")
    assert actions.decline_application(None, services, prompts, uid, version) is None
    [(_, title, text)] = prompts.calls("error")
    assert title == "Decline application"
    assert "since you opened it" in text


def test_history_tab_of_an_edited_application(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    assert make(qtbot, services, prompts).history_view is None  # new: no History tab
    uid = add_application(services)
    dialog = make(qtbot, services, prompts, uid)
    dialog.notes.setText("Letter signed by the mayor")
    assert dialog.save_now() == uid
    assert dialog.history_view is not None
    rows = dialog.history_view.model.rows
    assert (
        "Changed",
        "Notes",
        "(empty) → Letter signed by the mayor",
        services.db.user,
    ) in {
        (r[HistoryModel.WHAT], r[HistoryModel.FIELD], r[HistoryModel.CHANGE], r[HistoryModel.WHO])
        for r in rows
    }
    # A decision is part of the history too, once taken from the dialog.
    prompts.answer("ask_text", "Not a local authority")
    assert dialog.decline()
    latest = dialog.history_view.model.rows[0]
    assert latest[HistoryModel.WHAT] == "Status changed"
    assert latest[HistoryModel.FIELD] == "Status"
    assert latest[HistoryModel.CHANGE] == "Received → Declined"
