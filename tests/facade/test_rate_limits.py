"""Rate limits against the DigitalOcean simulator's budgets on a real clock, scaled down (10 requests per 2 s).

anyjob 0.1 failed 30 of 40 cancels with RateLimited in under a second here; a rate limit must never fail a job
while the deadline allows.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import pytest
from anyjob import AsyncJobs, CancelFailed, Config, Conflict, JobRef, Jobs, RateLimited
from anyjob.testing import DigitalOceanSimulator, RealClock

from .conftest import DIGITALOCEAN_TOKEN

LIMIT, WINDOW = 10, 2.0


@pytest.fixture
def limited() -> Iterator[DigitalOceanSimulator]:
    with DigitalOceanSimulator(token=DIGITALOCEAN_TOKEN, hourly_limit=None, minute_limit=LIMIT,
                               minute_window=WINDOW, rate_clock=RealClock(), jobs=30, seed=3) as sim:
        yield sim


def config(sim: DigitalOceanSimulator) -> Config:
    return Config(digitalocean_token=DIGITALOCEAN_TOKEN, digitalocean_url=sim.base_url)


def refused(sim: DigitalOceanSimulator) -> int:
    return sum(1 for request in sim.requests if request.status == 429)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_bulk_cancel_three_times_the_budget_waits_for_it(limited: DigitalOceanSimulator, mode: str) -> None:
    refs = [JobRef("digitalocean", job_id) for job_id in limited.job_ids]
    started = time.monotonic()
    if mode == "sync":
        with Jobs(config(limited)) as jobs:
            outcomes: list[Any] = jobs.cancel_many(refs, concurrency=8, timeout=60)
    else:
        async def run() -> list[Any]:
            async with AsyncJobs(config(limited)) as jobs:
                return await jobs.cancel_many(refs, concurrency=8, timeout=60)

        outcomes = asyncio.run(run())
    took = time.monotonic() - started
    assert [o.ref for o in outcomes] == refs
    failures = [o for o in outcomes if isinstance(o, CancelFailed)]
    # Only jobs that had already ended may fail, and only with the vendor's Conflict: none for the rate limit.
    assert all(isinstance(o.error, Conflict) for o in failures), [o.error for o in failures]
    assert not any(isinstance(o.error, RateLimited) for o in failures)
    assert sum(1 for r in limited.requests if r.route == "cancel_indexing_job" and r.status != 429) == len(refs)
    assert refused(limited) <= 2  # paced from the headers, not by being refused
    assert took >= (len(refs) - LIMIT) / LIMIT * WINDOW * 0.8  # the budget was respected, not outrun


def test_a_list_of_one_job_per_page_waits_for_the_budget(limited: DigitalOceanSimulator) -> None:
    with Jobs(config(limited)) as jobs:
        found = list(jobs.list("digitalocean", page_size=1, timeout=60))
    assert sorted(job.id for job in found) == sorted(limited.job_ids)
    assert refused(limited) <= 2


def test_a_deadline_shorter_than_the_wait_fails_the_rest_without_sending(limited: DigitalOceanSimulator) -> None:
    refs = [JobRef("digitalocean", job_id) for job_id in limited.job_ids]
    with Jobs(config(limited)) as jobs:
        outcomes = jobs.cancel_many(refs, concurrency=4, timeout=0.5)
    unsent = [o for o in outcomes if isinstance(o, CancelFailed) and not o.sent]
    assert unsent, "a 0.5 s deadline cannot cover 30 cancels at 10 per 2 s"
    assert len(limited.requests) + len(unsent) <= len(refs) + refused(limited)
    assert refused(limited) <= 2
