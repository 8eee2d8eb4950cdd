"""Writes THIRD-PARTY-LICENSES: every component the application ships, with its licence.

    python tools/third_party_licenses.py   # alliance_desktop/resources/THIRD-PARTY-LICENSES.txt

First the application's own licence (LICENSE). The runtime packages are alliance-desktop's dependencies, followed through their own (no extras,
markers evaluated here), read from the installed packages' metadata: name, version, licence,
homepage and the licence files the package ships. Then what a bundle adds: Python, Qt (inside
the PySide6 wheels), the DejaVu fonts and PyInstaller's bootloader. Versions are this machine's,
so the file is regenerated with the dependencies, not checked byte for byte;
tests/distribution/test_packaging_files.py checks that it names every runtime dependency.
"""

from __future__ import annotations

import re
import sqlite3
import sys
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "alliance_desktop" / "resources" / "THIRD-PARTY-LICENSES.txt"
FONT_LICENCE = ROOT / "alliance_desktop" / "resources" / "fonts" / "LICENSE-DejaVu.txt"
# Where Debian keeps the texts of the GNU licences that Qt's wheels name but do not ship.
COMMON_LICENCES = Path("/usr/share/common-licenses")
SEPARATOR = "=" * 78
TEXT_RULE = "-" * 78
_LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE)", re.IGNORECASE)
_HOMEPAGE_LABELS = ("homepage", "home", "source", "repository", "documentation")


def key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions(root: str = "alliance-desktop") -> list[metadata.Distribution]:
    """``root``'s runtime dependencies and theirs, each once, in the order first met."""
    found: dict[str, metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = todo.pop(0)
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a dependency of another platform (pywin32-ctypes on Linux…)
        if key(dist.metadata["Name"]) in found:
            continue
        found[key(dist.metadata["Name"])] = dist
        for line in dist.requires or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    found.pop(key(root))
    return list(found.values())


def licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return str(expression)
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    declared = (meta.get("License") or "").strip()
    if declared and len(declared) <= 60 and "\n" not in declared:
        return declared
    if classifiers:
        return "; ".join(classifiers)
    return declared.splitlines()[0] if declared else "see the licence text"


def homepage_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    if meta.get("Home-page"):
        return str(meta["Home-page"])
    urls = {}
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        urls[label.strip().lower()] = url.strip()
    for label in _HOMEPAGE_LABELS:
        if label in urls:
            return urls[label]
    return next(iter(urls.values()), "")


def licence_texts(dist: metadata.Distribution) -> list[str]:
    """The licence files the package ships in its metadata folder."""
    texts = []
    for file in dist.files or []:
        parts = file.parts
        if not parts or not parts[0].endswith(".dist-info"):
            continue
        if _LICENCE_FILE.search(file.name) and "AUTHORS" not in file.name.upper():
            text = Path(str(file.locate())).read_text(encoding="utf-8", errors="replace")
            if text.strip():
                texts.append(text.strip())
    return texts


def entry(name: str, version: str, licence: str, homepage: str, texts: list[str]) -> str:
    lines = [
        SEPARATOR,
        f"Component: {name}",
        f"Version: {version}",
        f"Licence: {licence}",
        f"Homepage: {homepage}",
    ]
    for text in texts:
        lines += [TEXT_RULE, text]
    return "\n".join(lines)


def common_licence(*names: str) -> list[str]:
    return [
        (COMMON_LICENCES / n).read_text(encoding="utf-8").strip()
        for n in names
        if (COMMON_LICENCES / n).exists()
    ]


def bundled_extras() -> list[str]:
    """What a PyInstaller bundle ships besides the Python packages."""
    python_licence = (
        Path(sys.base_prefix)
        / "lib"
        / f"python{sys.version_info[0]}.{sys.version_info[1]}"
        / "LICENSE.txt"
    )
    if not python_licence.exists():
        python_licence = Path(sys.base_prefix) / "LICENSE.txt"
    python_texts = (
        [python_licence.read_text(encoding="utf-8").strip()] if python_licence.exists() else []
    )
    qt_version = metadata.version("PySide6-Essentials")
    extras = [
        entry("Python", sys.version.split()[0], "PSF-2.0", "https://www.python.org", python_texts),
        entry(
            "Qt",
            qt_version,
            "LGPL-3.0-only (Qt libraries inside the PySide6 wheels)",
            "https://www.qt.io",
            common_licence("LGPL-3", "GPL-3"),
        ),
        entry(
            "SQLite",
            sqlite3.sqlite_version,
            "Public domain",
            "https://www.sqlite.org/copyright.html",
            [
                "The author disclaims copyright to this source code. In place of a legal "
                "notice, here is a blessing: May you do good and not evil. May you find "
                "forgiveness for yourself and forgive others. May you share freely, never "
                "taking more than you give."
            ],
        ),
        entry(
            "DejaVu fonts",
            "2.37",
            "Bitstream Vera Fonts licence and public domain (DejaVu changes)",
            "https://dejavu-fonts.github.io",
            [FONT_LICENCE.read_text(encoding="utf-8").strip()],
        ),
    ]
    try:
        pyinstaller = metadata.distribution("pyinstaller")
    except metadata.PackageNotFoundError:
        return extras
    extras.append(
        entry(
            "PyInstaller bootloader",
            pyinstaller.version,
            "GPL-2.0-or-later with the bootloader exception (programs it starts keep their own licence)",
            "https://pyinstaller.org",
            licence_texts(pyinstaller),
        )
    )
    return extras


def build() -> str:
    header = (
        "Alliance Desktop: third-party components and their licences\n\n"
        "Alliance Desktop itself is licensed under the European Union Public Licence (EUPL-1.2).\n"
        "Its installers and bundles also ship the components below, each under its own licence.\n"
        "Generated by tools/third_party_licenses.py from the installed packages; do not edit."
    )
    own = metadata.distribution("alliance-desktop")
    parts = [
        header,
        entry(
            "Alliance Desktop",
            own.version,
            str(own.metadata.get("License") or "EUPL-1.2"),
            "",
            [(ROOT / "LICENSE").read_text(encoding="utf-8").strip()],
        ),
    ]
    for dist in sorted(runtime_distributions(), key=lambda d: key(d.metadata["Name"])):
        parts.append(
            entry(
                str(dist.metadata["Name"]),
                dist.version,
                licence_of(dist),
                homepage_of(dist),
                licence_texts(dist),
            )
        )
    parts += bundled_extras()
    return "\n\n".join(parts) + "\n"


def main() -> int:
    OUT.write_text(build(), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
