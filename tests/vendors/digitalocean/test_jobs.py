"""DigitalOcean's own behaviour through `Jobs`: progress counted in data sources; its references' literal form and
rule (UUIDs). The shared suites (tests/facade) cover the rest, rate budgets included, from its simulator's contract
facts and its plugin's declarations."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from anyjob import InvalidJobRef, Job, Jobs, JobState, Progress, parse_ref
from anyjob.testing import DigitalOceanSimulator, Phase
from hypothesis import given
from hypothesis import strategies as st

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


# -- references: UUID job ids, with their literal rule -----------------------------------------------------------------

UUID = "3c90c3cc-0d44-4b50-8888-8dd25736052a"


def test_digitalocean_form() -> None:
    ref = parse_ref(f"digitalocean:{UUID}")
    assert (ref.vendor, ref.job_id, ref.project) == (VENDOR, UUID, None)
    assert str(ref) == f"digitalocean:{UUID}"


@given(st.uuids())
def test_upper_case_uuids_are_read_and_written_lower_case(value: uuid.UUID) -> None:
    ref = parse_ref(f"digitalocean:{str(value).upper()}")
    assert ref.vendor == VENDOR
    assert ref.job_id == str(value)
    assert str(ref) == f"digitalocean:{value}"


INVALID = [f"digitalocean:{UUID[:-1]}g", f"digitalocean: {UUID}", f"digitalocean:{UUID}\n", f"digitalocean:../{UUID}"]


@pytest.mark.parametrize("text", INVALID, ids=[repr(text)[:40] for text in INVALID])
def test_invalid_digitalocean_reference(text: str) -> None:
    with pytest.raises(InvalidJobRef) as caught:
        parse_ref(text)
    assert (caught.value.vendor, caught.value.field) == (VENDOR, "job id")
    assert "must be a UUID" in caught.value.rule and "must be a UUID" in str(caught.value)
    assert VENDOR in str(caught.value)


def test_invalid_digitalocean_references_send_nothing(sims: Sims, jobs: Jobs) -> None:
    for text in INVALID:
        for call in (jobs.get, jobs.cancel, lambda ref: jobs.wait(ref, timeout=1)):
            with pytest.raises(InvalidJobRef):
                call(text)
    assert sims.total_requests() == 0
