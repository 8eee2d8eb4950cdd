"""Help → User guide: the guide window's pages, links, history and language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from pytestqt.qtbot import QtBot

from alliance_desktop.app import build_main_window
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.ui.help import guide_pages
from alliance_desktop.ui.help.guide_window import GuideWindow
from alliance_desktop.ui.settings_keys import Settings
from tests.ui.fake_prompts import FakePrompts
from tests.ui.language_switch import French


def _shown(guide: GuideWindow) -> str:
    return guide.browser.toPlainText()


def test_help_user_guide_opens_the_index_with_every_page_listed(
    qtbot: QtBot, ui_services: Services, qsettings: QSettings
) -> None:
    window = build_main_window(ui_services, FakePrompts(), Settings(qsettings))
    qtbot.addWidget(window)
    action = window.findChild(QAction, "userGuideAction")
    assert action is not None and action.text().replace("&", "") == "User guide"
    assert action.shortcut().toString() == "F1"
    action.trigger()
    guide = window.findChild(GuideWindow)
    assert guide is not None and guide.isVisible()
    assert guide.current_page() == "index"
    assert _shown(guide).startswith("User guide")
    assert guide.pages.count() == len(guide_pages.PAGES)
    assert guide.pages.item(5).text() == "Importing a list from Excel"
    action.trigger()  # again: the same window
    assert window.findChildren(GuideWindow) == [guide]
    guide.close()


def test_links_between_pages_back_and_forward(qtbot: QtBot) -> None:
    guide = GuideWindow()
    qtbot.addWidget(guide)
    guide.browser.anchorClicked.emit(QUrl("exporting.md"))
    assert guide.current_page() == "exporting"
    assert "Exporting a list" in _shown(guide)
    assert guide.pages.currentItem().text() == "Exporting a list"
    assert guide.back_action.isEnabled()
    guide.back_action.trigger()
    assert guide.current_page() == "index"
    assert guide.pages.currentRow() == 0
    guide.forward_action.trigger()
    assert guide.current_page() == "exporting"
    guide.pages.setCurrentRow(guide_pages.PAGES.index("personal-data"))
    assert guide.current_page() == "personal-data"
    guide.home_action.trigger()
    assert guide.current_page() == "index"


def test_web_links_open_in_the_system_browser(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    guide = GuideWindow()
    qtbot.addWidget(guide)
    guide.browser.anchorClicked.emit(QUrl("https://www.coe.int/"))
    assert opened == [QUrl("https://www.coe.int/")]
    assert guide.current_page() == "index"


def test_pages_follow_a_language_switch(qtbot: QtBot) -> None:
    guide = GuideWindow()
    qtbot.addWidget(guide)
    guide.show_page("backups-and-restore")
    switch = French()
    switch.enter()
    try:
        assert guide.current_page() == "backups-and-restore"
        assert _shown(guide).startswith("Sauvegardes et restauration")
        assert guide.pages.item(0).text() == "Guide d'utilisation"
        assert guide.windowTitle() == "Alliance Desktop — Guide d'utilisation"
    finally:
        switch.leave()
    assert _shown(guide).startswith("Backups and restore")


def test_a_page_missing_in_french_shows_the_english_one(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for language, text in (("en", "# Exporting\n\n[Back](index.md)\n"), ("fr", None)):
        folder = tmp_path / language
        folder.mkdir()
        (folder / "index.md").write_text("# Index\n\n[Export](exporting.md)\n", encoding="utf-8")
        if text is not None:
            (folder / "exporting.md").write_text(text, encoding="utf-8")
    monkeypatch.setattr(guide_pages, "GUIDE_FOLDER", tmp_path)
    switch = French()
    switch.enter()
    try:
        guide = GuideWindow()
        qtbot.addWidget(guide)
        assert guide.browser.source().toLocalFile().endswith("fr/index.md")
        guide.browser.anchorClicked.emit(QUrl("exporting.md"))
        assert guide.current_page() == "exporting"
        assert guide.browser.source().toLocalFile().endswith("en/exporting.md")
    finally:
        switch.leave()


def test_pictures_of_a_page_are_loaded(qtbot: QtBot) -> None:
    guide = GuideWindow()
    qtbot.addWidget(guide)
    guide.show_page("first-start")
    document = guide.browser.document()
    source = guide.browser.source().resolved(QUrl("../images/en/first-start.png"))
    image = document.resource(document.ResourceType.ImageResource.value, source)
    assert image is not None and not image.isNull()
