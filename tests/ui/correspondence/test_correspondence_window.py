"""Letters, e-mails, templates and saved searches as a secretary uses them in the window."""

from __future__ import annotations

import email
from collections.abc import Iterator
from email import policy
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from alliance_desktop.domain.correspondence import Audience, TemplateKind
from alliance_desktop.domain.enums import Language
from alliance_desktop.domain.records import PersonDraft
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.ui.correspondence.correspondence_actions import (
    install_correspondence_actions,
    open_correspondence,
    open_templates,
)
from alliance_desktop.ui.correspondence.correspondence_dialog import CorrespondenceDialog
from alliance_desktop.ui.correspondence.correspondence_view import CorrespondenceView
from alliance_desktop.ui.correspondence.template_editor import TemplateEditor
from alliance_desktop.ui.dialogs.member_dialog import MemberDialog
from alliance_desktop.ui.main_window import MainWindow
from alliance_desktop.ui.settings_keys import Settings

from ..fake_prompts import FakePrompts


@pytest.fixture
def window(
    qtbot: QtBot, ui_services: Services, window_prompts: FakePrompts, qsettings: QSettings
) -> Iterator[MainWindow]:
    win = MainWindow(ui_services, window_prompts, Settings(qsettings))
    qtbot.addWidget(win)
    install_correspondence_actions(win)
    win.show()
    yield win
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, CorrespondenceDialog | TemplateEditor | MemberDialog):
            widget.close()
    win.close()


def _members(qtbot: QtBot, window: MainWindow) -> None:
    window.show_tab("members")
    qtbot.waitUntil(lambda: window.members_tab.model.rowCount() == 10)


def test_letters_for_the_selection_land_in_the_correspondence_tab(
    qtbot: QtBot, window: MainWindow, window_prompts: FakePrompts, tmp_path: Path
) -> None:
    _members(qtbot, window)
    tab = window.members_tab
    # Graz (Austria): English; Saint-Étienne (France): French, the country's language.
    names = [tab.model.row_at(r).name for r in range(tab.model.rowCount())]
    tab.select_rows([names.index("Graz"), names.index("Saint-Étienne")])
    dialog = open_correspondence(window, TemplateKind.LETTER)
    assert dialog is not None
    dialog.template_box.setCurrentIndex(dialog.template_box.findData("Welcome to the Alliance"))
    out = tmp_path / "welcome.pdf"
    dialog.choose_save_file = lambda *_args: str(out)
    dialog.save_button.click()
    assert out.read_bytes().startswith(b"%PDF")
    assert "2 letters saved" in window_prompts.calls("info")[-1][2]
    uid = tab.model.row_at(names.index("Graz")).uid
    member = MemberDialog(window.services, uid, window_prompts, window)
    qtbot.addWidget(member)
    view = member.pages.findChild(CorrespondenceView)
    assert view is not None
    assert member.pages.tabText(member.pages.indexOf(view)) == "Correspondence"
    assert [row[2:6] for row in view.model.texts] == [
        ("Letter", "Welcome to the Alliance", "English", "welcome.pdf")
    ]


def test_preview_shows_every_letter(qtbot: QtBot, window: MainWindow) -> None:
    _members(qtbot, window)
    window.members_tab.select_rows([0, 1, 2])
    dialog = open_correspondence(window, TemplateKind.LETTER)
    assert dialog is not None
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog._document.pageCount() == 3)


def test_emails_name_who_has_no_address_and_offer_letters(
    qtbot: QtBot,
    window: MainWindow,
    window_prompts: FakePrompts,
    ui_services: Services,
    tmp_path: Path,
) -> None:
    _members(qtbot, window)
    tab = window.members_tab
    tab.select_rows([0, 1])
    first = ui_services.members.get(tab.selected_uids()[0])
    ui_services.members.update(
        first.uid,
        first.meta.version,
        first.draft,
        focal_point=PersonDraft(
            name="Anna Kowalska", email="anna@example.org", language=Language.FR
        ),
    )
    dialog = open_correspondence(window, TemplateKind.EMAIL)
    assert dialog is not None
    dialog.template_box.setCurrentIndex(
        dialog.template_box.findData("Welcome to the Alliance (e-mail)")
    )
    dialog.choose_folder = lambda *_args: str(tmp_path)
    window_prompts.answer("confirm", True)
    dialog.eml_button.click()
    (path,) = tmp_path.glob("*.eml")
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert str(message["Subject"]).startswith("Bienvenue")
    question = window_prompts.calls("confirm")[-1][2]
    second = ui_services.members.get(tab.selected_uids()[1]).authority.draft.name
    assert f"Without an e-mail address:\n• {second}" in question
    letters = [w for w in QApplication.topLevelWidgets() if w.objectName() == "lettersDialog"]
    assert letters and letters[0].recipients.uids() == [tab.selected_uids()[1]]


def test_mail_client_gets_batches_in_bcc(
    qtbot: QtBot, window: MainWindow, ui_services: Services
) -> None:
    _members(qtbot, window)
    tab = window.members_tab
    tab.select_rows([0])
    record = ui_services.members.get(tab.selected_uids()[0])
    ui_services.members.update(
        record.uid,
        record.meta.version,
        record.draft,
        focal_point=PersonDraft(name="Anna", email="anna@example.org"),
    )
    dialog = open_correspondence(window, TemplateKind.EMAIL)
    assert dialog is not None
    opened: list[QUrl] = []
    dialog.open_url = lambda url: opened.append(url) or True
    dialog.mailto_button.click()
    assert [u.toString() for u in opened] == ["mailto:?bcc=anna@example.org"]


def test_template_editor_shows_problems_and_refuses_to_save(
    qtbot: QtBot, window: MainWindow, window_prompts: FakePrompts
) -> None:
    _members(qtbot, window)
    editor = open_templates(window)
    qtbot.addWidget(editor)
    form = editor.form
    welcome = next(r for r in editor.records if r.name == "Welcome to the Alliance")
    editor.list.setCurrentRow(editor.records.index(welcome))
    assert editor.save_button.isEnabled()
    assert not form.page_label.pixmap().isNull()  # the preview of a real member
    form.body_edit.setPlainText("Dear {{ mayor }},\n\n<img src='x'>\n\n{{ ''.__class__ }}")
    form.refresh()
    texts = [form.problem_list.item(i).text() for i in range(form.problem_list.count())]
    assert texts == [
        "Text, line 1: Unknown placeholder “mayor”; choose one from the list.",
        "Text, line 3: The markup <img> is not allowed; only <b> (bold) and <i> (italic) "
        "can be used.",
        "Text, line 5: A placeholder cannot be looked into with “.” or “[ ]”; use it whole.",
    ]
    assert not editor.save_button.isEnabled()
    assert editor.save() is None
    # A placeholder chosen from the list, never typed from memory.
    form.body_edit.setPlainText("")
    form.placeholder_list.setCurrentRow(0)
    form.insert_button.click()
    form.refresh()
    assert form.body_edit.toPlainText() == "{{ authority_name }}"
    saved = editor.save()
    assert saved is not None and saved.draft.body == "{{ authority_name }}"
    editor.restore_button.click()
    restored = window.services.templates.get(saved.uid)
    assert restored.draft.body == welcome.draft.body


def test_a_new_template_for_applicants_in_french(qtbot: QtBot, window: MainWindow) -> None:
    editor = open_templates(window)
    qtbot.addWidget(editor)
    editor.new_button.click()
    form = editor.form
    form.name_edit.setText("Relance")
    form.kind_box.setCurrentIndex(form.kind_box.findData("email"))
    form.language_box.setCurrentIndex(form.language_box.findData("fr"))
    form.audience_box.setCurrentIndex(form.audience_box.findData(Audience.APPLICATION.value))
    form.subject_edit.setText("Votre candidature du {{ received_on }}")
    form.body_edit.setPlainText("{{ salutation }}\n\nNous attendons votre réponse.")
    saved = editor.save()
    assert saved is not None
    assert form.preview_subject.startswith("Votre candidature du ")


def test_saved_search_is_saved_run_live_renamed_and_deleted(
    qtbot: QtBot, window: MainWindow, window_prompts: FakePrompts, ui_services: Services
) -> None:
    _members(qtbot, window)
    tab = window.members_tab
    button = tab.saved_search_button
    tab.country_combo.setCurrentIndex(tab.country_combo.findData("RO"))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    window_prompts.answer("ask_line", "Romanian members")
    saved = button.save_current()
    assert saved is not None and saved.draft.country == "RO"
    tab.clear_filters()
    assert tab.model.rowCount() == 10
    # Live: a member added after the search was saved is found by it.
    import datetime as dt

    from alliance_desktop.domain.records import AuthorityDraft, MembershipDraft
    from tests.ui.sample_records import MEMBERS  # noqa: F401

    ui_services.members.create(
        AuthorityDraft(name="Cluj-Napoca", country_code="RO"),
        MembershipDraft(authority_uid="", joined_on=dt.date(2024, 1, 1)),
    )
    button.run(saved)
    assert tab.country_combo.currentData() == "RO"
    assert tab.model.rowCount() == 2
    window_prompts.answer("ask_line", "Members in Romania")
    button.rename(saved)
    assert [s.name for s in button.searches()] == ["Members in Romania"]
    button.delete(button.searches()[0])
    assert button.searches() == []


def test_placeholder_goes_where_the_user_was_typing(qtbot: QtBot, window: MainWindow) -> None:
    editor = open_templates(window)
    qtbot.addWidget(editor)
    form = editor.form
    form.subject_edit.setText("Hello ")
    form.subject_edit.setFocus()
    qtbot.waitUntil(form.subject_edit.hasFocus)
    form.placeholder_list.setCurrentRow(0)
    form.insert_button.setFocus()  # clicking the button takes the focus
    form.insert_button.click()
    assert form.subject_edit.text() == "Hello {{ authority_name }}"


def test_the_correspondence_model_is_a_proper_qt_model(
    qtmodeltester: object, ui_services: Services, tmp_path: Path
) -> None:
    uid = ui_services.members.list().rows[0].uid
    ui_services.letters.make_pdf(
        "Welcome to the Alliance", Audience.MEMBER, [uid], tmp_path / "w.pdf"
    )
    view = CorrespondenceView(ui_services)
    view.load(uid)
    assert view.model.rowCount() == 1
    qtmodeltester.check(view.model)  # type: ignore[attr-defined]
