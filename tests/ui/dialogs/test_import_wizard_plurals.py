"""The import wizard's counts as real sentences: "1 record", "3 records"; French plurals too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from alliance_desktop.exchange import ListKind
from alliance_desktop.services.data_safety.opening import Services, open_database
from alliance_desktop.ui.dialogs.import_wizard.wizard import ImportWizard
from alliance_desktop.ui.settings_keys import Settings
from tests.ui.fake_prompts import FakePrompts
from tests.ui.language_switch import French, switching

NEW_MEMBERS = [("Villach", "AT"), ("Linz", "AT"), ("Graz", "AT")]


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    opened = open_database(tmp_path / "t.sqlite", create=True)
    yield opened
    opened.db.dispose()


@pytest.fixture
def french() -> Iterator[French]:
    yield from switching()


def _imported(qtbot: QtBot, services: Services, tmp_path: Path, count: int) -> ImportWizard:
    """A wizard taken through a file of ``count`` new members up to its Import page."""
    path = tmp_path / "list.csv"
    rows = [f"{name},{country},2018-02-03" for name, country in NEW_MEMBERS[:count]]
    path.write_text("name,country,joined_on\n" + "\n".join(rows) + "\n", encoding="utf-8")
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    wizard = ImportWizard(services, FakePrompts(), settings, ListKind.MEMBERS)
    wizard.service.backup = None
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    wizard.next()
    wizard.next()  # the check runs in the background; its page opens when it is done
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.CHECK, timeout=20_000)
    wizard.next()
    assert wizard.currentId() == ImportWizard.CONFIRM
    return wizard


def _finish(qtbot: QtBot, wizard: ImportWizard) -> str:
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        wizard.next()
    assert wizard.currentId() == ImportWizard.SUMMARY
    return wizard.summary_page.text.text()


def test_one_record_is_said_in_the_singular(qtbot: QtBot, services: Services, tmp_path: Path):
    wizard = _imported(qtbot, services, tmp_path, 1)
    assert wizard.check_page.counts.text().startswith("1 row read. ")
    assert wizard.confirm_page.text.text().startswith("1 record will be added.\n\n")
    assert _finish(qtbot, wizard) == "1 record added, 0 updated, 0 skipped, 0 unchanged."


def test_several_records_are_said_in_the_plural(qtbot: QtBot, services: Services, tmp_path: Path):
    wizard = _imported(qtbot, services, tmp_path, 3)
    assert wizard.check_page.counts.text().startswith("3 rows read. ")
    assert wizard.confirm_page.text.text().startswith("3 records will be added.\n\n")
    assert _finish(qtbot, wizard) == "3 records added, 0 updated, 0 skipped, 0 unchanged."


@pytest.mark.parametrize(
    ("count", "read", "will", "done"),
    [
        (
            1,
            "1 ligne lue.",
            "1 fiche sera ajoutée.",
            "1 fiche ajoutée, 0 mise à jour, 0 ignorée, 0 inchangée.",
        ),
        (
            3,
            "3 lignes lues.",
            "3 fiches seront ajoutées.",
            "3 fiches ajoutées, 0 mise à jour, 0 ignorée, 0 inchangée.",
        ),
    ],
)
def test_the_counts_take_both_french_forms(
    qtbot: QtBot,
    services: Services,
    tmp_path: Path,
    french: French,
    count: int,
    read: str,
    will: str,
    done: str,
):
    french.enter()
    wizard = _imported(qtbot, services, tmp_path, count)
    assert wizard.check_page.counts.text().startswith(read + " ")
    assert wizard.confirm_page.text.text().startswith(will + "\n\n")
    assert _finish(qtbot, wizard) == done
