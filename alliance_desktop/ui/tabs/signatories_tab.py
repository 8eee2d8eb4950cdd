"""The Signatories tab: signatures of the Declaration against anti-Gypsyism."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from alliance_desktop.domain.queries import ListQuery
from alliance_desktop.domain.records import Page, SignatureRow, display_name
from alliance_desktop.ui.formatting import country_text, date_text, language_text, number_text
from alliance_desktop.ui.record_model import Column
from alliance_desktop.ui.tabs.record_tab import RecordTab


class SignatoriesTab(RecordTab):
    name = "signatories"
    dialog_location = ("alliance_desktop.ui.dialogs.signature_dialog", "SignatureDialog")
    first_year = 2017

    def tab_title(self) -> str:
        return self.tr("Signatories")

    def search_placeholder(self) -> str:
        return self.tr("Search signatories, signers…")

    def available(self) -> bool:
        return getattr(self.services, "signatures", None) is not None

    def columns(self) -> Sequence[Column]:
        return (
            Column(
                "certificate_no",
                self.tr("Certificate"),
                "certificate_no",
                lambda r: r.certificate_no,
            ),
            Column(
                "name", self.tr("Signatory"), "name", lambda r: display_name(r.name, r.name_latin)
            ),
            Column(
                "country",
                self.tr("Country"),
                "country_code",
                lambda r: country_text(r.country_code),
            ),
            Column("signer_name", self.tr("Signed by"), "signer_name", lambda r: r.signer_name),
            Column(
                "signer_function",
                self.tr("Function"),
                "signer_function",
                lambda r: r.signer_function,
            ),
            Column(
                "signed_on", self.tr("Signed on"), "signed_on", lambda r: date_text(r.signed_on)
            ),
            Column("place", self.tr("Place or event"), "place", lambda r: r.place),
            Column(
                "language",
                self.tr("Language"),
                "language",
                lambda r: language_text(r.language),
                hidden_by_default=True,
            ),
        )

    def default_width(self, column: Column) -> int:
        widths = {
            "certificate_no": 120,
            "name": 240,
            "country": 160,
            "signer_name": 190,
            "signer_function": 250,
            "signed_on": 100,
        }
        return widths.get(column.key, super().default_width(column))

    def list_page(self, query: ListQuery) -> Page[Any]:
        if not self.available():
            return Page((), 0)
        return self.services.signatures.list(query)  # type: ignore[no-any-return]

    def delete_record(self, uid: str, version: int) -> None:
        self.services.signatures.delete(uid, version)

    def record_label(self, row: SignatureRow) -> str:
        return f"{display_name(row.name, row.name_latin)} ({row.certificate_no})"

    def empty_sentence(self) -> str:
        return self.tr(
            "No signatures yet. New (Ctrl+N) records one; File → Import… brings in a list."
        )

    def count_sentence(self, shown: int, total: int) -> str:
        return self.tr("Showing {shown} of {total} signatories").format(
            shown=number_text(shown), total=number_text(total)
        )
