"""A backup of a database on a PostgreSQL server: pg_dump when it is installed, else a refusal."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import make_url

from alliance_desktop.domain.errors import RefusedError
from alliance_desktop.domain.messages import msg
from alliance_desktop.domain.temp_files import create_beside, release
from alliance_desktop.services.data_safety.backups import POSTGRES_MESSAGE, make_private


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
            raise RefusedError(msg("pg_dump failed: {details}", details=done.stderr.strip()[:500]))
        make_private(partial)
        os.replace(partial, out)
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
        release(handle)
