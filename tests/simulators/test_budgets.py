"""The request budgets of the shared simulator core, for every registered simulator: sliding windows that count
admitted requests, refuse the rest with 429 and Retry-After, and refill on the rate clock; and the answers that never
reach the budget. Where the vendor shows its budget in headers, they are read in its own dialect (the plugin's
`rate_limits`), so the same checks hold for every dialect.

The rate clock here is a ManualClock moved by hand, so nothing sleeps. Real-clock runs of the same budgets, and one
vendor's header values, are in that vendor's own tests (tests/vendors/<vendor>/).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx2
import pytest
from anyjob._vendors import plugin_for
from anyjob.testing import SIMULATORS, Fault, ManualClock, VendorSimulator

from tests.simulators.wire import SimAuth, budget_of, list_path, shows_budget

VENDORS = sorted(SIMULATORS)
#: Methods to refuse at a path that serves some other method.
METHODS = ("DELETE", "PATCH", "PUT", "POST", "GET")


@contextmanager
def api(sim: VendorSimulator) -> Iterator[tuple[httpx2.Client, str]]:
    """The simulator running, a client with its credentials, and the path of its list of jobs."""
    with sim, httpx2.Client(base_url=sim.base_url, auth=SimAuth(sim)) as http:
        yield http, list_path(sim)


def rate_limited(vendor: str, **options: Any) -> tuple[VendorSimulator, ManualClock]:
    """A simulator whose budgets run on a manual clock of their own (jobs stand still on theirs)."""
    rate_clock = ManualClock()
    return SIMULATORS[vendor](jobs=1, rate_clock=rate_clock, **options), rate_clock


def error_code(sim: VendorSimulator, response: httpx2.Response) -> str | None:
    """The code anyjob reads from the vendor's error body."""
    return plugin_for(sim.vendor).error(response.json()).code


@pytest.mark.parametrize("vendor", VENDORS)
def test_the_defaults_are_the_vendors_budgets(vendor: str) -> None:
    cls = SIMULATORS[vendor]
    sim = cls(jobs=1)
    assert (sim.minute_limit, sim.minute_window, sim.hourly_limit, sim.hourly_window) == \
        (cls.default_minute_limit, 60, cls.default_hourly_limit, 3600)
    budgets = sorted((limit, window) for limit, window in ((sim.minute_limit, 60), (sim.hourly_limit, 3600))
                     if limit is not None)
    if not budgets:  # the vendor documents none: a burst is never refused
        with api(sim) as (http, path):
            assert {http.get(path).status_code for _ in range(30)} == {200}
        return
    limit, window = budgets[0]
    with api(sim) as (http, path):
        answers = [http.get(path) for _ in range(limit + 1)]
    assert [a.status_code for a in answers] == [200] * limit + [429]
    assert answers[-1].headers["retry-after"] == str(window), "the manual clock stood still: the whole window"


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_budget_counts_down_refuses_and_refills(vendor: str) -> None:
    sim, rate_clock = rate_limited(vendor, minute_limit=5, minute_window=10.0, hourly_limit=None)
    with api(sim) as (http, path):
        jobs_at, burst_at = sim.clock.now(), rate_clock.now()
        burst = [http.get(path) for _ in range(5)]
        rate_clock.advance(4)
        refused = [http.get(path) for _ in range(2)]
        wait = int(refused[0].headers["retry-after"])
        rate_clock.advance(wait)  # as a client honouring Retry-After would wait
        refilled = [http.get(path) for _ in range(6)]
    assert [a.status_code for a in burst] == [200] * 5
    for answer in refused:  # a refused request does not spend the budget: the same answer twice
        assert answer.status_code == 429
        assert answer.headers["retry-after"] == "6", "the burst leaves the window 10 s after it came"
        assert error_code(sim, answer) == sim.error_code(429)
    # after Retry-After the whole budget is back: the refused requests spent none of it
    assert [a.status_code for a in refilled] == [200] * 5 + [429]
    assert sim.clock.now() == jobs_at, "the jobs' clock did not move"
    if shows_budget(sim):
        assert [budget_of(sim, a).limit for a in burst + refused] == [5] * 7, "the minute budget heads"
        assert [budget_of(sim, a).remaining for a in burst + refused] == [4, 3, 2, 1, 0, 0, 0]
        assert [budget_of(sim, a).remaining for a in refilled] == [4, 3, 2, 1, 0, 0]
        resets = {budget_of(sim, a, burst_at).reset_in for a in burst}
        assert len(resets) == 1, "the oldest request in the window decides the reset"
        reset = resets.pop()
        assert reset is not None and abs(reset - 10) <= 1, "it leaves the window 10 s after it came"


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_client_honouring_retry_after_gets_the_allowed_rate_and_no_more(vendor: str) -> None:
    limit, window, run_for, step = 10, 1.0, 3.5, 0.01  # a greedy client: a request every 10 ms
    sim, rate_clock = rate_limited(vendor, minute_limit=limit, minute_window=window, hourly_limit=None)
    started = rate_clock.now()
    admitted: list[float] = []
    refusals = 0
    with api(sim) as (http, path):
        while (now := rate_clock.now()) - started < run_for:
            answer = http.get(path)
            if answer.status_code == 200:
                admitted.append(now - started)
                rate_clock.advance(step)
            else:
                assert answer.status_code == 429
                refusals += 1
                left = started + run_for - rate_clock.now()
                rate_clock.advance(max(0.0, min(float(answer.headers["retry-after"]), left)) + step)
    # Never more than `limit` per window: over the run at most one full budget per started window.
    assert len(admitted) <= limit * math.ceil(run_for / window)
    # And the budget refills on time: at least the budgets of the whole windows of the run.
    assert len(admitted) >= limit * math.floor(run_for / window)
    assert refusals >= math.floor(run_for / window), "a greedy client must have been refused once per window"
    for first, later in zip(admitted, admitted[limit:], strict=False):
        assert later - first >= window, "no window ever held more than the limit"


@pytest.mark.parametrize("vendor", VENDORS)
def test_answers_that_never_reach_the_budget_do_not_spend_it(vendor: str) -> None:
    sim, _ = rate_limited(vendor, minute_limit=3, hourly_limit=None)
    with api(sim) as (http, path):
        first = http.get(path)
        refused_method = next(m for m in METHODS if m not in sim.allowed_methods(path))
        not_allowed = http.request(refused_method, path)
        unknown = http.get("/anyjob-simulator/no-such-path")
        sim.faults.add(Fault.http_status(503, retry_after=7), route=sim.list_routes[0], times=1)
        faulted = http.get(path)
        counted = [http.get(path) for _ in range(3)]
    assert first.status_code == 200
    assert (not_allowed.status_code, unknown.status_code, faulted.status_code) == (405, 404, 503)
    # none of the three was counted: two more fit the budget of 3, the third does not
    assert [a.status_code for a in counted] == [200, 200, 429]
    if shows_budget(sim):
        assert budget_of(sim, first).remaining == 2
        for answer in (not_allowed, unknown, faulted):  # what a request counted now would see
            assert budget_of(sim, answer).remaining == 1
        assert [budget_of(sim, a).remaining for a in counted] == [1, 0, 0]


@pytest.mark.parametrize("vendor", [v for v in VENDORS if shows_budget(SIMULATORS[v](jobs=1))])
def test_a_simulated_429_on_a_spent_budget_reads_like_a_real_refusal(vendor: str) -> None:
    sim, _ = rate_limited(vendor, minute_limit=2, hourly_limit=None)
    with api(sim) as (http, path):
        first = http.get(path)
        sim.faults.add(Fault.http_status(429), route=sim.list_routes[0], times=1)
        faulted = http.get(path)
    assert faulted.status_code == 429
    assert budget_of(sim, faulted).remaining == 0
    assert budget_of(sim, first).reset_in is not None
    assert budget_of(sim, faulted).reset_in == budget_of(sim, first).reset_in


@pytest.mark.parametrize("vendor", VENDORS)
def test_windows_must_be_positive_seconds_and_budgets_at_least_one(vendor: str) -> None:
    for name in ("minute_window", "hourly_window"):
        for window in (0.0, -1.0, math.nan, math.inf):
            with pytest.raises(ValueError, match=name):
                SIMULATORS[vendor](**{name: window})
    for name in ("minute_limit", "hourly_limit"):
        with pytest.raises(ValueError, match=name):
            SIMULATORS[vendor](**{name: 0})
