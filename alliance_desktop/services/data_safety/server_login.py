"""Database server logins: URLs kept without their password, the system keyring, TLS warnings.

A password is never written anywhere by the application: the location remembered (recent
databases, window title, status bar) is the URL without it. When the server asks for one,
the window asks the user and, if they wish, keeps it in the system keyring (never in a file:
when no real keyring is usable the user is asked at each opening). The command line takes it
from the ``--db`` URL as given, or from ``PGPASSWORD`` / ``~/.pgpass`` as libpq does.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from alliance_desktop.domain.messages import Message, msg

log = logging.getLogger(__name__)

KEYRING_SERVICE = "Alliance Desktop"
# sslmode values under which libpq may talk to the server in clear text.
_CLEAR_TEXT_MODES = {"", "disable", "allow", "prefer"}
_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}
# What libpq says when the server wants a password it was not given, or refused the one given.
_PASSWORD_WANTED = ("no password supplied", "password authentication failed")
_PASSWORD_REFUSED = "password authentication failed"


def _server_url(location: str) -> URL | None:
    """The parsed URL when ``location`` names a database server (not a file path)."""
    if "://" not in location:
        return None
    try:
        url = make_url(location)
    except ArgumentError:
        return None
    return None if url.get_backend_name() == "sqlite" else url


def without_password(location: str) -> str:
    """``location`` as it may be remembered and shown: a server URL loses its password (a
    file path, or a URL without one, comes back as it was)."""
    url = _server_url(location)
    if url is None or url.password is None:
        return location
    return url_without_password(url)


def url_without_password(url: URL) -> str:
    # URL.set(password=None) would keep it: None there means "unchanged".
    bare = URL.create(
        url.drivername,
        username=url.username,
        host=url.host,
        port=url.port,
        database=url.database,
        query=url.query,
    )
    return bare.render_as_string(hide_password=False)


def has_password(location: str) -> bool:
    url = _server_url(location)
    return url is not None and url.password is not None


def with_password(location: str, password: str) -> str:
    """The server URL to connect with (kept in memory only)."""
    url = _server_url(location)
    if url is None:
        return location
    return url.set(password=password).render_as_string(hide_password=False)


def login_parts(location: str) -> tuple[str, str, str]:
    """(user, server, database) of a server URL, for a question to the user."""
    url = _server_url(location)
    if url is None:
        return "", location, ""
    hosts = ", ".join(h for h in _hosts(url) if h) or "localhost"
    server = f"{hosts}:{url.port}" if url.port else hosts
    return url.username or "", server, url.database or ""


def is_server(location: str) -> bool:
    return _server_url(location) is not None


def is_local_host(host: str | None) -> bool:
    """A Unix socket (no host, or a folder), localhost, or a loopback address by number.

    A name other than localhost counts as remote even when it resolves to a loopback address:
    what it resolves to can change, and TLS is what protects the connection when it does.
    """
    if not host or host.startswith("/"):
        return True
    if host.lower() in _LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def clear_text_warning(location: str) -> Message | str:
    """A sentence for the window when ``location`` is a server reached without TLS ("" if not).

    Local servers (Unix socket, localhost, 127.0.0.0/8, ::1) need none; any other host needs
    ``sslmode=require``, ``verify-ca`` or ``verify-full`` in the URL.
    """
    url = _server_url(location)
    if url is None:
        return ""
    hosts = _hosts(url)
    if all(is_local_host(h) for h in hosts):
        return ""
    mode = str(url.query.get("sslmode", "") or "").lower()
    if mode not in _CLEAR_TEXT_MODES:
        return ""
    where = ", ".join(h for h in hosts if h and not is_local_host(h))
    # A Message: the window puts the database's notices into words in the language in use.
    return msg(
        "The connection to the server {server} is not encrypted: names and e-mail addresses "
        "cross the network readable. Ask the administrators for TLS and add "
        "?sslmode=verify-full (or require) to the database address.",
        server=where,
    )


def _hosts(url: URL) -> list[str]:
    host = url.query.get("host")  # libpq's host= parameter (a socket folder, or a list)
    if host:
        values = host if isinstance(host, tuple) else (host,)
        return [h for value in values for h in str(value).split(",")]
    return [url.host or ""]


def password_problem(error: BaseException) -> str:
    """ "wanted" when the server asked for a password it was not given, "refused" when it
    refused the one given, "" for any other failure (``error``: the driver's exception)."""
    text = str(getattr(error, "orig", None) or error).lower()
    if not any(marker in text for marker in _PASSWORD_WANTED):
        return ""
    return "refused" if _PASSWORD_REFUSED in text else "wanted"


# --- the system keyring ----------------------------------------------------------------------


def keyring_usable() -> bool:
    """Whether a real system keyring is there (not keyring's "fail" stand-in, nor a backend
    that keeps secrets in a file, such as keyrings.alt's)."""
    try:
        import keyring
        from keyring.backends import chainer, fail
    except ImportError:
        return False
    backend = keyring.get_keyring()
    backends = backend.backends if isinstance(backend, chainer.ChainerBackend) else [backend]
    return any(
        not isinstance(b, fail.Keyring) and not type(b).__module__.startswith("keyrings.alt")
        for b in backends
    )


def _account(location: str) -> str:
    """The keyring's name for a login: user, server and database, never the password."""
    url = _server_url(location)
    if url is None:
        return location
    return without_password(location)


def saved_password(location: str) -> str | None:
    if not keyring_usable():
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, _account(location))
    except KeyringError as exc:
        log.info("keyring could not be read: %s", type(exc).__name__)
        return None


def save_password(location: str, password: str) -> bool:
    """Keep ``password`` in the system keyring; False (and nothing written) without one."""
    if not keyring_usable():
        return False
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, _account(location), password)
    except KeyringError as exc:
        log.info("keyring could not be written: %s", type(exc).__name__)
        return False
    return True


def forget_password(location: str) -> None:
    """Drop a saved password the server refused (so it is not tried again)."""
    if not keyring_usable():
        return
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError, KeyringError):
        keyring.delete_password(KEYRING_SERVICE, _account(location))
