"""The Follow-ups tab of the record dialogs: list, add, edit, mark done, reopen, delete, conflicts;
the model passes Qt's model tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from alliance_desktop.domain.follow_ups import FollowUpDraft, FollowUpTarget
from alliance_desktop.domain.records import SignatureDraft
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.ui.dialogs.member_dialog import MemberDialog
from alliance_desktop.ui.dialogs.signature_dialog import SignatureDialog
from alliance_desktop.ui.follow_ups.follow_up_dialog import FollowUpDialog
from alliance_desktop.ui.follow_ups.follow_ups_panel import FollowUpsPanel

from ..dialog_support import add_member, prompts_fixture, services_fixture  # noqa: F401
from ..fake_prompts import FakePrompts

TODAY = dt.date.today()


def _tabs(dialog: Any) -> list[str]:
    return [dialog.pages.tabText(i) for i in range(dialog.pages.count())]


def _fill(what: str, due: dt.date, who: str = "marie") -> Any:
    """A run_dialog answer: the user types into the follow-up dialog and presses OK."""

    def answer(dialog: FollowUpDialog) -> bool:
        dialog.due_field.set_value(due)
        dialog.what_edit.setPlainText(what)
        dialog.who_box.setCurrentText(who)
        dialog.accept()
        return dialog.result() == FollowUpDialog.DialogCode.Accepted

    return answer


def _panel(qtbot: QtBot, services: Services, prompts: FakePrompts) -> tuple[Any, FollowUpsPanel]:
    member = add_member(services)
    dialog = MemberDialog(services, member.uid, prompts)
    qtbot.addWidget(dialog)
    panel = dialog.follow_ups_panel
    assert isinstance(panel, FollowUpsPanel)
    return dialog, panel


def test_a_follow_up_is_added_marked_done_reopened_edited_and_deleted(
    qtbot: QtBot, services: Services, prompts: FakePrompts, qtmodeltester: ModelTester
) -> None:
    dialog, panel = _panel(qtbot, services, prompts)
    assert _tabs(dialog) == ["Details", "Follow-ups", "History", "Correspondence"]
    assert panel.empty_label.isVisibleTo(panel) and not panel.edit_button.isEnabled()
    prompts.answer("run_dialog", _fill("Find the new focal point", TODAY - dt.timedelta(days=2)))
    panel.add_button.click()
    assert prompts.calls("run_dialog")[0][1] == "New follow-up"
    assert _tabs(dialog)[1] == "Follow-ups (1)"
    assert panel.model.rowCount() == 1
    qtmodeltester.check(panel.model, force_py=True)
    due = panel.model.index(0, 0)
    assert due.data().endswith("(overdue)")
    assert due.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert panel.model.index(0, 2).data() == "marie"
    panel.view.selectRow(0)
    assert panel.done_button.text() == "Mark done"
    panel.done_button.click()
    item = panel.current()
    assert item is not None and item.done_on == TODAY and item.done_by == services.db.user
    assert _tabs(dialog)[1] == "Follow-ups"  # nothing open any more
    assert panel.done_button.text() == "Reopen"
    panel.done_button.click()
    assert panel.current() is not None and not panel.current().is_done  # type: ignore[union-attr]
    prompts.answer("run_dialog", _fill("Phone the mayor's office", TODAY, ""))
    panel.edit_button.click()
    stored = services.follow_ups.for_record(FollowUpTarget.MEMBER, panel.record_uid)
    assert [(f.draft.what, f.draft.assignee) for f in stored] == [("Phone the mayor's office", "")]
    assert panel.model.index(0, 2).data() == "Anyone"
    prompts.answer("confirm", False)
    panel.delete_button.click()
    assert panel.model.rowCount() == 1
    panel.delete_button.click()
    assert panel.model.rowCount() == 0
    assert services.follow_ups.for_record(FollowUpTarget.MEMBER, panel.record_uid) == []


def test_cancelling_the_follow_up_dialog_adds_nothing(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    _dialog, panel = _panel(qtbot, services, prompts)
    prompts.answer("run_dialog", False)
    panel.add_button.click()
    assert panel.model.rowCount() == 0


def test_the_follow_up_dialog_refuses_an_empty_what(qtbot: QtBot) -> None:
    dialog = FollowUpDialog(FollowUpDraft(due_on=TODAY, what=""), ["marie", "jan"])
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != FollowUpDialog.DialogCode.Accepted
    assert dialog.message.text() == "Say what is to be done."
    assert [dialog.who_box.itemText(i) for i in range(dialog.who_box.count())] == [
        "",
        "jan",
        "marie",
    ]


def test_a_colleagues_change_meanwhile_is_refused_and_shown(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    _dialog, panel = _panel(qtbot, services, prompts)
    added = services.follow_ups.add(
        FollowUpTarget.MEMBER, panel.record_uid, FollowUpDraft(due_on=TODAY, what="Call")
    )
    panel.reload()
    panel.view.selectRow(0)
    services.follow_ups.update(
        added.uid, added.meta.version, FollowUpDraft(due_on=TODAY, what="E-mail")
    )
    panel.done_button.click()
    assert prompts.calls("error")[0][1] == "Follow-up not marked done"
    assert services.follow_ups.get(added.uid).done_on is None
    assert panel.model.index(0, 1).data() == "E-mail"  # the list was read again


def test_a_new_record_gets_its_tab_once_saved(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    dialog = SignatureDialog(services, None, prompts)
    qtbot.addWidget(dialog)
    assert dialog.follow_ups_panel is None and dialog.pages.count() == 1  # type: ignore[attr-defined]
    dialog.signer_name.setText("Ana Ionescu")
    dialog.country.set_code("RO")
    assert dialog.save_now() is not None
    assert _tabs(dialog) == ["Details", "Follow-ups", "History", "Correspondence"]


def test_a_record_in_the_trash_shows_its_follow_ups_without_changing_them(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    signature = services.signatures.create(
        SignatureDraft(signer_name="Ana Ionescu", signed_on=dt.date(2019, 3, 1), country_code="RO")
    )
    services.follow_ups.add(
        FollowUpTarget.SIGNATURE, signature.uid, FollowUpDraft(due_on=TODAY, what="Send it")
    )
    services.signatures.delete(signature.uid)
    dialog = SignatureDialog(services, signature.uid, prompts)
    qtbot.addWidget(dialog)
    panel = dialog.follow_ups_panel  # type: ignore[attr-defined]
    assert panel.model.rowCount() == 1
    panel.view.selectRow(0)
    assert not panel.add_button.isEnabled() and not panel.done_button.isEnabled()
