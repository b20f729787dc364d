"""Veryfront's own behaviour through `Jobs`: its project (by slug or id, from the environment), knowledge-ingest
progress, failure details, bearer token. The shared suites (tests/facade) cover the rest from its simulator's contract
facts."""

from __future__ import annotations

from collections.abc import Iterator

import httpx2
import pytest
from anyjob import Jobs, JobState, NotFound, Progress
from anyjob.testing import VeryfrontSimulator

from tests.facade.conftest import FAST_RETRY, POLL_INTERVAL, Sims, config_for, running_sims
from tests.facade.conftest import _simulators_stopped as _simulators_stopped  # joins the simulators' stops
from tests.facade.test_jobs import clean_env as clean_env
from tests.facade.test_jobs import set_env

VENDOR = "veryfront"


@pytest.fixture
def sims() -> Iterator[Sims]:
    with running_sims(vendors=[VENDOR]) as started:
        yield started


@pytest.fixture
def sim(sims: Sims) -> VeryfrontSimulator:
    found = sims[VENDOR]
    assert isinstance(found, VeryfrontSimulator)
    return found


@pytest.fixture
def jobs(sims: Sims) -> Iterator[Jobs]:
    with Jobs(config_for(sims), retry=FAST_RETRY) as client:
        yield client


def test_list_and_get_agree_on_a_failed_veryfront_job(sims: Sims, jobs: Jobs) -> None:
    for listed in jobs.list(VENDOR, state=JobState.FAILED):
        assert jobs.get(listed.ref).error == listed.error


def test_veryfront_ingest_progress(sims: Sims, sim: VeryfrontSimulator, jobs: Jobs) -> None:
    ingest = [job for job in jobs.list(VENDOR) if sims.sim_job(job.ref).fields["kind"] == "knowledge_ingest"]
    assert any(job.progress is not None for job in ingest)
    for job in jobs.list(VENDOR):
        sim_job = sims.sim_job(job.ref)
        counts = sim._counts(sim_job, sim.clock.now())
        if sim_job.fields["kind"] != "knowledge_ingest" or not sim._processed(sim_job, sim.clock.now()):
            assert job.progress is None
            continue
        done = counts["ingested_count"] + counts["skipped_count"] + counts["failed_count"]
        assert job.progress == Progress(done, counts["requested_count"])
        assert jobs.get(job.ref).progress == job.progress
    running = next(job for job in ingest if job.state is JobState.RUNNING)
    final = jobs.wait(running.ref, on_progress=lambda job: sims.advance(VENDOR, 3600),
                      poll_interval=POLL_INTERVAL, max_poll_interval=2 * POLL_INTERVAL)
    assert final.state is JobState.SUCCEEDED
    assert final.progress is not None and final.progress.done == final.progress.total > 0


def test_list_veryfront_by_project_id(sim: VeryfrontSimulator, jobs: Jobs) -> None:
    project = sim.project
    listed = list(jobs.list(VENDOR, project=project.id))
    assert len(listed) == len(sim.jobs)
    assert all(job.ref.project == project.id for job in listed)
    assert jobs.get(listed[0].ref).ref == listed[0].ref


def test_list_veryfront_unknown_project(jobs: Jobs) -> None:
    with pytest.raises(NotFound) as caught:
        list(jobs.list(VENDOR, project="no-such-project"))
    assert "no-such-project" in caught.value.message


def test_from_env_reads_the_veryfront_project_id(sims: Sims, sim: VeryfrontSimulator,
                                                 clean_env: pytest.MonkeyPatch) -> None:
    set_env(clean_env, sims)
    clean_env.delenv("VERYFRONT_PROJECT_SLUG")
    clean_env.setenv("VERYFRONT_PROJECT_ID", sim.project.id)
    with Jobs.from_env() as jobs:
        assert {job.ref.project for job in jobs.list(VENDOR)} == {sim.project.id}


def test_an_injected_http_client_sends_the_token(sims: Sims, sim: VeryfrontSimulator) -> None:
    sent: list[httpx2.Request] = []
    client = httpx2.Client(event_hooks={"request": [sent.append]})
    with Jobs(config_for(sims), http_client=client) as jobs:
        jobs.get(sims.pick(VENDOR))
    request, = sent
    assert request.headers["authorization"] == f"Bearer {sim.token}"
    client.close()
