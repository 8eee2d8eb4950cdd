"""What a table asks for: search text, filters, sort and paging."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ListQuery:
    search: str = ""
    country: str | None = None
    status: str | None = None  # a status value; for applications also "pending" or "decided"
    year: int | None = None
    # Only the records with an open follow-up due on or before this day (the tabs' filter).
    follow_up_due_by: dt.date | None = None
    sort: str = "name"
    descending: bool = False
    offset: int = 0
    limit: int | None = None
    # False when the caller already knows the total (a table fetching its later blocks): the
    # page's total is then only what the rows themselves show, and no COUNT runs.
    with_total: bool = True

    @property
    def filtered(self) -> bool:
        """Whether anything narrows the list (search text, country, status, year or due
        follow-ups)."""
        return bool(
            self.search.strip() or self.country or self.status or self.year or self.follow_up_due_by
        )
