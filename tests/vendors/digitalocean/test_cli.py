"""DigitalOcean's own command-line behaviour: an indexing job reports progress as data sources done of all, which
`wait` draws as counts beside its bar. (Moved from tests/facade/test_cli.py, which runs every command for every
vendor.)"""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx2
import pytest

from tests.facade.cli_support import (
    FAST_WAIT,
    assert_clean,
    clean_environment,
    fast_retries,
    finish_after_first_poll,
    point_at,
    run,
)
from tests.facade.conftest import Sims, running_sims


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    clean_environment(monkeypatch)
    fast_retries(monkeypatch)


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> Iterator[Sims]:
    with running_sims(vendors=["digitalocean"]) as sims:
        point_at(monkeypatch, sims)
        yield sims


def test_wait_shows_a_live_progress_bar_on_a_terminal(fresh: Sims) -> None:
    do = fresh["digitalocean"]
    response = httpx2.post(f"{do.base_url}/v2/gen-ai/indexing_jobs",
                           json={"knowledge_base_uuid": sorted(do.knowledge_bases)[0]},
                           headers={"Authorization": f"Bearer {do.token}"})
    response.raise_for_status()
    ref = fresh.ref("digitalocean", response.json()["job"]["uuid"])  # queued 5 s, runs 60 s (simulated), succeeds
    mover = finish_after_first_poll(fresh, ref)
    result = run("wait", str(ref), *FAST_WAIT, env={"TTY_COMPATIBLE": "1", "TTY_INTERACTIVE": "1"})
    mover.join()
    assert result.exit_code == 0
    assert_clean(result, lines=0)
    screen = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", result.stdout)  # without the terminal's control sequences
    assert f"waiting for {ref}" in screen
    assert "━" in screen  # the bar
    assert "2/2" in screen  # the progress counts (the knowledge base has two data sources)
    assert "succeeded" in screen
    assert "\x1b[" in result.stdout  # it was drawn for a terminal
