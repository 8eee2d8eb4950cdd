"""Renders the application icon's SVG into PNG sizes and a multi-size Windows .ico (committed).

    python tools/make_icons.py                # resources/icons/alliance-desktop-<N>.png + .ico
    python tools/make_icons.py --iconset DIR  # a macOS .iconset folder for `iconutil -c icns`

QtSvg renders each size from the vector source, so small sizes are drawn, not shrunk. The .ico
holds PNG-compressed images (read by Windows Vista and later), written here: the container is a
6-byte header and one 16-byte entry per image.
"""

from __future__ import annotations

import argparse
import shutil
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "alliance_desktop" / "resources" / "icons"
SOURCE = ICONS / "alliance-desktop.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICONS / f"alliance-desktop-{size}.png"


def render_pngs() -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        png_path(size).write_bytes(bytes(data.data()))
    del app


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICO file holding each PNG of ``images`` (size → PNG bytes)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 stands for 256 in the entry's one byte
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def write_ico() -> None:
    images = {size: png_path(size).read_bytes() for size in ICO_SIZES}
    (ICONS / "alliance-desktop.ico").write_bytes(ico_bytes(images))


def write_iconset(folder: Path) -> None:
    """macOS names: icon_<N>x<N>.png and icon_<N>x<N>@2x.png (twice as many pixels)."""
    folder.mkdir(parents=True, exist_ok=True)
    for size in (16, 32, 128, 256):
        shutil.copyfile(png_path(size), folder / f"icon_{size}x{size}.png")
        shutil.copyfile(png_path(size * 2), folder / f"icon_{size}x{size}@2x.png")
    shutil.copyfile(png_path(512), folder / "icon_512x512.png")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iconset", type=Path, metavar="DIR", help="write a macOS .iconset")
    args = parser.parse_args()
    if args.iconset:
        write_iconset(args.iconset)
        return 0
    render_pngs()
    write_ico()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
