"""Reading what a PDF holds, for tests of every PDF the application writes: its fonts."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject


def every_font(source: bytes | Path) -> dict[str, Any]:
    """Every font object the file holds, wherever it is referenced, by its /BaseFont."""
    reader = PdfReader(io.BytesIO(source) if isinstance(source, bytes) else source)
    found: dict[str, Any] = {}
    seen: set[tuple[int, int]] = set()
    stack: list[Any] = [reader.trailer]
    while stack:
        item = stack.pop()
        if isinstance(item, IndirectObject):
            key = (item.idnum, item.generation)
            if key in seen:
                continue
            seen.add(key)
            item = item.get_object()
        if isinstance(item, DictionaryObject):
            if item.get("/Type") == "/Font":
                found[str(item.get("/BaseFont"))] = item
            stack.extend(item.values())
        elif isinstance(item, ArrayObject):
            stack.extend(item)
    return found


def unembedded_fonts(source: bytes | Path) -> list[str]:
    """The fonts that are not embedded TrueType (no /FontFile2), or that are Helvetica."""
    bad = []
    for name, font in every_font(source).items():
        descriptor = font.get("/FontDescriptor")
        descriptor = descriptor.get_object() if descriptor is not None else {}
        if "/FontFile2" not in descriptor or "Helvetica" in name:
            bad.append(name)
    return bad
