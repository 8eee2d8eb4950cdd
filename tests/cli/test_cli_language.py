"""The command line speaks the language of LC_ALL/LC_MESSAGES/LANG, or of --lang."""

from __future__ import annotations

import csv
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from alliance_desktop.cli import COMMANDS, build_parser
from alliance_desktop.cli.language import requested_language
from alliance_desktop.services.data_safety.opening import open_database


def _run(*args: str | Path, lang: str = "C.UTF-8", **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
    environ.update(LANG=lang, **env)
    return subprocess.run(
        [sys.executable, "-m", "alliance_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=environ,
    )


FRENCH_STATS = [
    "130 villes et régions de 29 pays participent à l'Alliance",
    "La Déclaration contre l'antitsiganisme compte 121 signataires de 32 pays",
    "15 candidatures en attente, la plus ancienne depuis 74 jours",
]
ENGLISH_STATS = [
    "130 members from 29 countries",
    "121 signatories from 32 countries",
    "15 applications pending, oldest 74 days",
]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    assert _run("--db", db, "init", "--demo").returncode == 0
    return db


def test_stats_in_french_with_a_french_lang(demo: Path) -> None:
    result = _run("--db", demo, "stats", lang="fr_FR.UTF-8")
    assert result.returncode == 0
    assert result.stdout.splitlines() == FRENCH_STATS


def test_stats_in_english_with_lang_c(demo: Path) -> None:
    assert _run("--db", demo, "stats", lang="C").stdout.splitlines() == ENGLISH_STATS


def test_lc_all_and_lc_messages_come_before_lang(demo: Path) -> None:
    french = _run("--db", demo, "stats", lang="C", LC_MESSAGES="fr_BE.UTF-8")
    assert french.stdout.splitlines() == FRENCH_STATS
    english = _run("--db", demo, "stats", lang="fr_FR.UTF-8", LC_ALL="en_GB.UTF-8")
    assert english.stdout.splitlines() == ENGLISH_STATS


@pytest.mark.parametrize("option", [["--lang", "fr"], ["--lang=fr"], ["--ui-lang", "fr"]])
def test_the_lang_option_overrides_the_environment(demo: Path, option: list[str]) -> None:
    result = _run(*option, "--db", demo, "stats", lang="C")
    assert result.stdout.splitlines() == FRENCH_STATS
    back = _run("--lang", "en", "--db", demo, "stats", lang="fr_FR.UTF-8")
    assert back.stdout.splitlines() == ENGLISH_STATS


def test_a_refused_import_explains_itself_in_french(tmp_path: Path) -> None:
    db = tmp_path / "alliance.sqlite"
    open_database(db, create=True).db.dispose()
    path = tmp_path / "membres.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(
            [
                ["name", "country_code", "joined_on"],
                ["K" * 250, "PL", "2019-05-06"],
                ["Narnia City", "Narnia", "2019-05-06"],
            ]
        )
    result = _run("--db", db, "import", "members", path, lang="fr_FR.UTF-8")
    assert result.returncode == 1
    assert "alliance-desktop: 2 problèmes dans membres.csv ; rien n'a été importé." in (
        result.stderr
    )
    assert "dépasse la longueur permise (250 caractères ; 200 au plus)" in result.stderr
    # (the row/column prefix and the country check are exchange's words, translated there)


def test_argparse_speaks_french_and_exit_codes_stay(tmp_path: Path) -> None:
    result = _run("--db", tmp_path / "x.sqlite", "init", "--bogus", lang="fr_FR.UTF-8")
    assert result.returncode == 2
    assert "erreur : arguments non reconnus : --bogus" in result.stderr
    assert result.stderr.startswith("usage : ")
    help_text = _run("--help", lang="fr_FR.UTF-8").stdout
    assert "afficher cette aide et quitter" in help_text
    assert "afficher les chiffres clés" in help_text


def test_a_refused_command_says_why_in_french(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    args = ("--db", demo, "certificates", "--country", "Narnia", "--out", out)
    result = _run(*args, lang="fr_FR.UTF-8")
    assert result.returncode == 1
    assert result.stderr == "alliance-desktop: « Narnia » n'est ni un code ni un nom de pays.\n"
    assert not out.exists()


def test_the_commands_own_lang_is_the_documents() -> None:
    """--lang before the command is the messages'; after export or certificates, the document's."""
    args = build_parser().parse_args(
        ["--lang", "fr", "export", "members", "--out", "x.pdf", "--lang", "en"]
    )
    assert (args.ui_language, args.lang) == ("fr", "en")
    assert requested_language(["export", "members", "--lang", "fr"], {}, COMMANDS) == "en"
    assert requested_language(["--ui-lang", "fr", "export"], {"LANG": "C"}, COMMANDS) == "fr"
    assert requested_language(["certificates"], {"LANG": "fr_CH.UTF-8"}, COMMANDS) == "fr"


def test_export_answers_in_the_messages_language(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "membres.csv"
    result = _run("--db", demo, "export", "members", "--out", out, "--lang", "en", lang="fr_FR")
    assert result.returncode == 0
    assert re.fullmatch(r"\d+ membres écrits dans .*membres\.csv\n", result.stdout)


def test_command_names_known_without_loading_the_commands() -> None:
    """cli.COMMANDS (read by the window's start, which loads no command) names every command."""
    from alliance_desktop.cli.commands import COMMAND_MODULES

    assert tuple(m.NAME for m in COMMAND_MODULES) == COMMANDS
