"""Backups of a PostgreSQL database to a file: pg_dump when it is installed, else a refusal."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import make_url

from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.domain.messages import msg
from alliance_desktop.domain.temp_files import create_beside, release

log = logging.getLogger(__name__)

POSTGRES_MESSAGE = msg(
    "This database is on a PostgreSQL server: its backups are the server's job (ask the "
    "administrators; they use pg_dump or snapshots). Nothing was written."
)


def pg_dump(url: str, out: Path) -> None:
    """A custom-format pg_dump of the database when pg_dump is installed, else a refusal."""
    program = shutil.which("pg_dump")
    if program is None:
        raise RefusedError(POSTGRES_MESSAGE)
    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    handle, partial = create_beside(out)  # hidden while pg_dump writes it
    command = [program, "--format=custom", "--no-owner", f"--file={partial}"]
    for flag, value in (
        ("--host", parsed.host),
        ("--port", parsed.port),
        ("--username", parsed.username),
    ):
        if value:
            command.append(f"{flag}={value}")
    command.append(f"--dbname={parsed.database}")
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            # Its messages may quote the server's, with names: only the exit code is logged.
            log.info("pg_dump failed with exit code %s", done.returncode)
            raise RefusedError(
                msg(
                    "pg_dump could not back up the database (check that the server can be "
                    "reached and the password); nothing was written."
                )
            )
        with contextlib.suppress(OSError):  # owner-only, like every backup
            os.chmod(partial, 0o600)
        os.replace(partial, out)
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
        release(handle)
