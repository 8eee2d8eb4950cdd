"""File names that every system accepts, and distinct names for a batch of files.

Windows refuses ``<>:"/\\|?*``, control characters, names ending in a dot or space and
device names (``CON``, ``NUL``, ``COM1``…, even with an extension); most file systems cap a
name at 255 bytes; Windows and macOS compare names without regard to case, and macOS
without regard to Unicode normalisation. Names are kept readable: ``DAG-2018-0042 Łódź.pdf``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from alliance_desktop.reports.certificate_data import CertificateData

MAX_NAME_BYTES = 200
"""UTF-8 bytes of a whole file name; below the usual 255 to leave room for ``" (12)"``."""

_FORBIDDEN_RE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f-\x9f]')
_SPACES_RE = re.compile(r"\s+")
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$"}
    | {f"{device}{n}" for device in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")}
)


def safe_filename(
    stem: str,
    extension: str = "",
    *,
    fallback: str = "certificate",
    max_bytes: int = MAX_NAME_BYTES,
) -> str:
    """A file name made of ``stem`` and ``extension`` (e.g. ``".pdf"``) that any system accepts.

    Forbidden and invisible characters become ``_``, runs of white space one space; leading
    and trailing dots and spaces go; device names get a ``_`` prefix (``_CON.pdf``); the
    name is NFC and at most ``max_bytes`` UTF-8 bytes, cut between characters.
    """
    extension = _clean(extension).strip(" .")
    extension = f".{extension}" if extension else ""
    text = _clean(stem)
    text = _cut_bytes(text.strip(" ."), max_bytes - 1 - len(extension.encode("utf-8")))
    if text.split(".", 1)[0].rstrip(" ").upper() in _RESERVED:
        text = f"_{text}"
    if not text:
        text = fallback
    return text + extension


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = _FORBIDDEN_RE.sub("_", text)
    # Format characters (zero-width spaces, bidi overrides) would make names look alike.
    text = "".join("_" if unicodedata.category(char) == "Cf" else char for char in text)
    return _SPACES_RE.sub(" ", text).strip()


def _cut_bytes(text: str, limit: int) -> str:
    """``text`` shortened to ``limit`` UTF-8 bytes without splitting a character or its marks."""
    if len(text.encode("utf-8")) > limit:
        encoded = text.encode("utf-8")[: max(limit, 0)]
        text = encoded.decode("utf-8", errors="ignore")
        # Drop a base letter whose combining marks were cut away.
        while text and unicodedata.combining(text[-1]):
            text = text[:-1]
    return text.rstrip(" .")


def name_key(file_name: str) -> str:
    """How a case-insensitive, normalisation-insensitive file system compares names."""
    return unicodedata.normalize("NFC", file_name).casefold()


class UniqueNames:
    """Hands out file names that differ from each other (and from ``taken``) ignoring case.

    The second ``Łódź.pdf`` (or ``ŁÓDŹ.pdf``) becomes ``Łódź (2).pdf``.
    """

    def __init__(self, taken: Iterable[str] = ()) -> None:
        self._keys = {name_key(name) for name in taken}

    def allocate(self, file_name: str) -> str:
        stem, dot, extension = file_name.rpartition(".")
        if not dot or not stem:
            stem, extension = file_name, ""
        suffix = f".{extension}" if extension else ""
        candidate = file_name
        number = 1
        while name_key(candidate) in self._keys:
            number += 1
            tag = f" ({number})"
            room = MAX_NAME_BYTES - len((tag + suffix).encode("utf-8"))
            candidate = f"{_cut_bytes(stem, room)}{tag}{suffix}"
        self._keys.add(name_key(candidate))
        return candidate


def unique_filenames(names: Iterable[str], *, taken: Iterable[str] = ()) -> list[str]:
    """``names`` in order, each made distinct from the earlier ones (case-insensitively)."""
    allocator = UniqueNames(taken)
    return [allocator.allocate(name) for name in names]


def certificate_filename(item: CertificateData) -> str:
    """The file name of one certificate: ``DAG-2018-0042 Łódź.pdf``, safe on every system."""
    return safe_filename(f"{item.certificate_no} {item.name}", ".pdf")
