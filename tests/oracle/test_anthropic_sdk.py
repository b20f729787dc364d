"""Anthropic's own SDK (`anthropic`, strict response validation) agrees with our Anthropic simulator and generated
client on every Message Batches operation, validates every success example of specs/anthropic.yaml, and the check
fails when the simulator sends what the SDK would not accept. Runs in `nox -s oracle` (the SDK is installed only
there)."""

from __future__ import annotations

from typing import Any

import pytest
from anyjob.testing._anthropic import AnthropicSimulator

from tests.conftest import CODEGEN
from tests.oracle.anthropic_oracle import observe, validate_spec_examples
from tests.spec_tools import load_spec


@pytest.mark.parametrize(("seed", "advance"), [(0, 0.0), (7, 0.0), (3, 900.0)], ids=["seed0", "seed7", "seed3-later"])
def test_the_sdk_and_our_client_agree_with_the_wire_on_every_operation(seed: int, advance: float) -> None:
    with AnthropicSimulator(jobs=14, seed=seed) as sim:
        sim.clock.advance(advance)
        oracle = observe(sim)
    assert oracle.problems == [], "\n".join(oracle.problems)
    # twice: 4 list pages x 2, 17 gets x 2, 17 results x 2, 2 auto-paging walks; and the changes in between
    assert oracle.compared >= 2 * (4 * 2 + 15 * 2 + 15 + 2) + 15


# Where the spec knowingly differs from the SDK's models: Anthropic's errors page documents `request_too_large` for a
# 413, but the SDK 2.17.0's ErrorResponse (a union of nine error objects, discriminated by type) does not list it.
KNOWN_DIFFERENCES = ("create_message_batch 413 application/json [too_large]: ValidationError",)


def test_every_example_of_the_spec_passes_the_sdks_strict_validation() -> None:
    checked, problems = validate_spec_examples(load_spec(CODEGEN.clients["anthropic"].spec))
    assert checked >= 40
    assert [p for p in problems if not p.startswith(KNOWN_DIFFERENCES)] == [], "\n".join(problems)
    assert [p for p in problems if p.startswith(KNOWN_DIFFERENCES)], "a known difference went away: update the spec"
    assert not [p for p in problems if " 2" in p.split(" application")[0]], "every 2xx example passes"


class SpacedDates(AnthropicSimulator):
    """Sends `created_at` as '2026-01-01 00:00:00 UTC', which is not RFC 3339."""

    def _render(self, batch: Any, now: float, request: Any) -> dict[str, Any]:
        body = super()._render(batch, now, request)
        body["created_at"] = body["created_at"][:19].replace("T", " ") + " UTC"
        return body


class NumberedLines(AnthropicSimulator):
    """Sends each results line's `custom_id` as a number."""

    def _result_line(self, request: Any, outcome: str) -> dict[str, Any]:
        return {**super()._result_line(request, outcome), "custom_id": 7}


@pytest.mark.parametrize(("variant", "field", "ours"), [(SpacedDates, "created_at", ".created_at"),
                                                        (NumberedLines, "custom_id", "].custom_id")])
def test_the_oracle_fails_on_a_simulator_that_sends_the_wrong_type(variant: type, field: str, ours: str) -> None:
    with variant(jobs=14) as sim:
        problems = observe(sim).problems
    sdk = [p for p in problems if "anthropic (strict) rejected" in p or "the SDK's models reject" in p]
    mine = [p for p in problems if "anyjob_anthropic_batches (strict) rejected" in p]
    assert sdk and mine, "\n".join(problems[:20])
    assert all(field in p for p in sdk[:5]), sdk[:5]
    assert all(ours in p for p in mine[:5]), mine[:5]
