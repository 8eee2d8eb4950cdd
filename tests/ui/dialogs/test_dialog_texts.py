"""The dialogs' texts: all extractable by lupdate, all translated, French accelerators unique."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from alliance_desktop.domain.errors import FieldError
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.ui.dialogs.application_dialog import ApplicationDialog
from alliance_desktop.ui.dialogs.member_dialog import MemberDialog
from alliance_desktop.ui.dialogs.record_dialog import RecordDialog
from alliance_desktop.ui.dialogs.signature_dialog import SignatureDialog
from alliance_desktop.ui.language import I18N_FOLDER

from ..dialog_support import add_member, prompts_fixture, services_fixture  # noqa: F401
from ..fake_prompts import FakePrompts

DIALOGS = Path(__file__).resolve().parents[3] / "alliance_desktop" / "ui" / "dialogs"
PLACEHOLDER = re.compile(r"\{\w+\}|%\d|%n|%s")


def _calls() -> Iterator[tuple[str, ast.Call]]:
    for path in sorted(DIALOGS.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute | ast.Name):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
                if name in ("tr", "translate", "_tr"):
                    yield f"{path.name}:{node.lineno}", node


def test_every_text_is_a_literal_lupdate_can_extract() -> None:
    """A wrapper (``_tr(text)``), a variable or an f-string inside tr() never reaches the
    catalogue, so it would stay English."""
    bad = []
    for where, call in _calls():
        name = call.func.attr if isinstance(call.func, ast.Attribute) else call.func.id
        texts = call.args[1:2] if name == "translate" else call.args[:1]
        if name == "_tr" or not all(
            isinstance(a, ast.Constant) and isinstance(a.value, str) for a in texts
        ):
            bad.append(where)
    assert bad == []


def test_every_dialog_text_has_complete_french() -> None:
    root = ET.parse(I18N_FOLDER / "ui_dialogs_fr.ts").getroot()
    problems = []
    count = 0
    for context in root.iter("context"):
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if message.get("numerus") == "yes" and len(forms) != 2:
                problems.append(("plural forms", source))
            for text in forms or [translation.text or ""]:
                if translation.get("type") == "unfinished" or not text:
                    problems.append(("untranslated", source))
                elif Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(text)):
                    problems.append(("placeholder", source))
                elif ("&" in source) != ("&" in text):
                    problems.append(("accelerator", source))
    assert count > 300
    assert problems == []


@pytest.fixture
def french() -> Iterator[None]:
    # The record dialogs hold the follow-ups' tab, whose words have their own catalogue.
    translators = []
    for name in ("ui_dialogs_fr.qm", "ui_follow_ups_fr.qm"):
        translator = QTranslator()
        assert translator.load(str(I18N_FOLDER / name))
        QCoreApplication.installTranslator(translator)
        translators.append(translator)
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def _accelerators(dialog: QWidget) -> list[str]:
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    texts += [w.text() for w in dialog.findChildren(QAbstractButton)]
    for tabs in dialog.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    letters = []
    for text in texts:
        found = re.search(r"&([^&\s])", text.replace("&&", ""))
        if found:
            letters.append(found.group(1).lower())
    return letters


@pytest.mark.parametrize("dialog_class", [MemberDialog, ApplicationDialog, SignatureDialog])
def test_french_accelerators_are_unique_within_each_record_dialog(
    qtbot: QtBot,
    services: Services,
    prompts: FakePrompts,
    french: None,
    dialog_class: type[RecordDialog],
) -> None:
    uid = add_member(services).uid if dialog_class is MemberDialog else None
    dialog = dialog_class(services, uid, prompts)  # type: ignore[call-arg]
    qtbot.addWidget(dialog)
    letters = _accelerators(dialog)
    assert len(letters) >= 9
    assert [k for k, n in Counter(letters).items() if n > 1] == []


def test_a_message_for_a_field_not_on_the_form_names_the_field_in_words(
    qtbot: QtBot, services: Services, prompts: FakePrompts
) -> None:
    dialog = MemberDialog(services, None, prompts)
    qtbot.addWidget(dialog)
    dialog.show_errors([FieldError("focal.notes", "is too long")])
    assert dialog.general_message.text() == "Notes: Is too long"
