"""Opening a database from the window: asks a server's password when it wants one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from alliance_desktop.domain.data_safety import PasswordNeededError
from alliance_desktop.services.data_safety import server_login
from alliance_desktop.services.data_safety.opening import open_database

# Wrong passwords in a row before giving up (the user can open it again at once).
MAX_TRIES = 3


def open_with_login(
    parent: QWidget | None, prompts: Any, location: str | None, **options: Any
) -> Any:
    """``open_database(location, **options)``; when a server asks for a password the URL does
    not carry, the one in the system keyring is tried, then the user is asked (and may keep it
    in the keyring). None when the user cancels. The password never leaves memory otherwise.
    """
    if location is None or not server_login.is_server(location):
        return open_database(location, **options)
    if server_login.has_password(location):  # typed in the address: used as given, not kept
        return open_database(location, **options)
    saved = server_login.saved_password(location)
    password, keep = saved, False
    asked = 0
    while True:
        target = location if password is None else server_login.with_password(location, password)
        try:
            services = open_database(target, **options)
        except PasswordNeededError as exc:
            if password is not None and password == saved:
                server_login.forget_password(location)  # changed on the server meanwhile
                saved = None
            if asked == MAX_TRIES:
                raise
            asked += 1
            answer = prompts.ask_password(
                parent,
                QCoreApplication.translate("DatabaseLogin", "Database password"),
                _question(exc.where, refused=exc.refused),
                offer_keep=server_login.keyring_usable(),
            )
            if answer is None:
                return None
            password, keep = answer
            continue
        if keep and password is not None and password != saved:
            server_login.save_password(location, password)
        return services


def _question(where: str, *, refused: bool) -> str:
    user, server, database = server_login.login_parts(where)
    if refused:
        text = QCoreApplication.translate(
            "DatabaseLogin", "The server {server} refused that password."
        )
    else:
        text = QCoreApplication.translate(
            "DatabaseLogin", "The database server {server} asks for a password."
        )
    text += "\n\n" + QCoreApplication.translate(
        "DatabaseLogin", "Password of {user} for the database “{database}”:"
    )
    return text.format(server=server, user=user or "?", database=database)
