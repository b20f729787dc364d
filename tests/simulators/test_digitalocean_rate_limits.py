"""DigitalOcean's rate-limit budgets on a real clock, scaled down (20 requests per few seconds rather than 250 per
minute), and their defaults: what a rate-aware client is tested against.

Facts (shared/reference/digitalocean-genai.md): every response carries `ratelimit-limit`, `ratelimit-remaining` and
`ratelimit-reset` (Unix epoch seconds); budgets are 5000 requests per hour and 250 per minute; a 429 from the
per-minute burst limit carries `retry-after` (seconds).
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx2
import pytest
from anyjob.testing import DigitalOceanSimulator, Fault, ManualClock, RealClock

LIST = "/v2/gen-ai/indexing_jobs"


@contextmanager
def api(sim: DigitalOceanSimulator) -> Iterator[httpx2.Client]:
    with sim, httpx2.Client(base_url=sim.base_url, headers={"Authorization": f"Bearer {sim.token}"}) as http:
        yield http


def test_the_defaults_are_digitaloceans_documented_budgets() -> None:
    sim = DigitalOceanSimulator(jobs=1)
    assert (sim.minute_limit, sim.minute_window, sim.hourly_limit, sim.hourly_window) == (250, 60, 5000, 3600)
    with api(sim) as http:
        start = sim.clock.now()
        answers = [http.get(LIST) for _ in range(251)]
    assert [a.status_code for a in answers] == [200] * 250 + [429]
    assert answers[0].headers["ratelimit-limit"] == "5000", "the hourly budget heads the headers"
    assert answers[0].headers["ratelimit-reset"] == str(math.ceil(start + 3600))
    assert answers[249].headers["ratelimit-remaining"] == "4750"
    assert answers[250].headers["retry-after"] == "60", "the manual clock stood still: the whole minute to wait"


def test_a_budget_of_20_on_a_real_clock_counts_down_refuses_and_refills() -> None:
    window = 4.0  # seconds: long enough for 20 loopback requests on a busy machine, short enough for a test
    sim = DigitalOceanSimulator(minute_limit=20, minute_window=window, hourly_limit=None, clock=RealClock(), jobs=1)
    with api(sim) as http:
        started = time.time()
        burst = [http.get(LIST) for _ in range(20)]
        burst_took = time.time() - started
        assert burst_took < window / 2, f"20 loopback requests took {burst_took:.1f} s: the machine is too busy"
        refused = [http.get(LIST) for _ in range(2)]
        refused_at = time.time()
        wait = int(refused[0].headers["retry-after"])
        time.sleep(wait)  # as a client honouring Retry-After would
        again = http.get(LIST)

    assert [a.status_code for a in burst] == [200] * 20
    assert [a.headers["ratelimit-limit"] for a in burst] == ["20"] * 20, "the minute budget heads when hourly is off"
    assert [int(a.headers["ratelimit-remaining"]) for a in burst] == list(range(19, -1, -1))
    resets = {int(a.headers["ratelimit-reset"]) for a in burst}
    assert len(resets) == 1, "the oldest request in the window decides the reset"
    assert math.ceil(started + window) <= resets.pop() <= math.ceil(started + burst_took + window)

    for answer in refused:  # a refused request does not spend the budget: the same answer twice
        assert answer.status_code == 429 and answer.json()["id"] == "too_many_requests"
        assert answer.headers["ratelimit-remaining"] == "0"
        assert answer.headers["ratelimit-limit"] == "20"
    # retry-after: the whole seconds (at least 1) until the burst's first request, sent after `started`, leaves the
    # window, counted from the refusal, which came before `refused_at`
    assert 1 <= wait <= math.ceil(window)
    assert wait >= window - (refused_at - started)
    assert again.status_code == 200, "after retry-after the budget has refilled"


def test_a_client_honouring_retry_after_gets_the_allowed_rate_and_no_more() -> None:
    limit, window, run_for = 10, 1.0, 3.5
    sim = DigitalOceanSimulator(minute_limit=limit, minute_window=window, hourly_limit=None, clock=RealClock(), jobs=1)
    admitted: list[float] = []
    refusals = 0
    with api(sim) as http:
        started = time.monotonic()
        while (now := time.monotonic()) - started < run_for:
            answer = http.get(LIST)
            assert all(name in answer.headers for name in ("ratelimit-limit", "ratelimit-remaining", "ratelimit-reset"))
            if answer.status_code == 200:
                admitted.append(now - started)
            else:
                assert answer.status_code == 429
                refusals += 1
                left = started + run_for - time.monotonic()
                time.sleep(max(0.0, min(float(answer.headers["retry-after"]), left)) + 0.01)
    # Never more than `limit` per window: over the run at most one full budget per started window.
    assert len(admitted) <= limit * math.ceil(run_for / window)
    # And the budget refills on time: at least the budgets of the whole windows of the run.
    assert len(admitted) >= limit * math.floor(run_for / window)
    assert refusals >= math.floor(run_for / window), "a greedy client must have been refused once per window"


def test_budgets_can_run_on_wall_time_while_jobs_stand_still() -> None:
    clock = ManualClock()
    sim = DigitalOceanSimulator(minute_limit=2, minute_window=1.0, hourly_limit=None, clock=clock,
                                rate_clock=RealClock(), jobs=1)
    assert sim.rate_clock is not sim.clock
    with api(sim) as http:
        before = clock.now()
        statuses = [http.get(LIST).status_code for _ in range(3)]
        refused_reset = int(http.get(LIST).headers["ratelimit-reset"])
        time.sleep(1.05)
        after = http.get(LIST)
    assert statuses == [200, 200, 429]
    assert abs(refused_reset - time.time()) <= 2, "ratelimit-reset is on the wall clock's epoch"
    assert after.status_code == 200 and clock.now() == before


def test_answers_that_never_reach_the_limiter_do_not_spend_the_budget() -> None:
    sim = DigitalOceanSimulator(minute_limit=3, hourly_limit=None, jobs=1)
    with api(sim) as http:
        assert http.get(LIST).headers["ratelimit-remaining"] == "2"
        not_allowed = http.delete(LIST)
        unknown = http.get("/v2/gen-ai/nothing-here")
        sim.faults.add(Fault.http_status(503, retry_after=7), route="list_indexing_jobs", times=1)
        faulted = http.get(LIST)
        counted = http.get(LIST)
    assert (not_allowed.status_code, unknown.status_code, faulted.status_code) == (405, 404, 503)
    for answer in (not_allowed, unknown, faulted):  # what a request counted now would see...
        assert answer.headers["ratelimit-remaining"] == "1"
    # ...but none was counted: three more would have spent the budget of 3 and refused this one
    assert counted.status_code == 200 and counted.headers["ratelimit-remaining"] == "1"


def test_a_simulated_429_on_a_spent_budget_reads_like_a_real_refusal() -> None:
    sim = DigitalOceanSimulator(minute_limit=2, hourly_limit=None, jobs=1)
    with api(sim) as http:
        first = http.get(LIST)
        sim.faults.add(Fault.http_status(429), route="list_indexing_jobs", times=1)
        faulted = http.get(LIST)
    assert faulted.status_code == 429 and faulted.headers["ratelimit-remaining"] == "0"
    assert faulted.headers["ratelimit-reset"] == first.headers["ratelimit-reset"]


@pytest.mark.parametrize("window", [0.0, -1.0, math.nan, math.inf])
@pytest.mark.parametrize("name", ["minute_window", "hourly_window"])
def test_windows_must_be_positive_seconds(name: str, window: float) -> None:
    with pytest.raises(ValueError, match=name):
        DigitalOceanSimulator(**{name: window})  # type: ignore[arg-type]
