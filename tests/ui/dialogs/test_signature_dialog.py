"""SignatureDialog: authority search and link, country default, certificate number, conflicts."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from alliance_desktop.domain.records import AuthorityDraft, SignatureDraft
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.ui.dialogs.signature_dialog import SignatureDialog
from alliance_desktop.ui.windows.history_view import HistoryModel

from ..dialog_support import prompts_fixture, services_fixture  # noqa: F401
from ..fake_prompts import FakePrompts


def make(
    qtbot: QtBot, services: Services, prompts: FakePrompts, uid: str | None = None
) -> SignatureDialog:
    dialog = SignatureDialog(services, uid, prompts)
    qtbot.addWidget(dialog)
    return dialog


def test_new_signature_linked_to_a_found_authority(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    volos, _ = services.authorities.create(
        AuthorityDraft(name="Βόλος", name_latin="Volos", country_code="GR")
    )
    dialog = make(qtbot, services, prompts)
    found = dialog.authority.search_for("volos")
    assert [r.uid for r in found] == [volos.uid]
    assert [r.uid for r in dialog.authority.search_for("βολ")] == [volos.uid]
    assert dialog.authority.model.rowCount() == 1
    assert dialog.authority.model.index(0, 0).data() == "Βόλος (Volos), Greece"
    dialog.authority.set_record(found[0])
    assert dialog.country.code() == "GR"  # defaults from the authority
    dialog.signer_name.setText("Αχιλλέας Μπέος")
    dialog.signed_on.set_value(dt.date(2018, 3, 27))
    dialog.place.setText("Strasbourg, 34th Session")
    dialog.notes.setText("Signed in person.\nΥπογράφηκε αυτοπροσώπως.")
    assert dialog.certificate_no.text() == "" and not dialog.certificate_no.isReadOnly()
    with qtbot.waitSignal(dialog.record_saved) as saved:
        dialog.accept()
    record = services.signatures.get(saved.args[0])
    assert record.draft.authority_uid == volos.uid
    assert record.draft.certificate_no == "DAG-2018-0001"
    assert record.draft.signer_name == "Αχιλλέας Μπέος"
    again = make(qtbot, services, prompts, record.uid)
    assert again.certificate_no.text() == "DAG-2018-0001"
    assert again.certificate_no.isReadOnly()
    assert again.authority.uid() == volos.uid
    assert again.place.text() == "Strasbourg, 34th Session"
    assert again.notes.text() == "Signed in person.\nΥπογράφηκε αυτοπροσώπως."
    assert not again.is_changed()


def test_editing_the_text_drops_the_link(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    volos, _ = services.authorities.create(AuthorityDraft(name="Βόλος", country_code="GR"))
    dialog = make(qtbot, services, prompts)
    dialog.authority.set_record(volos)
    qtbot.keyClicks(dialog.authority.edit, "x")
    assert dialog.authority.uid() is None


def test_signed_before_the_first_signatures_is_refused(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    dialog = make(qtbot, services, prompts)
    dialog.show()
    dialog.signed_on.set_value(dt.date(2016, 12, 1))  # the field itself stops at 9 March 2017
    assert dialog.signed_on.value() == dt.date(2017, 3, 9)
    dialog.country.set_code("FR")
    dialog.accept()
    assert dialog.messages.message("signer_name") == "Signer's name is required"
    qtbot.waitUntil(lambda: dialog.signer_name.hasFocus())


def test_in_person_signature_needs_a_country(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    dialog = make(qtbot, services, prompts)
    dialog.signer_name.setText("Jean Dupont")
    dialog.signed_on.set_value(dt.date(2017, 3, 29))
    dialog.accept()
    assert dialog.messages.message("country_code") == "Is required without an authority"
    dialog.country.setEditText("France")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    [row] = services.signatures.list().rows
    assert (row.signer_name, row.country_code, row.certificate_no) == (
        "Jean Dupont",
        "FR",
        "DAG-2017-0001",
    )


def test_typed_authority_that_exists_is_offered_for_linking(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    lodz, _ = services.authorities.create(AuthorityDraft(name="Łódź", country_code="PL"))
    dialog = make(qtbot, services, prompts)
    dialog.authority.edit.setText("Lodz")
    dialog.country.set_code("PL")
    dialog.signer_name.setText("Hanna Zdanowska")
    prompts.answer("choose", 0)
    with qtbot.waitSignal(dialog.record_saved) as saved:
        dialog.accept()
    [(_, _title, text)] = prompts.calls("choose")
    assert text == "Łódź (Poland) already exists. Link this signature to it?"
    assert services.signatures.get(saved.args[0]).draft.authority_uid == lodz.uid


def test_conflict_and_reload(qtbot: QtBot, services: Services, prompts: FakePrompts) -> None:
    record = services.signatures.create(
        SignatureDraft(signer_name="Jean Dupont", signed_on=dt.date(2019, 1, 9), country_code="FR")
    )
    dialog = make(qtbot, services, prompts, record.uid)
    dialog.show()
    services.signatures.update(
        record.uid, record.meta.version, dataclasses.replace(record.draft, place="Strasbourg")
    )
    dialog.signer_function.setText("Mayor")
    dialog.accept()
    assert dialog.isVisible() and dialog.banner.isVisible()
    assert "since you opened it" in dialog.banner.label.text()
    dialog.reload()
    assert dialog.place.text() == "Strasbourg" and dialog.signer_function.text() == ""
    dialog.signer_function.setText("Mayor")
    dialog.accept()
    saved = services.signatures.get(record.uid).draft
    assert (saved.place, saved.signer_function) == ("Strasbourg", "Mayor")


def test_discard_prompt_only_after_a_change(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    record = services.signatures.create(
        SignatureDraft(signer_name="Jean Dupont", signed_on=dt.date(2019, 1, 9), country_code="FR")
    )
    dialog = make(qtbot, services, prompts, record.uid)
    dialog.show()
    dialog.reject()
    assert prompts.calls("ask_discard") == [] and not dialog.isVisible()
    dialog = make(qtbot, services, prompts, record.uid)
    dialog.show()
    dialog.notes.setText("Signed twice?")
    prompts.answer("ask_discard", False)
    dialog.reject()
    assert dialog.isVisible() and len(prompts.calls("ask_discard")) == 1


def test_typing_lists_matches_and_choosing_one_links_it(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    volos, _ = services.authorities.create(
        AuthorityDraft(name="Βόλος", name_latin="Volos", country_code="GR")
    )
    services.authorities.create(AuthorityDraft(name="Łódź", country_code="PL"))
    dialog = make(qtbot, services, prompts)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.authority.edit.setFocus()
    qtbot.keyClicks(dialog.authority.edit, "vol")  # QTest types ASCII only
    popup = dialog.authority.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().rowCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.authority.uid() == volos.uid)
    assert dialog.authority.text() == "Βόλος (Volos), Greece"
    assert dialog.country.code() == "GR"


def test_history_tab_of_an_edited_signature(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    assert make(qtbot, services, prompts).history_view is None  # new: no History tab
    record = services.signatures.create(
        SignatureDraft(signer_name="Jean Dupont", signed_on=dt.date(2019, 1, 9), country_code="FR")
    )
    dialog = make(qtbot, services, prompts, record.uid)
    dialog.place.setText("Strasbourg")
    assert dialog.save_now() == record.uid
    assert dialog.history_view is not None
    [latest, *_older] = dialog.history_view.model.rows
    assert latest[HistoryModel.WHAT] == "Changed"
    assert latest[HistoryModel.FIELD] == "Place or event"
    assert latest[HistoryModel.CHANGE] == "(empty) → Strasbourg"
    assert latest[HistoryModel.WHO] == services.db.user
