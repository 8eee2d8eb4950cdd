"""Finishes the Linux bundle: menu entry, icon and installer in dist/AllianceDesktop/, then
dist/AllianceDesktop-<version>-linux-<machine>.tar.gz (run by `make dist` after PyInstaller)."""

from __future__ import annotations

import platform
import re
import shutil
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "AllianceDesktop"
LINUX = ROOT / "packaging" / "linux"


def version() -> str:
    text = (ROOT / "alliance_desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    assert found is not None
    return found[1]


def tarball_path() -> Path:
    return ROOT / "dist" / f"AllianceDesktop-{version()}-linux-{platform.machine()}.tar.gz"


def main() -> int:
    if not (BUNDLE / "AllianceDesktop").exists():
        raise SystemExit(f"{BUNDLE} is not built: run `make dist`")
    shutil.copyfile(LINUX / "alliance-desktop.desktop", BUNDLE / "alliance-desktop.desktop")
    shutil.copy2(LINUX / "install.sh", BUNDLE / "install.sh")
    icon = ROOT / "alliance_desktop" / "resources" / "icons" / "alliance-desktop-256.png"
    shutil.copyfile(icon, BUNDLE / "alliance-desktop.png")
    shutil.copyfile(
        ROOT / "alliance_desktop" / "resources" / "THIRD-PARTY-LICENSES.txt",
        BUNDLE / "THIRD-PARTY-LICENSES.txt",
    )
    shutil.copyfile(ROOT / "LICENSE", BUNDLE / "LICENSE")
    out = tarball_path()
    with tarfile.open(out, "w:gz", compresslevel=6) as archive:
        archive.add(BUNDLE, arcname="AllianceDesktop")
    print(f"wrote {out.relative_to(ROOT)} ({out.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
