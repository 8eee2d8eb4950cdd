"""The sample register ("Try with sample data"): its own file, filled once, never the real one."""

from __future__ import annotations

from pathlib import Path

import pytest

from alliance_desktop.db.engine import default_database_path
from alliance_desktop.services.data_safety.opening import Services, open_database
from alliance_desktop.services.start.sample_register import (
    is_sample_database,
    prepare_sample_database,
    register_is_empty,
    sample_database_path,
)


@pytest.fixture(autouse=True)
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data"


def test_sample_file_sits_beside_the_default_register_under_its_own_name() -> None:
    assert sample_database_path().parent == default_database_path().parent
    assert sample_database_path() != default_database_path()
    assert is_sample_database(str(sample_database_path()))
    assert not is_sample_database(str(default_database_path()))
    assert not is_sample_database("postgresql+psycopg://me@server/alliance")


def test_prepare_fills_a_new_sample_and_leaves_the_real_register_empty() -> None:
    real = open_database(None, create=True)  # the default register, as a first start makes it
    try:
        path = prepare_sample_database()
        assert path == sample_database_path()
        sample = open_database(path, create=False)
        try:
            assert sample.stats.members().count == 130
        finally:
            sample.db.dispose()
        assert register_is_empty(real.db)
    finally:
        real.db.dispose()


def test_prepare_again_keeps_the_sample_as_it_was_left() -> None:
    path = prepare_sample_database()
    sample = open_database(path, create=False)
    row = sample.members.list().rows[0]
    sample.members.delete(row.uid, row.version)
    sample.db.dispose()

    assert prepare_sample_database() == path  # no refusal, no second demo on top
    sample = open_database(path, create=False)
    try:
        assert sample.stats.members().count == 129
    finally:
        sample.db.dispose()


def test_register_is_empty_until_something_is_recorded(services: Services) -> None:
    assert register_is_empty(services.db)
    from alliance_desktop.services.demo import fill_demo

    fill_demo(services.db)
    assert not register_is_empty(services.db)
