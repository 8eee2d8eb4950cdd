"""Server logins: no password kept or shown, the system keyring, TLS warnings."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from sqlalchemy.engine import make_url

from alliance_desktop.db.engine import display_location
from alliance_desktop.domain.data_safety import PasswordNeededError
from alliance_desktop.services.data_safety import server_login
from alliance_desktop.services.data_safety.opening import open_database
from tests.services.conftest import PG_URL, _fresh_postgres_url
from tests.services.data_safety.fake_pg_server import PasswordServer

SECRET = "p%40ss%3Aw%2Frd"  # "p@ss:w/rd", as a URL carries it
URL = f"postgresql+psycopg://maria:{SECRET}@db.example.org:5432/register?sslmode=verify-full"


class MemoryKeyring(KeyringBackend):
    """A keyring in memory, as the operating system's would be."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


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


def test_the_remembered_location_has_no_password() -> None:
    bare = server_login.without_password(URL)
    assert "p%40ss" not in bare and "p@ss" not in bare and "***" not in bare
    assert bare == "postgresql+psycopg://maria@db.example.org:5432/register?sslmode=verify-full"
    assert not server_login.has_password(bare)
    # The password comes back only in memory, to connect.
    assert server_login.with_password(bare, "p@ss:w/rd") == URL
    assert display_location(URL) == bare


def test_files_and_urls_without_password_are_left_alone() -> None:
    for location in ("/data/alliance.sqlite", "relative.sqlite", "sqlite:////tmp/a.sqlite"):
        assert server_login.without_password(location) == location
        assert not server_login.is_server(location)
    assert server_login.without_password("postgresql://maria@h/db") == "postgresql://maria@h/db"


@pytest.mark.parametrize(
    "location",
    [
        "postgresql+psycopg://maria@db.example.org/register",
        "postgresql+psycopg://maria@db.example.org/register?sslmode=prefer",
        "postgresql+psycopg://maria@db.example.org/register?sslmode=allow",
        "postgresql+psycopg://maria@db.example.org/register?sslmode=disable",
        "postgresql+psycopg://maria@10.0.0.5:5432/register",
        # host= resolved elsewhere, hostaddr= on this machine: the name still travels.
        "postgresql+psycopg://maria@db.example.org/register?hostaddr=127.0.0.1",
    ],
)
def test_a_remote_server_without_tls_is_warned_about(location: str) -> None:
    warning = server_login.clear_text_warning(location)
    assert "not encrypted" in warning and "sslmode=verify-full" in warning


@pytest.mark.parametrize(
    "location",
    [
        "postgresql+psycopg://maria@db.example.org/register?sslmode=require",
        "postgresql+psycopg://maria@db.example.org/register?sslmode=verify-ca",
        "postgresql+psycopg://maria@db.example.org/register?sslmode=verify-full",
        "postgresql+psycopg://maria@localhost/register",
        "postgresql+psycopg://maria@127.0.0.1:5432/register",
        "postgresql+psycopg://maria@127.0.0.2:5432/register",  # all of 127/8 is this machine
        "postgresql+psycopg://maria@[::1]:5432/register",
        "postgresql+psycopg://maria@/register",  # the default Unix socket
        "postgresql+psycopg://maria@/register?host=/var/run/postgresql",
        "/data/alliance.sqlite",
    ],
)
def test_tls_or_a_local_server_needs_no_warning(location: str) -> None:
    assert server_login.clear_text_warning(location) == ""


@pytest.mark.skipif(PG_URL is None, reason="PostgreSQL only")
def test_opening_a_server_without_tls_leaves_a_notice_for_the_window() -> None:
    fresh = make_url(_fresh_postgres_url())
    # The test server is this machine; hostaddr= connects there while the URL names another.
    remote = fresh.set(host="pg.alliance.test", query={"hostaddr": fresh.host or "127.0.0.1"})
    for url, warned in ((remote, True), (fresh, False)):
        services = open_database(url.render_as_string(hide_password=False), create=True)
        try:
            notices = [n for n in services.db.notices if "not encrypted" in n]
            assert bool(notices) is warned
            if warned:
                assert "pg.alliance.test" in notices[0]
        finally:
            services.db.dispose()


def test_a_server_wanting_a_password_is_told_apart_from_a_refused_one() -> None:
    with PasswordServer() as server:
        with pytest.raises(PasswordNeededError) as wanted:
            open_database(server.url(), create=False)
        assert not wanted.value.refused
        with pytest.raises(PasswordNeededError) as refused:
            open_database(server.url(password=SECRET), create=False)
        assert refused.value.refused
        assert server.passwords == ["p@ss:w/rd"]  # sent as typed, the URL's escapes undone
    for error in (wanted.value, refused.value):
        assert "p@ss" not in str(error) and SECRET not in str(error)
        assert error.__cause__ is None and error.__suppress_context__


def test_the_keyring_keeps_a_password_under_the_bare_location(
    memory_keyring: MemoryKeyring,
) -> None:
    bare = server_login.without_password(URL)
    assert server_login.keyring_usable()
    assert server_login.save_password(bare, "p@ss:w/rd")
    assert memory_keyring.secrets == {("Alliance Desktop", bare): "p@ss:w/rd"}
    assert server_login.saved_password(URL) == "p@ss:w/rd"  # the same login, however written
    server_login.forget_password(bare)
    assert server_login.saved_password(bare) is None


def test_without_a_usable_keyring_nothing_is_kept_anywhere(no_keyring: None) -> None:
    assert not server_login.keyring_usable()
    assert not server_login.save_password(URL, "p@ss:w/rd")
    assert server_login.saved_password(URL) is None


def test_the_command_line_says_where_to_give_the_password(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from alliance_desktop import cli

    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent/pgpass")
    with PasswordServer() as server:
        assert cli.run(["--db", server.url(), "stats"]) == 1
        # libpq's own PGPASSWORD is honoured: the server is sent it.
        monkeypatch.setenv("PGPASSWORD", "from-the-environment")
        assert cli.run(["--db", server.url(), "stats"]) == 1
        assert server.passwords == ["from-the-environment"]
    err = capsys.readouterr().err
    assert "asks for a password" in err and "PGPASSWORD" in err
    assert "refused the password given" in err
    assert "Traceback" not in err and "from-the-environment" not in err
