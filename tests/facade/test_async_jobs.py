"""`AsyncJobs` against every registered vendor's simulator: every operation, configuration, retries, timeouts and
rate budgets, as for `Jobs` (test_jobs.py) but awaited, from the same contract facts (no vendor is named here). Runs
on asyncio through anyio's pytest plugin (installed with httpx2)."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator

import httpx2
import pytest
from anyjob import (
    AsyncJobs,
    Config,
    ConfigurationError,
    Conflict,
    InvalidJobRef,
    Job,
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
from anyjob._vendors import plugin_for
from anyjob.testing import Fault, ManualClock, Phase

from tests.facade.conftest import (
    ACTIVE,
    FAST_RETRY,
    POLL_INTERVAL,
    Sims,
    assert_consistent,
    config_for,
    running_sims,
)
from tests.facade.test_jobs import (
    NOT_RETRYABLE,
    RATE_HEADER_VENDORS,
    RETRYABLE,
    cancel_batch,
    cancelled_phase,
    check_cancel_batch,
    env_names,
    free_port,
    list_pages,
    list_requests,
    retry_waits,
    set_env,
    unconfigured,
    url_key,
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
        assert job.state is sims.expected_state(ref)
        assert job.raw_status == sims.vendor_status(ref)
        assert job.model is not None
    assert sims[vendor].count() == len(sims[vendor].jobs)


async def test_get_concurrently(sims: Sims, jobs: AsyncJobs) -> None:
    refs = [ref for vendor in sims.vendors for ref in sims.refs(vendor)]
    got = await asyncio.gather(*(jobs.get(ref) for ref in refs))
    assert [job.ref for job in got] == refs


async def test_get_an_unknown_job_is_not_found(sims: Sims, jobs: AsyncJobs, vendor: Vendor) -> None:
    with pytest.raises(NotFound):
        await jobs.get(sims.unknown_ref(vendor))


@pytest.mark.parametrize("phase", [Phase.QUEUED, Phase.RUNNING])
async def test_cancel(sims: Sims, jobs: AsyncJobs, vendor: Vendor, phase: Phase) -> None:
    ref = sims.pick(vendor, [phase])
    job = await jobs.cancel(ref, reason="async cleanup")
    assert sims.phase(ref) is cancelled_phase(sims, ref)
    assert job.state is sims.expected_state(ref)
    assert sims.cancel_requested(ref) and sims.count(vendor, "cancel", ref) == 1
    assert (await jobs.cancel(ref)).state is job.state  # idempotent
    sims.finish_cancel(ref)
    assert sims.phase(ref) is Phase.CANCELLED
    assert (await jobs.get(ref)).state is sims.expected_state(ref)


async def test_cancel_a_finished_job_is_a_conflict(sims: Sims, jobs: AsyncJobs, vendor: Vendor) -> None:
    ref = sims.pick(vendor, [Phase.FAILED])
    with pytest.raises(Conflict) as caught:
        await jobs.cancel(ref)
    assert caught.value.ref == ref and sims.count(vendor, "cancel", ref) == 1


# -- wait --------------------------------------------------------------------------------------------------------------


async def test_wait_returns_the_final_job_and_reports_every_poll(sims: Sims, jobs: AsyncJobs, vendor: Vendor) -> None:
    ref = sims.pick(vendor, [Phase.QUEUED], finishes=True)
    first = sims.expected_state(ref)
    seen: list[Job] = []

    def on_progress(job: Job) -> None:
        seen.append(job)
        sims.advance(vendor, 300)

    final = await jobs.wait(ref, timeout=60, on_progress=on_progress, poll_interval=POLL_INTERVAL,
                            max_poll_interval=2 * POLL_INTERVAL)
    assert final.state.is_terminal and final == seen[-1]
    assert seen[0].state is first and not first.is_terminal
    assert len(seen) == sims.count(vendor, "get", ref) >= 2


async def test_wait_times_out_with_the_last_job(sims: Sims, jobs: AsyncJobs, vendor: Vendor) -> None:
    ref = sims.pick(vendor, [Phase.RUNNING])
    await jobs.get(ref)  # warm: the deadline below is for polls, not for loading the vendor's client or connecting
    sims[vendor].reset_log()
    seen: list[Job] = []
    with pytest.raises(WaitTimeout) as caught:
        await jobs.wait(ref, timeout=0.3, on_progress=seen.append, poll_interval=0.05, max_poll_interval=0.1)
    assert caught.value.job == seen[-1] and caught.value.job.state is sims.expected_state(ref)
    assert not caught.value.job.state.is_terminal
    assert not caught.value.cancelled and not sims.cancel_requested(ref)
    # Every answer read was reported; one more get may have been cut off by the deadline.
    assert len(seen) <= sims.count(vendor, "get", ref) <= len(seen) + 1


async def test_wait_cancels_on_timeout_when_asked(sims: Sims, jobs: AsyncJobs, vendor: Vendor) -> None:
    ref = sims.pick(vendor, [Phase.RUNNING])
    with pytest.raises(WaitTimeout) as caught:
        await jobs.wait(ref, timeout=0.05, cancel_on_timeout=True, poll_interval=0.01, max_poll_interval=0.02)
    assert caught.value.cancelled
    assert caught.value.job.state in (JobState.CANCELLED, JobState.CANCELLING)
    assert caught.value.job.state is sims.expected_state(ref)
    assert sims.cancel_requested(ref) and sims.count(vendor, "cancel", ref) == 1


async def test_wait_on_a_finished_job_polls_once(sims: Sims, jobs: AsyncJobs, vendor: Vendor) -> None:
    ref = sims.refs(vendor, [Phase.CANCELLED])[0]
    final = await jobs.wait(ref)
    assert final.state.is_terminal and final.state is sims.expected_state(ref)
    assert sims.count(vendor, "get", ref) == 1


# -- list --------------------------------------------------------------------------------------------------------------


async def test_list_every_job(sims: Sims, jobs: AsyncJobs, vendor: Vendor) -> None:
    listed = await collect(jobs, vendor)
    assert sorted(str(job.ref) for job in listed) == sorted(str(ref) for ref in sims.refs(vendor))
    assert all(job.state is sims.expected_state(job.ref) for job in listed)


@pytest.mark.parametrize("state", [JobState.QUEUED, JobState.RUNNING, JobState.SUCCEEDED, JobState.FAILED,
                                   JobState.CANCELLED])
async def test_list_one_state(sims: Sims, jobs: AsyncJobs, vendor: Vendor, state: JobState) -> None:
    wanted = {ref for ref in sims.refs(vendor) if sims.expected_state(ref) is state}
    listed = await collect(jobs, vendor, state=state)
    assert {job.ref for job in listed} == wanted and len(listed) == len(wanted)
    if state in plugin_for(vendor).states.values():  # the seeded jobs show every state the table reports
        assert wanted


async def test_list_several_states_across_pages(sims: Sims, jobs: AsyncJobs, vendor: Vendor) -> None:
    states = {JobState.QUEUED, JobState.RUNNING, JobState.CANCELLED}
    wanted = {ref for ref in sims.refs(vendor) if sims.expected_state(ref) in states}
    listed = await collect(jobs, vendor, state=states, page_size=2)
    assert {job.ref for job in listed} == wanted and len(listed) == len(wanted)


@pytest.mark.parametrize("page_size", [1, 2, 3, 50])
async def test_list_pages(sims: Sims, jobs: AsyncJobs, vendor: Vendor, page_size: int) -> None:
    listed = await collect(jobs, vendor, page_size=page_size)
    assert len({job.ref for job in listed}) == len(listed) == len(sims[vendor].jobs)
    assert list_requests(sims, vendor) == list_pages(sims, vendor, page_size)


async def test_list_invalid_arguments_send_nothing(sims: Sims, jobs: AsyncJobs) -> None:
    with pytest.raises(InvalidJobRef):
        await collect(jobs, "aws")
    for vendor in sims.vendors:  # a project that is no project, for a vendor with projects or without
        with pytest.raises(InvalidJobRef):
            await collect(jobs, vendor, project="not a project")
    assert sims.total_requests() == 0


# -- cancel_many -------------------------------------------------------------------------------------------------------


async def test_cancel_many_across_vendors(sims: Sims, jobs: AsyncJobs) -> None:
    batch = cancel_batch(sims)
    outcomes = await jobs.cancel_many([given.ref for given in batch], concurrency=3, reason="async many")
    check_cancel_batch(sims, batch, outcomes)


@pytest.mark.parametrize("concurrency", [1, 16])
async def test_cancel_many_every_active_job(sims: Sims, jobs: AsyncJobs, concurrency: int) -> None:
    refs = [ref for vendor in sims.vendors for ref in sims.refs(vendor, ACTIVE)]
    outcomes = await jobs.cancel_many(refs, concurrency=concurrency)
    assert [o.ref for o in outcomes] == refs and all(o.ok for o in outcomes)
    assert all(sims.count(ref.vendor, "cancel", ref) == 1 for ref in refs)


# -- configuration -----------------------------------------------------------------------------------------------------


async def test_from_env(sims: Sims, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in env_names():
        monkeypatch.delenv(name, raising=False)
    set_env(monkeypatch, sims)
    async with AsyncJobs.from_env(retry=FAST_RETRY) as jobs:
        for vendor in sims.vendors:
            assert (await jobs.get(sims.pick(vendor))).vendor == vendor


async def test_explicit_keyword_arguments(sims: Sims) -> None:
    async with AsyncJobs(**config_for(sims).values) as jobs:
        assert repr(jobs) == f"AsyncJobs(vendors={list(sims.vendors)!r})"
        for vendor in sims.vendors:
            assert (await jobs.get(sims.pick(vendor))).vendor == vendor


async def test_an_unconfigured_vendor_is_unavailable(sims: Sims, vendor: Vendor) -> None:
    async with AsyncJobs(config_for(sims).replace(**unconfigured(vendor))) as jobs:
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
    config = config_for(sims).replace(**{url_key(vendor): "http://example.invalid"})
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
        for vendor in sims.vendors:
            await jobs.get(sims.pick(vendor))
    assert len(sent) == len(sims.vendors) == sims.total_requests()
    # Each vendor's authentication rides on the injected client: every simulator checked it and answered 200.
    assert [r.status for sim in sims.all() for r in sim.requests] == [200] * len(sims.vendors)
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
    assert len(transport.requests) == 1 + sum(list_pages(sims, vendor, 4).values()) == sims[vendor].count()


# -- retries and timeouts ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", RETRYABLE)
async def test_retryable_statuses_are_retried(sims: Sims, jobs: AsyncJobs, vendor: Vendor, status: int) -> None:
    ref = sims.pick(vendor)
    sims.fault(ref, "cancel", Fault.http_status(status), times=2)
    assert (await jobs.cancel(ref)).ref == ref
    assert sims.statuses(vendor, "cancel") == [status, status, 200]
    # A 5xx or 408 may come after the vendor acted: the job is read before the cancel is sent again. A 429 did not.
    confirmations = [] if status == 429 else [200, 200]
    assert sims.statuses(vendor, "get") == confirmations
    sims.fault(ref, "get", Fault.http_status(status), times=None)
    with pytest.raises(RETRYABLE[status]):
        await jobs.get(ref)
    assert sims.statuses(vendor, "get") == confirmations + [status] * FAST_RETRY.attempts


@pytest.mark.parametrize("status", NOT_RETRYABLE)
async def test_other_statuses_are_not_retried(sims: Sims, jobs: AsyncJobs, vendor: Vendor, status: int) -> None:
    ref = sims.pick(vendor)
    sims.fault(ref, "cancel", Fault.http_status(status), times=1)
    with pytest.raises(NOT_RETRYABLE[status]):
        await jobs.cancel(ref)
    assert sims.count(vendor, "cancel", ref) == 1 and not sims.cancel_requested(ref)


async def test_connection_errors_are_retried(sims: Sims, jobs: AsyncJobs, vendor: Vendor) -> None:
    ref = sims.pick(vendor)
    sims.fault(ref, "get", Fault.drop_connection(), times=1)
    assert (await jobs.get(ref)).ref == ref
    assert sims.statuses(vendor, "get") == [None, 200]
    transport = CountingTransport()
    config = config_for(sims).replace(**{url_key(vendor): f"http://127.0.0.1:{free_port()}"})
    async with AsyncJobs(config, retry=FAST_RETRY, transport=transport) as refused:
        with pytest.raises(TransportError):
            await refused.get(ref)
    assert len(transport.requests) == FAST_RETRY.attempts


async def test_retry_after_is_honoured(sims: Sims, jobs: AsyncJobs, vendor: Vendor,
                                       caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="anyjob")
    ref = sims.pick(vendor)
    sims.fault(ref, "get", Fault.http_status(503, retry_after=1), times=1)
    assert (await jobs.get(ref)).ref == ref
    assert sims.statuses(vendor, "get") == [503, 200]
    assert retry_waits(caplog) == [1.0]


async def test_a_retry_after_beyond_the_limit_stops_at_once(sims: Sims, jobs: AsyncJobs, vendor: Vendor) -> None:
    ref = sims.pick(vendor)
    sims.fault(ref, "cancel", Fault.http_status(429, retry_after=3600), times=None)
    with pytest.raises(RateLimited) as caught:
        await jobs.cancel(ref)
    assert caught.value.retry_after == 3600.0
    assert sims.count(vendor, "cancel", ref) == 1


@pytest.mark.parametrize("vendor", RATE_HEADER_VENDORS)
async def test_a_spent_budget_is_not_spent_again(vendor: Vendor) -> None:
    """A vendor whose answers describe its request budget, allowing 1 request a minute, on a simulated clock that
    starts at the real time (a reset may be written as a time on that clock)."""
    with running_sims(vendors=[vendor], minute_limit=1, clock=ManualClock(time.time())) as sims:
        ref = sims.pick(vendor)
        async with AsyncJobs(config_for(sims), retry=FAST_RETRY) as jobs:
            await jobs.get(ref)
            # The budget is spent until a minute from now: held, not sent, and the deadline ends the call at once.
            with pytest.raises(RequestTimeout) as caught:
                await jobs.get(ref, timeout=5)
            assert "rate budget" in str(caught.value)
        assert sims.statuses(vendor, "get") == [200]


async def test_a_call_timeout_overrides_the_default(sims: Sims, config: Config, vendor: Vendor) -> None:
    ref = sims.pick(vendor)
    async with AsyncJobs(config, retry=FAST_RETRY.replace(attempts=1), timeout=0.1) as jobs:
        sims.fault(ref, "get", Fault.latency(0.3))
        with pytest.raises(RequestTimeout):
            await jobs.get(ref)
        sims.fault(ref, "get", Fault.latency(0.3))
        assert (await jobs.get(ref, timeout=5)).ref == ref
        sims.fault(ref, "cancel", Fault.latency(0.3))
        with pytest.raises(RequestTimeout):
            await jobs.cancel(ref, timeout=0.05)


async def test_server_errors_carry_their_details(sims: Sims, jobs: AsyncJobs) -> None:
    for vendor in sims.vendors:
        sim, ref = sims[vendor], sims.pick(vendor)
        sims.fault(ref, "get", Fault.http_status(500), times=None)
        with pytest.raises(ServerError) as caught:
            await jobs.get(ref)
        assert (caught.value.vendor, caught.value.status, caught.value.code) == (vendor, 500, sim.error_code(500))
        assert bool(caught.value.request_id) is sim.request_ids
