"""Every Qt catalogue (resources/i18n/*.ts) is complete: each source text has a finished French
translation that keeps every placeholder (%1, %n, {name}); the compiled .qm files are fresh."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from alliance_desktop.ui.language import I18N_FOLDER

CATALOGUES = sorted(I18N_FOLDER.glob("*.ts"))
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*\}")


def _problems(ts: Path) -> list[str]:
    problems = []
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            where = f"{name}: {source!r}"
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                problems.append(f"{where}: not translated")
                continue
            forms = translation.findall("numerusform")
            if message.get("numerus") == "yes":
                texts = [form.text or "" for form in forms]
                if len(texts) < 2:  # French has two forms (1, 2+)
                    problems.append(f"{where}: plural forms missing")
            else:
                texts = [translation.text or ""]
            for text in texts:
                if not text.strip():
                    problems.append(f"{where}: empty translation")
                lost = set(PLACEHOLDER.findall(source)) - set(PLACEHOLDER.findall(text))
                if message.get("numerus") == "yes":
                    lost.discard("%n")  # a singular form may say "une" instead of %n
                if lost:
                    problems.append(f"{where}: {text!r} lost {sorted(lost)}")
    return problems


def test_there_are_catalogues() -> None:
    assert {p.stem for p in CATALOGUES} >= {"ui_main_fr", "ui_tabs_fr"}


@pytest.mark.parametrize("ts", CATALOGUES, ids=[p.stem for p in CATALOGUES])
def test_catalogue_is_complete_and_keeps_placeholders(ts: Path) -> None:
    problems = _problems(ts)
    assert not problems, f"{ts.name}: {len(problems)} problems:\n" + "\n".join(problems[:40])


def test_the_checker_sees_a_lost_placeholder_and_an_unfinished_message(tmp_path: Path) -> None:
    ts = tmp_path / "x_fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="fr_FR"><context>'
        "<name>X</name>"
        "<message><source>{n} members in %1</source><translation>{n} membres</translation>"
        "</message>"
        '<message><source>Hello</source><translation type="unfinished"></translation>'
        "</message></context></TS>",
        encoding="utf-8",
    )
    problems = _problems(ts)
    assert len(problems) == 2 and "lost ['%1']" in problems[0] and "not translated" in problems[1]
