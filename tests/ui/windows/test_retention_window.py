"""Tools → Personal data…: find anyone by name or e-mail, export or erase them as one person."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from alliance_desktop.domain.records import (
    ApplicationDraft,
    AuthorityDraft,
    MembershipDraft,
    PersonDraft,
    SignatureDraft,
)
from alliance_desktop.services.data_safety.opening import Services, open_database
from alliance_desktop.services.privacy import ERASED_NAME
from alliance_desktop.ui.windows.retention_window import RetentionWindow
from tests.ui.fake_prompts import FakePrompts


def _services(tmp_path: Path) -> Services:
    services = open_database(str(tmp_path / "people.sqlite"), create=True)
    member, _ = services.members.create(
        AuthorityDraft(name="Kraków", country_code="PL"),
        MembershipDraft(authority_uid="", joined_on=dt.date(2019, 1, 1)),
    )
    focal = services.persons.create(
        PersonDraft(
            name="Zofia Wójcik",
            email="Zofia@Krakow.example",
            authority_uid=member.authority.meta.uid,
        )
    )
    services.members.update(
        member.meta.uid,
        member.meta.version,
        MembershipDraft(
            authority_uid=member.authority.meta.uid,
            joined_on=dt.date(2019, 1, 1),
            participant_no=member.draft.participant_no,
            focal_point_uid=focal.meta.uid,
        ),
    )
    # The same person imported again with the e-mail in another case.
    services.persons.create(PersonDraft(name="Z. Wojcik", email="zofia@krakow.example"))
    services.applications.create(
        ApplicationDraft(
            applicant_name="Tarnów",
            country_code="PL",
            received_on=dt.date(2024, 2, 1),
            contact_name="Piotr Zieliński",
            contact_email="piotr@tarnow.example",
        )
    )
    services.signatures.create(
        SignatureDraft(
            authority_uid=member.authority.meta.uid,
            signer_name="Jacek Majchrowski",
            signer_function="Mayor",
            signed_on=dt.date(2018, 5, 1),
        )
    )
    return services


def _window(qtbot: Any, services: Services, prompts: FakePrompts, out: Path) -> RetentionWindow:
    window = RetentionWindow(services, prompts, ask_export_path=lambda parent, name: out)
    qtbot.addWidget(window)
    window.show_search()
    return window


def _search(qtbot: Any, window: RetentionWindow, text: str) -> list[str]:
    window.search.search_edit.clear()
    qtbot.keyClicks(window.search.search_edit, text)
    qtbot.keyClick(window.search.search_edit, "\r")
    return [g.name for g in window.search.model.groups]


def test_search_finds_focal_points_contacts_and_signers(
    qtbot, qtmodeltester, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    services = _services(tmp_path)
    try:
        window = _window(qtbot, services, FakePrompts(), tmp_path / "x.json")
        qtmodeltester.check(window.search.model)
        assert not window.export_button.isEnabled()
        assert _search(qtbot, window, "wojcik") == ["Zofia Wójcik"]  # one row for both records
        row = window.search.model.texts[0]
        assert row[0] == "Zofia Wójcik / Z. Wojcik" and row[3] == "2"
        assert "focal point of Kraków" in row[2]
        assert _search(qtbot, window, "PIOTR@TARNOW") == ["Piotr Zieliński"]
        assert "application of Tarnów" in window.search.model.texts[0][2]
        assert _search(qtbot, window, "majchrowski") == ["Jacek Majchrowski"]
        assert "signer for Kraków" in window.search.model.texts[0][2]
        assert _search(qtbot, window, "nobody at all") == []
        assert window.search.summary_label.text() == "Nobody found."
    finally:
        services.db.dispose()


def test_typing_searches_after_a_pause(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services = _services(tmp_path)
    try:
        window = _window(qtbot, services, FakePrompts(), tmp_path / "x.json")
        qtbot.keyClicks(window.search.search_edit, "zielinski")
        qtbot.waitUntil(lambda: window.search.model.rowCount() == 1, timeout=5_000)
    finally:
        services.db.dispose()


def test_export_then_erase_the_whole_group(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services = _services(tmp_path)
    prompts = FakePrompts()
    out = tmp_path / "zofia.json"
    try:
        window = _window(qtbot, services, prompts, out)
        _search(qtbot, window, "zofia@krakow")
        window.search.view.selectRow(0)
        assert window.export_button.isEnabled() and window.erase_button.isEnabled()
        assert window.export_selected() == out
        data = json.loads(out.read_text(encoding="utf-8"))
        assert sorted(p["person"]["name"] for p in data["persons"]) == ["Z. Wojcik", "Zofia Wójcik"]
        assert "Z. Wojcik" in out.with_suffix(".txt").read_text(encoding="utf-8")
        prompts.answer("confirm", True)
        assert window.erase_selected()
        question = prompts.calls("confirm")[-1][2]
        assert "2 record(s)" in question and "focal point of Kraków" in question
        assert prompts.calls("info")[-1][2] == "The personal data was erased from 2 records."
        assert window.search.model.rowCount() == 0  # searched again: nobody left
        people = services.privacy.find_people("zofia")
        assert people == []
        exports = services.audit.list(action="export", entity="person")
        assert len(exports) == 2  # each record's history says its data was exported
        assert len(services.audit.list(action="erase", entity="person")) == 2
    finally:
        services.db.dispose()


def test_review_tab_still_lists_old_contacts(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services = _services(tmp_path)
    try:
        window = RetentionWindow(services, FakePrompts())
        qtbot.addWidget(window)
        window.show_review()
        assert window.tabs.currentIndex() == 1
        assert window.model.rowCount() == 0  # nothing declined long ago here
        assert window.summary_label.text() == "No contact is due for review."
        assert ERASED_NAME not in [g.name for g in services.privacy.find_people("e")]
    finally:
        services.db.dispose()
