"""Dispersed's own behaviour through `Jobs` and `AsyncJobs`: the cancel reason it keeps, the plain dates it shows,
its signed requests; its references' literal form and rule (UUIDs). The shared suites (tests/facade) cover the rest
from its simulator's contract facts and its plugin's declarations."""

from __future__ import annotations

import asyncio
import datetime
import uuid
from collections.abc import Iterator

import httpx2
import pytest
from anyjob import AsyncJobs, InvalidJobRef, JobRef, Jobs, JobState, parse_ref
from anyjob.testing import Phase
from hypothesis import given
from hypothesis import strategies as st

from tests.facade.conftest import FAST_RETRY, Sims, config_for, running_sims
from tests.facade.conftest import _simulators_stopped as _simulators_stopped  # joins the simulators' stops

VENDOR = "dispersed"


@pytest.fixture
def sims() -> Iterator[Sims]:
    with running_sims(vendors=[VENDOR]) as started:
        yield started


@pytest.fixture
def jobs(sims: Sims) -> Iterator[Jobs]:
    with Jobs(config_for(sims), retry=FAST_RETRY) as client:
        yield client


def test_dates_without_a_time_are_midnight_utc(sims: Sims, jobs: Jobs) -> None:
    """Dispersed shows some timestamps as plain dates ("2026-01-01"), as in its reference examples."""
    date_only = [sims.ref(VENDOR, job.id) for job in sims[VENDOR].jobs if job.fields["date_only"]]
    assert date_only
    for ref in date_only:
        created = jobs.get(ref).created_at
        assert created is not None and created.tzinfo is not None
        expected = datetime.datetime.fromtimestamp(sims.sim_job(ref).created_at, datetime.UTC)
        assert created == expected.replace(hour=0, minute=0, second=0, microsecond=0)


def test_dispersed_keeps_the_cancel_reason(sims: Sims, jobs: Jobs) -> None:
    ref = sims.pick(VENDOR, [Phase.RUNNING])
    jobs.cancel(ref, reason="superseded by job 42")
    assert sims.sim_job(ref).fields["cancel_reason"] == "superseded by job 42"
    jobs.cancel(ref, reason="a second reason is ignored")
    sims.advance(VENDOR, 5)
    job = jobs.get(ref)
    assert job.state is JobState.CANCELLED
    assert job.model.status_reason == "superseded by job 42"  # type: ignore[attr-defined]


def test_dispersed_cancel_without_a_reason(sims: Sims, jobs: Jobs) -> None:
    ref = sims.pick(VENDOR)
    jobs.cancel(ref)
    assert sims.sim_job(ref).fields["cancel_reason"] is None


def test_cancel_many_sends_the_reason(sims: Sims, jobs: Jobs) -> None:
    ref = sims.pick(VENDOR)
    outcomes = jobs.cancel_many([ref, str(ref)], concurrency=4, reason="cleanup")
    assert all(o.ok and o.job is not None and o.job.state is JobState.CANCELLING for o in outcomes)
    assert sims.sim_job(ref).fields["cancel_reason"] == "cleanup"
    assert sims.count(VENDOR, "cancel", ref) == 1


def test_an_injected_http_client_signs_the_requests(sims: Sims) -> None:
    sent: list[httpx2.Request] = []
    client = httpx2.Client(event_hooks={"request": [sent.append]})
    with Jobs(config_for(sims), http_client=client) as jobs:
        jobs.get(sims.pick(VENDOR))
    request, = sent
    assert "x-signature" in request.headers  # Dispersed's signing rides on the injected client
    client.close()


def test_async_cancel_keeps_the_reason(sims: Sims) -> None:
    ref = sims.pick(VENDOR, [Phase.RUNNING])

    async def main() -> None:
        async with AsyncJobs(config_for(sims), retry=FAST_RETRY) as jobs:
            job = await jobs.cancel(ref, reason="async cleanup")
            assert job.state is JobState.CANCELLING
            assert sims.sim_job(ref).fields["cancel_reason"] == "async cleanup"
            sims.advance(VENDOR, 5)
            done = await jobs.get(ref)
            assert done.state is JobState.CANCELLED
            assert done.model.status_reason == "async cleanup"  # type: ignore[attr-defined]
            other = sims.pick(VENDOR)
            outcome, = await jobs.cancel_many([other], concurrency=3, reason="async many")
            assert outcome.ok
            assert sims.sim_job(other).fields["cancel_reason"] == "async many"

    asyncio.run(main())


# -- references: UUID job ids, with their literal rule -----------------------------------------------------------------

UUID = "3c90c3cc-0d44-4b50-8888-8dd25736052a"


def test_dispersed_form() -> None:
    ref = parse_ref(f"dispersed:{UUID}")
    assert (ref.vendor, ref.job_id, ref.project) == (VENDOR, UUID, None)
    assert str(ref) == f"dispersed:{UUID}"


@given(st.uuids())
def test_upper_case_uuids_are_read_and_written_lower_case(value: uuid.UUID) -> None:
    ref = parse_ref(f"dispersed:{str(value).upper()}")
    assert ref.vendor == VENDOR
    assert ref.job_id == str(value)
    assert str(ref) == f"dispersed:{value}"


INVALID = ["dispersed:", "dispersed:not-a-uuid", f"dispersed:{UUID}0", f"dispersed:{UUID.replace('-', '')}",
           f"dispersed:demo-project/{UUID}"]


@pytest.mark.parametrize("text", INVALID, ids=[repr(text)[:40] for text in INVALID])
def test_invalid_dispersed_reference(text: str) -> None:
    with pytest.raises(InvalidJobRef) as caught:
        parse_ref(text)
    assert (caught.value.vendor, caught.value.field) == (VENDOR, "job id")
    assert "must be a UUID" in caught.value.rule and "must be a UUID" in str(caught.value)
    assert VENDOR in str(caught.value)


def test_a_short_id_is_not_a_uuid() -> None:
    with pytest.raises(InvalidJobRef) as caught:
        JobRef(VENDOR, "42")
    assert (caught.value.vendor, caught.value.field) == (VENDOR, "job id")
    assert "must be a UUID" in caught.value.rule and "must be a UUID" in str(caught.value)


def test_invalid_dispersed_references_send_nothing(sims: Sims, jobs: Jobs) -> None:
    for text in INVALID:
        for call in (jobs.get, jobs.cancel, lambda ref: jobs.wait(ref, timeout=1)):
            with pytest.raises(InvalidJobRef):
                call(text)
    assert sims.total_requests() == 0
