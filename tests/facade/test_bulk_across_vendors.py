"""The 2 a.m. cleanup at scale: 500 refs across every registered vendor, each simulator at its default rate budget on
a real clock. One outcome per ref, each the right one, none RateLimited, one cancel per active job; and a Ctrl-C (or a
cancelled task) half-way leaves nothing running."""

from __future__ import annotations

import asyncio
import signal
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

import pytest
from anyjob import (
    VENDORS,
    AsyncJobs,
    CancelFailed,
    Cancelled,
    Config,
    Conflict,
    InvalidJobRef,
    JobRef,
    Jobs,
    JobState,
    NotFound,
    parse_ref,
)
from anyjob.testing import Fault, Phase, RealClock, simulator

from tests.facade.conftest import Sims

REFS = 500
PER_VENDOR = REFS // len(VENDORS)


@contextmanager
def default_budgets() -> Iterator[Sims]:
    """Every vendor's simulator with its default budgets, counted on the wall clock (jobs stand still)."""
    with ExitStack() as stack:
        sims = Sims({vendor: stack.enter_context(simulator(vendor, jobs=PER_VENDOR, seed=3, rate_clock=RealClock()))
                     for vendor in VENDORS})
        yield sims


def config_of(sims: Sims) -> Config:
    return Config.from_env({name: value for sim in sims.all() for name, value in sim.environment.items()})


def mixed_refs(sims: Sims) -> list[str]:
    """PER_VENDOR refs per vendor, interleaved: its seeded jobs (active and ended), an unknown one and a broken one."""
    columns = []
    for vendor in sims.vendors:
        refs = [str(ref) for ref in sims.refs(vendor)][: PER_VENDOR - 2]
        refs += [str(sims.unknown_ref(vendor)), f"{vendor}:not a job id"]
        columns.append(refs)
    return [ref for row in zip(*columns, strict=True) for ref in row]


def test_500_refs_across_every_vendor_at_its_default_budget() -> None:
    with default_budgets() as sims:
        refs = mixed_refs(sims)
        assert len(refs) == REFS - REFS % len(VENDORS)
        before = {ref: sims.phase(ref) for ref in map(parsed, refs) if ref is not None and ref.job_id in
                  sims[ref.vendor].job_ids}
        with Jobs(config_of(sims)) as jobs:
            outcomes = jobs.cancel_many(refs, concurrency=32, timeout=600)
        assert [str(o.ref) for o in outcomes] == refs  # one outcome per ref, in order
        for text, outcome in zip(refs, outcomes, strict=True):
            ref = parsed(text)
            if ref is None:
                assert isinstance(outcome, CancelFailed) and isinstance(outcome.error, InvalidJobRef)
                assert not outcome.sent
            elif ref.job_id == sims[ref.vendor].unknown_job_id():
                assert isinstance(outcome, CancelFailed) and isinstance(outcome.error, NotFound), outcome
            elif before[ref] in (Phase.QUEUED, Phase.RUNNING):
                assert isinstance(outcome, Cancelled), outcome
                assert outcome.job.state in (JobState.CANCELLING, JobState.CANCELLED)
                assert sims.count(ref.vendor, "cancel", ref) == 1
            elif before[ref] is Phase.CANCELLING:
                assert isinstance(outcome, Cancelled) and outcome.job.state is JobState.CANCELLING, outcome
            elif before[ref] is Phase.CANCELLED and isinstance(outcome, Cancelled):
                assert outcome.job.state is JobState.CANCELLED  # some vendors answer a repeated cancel with the job
            else:  # ended before the batch: the vendor refuses it
                assert isinstance(outcome, CancelFailed) and isinstance(outcome.error, Conflict), outcome
        refused = [r for sim in sims.all() for r in sim.requests if r.status == 429]
        assert refused == []  # the defaults leave room for 500 cancels: nothing was refused, nothing waited


def parsed(text: str) -> JobRef | None:
    try:
        return parse_ref(text)
    except InvalidJobRef:
        return None


def anyjob_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("anyjob-cancel")]


def requests_settle(sims: Sims) -> int:
    """The number of requests that reached the servers, once it stops changing (nothing is running any more)."""
    seen = -1
    while (now := sims.total_requests()) != seen:
        seen = now
        time.sleep(0.3)
    return seen


@contextmanager
def ctrl_c_raises() -> Iterator[None]:
    """SIGINT raising KeyboardInterrupt, as in a terminal. A process started in the background by a non-interactive
    shell (as a CI script may start the suite) inherits SIGINT ignored, and the interrupt below would do nothing."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def test_ctrl_c_half_way_leaves_nothing_running() -> None:
    with default_budgets() as sims:
        refs = mixed_refs(sims)
        for vendor in sims.vendors:
            # Every cancel answered 20 ms late: the batch lasts about a second, so the interrupt lands while it runs
            # however slowly a loaded machine schedules the interrupting thread.
            sims.fault_every(vendor, "cancel", Fault.latency(0.02))
        with Jobs(config_of(sims)) as jobs:

            def interrupt_half_way() -> None:
                while sims.total_requests() < len(refs) // 4:
                    time.sleep(0.001)
                # A real SIGINT to the main thread, as a terminal's Ctrl-C: it wakes the main thread where it waits
                # for the pool (`_thread.interrupt_main` only raises once the main thread runs Python code again).
                signal.pthread_kill(threading.main_thread().ident, signal.SIGINT)

            interrupter = threading.Thread(target=interrupt_half_way, daemon=True)
            interrupter.start()
            try:
                with ctrl_c_raises():
                    outcomes = jobs.cancel_many(refs, concurrency=8)
            except KeyboardInterrupt:
                pass
            else:
                kinds = Counter("ok" if o.ok else type(o.error).__name__ for o in outcomes)
                pytest.fail(f"cancel_many ended before the interrupt: {sims.total_requests()} requests reached the "
                            f"servers; outcomes {dict(kinds)}; interrupter alive: {interrupter.is_alive()}; SIGINT "
                            f"handler {signal.getsignal(signal.SIGINT)!r}")
            assert anyjob_threads() == []  # the pool is shut down before KeyboardInterrupt reaches us
        settled = requests_settle(sims)
        # Interrupted a quarter of the way: the cancels in flight (eight at most) finish, and no new one starts.
        assert len(refs) // 4 <= settled < len(refs) // 4 + 8 * 2


def test_a_cancelled_task_half_way_leaves_nothing_running() -> None:
    with default_budgets() as sims:
        refs = mixed_refs(sims)

        async def main() -> None:
            async with AsyncJobs(config_of(sims)) as jobs:
                task = asyncio.create_task(jobs.cancel_many(refs, concurrency=8))
                while sims.total_requests() < len(refs) // 4:
                    await asyncio.sleep(0.001)
                task.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await task
                assert [t for t in asyncio.all_tasks() if t is not asyncio.current_task()] == []

        asyncio.run(main())
        settled = requests_settle(sims)
        assert len(refs) // 4 <= settled < len(refs)
