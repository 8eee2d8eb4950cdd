"""The French gettext catalogues: complete, placeholders kept, and in step with the sources."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po

from alliance_desktop.domain.messages import CATALOGUE_DOMAINS

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "alliance_desktop" / "resources" / "i18n" / "fr"
CATALOGUES = sorted(FOLDER.glob("*.po"))
# {name} (str.format) and %s / %(name)s / %r (argparse's own texts)
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%\([a-z_]+\)[sdr]|%[sdr]")


def _tools() -> object:
    spec = importlib.util.spec_from_file_location("translations", ROOT / "tools/translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("translations", module)
    spec.loader.exec_module(module)
    return module


def _read(path: Path) -> Catalog:
    with path.open("rb") as file:
        return read_po(file, locale="fr")


def _messages(path: Path) -> list[Message]:
    return [m for m in _read(path) if m.id]


def _placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def test_there_are_catalogues() -> None:
    names = {path.stem for path in CATALOGUES}
    assert {"domain", "db", "cli", "reports", "stats"} <= names
    assert names <= set(CATALOGUE_DOMAINS)


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.name)
def test_every_message_has_a_french_translation(path: Path) -> None:
    untranslated = []
    for message in _messages(path):
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        expected_forms = 2 if message.pluralizable else 1
        if message.fuzzy or len(forms) != expected_forms or not all(f.strip() for f in forms):
            untranslated.append(message.id)
    assert untranslated == [], f"{path.name}: untranslated or fuzzy"


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.name)
def test_every_translation_keeps_the_placeholders(path: Path) -> None:
    lost = []
    for message in _messages(path):
        sources = message.id if isinstance(message.id, tuple) else (message.id,)
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = _placeholders(sources[-1])
        for index, form in enumerate(forms):
            found = _placeholders(form)
            # The singular may leave out the count, as the English singular may ("1 pays",
            # "the line after it"), but keeps what the English singular names and invents nothing.
            singular = message.pluralizable and index == 0
            if singular and set(_placeholders(sources[0])) <= set(found) <= set(wanted):
                continue
            if found != wanted:
                lost.append((message.id, form))
    assert lost == [], f"{path.name}: placeholders differ"


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.name)
def test_french_plurals_take_the_singular_for_0_and_1(path: Path) -> None:
    catalog = _read(path)
    assert (catalog.num_plurals, catalog.plural_expr) == (2, "(n > 1)")


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.name)
def test_the_compiled_catalogue_is_up_to_date(path: Path) -> None:
    tools = _tools()
    assert path.with_suffix(".mo").read_bytes() == tools.mo_bytes(path)  # type: ignore[attr-defined]


@pytest.mark.parametrize("domain", CATALOGUE_DOMAINS)
def test_every_message_in_the_code_is_in_its_catalogue(domain: str) -> None:
    """Re-extracted from the sources now: a msg()/nmsg() text missing from the committed
    catalogue is a text without a French translation."""
    tools = _tools()
    extracted = tools.extracted(domain)  # type: ignore[attr-defined]
    path = FOLDER / f"{domain}.po"
    committed = {m.id for m in _messages(path)} if path.exists() else set()
    missing = [m.id for m in extracted if m.id and m.id not in committed]
    assert missing == [], f"fr/{domain}.po lacks these (run tools/translations.py)"
