"""A stand-in PostgreSQL server that only asks for a password (and refuses any given).

Enough of the wire protocol for libpq to say what a real server makes it say: "no password
supplied" when it has none, "password authentication failed" when it sent one. The local test
server trusts everyone, so it cannot show either.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from types import TracebackType

_SSL_REQUEST = 80877103
_GSS_REQUEST = 80877104


class PasswordServer:
    """Listens on ``host`` (a free port) in a thread; ``passwords`` lists what clients sent."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.socket = socket.create_server((host, 0))
        self.host, self.port = host, self.socket.getsockname()[1]
        self.passwords: list[str] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def url(self, *, user: str = "maria", password: str | None = None, query: str = "") -> str:
        login = user if password is None else f"{user}:{password}"
        return f"postgresql+psycopg://{login}@{self.host}:{self.port}/register{query}"

    def __enter__(self) -> PasswordServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _tb: TracebackType | None,
    ) -> None:
        self.socket.close()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.socket.accept()
            except OSError:
                return
            with conn, contextlib.suppress(OSError, struct.error):
                self._answer(conn)

    def _answer(self, conn: socket.socket) -> None:
        while True:
            length, code = struct.unpack("!ii", _read(conn, 8))
            if code in (_SSL_REQUEST, _GSS_REQUEST):
                conn.sendall(b"N")  # no TLS, no GSS: go on in clear
                continue
            _read(conn, length - 8)  # the startup message's parameters
            break
        conn.sendall(b"R" + struct.pack("!ii", 8, 3))  # AuthenticationCleartextPassword
        kind = _read(conn, 1)
        if kind != b"p":
            return
        (length,) = struct.unpack("!i", _read(conn, 4))
        self.passwords.append(_read(conn, length - 4).rstrip(b"\0").decode())
        fields = b'SFATAL\0VFATAL\0C28P01\0Mpassword authentication failed for user "maria"\0\0'
        conn.sendall(b"E" + struct.pack("!i", len(fields) + 4) + fields)


def _read(conn: socket.socket, count: int) -> bytes:
    data = b""
    while len(data) < count:
        chunk = conn.recv(count - len(data))
        if not chunk:
            raise OSError("closed")
        data += chunk
    return data
