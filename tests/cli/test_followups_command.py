"""``followups``: the open follow-ups listed by the command line, filtered by date, lateness, user."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from alliance_desktop import cli
from alliance_desktop.domain.follow_ups import FollowUpDraft, FollowUpTarget
from alliance_desktop.domain.records import ApplicationDraft
from alliance_desktop.services.data_safety.opening import open_database

TODAY = dt.date.today()


def _database(tmp_path: Path) -> Path:
    path = tmp_path / "alliance.sqlite"
    services = open_database(path, create=True)
    try:
        application = services.applications.create(
            ApplicationDraft(applicant_name="Βόλος", country_code="GR", received_on=TODAY)
        ).uid
        for days, what, who in (
            (-3, "Ask for the council decision", "marie"),
            (2, "Send the certificate", "jean"),
            (30, "Check the focal point", ""),
        ):
            services.follow_ups.add(
                FollowUpTarget.APPLICATION,
                application,
                FollowUpDraft(due_on=TODAY + dt.timedelta(days=days), what=what, assignee=who),
            )
    finally:
        services.db.dispose()
    return path


def test_every_open_follow_up_is_listed_by_due_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _database(tmp_path)
    assert cli.run(["--db", str(db), "followups"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[4] for line in lines[:-1]] == [
        "Ask for the council decision",
        "Send the certificate",
        "Check the focal point",
    ]
    assert lines[0].split("\t")[1:4] == ["overdue", "application", "Βόλος"]
    assert lines[2].endswith("\tanyone")
    assert lines[-1] == "3 follow-ups, 1 overdue"


def test_filters_by_date_in_the_usual_formats_lateness_and_user(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _database(tmp_path)
    due = (TODAY + dt.timedelta(days=2)).strftime("%d.%m.%Y")
    assert cli.run(["--db", str(db), "followups", "--due-before", due]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "2 follow-ups, 1 overdue"
    assert cli.run(["--db", str(db), "followups", "--overdue"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "1 follow-up, 1 overdue"
    assert cli.run(["--db", str(db), "followups", "--user", "Jean"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == "1 follow-up" and "Send the certificate" in out[0]


def test_a_bad_date_is_a_usage_error_in_french_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _database(tmp_path)
    assert cli.run(["--db", str(db), "followups", "--due-before", "31/13/2026"]) == 2
    assert "31/13/2026" in capsys.readouterr().err
    assert cli.run(["--lang", "fr", "--db", str(db), "followups"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "3 suivis, dont 1 en retard"
