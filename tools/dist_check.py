"""Checks a built bundle (dist/AllianceDesktop) as a user would run it, and reports its size.

    python tools/dist_check.py            # or `make dist-check`, after `make dist`

On a new database in a temporary folder, offscreen: `init --demo`, `stats` (English and French),
an export to XLSX and one to PDF, a certificate, letters, labels, a search for duplicates,
then the window for three seconds
(`--quit-after 3000`). Every run must exit 0 without a traceback on stderr, every file must be
what its name says, and the log must hold no ERROR line. Settings, data and log folders point
into the temporary folder, so the user's own are never touched.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "AllianceDesktop"
WINDOWS = sys.platform == "win32"
GUI_BINARY = BUNDLE / ("AllianceDesktop.exe" if WINDOWS else "AllianceDesktop")
# The window's .exe has no console on Windows: commands run through its console twin.
CLI_BINARY = BUNDLE / ("alliance-desktop-cli.exe" if WINDOWS else "AllianceDesktop")
WINDOW_MS = 3000


class CheckFailedError(Exception):
    pass


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def isolated_env(work: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        ALLIANCE_LOG=str(work / "alliance-desktop.log"),
        LANG="C.UTF-8",
        HOME=str(work / "home"),
        USERPROFILE=str(work / "home"),
        APPDATA=str(work / "appdata"),
        LOCALAPPDATA=str(work / "localappdata"),
        XDG_CONFIG_HOME=str(work / "config"),
        XDG_DATA_HOME=str(work / "data"),
        XDG_STATE_HOME=str(work / "state"),
        XDG_CACHE_HOME=str(work / "cache"),
    )
    for name in ("LC_ALL", "LC_MESSAGES", "ALLIANCE_DB", "PYTHONPATH"):
        env.pop(name, None)
    return env


def run(binary: Path, args: list[str], env: dict[str, str], expect: str = "") -> float:
    """Runs the bundle with ``args``; its time in seconds. Fails on an exit code other than 0,
    a traceback on stderr, or an output without ``expect``."""
    start = time.perf_counter()
    done = subprocess.run(
        [str(binary), *args], env=env, capture_output=True, text=True, timeout=180, check=False
    )
    elapsed = time.perf_counter() - start
    shown = " ".join(args)
    if done.returncode != 0 or "Traceback" in done.stderr:
        raise CheckFailedError(
            f"`{shown}` exited {done.returncode}\nstdout:\n{done.stdout}\nstderr:\n{done.stderr}"
        )
    if expect and expect not in done.stdout:
        raise CheckFailedError(f"`{shown}` did not say {expect!r}:\n{done.stdout}")
    print(f"  {elapsed:5.2f} s  {shown}")
    return elapsed


def expect_file(path: Path, magic: bytes) -> None:
    if not path.exists() or not path.read_bytes().startswith(magic):
        raise CheckFailedError(f"{path.name} is missing or is not a {magic!r} file")


def check(work: Path) -> None:
    env = isolated_env(work)
    db = str(work / "demo.sqlite")
    print(f"Checking {GUI_BINARY.relative_to(ROOT)}")
    run(CLI_BINARY, ["--version"], env, expect="alliance-desktop")
    run(CLI_BINARY, ["--db", db, "init", "--demo"], env, expect="130 members from 29 countries")
    run(CLI_BINARY, ["--db", db, "stats"], env, expect="121 signatories from 32 countries")
    run(CLI_BINARY, ["--lang", "fr", "--db", db, "stats"], env, expect="de 29 pays")
    run(CLI_BINARY, ["--db", db, "export", "members", "--out", str(work / "m.xlsx")], env)
    expect_file(work / "m.xlsx", b"PK")
    run(CLI_BINARY, ["--db", db, "export", "signatories", "--out", str(work / "s.pdf")], env)
    expect_file(work / "s.pdf", b"%PDF")
    certificate = ["certificates", "--country", "GE", "--out", str(work / "c.pdf")]
    run(CLI_BINARY, ["--db", db, *certificate, "--lang", "fr"], env, expect="1 certificat")
    expect_file(work / "c.pdf", b"%PDF")
    # What pulls in Jinja2, RapidFuzz and anyascii (their data files must be in the bundle).
    letters = ["letters", "--template", "Welcome to the Alliance", "--country", "PL"]
    run(CLI_BINARY, ["--db", db, *letters, "--out", str(work / "w.pdf")], env, expect="letters")
    expect_file(work / "w.pdf", b"%PDF")
    run(CLI_BINARY, ["--db", db, "labels", "--sheet", "L7160", "--out", str(work / "l.pdf")], env)
    expect_file(work / "l.pdf", b"%PDF")
    run(CLI_BINARY, ["--db", db, "duplicates"], env)
    run(GUI_BINARY, ["--db", db, "--quit-after", str(WINDOW_MS)], env)
    log = work / "alliance-desktop.log"
    errors = [
        line
        for line in (log.read_text(encoding="utf-8") if log.exists() else "").splitlines()
        if " ERROR " in line or " CRITICAL " in line
    ]
    if errors:
        raise CheckFailedError("the log has errors:\n" + "\n".join(errors))


def report_size() -> None:
    print(f"Bundle folder: {folder_size(BUNDLE) / 1e6:.1f} MB ({BUNDLE.relative_to(ROOT)})")
    for archive in sorted((ROOT / "dist").glob("AllianceDesktop-*.tar.gz")):
        with tarfile.open(archive) as opened:
            names = opened.getnames()
        print(
            f"Archive: {archive.stat().st_size / 1e6:.1f} MB ({archive.name}, {len(names)} files)"
        )


def main() -> int:
    if not GUI_BINARY.exists():
        print(f"{GUI_BINARY} is not built: run `make dist` first", file=sys.stderr)
        return 2
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="alliance-dist-check-") as folder:
        try:
            check(Path(folder))
        except (CheckFailedError, subprocess.TimeoutExpired) as exc:
            print(f"FAILED: {exc}", file=sys.stderr)
            return 1
    report_size()
    print(f"dist-check passed in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
