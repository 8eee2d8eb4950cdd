"""MemberDialog: validation beside fields, duplicates, discard prompt, conflicts, scripts."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from alliance_desktop.domain.enums import MembershipStatus
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.ui.dialogs.member_dialog import MemberDialog
from alliance_desktop.ui.windows.history_view import HistoryModel

from ..dialog_support import add_member, prompts_fixture, services_fixture  # noqa: F401
from ..fake_prompts import FakePrompts


def make(
    qtbot: QtBot, services: Services, prompts: FakePrompts, uid: str | None = None
) -> MemberDialog:
    dialog = MemberDialog(services, uid, prompts)
    qtbot.addWidget(dialog)
    return dialog


def test_new_member_shows_the_next_number_and_saves(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    add_member(services, "Timișoara", "RO")
    dialog = make(qtbot, services, prompts)
    assert dialog.participant_no.value() == 2
    dialog.name.setText("Βόλος")
    dialog.name_latin.setText("Volos")
    dialog.country.setEditText("Grèce")
    dialog.focal_name.setText("Ελένη Παπαδοπούλου")
    dialog.focal_function.setText("Focal point")
    with qtbot.waitSignal(dialog.record_saved) as saved:
        dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    record = services.members.get(saved.args[0])
    assert record.participant_no == 2
    assert record.authority.draft.name == "Βόλος"
    assert record.authority.draft.country_code == "GR"
    assert record.focal_point is not None
    assert record.focal_point.draft.name == "Ελένη Παπαδοπούλου"
    assert record.focal_point.draft.authority_uid == record.authority.uid


def test_missing_name_and_bad_email_are_shown_beside_the_fields(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    dialog = make(qtbot, services, prompts)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.country.setEditText("Poland")
    dialog.email.setText("mayor@@lodz")
    dialog.email.setFocus()
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.messages.message("authority.name") == "Name is required"
    assert "not a valid e-mail address" in dialog.messages.message("authority.email")
    assert dialog.messages.message("authority.country_code") == ""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)
    assert services.members.list().total == 0
    # Fixing the fields clears the messages on the next OK.
    dialog.name.setText("Łódź")
    dialog.email.setText("mayor@lodz.pl")
    dialog.accept()
    assert dialog.messages.message("authority.name") == ""
    assert services.members.list().total == 1


def test_first_bad_field_in_form_order_gets_the_focus(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    dialog = make(qtbot, services, prompts)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name.setText("Łódź")
    dialog.country.setEditText("Atlantis")
    dialog.status.set_value(MembershipStatus.WITHDRAWN)
    dialog.accept()
    assert "not a Council of Europe member state" in dialog.messages.message(
        "authority.country_code"
    )
    assert (
        dialog.messages.message("membership.left_on") == "A withdrawn member needs a leaving date"
    )
    qtbot.waitUntil(lambda: dialog.country.hasFocus())


def test_country_box_reads_codes_and_english_or_french_names(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    dialog = make(qtbot, services, prompts)
    for typed, code in [
        ("de", "DE"),
        ("Allemagne", "DE"),
        ("UK", "GB"),
        ("el", "GR"),
        ("russia", "RU"),
    ]:
        dialog.country.setEditText(typed)
        assert dialog.country.code() == code, typed
    dialog.country.set_code("RU")
    assert dialog.country.currentText() == "Russian Federation (former member)"


def test_duplicate_offers_to_open_the_existing_member(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    existing = add_member(services, "Łódź", "PL")
    dialog = make(qtbot, services, prompts)
    dialog.name.setText("LODZ")
    dialog.country.setEditText("PL")
    prompts.answer("choose", 0)
    dialog.accept()
    assert prompts.calls("choose")[0][2] == "Łódź (Poland) already exists."
    assert dialog.uid == existing.uid
    assert dialog.name.text() == "Łódź"
    assert dialog.participant_no.value() == existing.participant_no
    assert not dialog.is_changed()
    assert services.members.list().total == 1


def test_duplicate_can_be_saved_anyway_or_cancelled(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    add_member(services, "Łódź", "PL")
    dialog = make(qtbot, services, prompts)
    dialog.name.setText("Lodz")
    dialog.country.setEditText("Poland")
    prompts.answer("choose", None)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert services.members.list().total == 1
    prompts.answer("choose", 1)
    dialog.accept()
    assert services.members.list().total == 2


def test_duplicate_authority_without_membership_can_become_a_member(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    from alliance_desktop.domain.records import AuthorityDraft

    authority, _ = services.authorities.create(
        AuthorityDraft(name="Крагујевац", name_latin="Kragujevac", country_code="RS")
    )
    dialog = make(qtbot, services, prompts)
    dialog.name.setText("Kragujevac")
    dialog.country.setEditText("Serbia")
    prompts.answer("choose", 0)
    with qtbot.waitSignal(dialog.record_saved) as saved:
        dialog.accept()
    record = services.members.get(saved.args[0])
    assert record.authority.uid == authority.uid
    assert record.authority.draft.name == "Крагујевац"


def test_discard_is_asked_only_when_something_changed(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    member = add_member(services)
    dialog = make(qtbot, services, prompts, member.uid)
    dialog.show()
    dialog.reject()
    assert prompts.calls("ask_discard") == []
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()

    dialog = make(qtbot, services, prompts, member.uid)
    dialog.show()
    dialog.phone.setText("+48 42 638 40 00")
    prompts.answer("ask_discard", False)
    dialog.reject()  # Esc and Cancel
    assert len(prompts.calls("ask_discard")) == 1
    assert dialog.isVisible()
    prompts.answer("ask_discard", False)
    assert not dialog.close()  # the window's close button, and quitting
    assert dialog.isVisible()
    assert len(prompts.calls("ask_discard")) == 2
    prompts.answer("ask_discard", True)
    assert dialog.close()
    assert not dialog.isVisible()
    assert services.members.get(member.uid).authority.draft.phone == ""


def test_new_dialog_left_untouched_closes_without_asking(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    dialog = make(qtbot, services, prompts)
    dialog.show()
    assert dialog.close()
    assert prompts.asked == []


def test_conflict_shows_a_message_and_reload_brings_the_current_version(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    member = add_member(services)
    dialog = make(qtbot, services, prompts, member.uid)
    dialog.show()
    # A colleague changes the authority after the dialog opened.
    own = services.db.user
    services.db.user = "mkowalska"
    services.authorities.update(
        member.authority.uid,
        member.authority.meta.version,
        dataclasses.replace(member.authority.draft, website="https://uml.lodz.pl"),
    )
    services.db.user = own
    dialog.phone.setText("+48 42 638 40 00")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.banner.isVisible()
    message = dialog.banner.label.text()
    assert "“Łódź” was changed by mkowalska at " in message
    assert "since you opened it" in message
    assert dialog.banner.reload_button.isVisible()
    assert services.members.get(member.uid).authority.draft.phone == ""
    assert prompts.calls("error") == []
    dialog.banner.reload_button.click()
    assert not dialog.banner.isVisible()
    assert dialog.website.text() == "https://uml.lodz.pl"
    assert dialog.phone.text() == ""
    dialog.phone.setText("+48 42 638 40 00")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = services.members.get(member.uid).authority.draft
    assert (saved.phone, saved.website) == ("+48 42 638 40 00", "https://uml.lodz.pl")


def test_conflict_with_a_deleted_member_says_so_without_reload(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    member = add_member(services)
    dialog = make(qtbot, services, prompts, member.uid)
    dialog.show()
    services.members.delete(member.uid)  # by the same user, elsewhere
    dialog.membership_notes.setText("Visited in 2024")
    dialog.accept()
    assert dialog.isVisible()
    assert "was deleted by you (in another window or on another computer) at " in (
        dialog.banner.label.text()
    )
    assert not dialog.banner.reload_button.isVisible()


def test_refused_save_shows_a_plain_message_and_keeps_the_contents(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    add_member(services, "Timișoara", "RO")
    dialog = make(qtbot, services, prompts)
    dialog.show()
    dialog.name.setText("Şişli")
    dialog.country.setEditText("TR")
    dialog.participant_no.setValue(1)  # taken by Timișoara
    dialog.accept()
    assert dialog.isVisible()
    [(_, _title, text)] = prompts.calls("error")
    assert text == "Participant number 1 already belongs to Timișoara."
    assert dialog.name.text() == "Şişli"


def test_names_in_every_script_survive_save_and_reload(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    names = [
        ("Крагујевац", "RS"),
        ("Βόλος", "GR"),
        ("Փարաքար", "AM"),
        ("ქუთაისი", "GE"),
        ("İstanbul", "TR"),
    ]
    for name, country in names:
        dialog = make(qtbot, services, prompts)
        dialog.name.setText(name)
        dialog.name_fr.setText(name + " (fr)")
        dialog.country.set_code(country)
        dialog.address.setText(f"{name}\nул. Кирила и Методија 1")
        with qtbot.waitSignal(dialog.record_saved) as saved:
            dialog.accept()
        again = make(qtbot, services, prompts, saved.args[0])
        assert again.name.text() == name
        assert again.name_fr.text() == name + " (fr)"
        assert again.address.text() == f"{name}\nул. Кирила и Методија 1"
        assert again.country.code() == country
        assert not again.is_changed()


def test_editing_membership_and_focal_point(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    member = add_member(services)
    dialog = make(qtbot, services, prompts, member.uid)
    dialog.status.set_value(MembershipStatus.WITHDRAWN)
    dialog.left_on.set_value(dt.date(2024, 1, 31))
    dialog.focal_name.setText("Anna Kowalska")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    record = services.members.get(member.uid)
    assert record.draft.status is MembershipStatus.WITHDRAWN
    assert record.draft.left_on == dt.date(2024, 1, 31)
    assert record.focal_point is not None and record.focal_point.draft.name == "Anna Kowalska"
    dialog = make(qtbot, services, prompts, member.uid)
    assert dialog.left_on.value() == dt.date(2024, 1, 31)
    dialog.focal_email.setText("anna@uml.lodz.pl")
    dialog.accept()
    person = services.members.get(member.uid).focal_point
    assert person is not None and person.draft.email == "anna@uml.lodz.pl"


def test_population_takes_digits_with_group_separators_only(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    dialog = make(qtbot, services, prompts)
    qtbot.keyClicks(dialog.population, "171 197x")
    assert dialog.population.text() == "171 197"
    assert dialog.population.value() == 171_197
    dialog.population.set_value(1_234_567)
    assert dialog.population.value() == 1_234_567
    dialog.population.clear()
    assert dialog.population.value() is None


def test_escape_asks_before_discarding(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    member = add_member(services)
    dialog = make(qtbot, services, prompts, member.uid)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name_en.setText("Lodz")
    prompts.answer("ask_discard", False)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(prompts.calls("ask_discard")) == 1
    prompts.answer("ask_discard", True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_reload_of_a_record_deleted_meanwhile_says_so(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    member = add_member(services)
    dialog = make(qtbot, services, prompts, member.uid)
    dialog.show()
    services.members.update(
        member.uid, member.meta.version, dataclasses.replace(member.draft, notes="x")
    )
    dialog.membership_notes.setText("mine")
    dialog.accept()
    assert dialog.banner.reload_button.isVisible()
    services.members.delete(member.uid)
    dialog.banner.reload_button.click()
    assert "was deleted by" in dialog.banner.label.text()
    assert not dialog.banner.reload_button.isVisible()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_opening_a_deleted_member_shows_it_read_only(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    member = add_member(services)
    services.members.delete(member.uid)
    dialog = make(qtbot, services, prompts, member.uid)
    assert dialog.banner.isVisibleTo(dialog)
    assert "in the Trash" in dialog.banner.label.text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_renaming_into_an_existing_authority_asks_first(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    add_member(services, "Łódź", "PL")
    other = add_member(services, "Kraków", "PL")
    dialog = make(qtbot, services, prompts, other.uid)
    dialog.name.setText("Lodz")
    prompts.answer("confirm", False)
    dialog.accept()
    [(_, _title, text)] = prompts.calls("confirm")
    assert text == "Łódź (Poland) already exists. Save this one anyway?"
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert services.members.get(other.uid).authority.draft.name == "Kraków"


def test_history_tab_shows_who_changed_which_field(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    new = make(qtbot, services, prompts)
    assert new.history_view is None and new.pages.count() == 1  # nothing to show yet
    member = add_member(services, phone="+48 42 000")
    dialog = make(qtbot, services, prompts, member.uid)
    assert dialog.history_view is not None
    assert [dialog.pages.tabText(i) for i in range(dialog.pages.count())] == [
        "Details",
        "Follow-ups",
        "History",
        "Correspondence",
    ]
    model = dialog.history_view.model
    assert {r[HistoryModel.WHAT] for r in model.rows} == {"Created"}
    dialog.phone.setText("+48 42 638 40 00")
    dialog.status.set_value(MembershipStatus.SUSPENDED)
    assert dialog.save_now() == member.uid  # saved, the dialog stays open: History follows
    changed = [r for r in model.rows if r[HistoryModel.WHAT] == "Changed"]
    assert {(r[HistoryModel.FIELD], r[HistoryModel.CHANGE]) for r in changed} == {
        ("Phone", "+48 42 000 → +48 42 638 40 00"),
        ("Status", "Active → Suspended"),
    }
    assert {r[HistoryModel.WHO] for r in changed} == {services.db.user}
    assert model.rows[0][HistoryModel.WHAT] == "Changed"  # newest first
    # Opened afresh, the edited record shows the same.
    again = make(qtbot, services, prompts, member.uid)
    assert again.history_view is not None
    assert ("Phone", "+48 42 000 → +48 42 638 40 00") in {
        (r[HistoryModel.FIELD], r[HistoryModel.CHANGE]) for r in again.history_view.model.rows
    }


def test_history_tab_appears_once_a_new_member_is_saved(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    dialog = make(qtbot, services, prompts)
    dialog.name.setText("Ghent")
    dialog.country.set_code("BE")
    assert dialog.save_now() is not None
    assert dialog.history_view is not None
    texts = [dialog.pages.tabText(i) for i in range(dialog.pages.count())]
    assert texts == ["Details", "Follow-ups", "History", "Correspondence"]  # a saved member's tabs
    rows = dialog.history_view.model.rows
    assert ("Name", "(empty) → Ghent") in {
        (r[HistoryModel.FIELD], r[HistoryModel.CHANGE]) for r in rows
    }


def test_focal_point_changed_meanwhile_saves_nothing_of_the_form(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    member = add_member(services)
    dialog = make(qtbot, services, prompts, member.uid)
    dialog.focal_name.setText("Anna Kowalska")
    dialog.accept()
    record = services.members.get(member.uid)
    person = record.focal_point
    assert person is not None
    dialog = make(qtbot, services, prompts, member.uid)
    dialog.show()
    # A colleague corrects the focal point's phone meanwhile.
    services.persons.update(
        person.meta.uid, person.meta.version, dataclasses.replace(person.draft, phone="+48 2")
    )
    dialog.phone.setText("+48 42 638 40 00")
    dialog.membership_notes.setText("Visited in 2024")
    dialog.focal_email.setText("anna@uml.lodz.pl")
    dialog.accept()
    assert dialog.isVisible() and dialog.banner.isVisible()
    assert "since you opened it" in dialog.banner.label.text()
    after = services.members.get(member.uid)
    assert after.authority.draft.phone == "" and after.draft.notes == ""
    assert after.focal_point is not None and after.focal_point.draft.email == ""
    assert dialog.phone.text() == "+48 42 638 40 00"  # the form keeps what was typed
