"""Extracts and compiles the French catalogues: Qt's .ts/.qm for ui/, gettext .po/.mo below it.

    python tools/translations.py            # extract (update .ts and .po), then compile
    python tools/translations.py --check    # exit 1 when a compiled file is older than its source

Qt: one catalogue per ui folder (alliance_desktop.ui.language.QT_CATALOGUES), extracted with
pyside6-lupdate and compiled with pyside6-lrelease. Below the window: one gettext catalogue per
layer (alliance_desktop.domain.messages.CATALOGUE_DOMAINS), extracted with Babel from the
``msg(...)``/``nmsg(...)`` calls and compiled to .mo with Babel. Translations already made are
kept; a source text that changed comes back unfinished (Qt) or fuzzy (gettext).
"""

from __future__ import annotations

import argparse
import glob
import io
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir, extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from alliance_desktop.domain.messages import CATALOGUE_DOMAINS, CATALOGUE_FILES  # noqa: E402
from alliance_desktop.ui.language import I18N_FOLDER, QT_CATALOGUES  # noqa: E402

BIN = Path(sys.executable).parent
KEYWORDS = {"msg": None, "nmsg": (1, 2)}
LANGUAGE = "fr"
# French uses the singular for 0 and 1 ("0 membre", "1 membre", "2 membres"), in two forms as
# gettext and Qt have it (CLDR's third form, for exact millions, is left out).
PLURAL_FORMS = (2, "(n > 1)")


def qt_sources(name: str) -> list[str]:
    """The files of catalogue ``name``: its patterns, less files an earlier catalogue claims."""
    claimed: set[str] = set()
    for other, patterns in QT_CATALOGUES.items():
        files = []
        for pattern in patterns:
            for found in sorted(glob.glob(str(ROOT / pattern))):
                relative = str(Path(found).relative_to(ROOT))
                if relative not in claimed:
                    files.append(relative)
                    claimed.add(relative)
        if other == name:
            return files
    raise KeyError(name)


def qt_ts(name: str) -> Path:
    return I18N_FOLDER / f"{name}_{LANGUAGE}.ts"


def update_qt() -> None:
    I18N_FOLDER.mkdir(parents=True, exist_ok=True)
    for name in QT_CATALOGUES:
        subprocess.run(
            [
                str(BIN / "pyside6-lupdate"),
                *("-extensions", "py", *qt_sources(name), "-ts", str(qt_ts(name))),
                *("-target-language", "fr_FR", "-locations", "none", "-no-obsolete", "-silent"),
            ],
            cwd=ROOT,
            check=True,
        )


def compile_qt(ts: Path, qm: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def po_path(domain: str) -> Path:
    return I18N_FOLDER / LANGUAGE / f"{domain}.po"


def extracted(domain: str) -> Catalog:
    """The messages of ``domain`` as the sources hold them now: its layer's folder (less the
    files another catalogue claims, CATALOGUE_FILES) or the files it claims."""
    template = Catalog(project="Alliance Desktop", domain=domain)
    claimed = {f: d for d, files in CATALOGUE_FILES.items() for f in files}
    if domain in CATALOGUE_FILES:
        found = [
            (relative, *item[:4])
            for relative in CATALOGUE_FILES[domain]
            for item in extract_from_file(
                "python",
                str(ROOT / "alliance_desktop" / relative),
                keywords=KEYWORDS,
                comment_tags=("TRANSLATORS:",),
            )
        ]
    else:
        found = [
            (f"{domain}/{filename}", lineno, message, comments, context)
            for filename, lineno, message, comments, context in extract_from_dir(
                str(ROOT / "alliance_desktop" / domain),
                keywords=KEYWORDS,
                comment_tags=("TRANSLATORS:",),
            )
        ]
    for filename, lineno, message, comments, context in found:
        if claimed.get(filename.replace("\\", "/"), domain) != domain:
            continue
        template.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    return template


def update_po() -> None:
    for domain in CATALOGUE_DOMAINS:
        template = extracted(domain)
        path = po_path(domain)
        if path.exists():
            with path.open("rb") as file:
                catalog = read_po(file, locale=LANGUAGE)
            # The creation date is kept: re-extracting unchanged sources changes no file.
            catalog.update(template, no_fuzzy_matching=False, update_creation_date=False)
        elif len(template):
            catalog = Catalog(locale=LANGUAGE, domain=domain, project="Alliance Desktop")
            catalog.update(template)
        else:
            continue
        catalog._num_plurals, catalog._plural_expr = PLURAL_FORMS
        out = io.BytesIO()
        write_po(
            out,
            catalog,
            omit_header=False,
            no_location=True,
            sort_output=True,
            ignore_obsolete=True,
            width=100,
        )
        _write_if_changed(path, out.getvalue())


def _write_if_changed(path: Path, content: bytes) -> None:
    """Write ``content`` unless only the extraction date differs (no churn in git)."""

    def undated(data: bytes) -> bytes:
        return re.sub(rb'"POT-Creation-Date: [^"]*"', b"", data)

    if path.exists() and undated(path.read_bytes()) == undated(content):
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)


def mo_bytes(po: Path) -> bytes:
    with po.open("rb") as file:
        catalog = read_po(file, locale=LANGUAGE)
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def compile_all() -> None:
    for name in QT_CATALOGUES:
        if qt_ts(name).exists():
            compile_qt(qt_ts(name), qt_ts(name).with_suffix(".qm"))
    for domain in CATALOGUE_DOMAINS:
        if po_path(domain).exists():
            po_path(domain).with_suffix(".mo").write_bytes(mo_bytes(po_path(domain)))


def stale() -> list[str]:
    """The compiled catalogues that differ from what their sources compile to now."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        for name in QT_CATALOGUES:
            ts = qt_ts(name)
            if not ts.exists():
                continue
            fresh = Path(folder) / f"{name}.qm"
            compile_qt(ts, fresh)
            qm = ts.with_suffix(".qm")
            if not qm.exists() or qm.read_bytes() != fresh.read_bytes():
                found.append(str(qm.relative_to(ROOT)))
    for domain in CATALOGUE_DOMAINS:
        po = po_path(domain)
        if po.exists():
            mo = po.with_suffix(".mo")
            if not mo.exists() or mo.read_bytes() != mo_bytes(po):
                found.append(str(mo.relative_to(ROOT)))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say which files are stale")
    parser.add_argument("--compile-only", action="store_true", help="compile, extract nothing")
    args = parser.parse_args()
    if args.check:
        found = stale()
        for path in found:
            print(f"stale: {path} (run `make translations`)")
        return 1 if found else 0
    if not args.compile_only:
        update_qt()
        update_po()
    compile_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
