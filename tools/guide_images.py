"""Copy the screenshots the user guide shows into the package, made smaller (make screenshots).

    .venv/bin/python tools/guide_images.py

The guide (alliance_desktop/resources/guide/) travels inside the application, so its images
live beside it: docs/screenshots/NAME.png → resources/guide/images/en/NAME.png, and
docs/screenshots/fr/NAME.png → images/fr/. Scaled down to MAX_WIDTH pixels (a page's width
in the guide window) and written as 8-bit PNG; prints the total size.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "docs" / "screenshots"
TARGET = ROOT / "alliance_desktop" / "resources" / "guide" / "images"
MAX_WIDTH = 640
# The screenshots the guide's pages show (each exists in English and French).
GUIDE_IMAGES = (
    "first-start",
    "main-members",
    "dialog-member",
    "main-applications",
    "dialog-application",
    "dialog-certificate",
    "dialog-import-file",
    "dialog-import-columns",
    "dialog-import-check",
    "dialog-export",
)


def copy_image(source: Path, target: Path) -> int:
    image = QImage(str(source))
    if image.isNull():
        raise SystemExit(f"cannot read {source}")
    if image.width() > MAX_WIDTH:
        image = image.scaledToWidth(MAX_WIDTH, Qt.TransformationMode.SmoothTransformation)
    # 8-bit colour: screenshots of a window lose nothing visible and shrink by half or more.
    image = image.convertToFormat(
        QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG", 9):
        raise SystemExit(f"cannot write {target}")
    return target.stat().st_size


def main() -> int:
    total = 0
    for language, folder in (("en", SOURCE), ("fr", SOURCE / "fr")):
        for name in GUIDE_IMAGES:
            total += copy_image(folder / f"{name}.png", TARGET / language / f"{name}.png")
    print(f"guide images: {2 * len(GUIDE_IMAGES)} files, {total / 1024:.0f} KiB in {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
