"""Every fault the simulators inject × every vendor × {get, cancel, cancel_many (sync and async)}, for the next request
only and persisting past the retries.

Each case asserts the outcome (a typed Job, or which typed error) and, from the simulator's request log, that no cancel
was lost (the job is cancelled whenever the outcome says so; a fault answered before the vendor's code ran leaves it
alone) and that no request was sent more often than `RetryPolicy.attempts`.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import attrs
import httpx2
import pytest
from anyjob import (
    AnyjobError,
    AsyncJobs,
    CancelOutcome,
    DecodeError,
    Job,
    JobRef,
    Jobs,
    JobState,
    RateLimited,
    RequestTimeout,
    ServerError,
    TransportError,
    Vendor,
)
from anyjob.testing import Fault, VendorSimulator

from tests.facade.conftest import (
    FAST_RETRY,
    Sims,
    assert_consistent,
    assert_no_secrets,
    config_for,
    expected_state,
    running_sims,
)

ATTEMPTS = FAST_RETRY.attempts
TIMEOUT = 0.2  # the client's timeout in the latency cases
LATENCY = 0.5  # the server's delay in the latency cases
UNLISTED = {"veryfront": "paused", "dispersed": "SUSPENDED", "digitalocean": "BATCH_JOB_PHASE_PAUSED"}


@attrs.frozen
class Case:
    name: str
    fault: Fault
    error: type[AnyjobError] | None  # what persisting past the retries raises; None: a Job every time (no retry)
    applied: bool  # the vendor's code ran before the client saw the fault, so a cancel took effect
    timeout: float | None = None


CASES = [
    Case("429-retry-after", Fault.http_status(429, retry_after=0), RateLimited, applied=False),
    Case("500", Fault.http_status(500), ServerError, applied=False),
    Case("502", Fault.http_status(502), ServerError, applied=False),
    Case("503", Fault.http_status(503), ServerError, applied=False),
    Case("504", Fault.http_status(504), ServerError, applied=False),
    Case("latency", Fault.latency(LATENCY), RequestTimeout, applied=True, timeout=TIMEOUT),
    Case("dropped", Fault.drop_connection(), TransportError, applied=True),
    Case("truncated-json", Fault.truncated_json(), DecodeError, applied=True),
    Case("html-200", Fault.html_page(200), DecodeError, applied=True),
    Case("html-502", Fault.html_page(502), ServerError, applied=False),
    Case("unknown-enum", Fault.unknown_enum(), None, applied=True),
    Case("extra-fields", Fault.extra_fields(), None, applied=True),
    Case("nulls", Fault.nulls(), None, applied=True),
]
OPERATIONS = ["get", "cancel", "cancel_many", "async_cancel_many"]


@pytest.fixture(scope="module")
def shared() -> Iterator[Sims]:
    """Simulators for the whole matrix, with enough active jobs that every case cancels a fresh one."""
    with running_sims(jobs=150) as started:
        yield started


@attrs.frozen
class Outcome:
    job: Job | None
    error: AnyjobError | None


def run(sims: Sims, timeout: float | None, operation: str, ref: JobRef, sent: list[httpx2.Request]) -> Outcome:
    """Do `operation` with a client whose requests are recorded in `sent`."""
    config = config_for(sims)

    if operation == "async_cancel_many":
        async def record(request: httpx2.Request) -> None:
            sent.append(request)

        async def main() -> list[CancelOutcome]:
            client = httpx2.AsyncClient(event_hooks={"request": [record]})
            async with client, AsyncJobs(config, retry=FAST_RETRY, request_timeout=timeout, http_client=client) as jobs:
                return await jobs.cancel_many([ref, str(ref)], concurrency=2)

        return shared_outcome(asyncio.run(main()))
    with httpx2.Client(event_hooks={"request": [sent.append]}) as client, \
            Jobs(config, retry=FAST_RETRY, request_timeout=timeout, http_client=client) as jobs:
        if operation == "cancel_many":
            return shared_outcome(jobs.cancel_many([ref, str(ref)], concurrency=2))
        try:
            return Outcome(jobs.get(ref) if operation == "get" else jobs.cancel(ref), None)
        except AnyjobError as error:
            return Outcome(None, error)


def shared_outcome(outcomes: list[CancelOutcome]) -> Outcome:
    """The one outcome both copies of a ref given twice to cancel_many share."""
    first, second = outcomes
    assert first.ref == second.ref
    assert first.job is second.job and first.error is second.error
    return Outcome(first.job, first.error)


def settle(sim: VendorSimulator, sent: int) -> int:
    """The server's count once every request the client sent has been logged (a delayed one logs late)."""
    deadline = time.monotonic() + 10
    while (count := sim.count()) < sent and time.monotonic() < deadline:
        time.sleep(0.01)
    return count


@pytest.mark.parametrize("persist", [False, True], ids=["once", "persists"])
@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_fault(shared: Sims, vendor: Vendor, case: Case, operation: str, persist: bool) -> None:
    sims = shared
    sims.clear()
    sim = sims[vendor]
    ref = sims.pick(vendor)
    cancelling = operation != "get"
    sims.fault(ref, operation="cancel" if cancelling else "get", fault=case.fault, times=None if persist else 1)

    sent: list[httpx2.Request] = []
    outcome = run(sims, case.timeout, operation, ref, sent)

    # What reached the server: every request the client sent, each op at most `attempts` times.
    requests = settle(sim, len(sent))
    assert requests == len(sent)
    if cancelling and case.name == "latency":
        # The slow cancel is still running in the server when the confirming read comes: the read may see the job
        # active and the cancel is sent again (cancels are idempotent); how often depends on timing, so only bounds.
        assert 1 <= sims.count(vendor, "cancel", ref) <= ATTEMPTS
        assert outcome.job is not None or isinstance(outcome.error, RequestTimeout)
        deadline = time.monotonic() + 5
        while not sims.cancel_requested(ref) and time.monotonic() < deadline:
            time.sleep(0.01)
        assert sims.cancel_requested(ref)  # no cancel lost
        return
    # A cancel whose answer is uncertain (anything but a refusal) is confirmed by reading the job before it is sent
    # again: a cancel the vendor applied is then a success after one request, whatever the fault does next.
    confirmed = cancelling and case.error is not None and case.error is not RateLimited
    fails = persist and case.error is not None and not (confirmed and case.applied)
    expected = 1 if case.error is None or (confirmed and case.applied) else ATTEMPTS if persist else 2
    reads = 0 if not confirmed else 1 if case.applied else expected if persist else 1
    assert sims.count(vendor, "cancel" if cancelling else "get", ref) == expected <= ATTEMPTS
    assert sims.count(vendor, "get", ref) == (reads if cancelling else expected)
    assert requests == expected + (reads if cancelling else 0)  # nothing else (no second cancel of a duplicate)

    # The outcome: a typed error exactly when the fault outlasts the retries, else a Job.
    if fails:
        assert outcome.job is None and type(outcome.error) is case.error
        assert getattr(outcome.error, "vendor", None) == vendor
        assert_no_secrets(outcome.error)
        if isinstance(outcome.error, DecodeError):
            assert outcome.error.status == 200 and 0 < len(outcome.error.excerpt) <= 160
        if isinstance(outcome.error, ServerError | RateLimited):
            assert outcome.error.ref == ref
    else:
        assert outcome.error is None and outcome.job is not None
        assert_consistent(outcome.job, ref)
        if case.name == "unknown-enum":
            assert (outcome.job.state, outcome.job.raw_status) == (JobState.UNKNOWN, UNLISTED[vendor])

    # No cancel lost, none invented.
    if not cancelling:
        assert not sims.cancel_requested(ref) and sims.count(vendor, "cancel") == 0
        if outcome.job is not None and case.name != "unknown-enum":
            assert outcome.job.state is expected_state(sims, ref)
    elif outcome.job is not None:
        assert sims.cancel_requested(ref)
        if case.name != "unknown-enum":
            assert outcome.job.state in (JobState.CANCELLED, JobState.CANCELLING)
            assert outcome.job.state is expected_state(sims, ref)
    else:
        assert sims.cancel_requested(ref) is case.applied
