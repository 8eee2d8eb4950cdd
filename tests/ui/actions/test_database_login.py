"""Opening a server database from the window: the password is asked, kept only in a keyring,
and never written into the settings."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from alliance_desktop.domain.data_safety import PasswordNeededError
from alliance_desktop.services.data_safety import server_login
from alliance_desktop.ui.actions import database_login
from alliance_desktop.ui.prompts import password_dialog
from alliance_desktop.ui.settings_keys import RECENT_DATABASES, Settings
from tests.services.data_safety.fake_pg_server import PasswordServer
from tests.services.data_safety.test_server_login import MemoryKeyring
from tests.ui.fake_prompts import FakePrompts

BARE = "postgresql+psycopg://maria@db.example.org:5432/register?sslmode=verify-full"
PASSWORD = "s3cret wörd"


class FakeServer:
    """``open_database`` for a server that wants ``PASSWORD``; records what it was given."""

    def __init__(self) -> None:
        self.given: list[str | None] = []

    def __call__(self, location: str, **_options: Any) -> str:
        password = make_url(location).password
        self.given.append(None if password is None else str(password))
        if password != PASSWORD:
            raise PasswordNeededError(
                server_login.without_password(location), refused=password is not None
            )
        return "services"


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> FakeServer:
    fake = FakeServer()
    monkeypatch.setattr(database_login, "open_database", fake)
    return fake


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def test_the_password_is_asked_then_kept_in_the_keyring(
    server: FakeServer, memory_keyring: MemoryKeyring
) -> None:
    prompts = FakePrompts().answer("ask_password", (PASSWORD, True))
    assert database_login.open_with_login(None, prompts, BARE, create=False) == "services"
    [(_, title, text)] = prompts.calls("ask_password")
    assert title == "Database password" and "asks for a password" in text
    assert "db.example.org:5432" in text and "maria" in text and "“register”" in text
    assert prompts.offered_keep == [True]
    assert memory_keyring.secrets == {("Alliance Desktop", BARE): PASSWORD}
    # Next time the keyring answers: nobody is asked.
    again = FakePrompts()
    assert database_login.open_with_login(None, again, BARE, create=False) == "services"
    assert again.calls("ask_password") == []
    assert server.given == [None, PASSWORD, PASSWORD]


def test_a_refused_password_is_asked_again_and_a_stale_saved_one_dropped(
    server: FakeServer, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.set_password("Alliance Desktop", BARE, "old password")
    prompts = FakePrompts().answer("ask_password", ("typo", False), (PASSWORD, False))
    assert database_login.open_with_login(None, prompts, BARE, create=False) == "services"
    texts = [text for _, _, text in prompts.calls("ask_password")]
    assert "asks for a password" not in texts[0] and "refused" in texts[0]
    assert "refused" in texts[1]
    assert memory_keyring.secrets == {}  # the stale one is gone; the new one was not to be kept
    assert server.given == ["old password", "typo", PASSWORD]


def test_without_a_keyring_it_is_asked_each_time_and_kept_nowhere(
    server: FakeServer, no_keyring: None
) -> None:
    for _ in range(2):
        prompts = FakePrompts().answer("ask_password", (PASSWORD, True))
        assert database_login.open_with_login(None, prompts, BARE, create=False) == "services"
        assert prompts.offered_keep == [False]


def test_cancelling_the_question_opens_nothing(server: FakeServer, no_keyring: None) -> None:
    assert database_login.open_with_login(None, FakePrompts(), BARE, create=False) is None
    assert server.given == [None]


def test_a_password_in_the_address_is_used_as_given(
    server: FakeServer, memory_keyring: MemoryKeyring
) -> None:
    given = server_login.with_password(BARE, PASSWORD)
    prompts = FakePrompts()
    assert database_login.open_with_login(None, prompts, given, create=False) == "services"
    assert prompts.calls("ask_password") == [] and memory_keyring.secrets == {}


def test_a_real_server_asking_for_a_password_gets_the_typed_one(no_keyring: None) -> None:
    with PasswordServer() as fake:
        prompts = FakePrompts().answer("ask_password", *[("wrong", False)] * 3)
        with pytest.raises(PasswordNeededError) as refused:
            database_login.open_with_login(None, prompts, fake.url(), create=False)
        assert refused.value.refused
        assert fake.passwords == ["wrong"] * 3
        assert len(prompts.calls("ask_password")) == 3


def test_the_password_dialog_masks_and_offers_the_keyring_only_when_there_is_one(
    qtbot: QtBot,
) -> None:
    from PySide6.QtWidgets import QCheckBox, QLineEdit

    with_keyring = password_dialog(None, "Database password", "Password for x:", offer_keep=True)
    qtbot.addWidget(with_keyring)
    edit = with_keyring.findChild(QLineEdit, "passwordEdit")
    assert edit is not None and edit.echoMode() == QLineEdit.EchoMode.Password
    keep = with_keyring.findChild(QCheckBox, "keepPasswordCheck")
    assert keep is not None and not keep.isHidden()
    without = password_dialog(None, "Database password", "Password for x:", offer_keep=False)
    qtbot.addWidget(without)
    keep = without.findChild(QCheckBox, "keepPasswordCheck")
    assert keep is not None and keep.isHidden()


def test_recent_databases_never_hold_a_password(tmp_path: Any) -> None:
    path = str(tmp_path / "settings.ini")
    settings = Settings(QSettings(path, QSettings.Format.IniFormat))
    settings.add_recent_database(server_login.with_password(BARE, PASSWORD))
    settings.add_recent_database("/data/alliance.sqlite")
    settings.sync()
    text = Path(path).read_text(encoding="utf-8")
    assert "s3cret" not in text and "s3cret" not in text.replace("%20", " ")
    assert settings.recent_databases() == ["/data/alliance.sqlite", BARE]


def test_passwords_an_older_version_remembered_are_scrubbed(tmp_path: Any) -> None:
    path = str(tmp_path / "settings.ini")
    old = QSettings(path, QSettings.Format.IniFormat)
    old.setValue(RECENT_DATABASES.name, [server_login.with_password(BARE, PASSWORD), BARE])
    old.sync()
    settings = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert settings.recent_databases() == [BARE]
    assert "s3cret" not in Path(path).read_text(encoding="utf-8")
    assert os.path.exists(path)


@pytest.mark.skipif(os.environ.get("ALLIANCE_TEST_DATABASE_URL") is None, reason="PostgreSQL only")
def test_opening_a_server_with_a_password_leaves_it_nowhere_in_sight(
    qtbot: QtBot, ui_services: Any, window_prompts: FakePrompts, tmp_path: Any
) -> None:
    from alliance_desktop.ui.main_window import MainWindow
    from tests.services.conftest import _fresh_postgres_url

    path = str(tmp_path / "settings.ini")
    window = MainWindow(
        ui_services, window_prompts, Settings(QSettings(path, QSettings.Format.IniFormat))
    )
    qtbot.addWidget(window)
    # The test server trusts its clients, so any password opens it.
    url = make_url(_fresh_postgres_url()).set(password="Topsecret-42")
    assert window.open_database_at(url.render_as_string(hide_password=False), create=True)
    try:
        window.settings.sync()
        shown = [
            Path(path).read_text(encoding="utf-8"),
            window.windowTitle(),
            window.database_label.text(),
            window.database_label.toolTip(),
            window.banner.text(),
            window.services.db.location,
        ]
        assert all("Topsecret" not in text for text in shown)
        assert window.settings.recent_databases()[0] == window.services.db.location
    finally:
        window.close()
        window.services.db.dispose()
