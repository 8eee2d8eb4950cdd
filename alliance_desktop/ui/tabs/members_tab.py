"""The Members tab: authorities that joined the Alliance, with their participant numbers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from alliance_desktop.domain.enums import MembershipStatus
from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.domain.records import MemberRow, Page, display_name
from alliance_desktop.ui.formatting import (
    country_text,
    date_text,
    kind_text,
    number_text,
    status_text,
)
from alliance_desktop.ui.record_model import RIGHT, Column
from alliance_desktop.ui.tabs.record_tab import RecordTab


class MembersTab(RecordTab):
    name = "members"
    dialog_location = ("alliance_desktop.ui.dialogs.member_dialog", "MemberDialog")
    first_year = 2013

    def tab_title(self) -> str:
        return self.tr("Members")

    def search_placeholder(self) -> str:
        return self.tr("Search members by name…")

    def columns(self) -> Sequence[Column]:
        return (
            Column(
                "participant_no",
                self.tr("No."),
                "participant_no",
                lambda r: str(r.participant_no),
                RIGHT,
            ),
            Column("name", self.tr("Name"), "name", lambda r: display_name(r.name, r.name_latin)),
            Column(
                "country",
                self.tr("Country"),
                "country_code",
                lambda r: country_text(r.country_code),
            ),
            Column("kind", self.tr("Kind"), "kind", lambda r: kind_text(r.kind)),
            Column("joined_on", self.tr("Joined"), "joined_on", lambda r: date_text(r.joined_on)),
            Column("status", self.tr("Status"), "status", lambda r: status_text(r.status)),
            Column(
                "left_on",
                self.tr("Left"),
                "left_on",
                lambda r: date_text(r.left_on),
                hidden_by_default=True,
            ),
            Column("focal_point", self.tr("Focal point"), "focal_point", lambda r: r.focal_point),
        )

    def default_width(self, column: Column) -> int:
        widths = {"participant_no": 60, "name": 320, "country": 190, "kind": 120, "status": 100}
        return widths.get(column.key, super().default_width(column))

    def list_page(self, query: ListQuery) -> Page[Any]:
        return self.services.members.list(query)  # type: ignore[no-any-return]

    def status_choices(self) -> list[tuple[str, str]]:
        return [(status_text(s), s.value) for s in MembershipStatus]

    def delete_record(self, uid: str, version: int) -> None:
        self.services.members.delete(uid, version)

    def record_label(self, row: MemberRow) -> str:
        return display_name(row.name, row.name_latin)

    def empty_sentence(self) -> str:
        return self.tr("No members yet. New (Ctrl+N) adds one; File → Import… brings in a list.")

    def count_sentence(self, shown: int, total: int) -> str:
        return self.tr("Showing {shown} of {total} members").format(
            shown=number_text(shown), total=number_text(total)
        )
