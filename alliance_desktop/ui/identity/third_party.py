"""Reading THIRD-PARTY-LICENSES (written by tools/third_party_licenses.py): one entry per
component the application ships, with its version, licence, homepage and licence texts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

LICENCES_FILE = (
    Path(__file__).resolve().parent.parent.parent / "resources" / "THIRD-PARTY-LICENSES.txt"
)
_ENTRY_START = re.compile(r"^={78}\n(?=Component: )", re.MULTILINE)
_FIELDS = ("Component", "Version", "Licence", "Homepage")


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    homepage: str
    text: str  # the licence texts the component ships, or ""


def parse_components(text: str) -> list[Component]:
    components = []
    for block in _ENTRY_START.split(text)[1:]:
        head, _rule, body = block.partition("\n" + "-" * 78 + "\n")
        fields = dict.fromkeys(_FIELDS, "")
        for line in head.splitlines():
            name, _sep, value = line.partition(": ")
            if name in fields:
                fields[name] = value.strip()
        components.append(
            Component(
                name=fields["Component"],
                version=fields["Version"],
                licence=fields["Licence"],
                homepage=fields["Homepage"],
                text=body.strip(),
            )
        )
    return components


def bundled_components() -> list[Component]:
    """The components named in LICENCES_FILE; none when the file is missing."""
    try:
        return parse_components(LICENCES_FILE.read_text(encoding="utf-8"))
    except OSError:
        return []
