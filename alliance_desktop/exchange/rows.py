"""Reading field values from the rows writers are given: mappings or record-like objects."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

Getter = Callable[[object], list[Any]]


def values_getter(first: object, keys: Sequence[str]) -> Getter:
    """A function returning a row's values for ``keys``; absent fields give None.

    Rows may be mappings (dicts from a service) or objects with the keys as attributes
    (``MemberRow``); the first row decides which, so the per-row cost stays small.
    """
    keys = tuple(keys)
    if isinstance(first, Mapping):
        return lambda row: [row.get(k) for k in keys]  # type: ignore[attr-defined]
    return lambda row: [getattr(row, k, None) for k in keys]


def value_of(row: object, key: str) -> Any:
    if isinstance(row, Mapping):
        return row.get(key)
    return getattr(row, key, None)
