"""DigitalOcean's own behaviour through `Jobs`: progress counted in data sources. The shared suites (tests/facade)
cover the rest from its simulator's contract facts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from anyjob import Job, Jobs, JobState, Progress
from anyjob.testing import DigitalOceanSimulator, Phase

from tests.facade.conftest import FAST_RETRY, POLL_INTERVAL, Sims, config_for, running_sims
from tests.facade.conftest import _simulators_stopped as _simulators_stopped  # joins the simulators' stops

VENDOR = "digitalocean"


@pytest.fixture
def sims() -> Iterator[Sims]:
    with running_sims(vendors=[VENDOR]) as started:
        yield started


@pytest.fixture
def jobs(sims: Sims) -> Iterator[Jobs]:
    with Jobs(config_for(sims), retry=FAST_RETRY) as client:
        yield client


def test_digitalocean_progress_counts_data_sources(sims: Sims, jobs: Jobs) -> None:
    sim = sims[VENDOR]
    assert isinstance(sim, DigitalOceanSimulator)
    for job in jobs.list(VENDOR):
        body = sim._render_job(sims.sim_job(job.ref), sim.clock.now())
        assert job.progress == Progress(body["completed_datasources"], body["total_datasources"])
    ref = sims.pick(VENDOR, [Phase.RUNNING], finishes=True)
    seen: list[Progress] = []

    def advance(job: Job) -> None:
        assert job.progress is not None
        seen.append(job.progress)
        sims.advance(VENDOR, 120)

    final = jobs.wait(ref, on_progress=advance, poll_interval=POLL_INTERVAL, max_poll_interval=2 * POLL_INTERVAL)
    assert final.state is JobState.SUCCEEDED
    assert [p.done for p in seen] == sorted(p.done for p in seen)
    assert final.progress is not None and final.progress.done == final.progress.total
    assert final.progress.fraction == 1.0
