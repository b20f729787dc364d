"""Veryfront's own command-line behaviour: its jobs live in a project, so `list veryfront` takes --project or reads
the project from VERYFRONT_PROJECT_SLUG. (Moved from tests/facade/test_cli.py, which runs every command for every
vendor.)"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.facade.cli_support import assert_clean, clean_environment, fast_retries, json_of, point_at, run
from tests.facade.conftest import Sims, running_sims


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    clean_environment(monkeypatch)
    fast_retries(monkeypatch)


@pytest.fixture(scope="module")
def world() -> Iterator[Sims]:
    with running_sims(vendors=["veryfront"]) as sims:
        yield sims


@pytest.fixture
def still(world: Sims, monkeypatch: pytest.MonkeyPatch) -> Sims:
    point_at(monkeypatch, world)
    return world


def test_list_veryfront_takes_a_project(still: Sims) -> None:
    result = run("list", "veryfront", "--project", still["veryfront"].project.slug, "--json")
    assert result.exit_code == 0
    assert len(json_of(result)) == len(still["veryfront"].job_ids)


def test_list_veryfront_needs_a_project_that_fits(still: Sims, monkeypatch: pytest.MonkeyPatch) -> None:
    before = still.total_requests()
    monkeypatch.delenv("VERYFRONT_PROJECT_SLUG")
    no_project = run("list", "veryfront")
    assert no_project.exit_code == 2
    assert_clean(no_project)
    assert "VERYFRONT_PROJECT_SLUG" in no_project.stderr
    bad_project = run("list", "veryfront", "--project", "no spaces allowed")
    assert bad_project.exit_code == 2
    assert_clean(bad_project)
    assert still.total_requests() == before

