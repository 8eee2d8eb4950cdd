"""Files holding personal data are owner-only; a restore stages its copy under a hidden name."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from alliance_desktop.domain.records import PersonDraft
from alliance_desktop.services.data_safety.audit_export import export_audit_log
from alliance_desktop.services.data_safety.opening import open_database


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_audit_export_is_owner_only(tmp_path: Path, fmt: str, open_umask: None) -> None:
    services = open_database(tmp_path / "a.sqlite", create=True)
    try:
        person = services.persons.create(PersonDraft(name="Ana Kovač"))
        services.persons.update(person.meta.uid, person.meta.version, PersonDraft(name="A. H."))
        out = tmp_path / f"audit.{fmt}"
        export_audit_log(services.audit, out, fmt)
    finally:
        services.db.dispose()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


KILLED_RESTORE = """
import os, sys
from pathlib import Path
from alliance_desktop.services.data_safety import backups

def killed(*_args, **_kwargs):
    os._exit(9)  # killed after the restored copy was written, before it was put in place

backups.os.link = killed
backups.shutil.copy2 = killed
backups.restore_file(Path(sys.argv[1]), Path(sys.argv[2]))
"""


NEXT_RUN = """
import sys
from alliance_desktop.services.data_safety.opening import open_database
open_database(sys.argv[1], create=False).db.dispose()
"""


def test_a_killed_restore_leaves_no_visible_file_and_the_next_opening_sweeps_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / "data" / "alliance.sqlite"
    services = open_database(path, create=True)
    try:
        services.persons.create(PersonDraft(name="Someone"))
        backup = services.backups.back_up_now().path
    finally:
        services.db.dispose()
    before = {p.name for p in path.parent.iterdir()}

    done = subprocess.run(
        [sys.executable, "-c", KILLED_RESTORE, str(path), str(backup)],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 9, done.stderr.decode()

    after = {p.name for p in path.parent.iterdir()}
    # (The writer's lock a killed process leaves is stale and taken over at the next opening.)
    assert {n for n in after - before if not n.startswith(".")} <= {"alliance.sqlite.lock"}
    assert any(n.startswith(".") for n in after - before)  # the staged copy, hidden
    # The next run (a new process: the sweep leaves files younger than itself alone).
    subprocess.run([sys.executable, "-c", NEXT_RUN, str(path)], check=True)
    assert not [n for n in os.listdir(path.parent) if n.startswith(".alliance.sqlite.")]
