"""`AsyncJobs` against the three simulators: every operation for every vendor, configuration, retries and timeouts,
as for `Jobs` (test_jobs.py) but awaited. Runs on asyncio through anyio's pytest plugin (installed with httpx2)."""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import AsyncIterator

import attrs
import httpx2
import pytest
from anyjob import (
    VENDORS,
    AsyncJobs,
    Config,
    ConfigurationError,
    Conflict,
    InvalidJobRef,
    Job,
    JobRef,
    JobState,
    NotFound,
    RateLimited,
    RequestTimeout,
    ServerError,
    TransportError,
    Vendor,
    VendorUnavailable,
    WaitTimeout,
)
from anyjob.testing import Fault, ManualClock, Phase

from tests.facade.conftest import (
    FAST_RETRY,
    POLL_INTERVAL,
    ROUTES,
    Sims,
    assert_consistent,
    config_for,
    expected_state,
    running_sims,
)
from tests.facade.test_jobs import (
    ENV,
    NOT_RETRYABLE,
    RETRYABLE,
    URL_FIELD,
    WITHOUT,
    free_port,
    retry_waits,
    set_env,
    sim_status,
    statuses,
    unknown_ref,
)

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def jobs(config: Config) -> AsyncIterator[AsyncJobs]:
    async with AsyncJobs(config, retry=FAST_RETRY) as client:
        yield client


async def collect(jobs: AsyncJobs, vendor: str, **kwargs: object) -> list[Job]:
    return [job async for job in jobs.list(vendor, **kwargs)]  # type: ignore[arg-type]


# -- get, cancel -------------------------------------------------------------------------------------------------------


async def test_get_every_job(sims: Sims, jobs: AsyncJobs, vendor: Vendor) -> None:
    for ref in sims.refs(vendor):
        job = await jobs.get(ref)
        assert_consistent(job, ref)
        assert job.state is expected_state(sims, ref)
        assert job.raw_status == sim_status(sims, ref)
        assert job.model is not None
    assert sims[vendor].count() == len(sims[vendor].jobs)


async def test_get_concurrently(sims: Sims, jobs: AsyncJobs) -> None:
    refs = [ref for vendor in VENDORS for ref in sims.refs(vendor)]
    got = await asyncio.gather(*(jobs.get(ref) for ref in refs))
    assert [job.ref for job in got] == refs


async def test_get_an_unknown_job_is_not_found(sims: Sims, jobs: AsyncJobs, vendor: Vendor) -> None:
    with pytest.raises(NotFound):
        await jobs.get(unknown_ref(vendor, sims))


@pytest.mark.parametrize("phase", [Phase.QUEUED, Phase.RUNNING])
async def test_cancel(sims: Sims, jobs: AsyncJobs, vendor: Vendor, phase: Phase) -> None:
    ref = sims.pick(vendor, [phase])
    job = await jobs.cancel(ref, reason="async cleanup")
    assert job.state is (JobState.CANCELLING if vendor == "dispersed" else JobState.CANCELLED)
    assert sims.cancel_requested(ref) and sims.count(vendor, "cancel", ref) == 1
    assert (await jobs.cancel(ref)).state is job.state  # idempotent
    if vendor == "dispersed":
        assert sims.sim_job(ref).fields["cancel_reason"] == "async cleanup"
        sims.advance("dispersed", 5)
        done = await jobs.get(ref)
        assert done.state is JobState.CANCELLED
        assert done.model.status_reason == "async cleanup"  # type: ignore[attr-defined]


async def test_cancel_a_finished_job_is_a_conflict(sims: Sims, jobs: AsyncJobs, vendor: Vendor) -> None:
    ref = sims.pick(vendor, [Phase.FAILED])
    with pytest.raises(Conflict) as caught:
        await jobs.cancel(ref)
    assert caught.value.ref == ref and sims.count(vendor, "cancel", ref) == 1


# -- wait --------------------------------------------------------------------------------------------------------------


async def test_wait_returns_the_final_job_and_reports_every_poll(sims: Sims, jobs: AsyncJobs, vendor: Vendor) -> None:
    ref = sims.pick(vendor, [Phase.QUEUED], finishes=True)
    seen: list[Job] = []

    def on_progress(job: Job) -> None:
        seen.append(job)
        sims.advance(vendor, 300)

    final = await jobs.wait(ref, timeout=60, on_progress=on_progress, poll_interval=POLL_INTERVAL,
                            max_poll_interval=2 * POLL_INTERVAL)
    assert final.state.is_terminal and final == seen[-1]
    assert seen[0].state is JobState.QUEUED
    assert len(seen) == sims.count(vendor, "get", ref) >= 2


async def test_wait_times_out_with_the_last_job(sims: Sims, jobs: AsyncJobs, vendor: Vendor) -> None:
    ref = sims.pick(vendor, [Phase.RUNNING])
    seen: list[Job] = []
    with pytest.raises(WaitTimeout) as caught:
        await jobs.wait(ref, timeout=0.05, on_progress=seen.append, poll_interval=0.01, max_poll_interval=0.02)
    assert caught.value.job == seen[-1] and caught.value.job.state is JobState.RUNNING
    assert not caught.value.cancelled and not sims.cancel_requested(ref)
    # Every answer read was reported; one more get may have been cut off by the deadline.
    assert len(seen) <= sims.count(vendor, "get", ref) <= len(seen) + 1


async def test_wait_cancels_on_timeout_when_asked(sims: Sims, jobs: AsyncJobs, vendor: Vendor) -> None:
    ref = sims.pick(vendor, [Phase.RUNNING])
    with pytest.raises(WaitTimeout) as caught:
        await jobs.wait(ref, timeout=0.05, cancel_on_timeout=True, poll_interval=0.01, max_poll_interval=0.02)
    assert caught.value.cancelled
    assert caught.value.job.state in (JobState.CANCELLED, JobState.CANCELLING)
    assert sims.cancel_requested(ref) and sims.count(vendor, "cancel", ref) == 1


async def test_wait_on_a_finished_job_polls_once(sims: Sims, jobs: AsyncJobs, vendor: Vendor) -> None:
    ref = sims.refs(vendor, [Phase.CANCELLED])[0]
    assert (await jobs.wait(ref)).state is JobState.CANCELLED
    assert sims.count(vendor, "get", ref) == 1


# -- list --------------------------------------------------------------------------------------------------------------


async def test_list_every_job(sims: Sims, jobs: AsyncJobs, vendor: Vendor) -> None:
    listed = await collect(jobs, vendor)
    assert sorted(str(job.ref) for job in listed) == sorted(str(ref) for ref in sims.refs(vendor))
    assert all(job.state is expected_state(sims, job.ref) for job in listed)


@pytest.mark.parametrize("state", [JobState.QUEUED, JobState.RUNNING, JobState.SUCCEEDED, JobState.FAILED,
                                   JobState.CANCELLED])
async def test_list_one_state(sims: Sims, jobs: AsyncJobs, vendor: Vendor, state: JobState) -> None:
    wanted = {ref for ref in sims.refs(vendor) if expected_state(sims, ref) is state}
    listed = await collect(jobs, vendor, state=state)
    assert {job.ref for job in listed} == wanted and len(listed) == len(wanted) > 0


async def test_list_several_states_across_pages(sims: Sims, jobs: AsyncJobs, vendor: Vendor) -> None:
    states = {JobState.QUEUED, JobState.RUNNING, JobState.CANCELLED}
    wanted = {ref for ref in sims.refs(vendor) if expected_state(sims, ref) in states}
    listed = await collect(jobs, vendor, state=states, page_size=2)
    assert {job.ref for job in listed} == wanted and len(listed) == len(wanted)


@pytest.mark.parametrize("page_size", [1, 2, 3, 50])
async def test_list_pages(sims: Sims, jobs: AsyncJobs, vendor: Vendor, page_size: int) -> None:
    listed = await collect(jobs, vendor, page_size=page_size)
    assert len({job.ref for job in listed}) == len(listed) == len(sims[vendor].jobs)
    assert sims.count(vendor, "list") == math.ceil(len(sims[vendor].jobs) / page_size)


async def test_list_invalid_arguments_send_nothing(sims: Sims, jobs: AsyncJobs) -> None:
    with pytest.raises(InvalidJobRef):
        await collect(jobs, "aws")
    with pytest.raises(InvalidJobRef):
        await collect(jobs, "veryfront", project="not a project")
    assert sims.total_requests() == 0


# -- cancel_many -------------------------------------------------------------------------------------------------------


async def test_cancel_many_across_vendors(sims: Sims, jobs: AsyncJobs) -> None:
    vf, ds, do = sims.pick("veryfront"), sims.pick("dispersed"), sims.pick("digitalocean")
    finished = sims.pick("veryfront", [Phase.SUCCEEDED])
    missing = unknown_ref("digitalocean", sims)
    refs: list[JobRef | str] = [do, "nope", str(vf), ds, str(do), finished, "veryfront:x/1", missing, vf,
                                f"dispersed:{ds.job_id.upper()}"]
    outcomes = await jobs.cancel_many(refs, concurrency=3, reason="async many")
    kinds = [type(o.error).__name__ if o.error else o.job.state.value for o in outcomes]  # type: ignore[union-attr]
    assert kinds == ["cancelled", "InvalidJobRef", "cancelled", "cancelling", "cancelled", "Conflict",
                     "InvalidJobRef", "NotFound", "cancelled", "cancelling"]
    assert outcomes[0].job == outcomes[4].job and outcomes[2].job == outcomes[8].job
    assert outcomes[3].ref == outcomes[9].ref == ds
    for ref in (vf, ds, do, finished, missing):
        assert sims.count(ref.vendor, "cancel", ref) == 1
    assert all(sims.cancel_requested(ref) for ref in (vf, ds, do))
    assert sims.sim_job(ds).fields["cancel_reason"] == "async many"
    assert sims.total_requests() == 5


@pytest.mark.parametrize("concurrency", [1, 16])
async def test_cancel_many_every_active_job(sims: Sims, jobs: AsyncJobs, concurrency: int) -> None:
    refs = [ref for vendor in VENDORS for ref in sims.refs(vendor, [Phase.QUEUED, Phase.RUNNING])]
    outcomes = await jobs.cancel_many(refs, concurrency=concurrency)
    assert [o.ref for o in outcomes] == refs and all(o.ok for o in outcomes)
    assert all(sims.count(ref.vendor, "cancel", ref) == 1 for ref in refs)


# -- configuration -----------------------------------------------------------------------------------------------------


async def test_from_env(sims: Sims, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    set_env(monkeypatch, sims)
    async with AsyncJobs.from_env(retry=FAST_RETRY) as jobs:
        for vendor in VENDORS:
            assert (await jobs.get(sims.pick(vendor))).vendor == vendor


async def test_explicit_keyword_arguments(sims: Sims) -> None:
    async with AsyncJobs(**config_for(sims).values) as jobs:
        assert repr(jobs) == "AsyncJobs(vendors=['veryfront', 'dispersed', 'digitalocean'])"
        for vendor in VENDORS:
            assert (await jobs.get(sims.pick(vendor))).vendor == vendor


async def test_an_unconfigured_vendor_is_unavailable(sims: Sims, vendor: Vendor) -> None:
    async with AsyncJobs(config_for(sims).replace(**WITHOUT[vendor])) as jobs:
        with pytest.raises(VendorUnavailable) as caught:
            await jobs.get(sims.pick(vendor))
        assert str(caught.value).startswith(f"{vendor} is not configured")
        with pytest.raises(VendorUnavailable):
            await collect(jobs, vendor)
        outcome, = await jobs.cancel_many([sims.pick(vendor)])
        assert isinstance(outcome.error, VendorUnavailable)
    assert sims[vendor].count() == 0


async def test_credentials_over_plain_http_to_another_host_are_refused(sims: Sims, vendor: Vendor) -> None:
    sent: list[httpx2.Request] = []

    async def record(request: httpx2.Request) -> None:
        sent.append(request)

    client = httpx2.AsyncClient(event_hooks={"request": [record]})
    config = config_for(sims).replace(**{URL_FIELD[vendor]: "http://example.invalid"})
    async with AsyncJobs(config, http_client=client) as jobs:
        with pytest.raises(ConfigurationError) as caught:
            await jobs.cancel(sims.pick(vendor))
        assert "example.invalid" in str(caught.value)
    assert sent == [] and sims.total_requests() == 0
    await client.aclose()


async def test_an_injected_http_client_is_used(sims: Sims) -> None:
    sent: list[httpx2.Request] = []

    async def record(request: httpx2.Request) -> None:
        sent.append(request)

    client = httpx2.AsyncClient(event_hooks={"request": [record]})
    async with AsyncJobs(config_for(sims), http_client=client) as jobs:
        for vendor in VENDORS:
            await jobs.get(sims.pick(vendor))
    assert len(sent) == 3 == sims.total_requests()
    assert not client.is_closed
    await client.aclose()


class CountingTransport(httpx2.AsyncHTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        self.requests: list[httpx2.Request] = []

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        return await super().handle_async_request(request)


async def test_an_injected_transport_is_used(sims: Sims, vendor: Vendor) -> None:
    transport = CountingTransport()
    async with AsyncJobs(config_for(sims), transport=transport) as jobs:
        await jobs.get(sims.pick(vendor))
        await collect(jobs, vendor, page_size=4)
    assert len(transport.requests) == 3 == sims[vendor].count()


# -- retries and timeouts ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", RETRYABLE)
async def test_retryable_statuses_are_retried(sims: Sims, jobs: AsyncJobs, vendor: Vendor, status: int) -> None:
    sim, routes, ref = sims[vendor], ROUTES[vendor], sims.pick(vendor)
    sim.faults.add(Fault.http_status(status), route=routes.cancel, times=2)
    assert (await jobs.cancel(ref)).ref == ref
    assert statuses(sims, vendor, "cancel") == [status, status, 200]
    # A 5xx or 408 may come after the vendor acted: the job is read before the cancel is sent again. A 429 did not.
    confirmations = [] if status == 429 else [200, 200]
    assert statuses(sims, vendor, "get") == confirmations
    sim.faults.add(Fault.http_status(status), route=routes.get)
    with pytest.raises(RETRYABLE[status]):
        await jobs.get(ref)
    assert statuses(sims, vendor, "get") == confirmations + [status] * FAST_RETRY.attempts


@pytest.mark.parametrize("status", NOT_RETRYABLE)
async def test_other_statuses_are_not_retried(sims: Sims, jobs: AsyncJobs, vendor: Vendor, status: int) -> None:
    ref = sims.pick(vendor)
    sims[vendor].faults.add(Fault.http_status(status), route=ROUTES[vendor].cancel, times=1)
    with pytest.raises(NOT_RETRYABLE[status]):
        await jobs.cancel(ref)
    assert sims.count(vendor, "cancel", ref) == 1 and not sims.cancel_requested(ref)


async def test_connection_errors_are_retried(sims: Sims, jobs: AsyncJobs, vendor: Vendor) -> None:
    ref = sims.pick(vendor)
    sims[vendor].faults.add(Fault.drop_connection(), route=ROUTES[vendor].get, times=1)
    assert (await jobs.get(ref)).ref == ref
    assert statuses(sims, vendor, "get") == [None, 200]
    transport = CountingTransport()
    config = config_for(sims).replace(**{URL_FIELD[vendor]: f"http://127.0.0.1:{free_port()}"})
    async with AsyncJobs(config, retry=FAST_RETRY, transport=transport) as refused:
        with pytest.raises(TransportError):
            await refused.get(ref)
    assert len(transport.requests) == FAST_RETRY.attempts


async def test_retry_after_is_honoured(sims: Sims, jobs: AsyncJobs, vendor: Vendor,
                                       caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="anyjob")
    ref = sims.pick(vendor)
    sims[vendor].faults.add(Fault.http_status(503, retry_after=1), route=ROUTES[vendor].get, times=1)
    assert (await jobs.get(ref)).ref == ref
    assert statuses(sims, vendor, "get") == [503, 200]
    assert retry_waits(caplog) == [1.0]


async def test_a_retry_after_beyond_the_limit_stops_at_once(sims: Sims, jobs: AsyncJobs, vendor: Vendor) -> None:
    ref = sims.pick(vendor)
    sims[vendor].faults.add(Fault.http_status(429, retry_after=3600), route=ROUTES[vendor].cancel)
    with pytest.raises(RateLimited) as caught:
        await jobs.cancel(ref)
    assert caught.value.retry_after == 3600.0
    assert sims.count(vendor, "cancel", ref) == 1


async def test_digitalocean_spent_budget() -> None:
    with running_sims(digitalocean_minute_limit=1, digitalocean_clock=ManualClock(time.time())) as sims:
        ref = sims.pick("digitalocean")
        async with AsyncJobs(config_for(sims), retry=FAST_RETRY) as jobs:
            await jobs.get(ref)
            # The budget is spent until a minute from now: held, not sent, and the deadline ends the call at once.
            with pytest.raises(RequestTimeout) as caught:
                await jobs.get(ref, timeout=5)
            assert "rate budget" in str(caught.value)
        assert statuses(sims, "digitalocean", "get") == [200]


async def test_a_call_timeout_overrides_the_default(sims: Sims, config: Config, vendor: Vendor) -> None:
    sim, routes, ref = sims[vendor], ROUTES[vendor], sims.pick(vendor)
    async with AsyncJobs(config, retry=attrs.evolve(FAST_RETRY, attempts=1), timeout=0.1) as jobs:
        sim.faults.add(Fault.latency(0.3), route=routes.get, times=1)
        with pytest.raises(RequestTimeout):
            await jobs.get(ref)
        sim.faults.add(Fault.latency(0.3), route=routes.get, times=1)
        assert (await jobs.get(ref, timeout=5)).ref == ref
        sim.faults.add(Fault.latency(0.3), route=routes.cancel, times=1)
        with pytest.raises(RequestTimeout):
            await jobs.cancel(ref, timeout=0.05)


async def test_server_errors_carry_their_details(sims: Sims, jobs: AsyncJobs) -> None:
    ref = sims.pick("digitalocean")
    sims.digitalocean.faults.add(Fault.http_status(500), route="get_indexing_job")
    with pytest.raises(ServerError) as caught:
        await jobs.get(ref)
    assert (caught.value.vendor, caught.value.status, caught.value.code) == ("digitalocean", 500, "server_error")
    assert caught.value.request_id
