"""The user guide stays honest: every page in both languages, every link and picture found, and
every menu path it quotes ("**File → Import…**") an action of the window in that language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from alliance_desktop.app import build_main_window
from alliance_desktop.services.data_safety.opening import Services
from alliance_desktop.ui.help.guide_pages import GUIDE_FOLDER, GUIDE_LANGUAGES, PAGES
from alliance_desktop.ui.language import apply_language
from alliance_desktop.ui.settings_keys import Settings
from tests.ui.fake_prompts import FakePrompts

LINK_RE = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
MENU_PATH_RE = re.compile(r"\*\*([^*]+?→[^*]+?)\*\*")


def _pages(language: str) -> Iterator[tuple[str, Path, str]]:
    for page in PAGES:
        path = GUIDE_FOLDER / language / f"{page}.md"
        yield page, path, path.read_text(encoding="utf-8")


@pytest.mark.parametrize("language", GUIDE_LANGUAGES)
def test_every_page_exists_with_a_title(language: str) -> None:
    for _page, path, text in _pages(language):
        assert text.startswith("# "), path
    found = {p.stem for p in (GUIDE_FOLDER / language).glob("*.md")}
    assert found == set(PAGES)  # no page left out of the list


@pytest.mark.parametrize("language", GUIDE_LANGUAGES)
def test_every_link_and_image_resolves(language: str) -> None:
    for _page, path, text in _pages(language):
        for target in LINK_RE.findall(text):
            if target.startswith(("http://", "https://", "mailto:")):
                continue
            file = (path.parent / target.split("#")[0]).resolve()
            assert file.is_file(), f"{path.name}: {target}"
            if file.suffix == ".md":
                assert file.parent == path.parent and file.stem in PAGES, f"{path.name}: {target}"
            if file.suffix == ".png":  # each language shows its own window's pictures
                assert file.parent.name == language, f"{path.name}: {target}"


def menu_paths(window: object) -> set[str]:
    """Every "Menu → Action" (and "Menu → Submenu → Action") of the window, over every tab."""
    paths: set[str] = set()

    def walk(menu: QMenu, prefix: str) -> None:
        for action in menu.actions():
            if action.isSeparator() or not action.text():
                continue
            text = f"{prefix} → {action.text().replace('&', '')}"
            paths.add(text)
            if action.menu() is not None:
                walk(action.menu(), text)

    for index in range(window.tabs.count()):  # type: ignore[attr-defined]
        window.tabs.setCurrentIndex(index)  # type: ignore[attr-defined]
        for top in window.menuBar().actions():  # type: ignore[attr-defined]
            walk(top.menu(), top.text().replace("&", ""))
    return paths


@pytest.mark.parametrize("language", GUIDE_LANGUAGES)
def test_every_quoted_menu_path_is_a_real_action(
    language: str, qtbot: QtBot, ui_services: Services, qsettings: QSettings
) -> None:
    apply_language(language)
    try:
        window = build_main_window(ui_services, FakePrompts(), Settings(qsettings))
        qtbot.addWidget(window)
        real = menu_paths(window)
        quoted = {
            (path.name, " ".join(found.split()))
            for _page, path, text in _pages(language)
            for found in MENU_PATH_RE.findall(text)
        }
        assert len(quoted) > 15  # the check reads the pages' paths
        wrong = sorted(f"{page}: {found}" for page, found in quoted if found not in real)
        assert not wrong, wrong
    finally:
        apply_language("en")
