"""Hard limits that keep reading a hostile or mistaken file bounded in time and memory."""

from __future__ import annotations

from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """What a file may be before it is refused; the defaults fit 100,000-row registers."""

    max_bytes: int = 64 * MIB  # the file on disk (CSV text or XLSX zip)
    max_rows: int = 200_000  # data rows, not counting the header or blank rows
    max_columns: int = 200
    max_cell_chars: int = 32_767  # what a spreadsheet cell holds; longer: a stray quote
    max_unzipped_bytes: int = 256 * MIB  # sum of the XLSX members' uncompressed sizes
    max_zip_members: int = 10_000
    max_zip_ratio: int = 100  # uncompressed / compressed, checked for members over 1 MiB


DEFAULT_LIMITS = Limits()
