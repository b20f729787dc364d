"""DigitalOcean's own SDKs (gradient, strict; pydo) agree with our spec's simulator, our generated client and anyjob on
every indexing-job operation — and the check fails when the simulator sends something DigitalOcean's SDKs would not
accept. Runs in `nox -s oracle` (the SDKs are installed only there)."""

from __future__ import annotations

from typing import Any

import pytest
from anyjob.testing import DigitalOceanSimulator

from tests.oracle.oracle import observe

NO_LIMITS = {"hourly_limit": None, "minute_limit": None}  # the clock stands still: budgets would never refill


@pytest.mark.parametrize(("seed", "advance"), [(0, 0.0), (7, 0.0), (3, 900.0)], ids=["seed0", "seed7", "seed3-later"])
def test_sdks_our_client_and_anyjob_agree_on_every_operation(seed: int, advance: float) -> None:
    with DigitalOceanSimulator(jobs=15, seed=seed, **NO_LIMITS) as sim:
        sim.clock.advance(advance)
        oracle = observe(sim)
    assert oracle.problems == [], "\n".join(oracle.problems)
    # 3 list pages + 16 jobs x 3 reads + 3 knowledge bases, each by 3 clients; anyjob's gets and list; cancels, creates
    assert oracle.compared >= 3 * (3 + 16 * 3 + 3) + 17


class IntegerTokens(DigitalOceanSimulator):
    """A simulator that sends `total_tokens` as a JSON integer; DigitalOcean's spec says a string of digits (uint64)."""

    def _render_job(self, job: Any, now: float) -> dict[str, Any]:
        body = super()._render_job(job, now)
        body["total_tokens"] = int(body["total_tokens"])
        return body


class SpacedDates(DigitalOceanSimulator):
    """A simulator that sends `created_at` as '2025-01-02 03:04:05 UTC', which is not RFC 3339."""

    def _render_job(self, job: Any, now: float) -> dict[str, Any]:
        body = super()._render_job(job, now)
        body["created_at"] = body["created_at"].replace("T", " ").replace("Z", " UTC")
        return body


@pytest.mark.parametrize(("variant", "field"), [(IntegerTokens, "total_tokens"), (SpacedDates, "created_at")])
def test_the_oracle_fails_on_a_simulator_that_sends_the_wrong_type(variant: type, field: str) -> None:
    with variant(jobs=15, **NO_LIMITS) as sim:
        problems = observe(sim).problems
    gradient = [p for p in problems if "gradient (strict) rejected" in p]
    ours = [p for p in problems if "digitalocean_genai_client (strict) rejected" in p]
    assert gradient and ours, "\n".join(problems[:20])
    assert all(field in p for p in gradient[:5]), gradient[:5]
    assert all(f"$.job.{field}" in p or f"$.jobs[0].{field}" in p for p in ours[:5]), ours[:5]
