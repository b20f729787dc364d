"""OpenAI's own SDK (`openai`, strict response validation) agrees with our OpenAI spec's simulator and our generated
client on every batch and fine-tuning operation, and every success example of specs/openai.yaml is a valid answer for
the SDK's models -- except for the documented gaps of the SDK (SDK_GAPS, EXAMPLE_GAPS). The check fails when the
simulator sends something OpenAI's SDK would not accept. Runs in `nox -s oracle` (the SDK is installed only there)."""

from __future__ import annotations

import copy
from typing import Any

import openai
import pydantic
import pytest
from anyjob.testing._openai import OpenAISimulator, SimBatch
from openai._models import validate_type
from openai.pagination import SyncCursorPage
from openai.types import Batch
from openai.types.fine_tuning import FineTuningJob, FineTuningJobEvent

from tests.conftest import CODEGEN
from tests.oracle.openai_oracle import SDK_GAPS, observe
from tests.spec_tools import load_spec, response_examples


@pytest.mark.parametrize(("seed", "advance"), [(0, 0.0), (7, 0.0), (3, 7200.0)], ids=["seed0", "seed7", "seed3-later"])
def test_the_sdk_and_our_client_agree_on_every_operation(seed: int, advance: float) -> None:
    with OpenAISimulator(jobs=15, seed=seed) as sim:
        sim.clock.advance(advance)  # type: ignore[attr-defined]
        oracle = observe(sim)
    assert oracle.problems == [], "\n".join(oracle.problems)
    # 2 batch lists, 8 + 1 batches, 3 job lists, 7 + 1 jobs (retrieve x3 views, events), creates, cancels, pauses ...
    assert oracle.compared >= 2 * 2 + 9 * 2 + 3 * 2 + 8 * 5 + 20
    # The SDK's gap shows where OpenAI documents `paused`: the pause answers, and the seeded paused job while paused.
    assert oracle.known_gaps and all(SDK_GAPS[0][1] in gap for gap in oracle.known_gaps), oracle.known_gaps
    assert any(gap.startswith("pause_fine_tuning_job") for gap in oracle.known_gaps)


# --- the spec's examples against the SDK's models ---------------------------------------------------------------------

SDK_MODELS: dict[str, Any] = {
    "create_batch": Batch, "retrieve_batch": Batch, "cancel_batch": Batch,
    "list_batches": SyncCursorPage[Batch],
    "create_fine_tuning_job": FineTuningJob, "retrieve_fine_tuning_job": FineTuningJob,
    "cancel_fine_tuning_job": FineTuningJob, "pause_fine_tuning_job": FineTuningJob,
    "resume_fine_tuning_job": FineTuningJob,
    "list_fine_tuning_jobs": SyncCursorPage[FineTuningJob],
    "list_fine_tuning_events": SyncCursorPage[FineTuningJobEvent],
}

#: Examples of our spec that OpenAI's SDK 3.63.0 refuses, with the field it refuses and why we keep them.
EXAMPLE_GAPS: dict[tuple[str, str], tuple[set[str], str]] = {
    ("pause_fine_tuning_job", "paused"): (
        {"status"}, "upstream's own pause example answers `paused`; the SDK's status Literal does not list it"),
    ("retrieve_fine_tuning_job", "third_party_shapes"): (
        {"error.code", "error.message", "hyperparameters"},
        "third-party clients report `error: {}` and `hyperparameters: null` on the wire; the SDK requires an error's "
        "code and message and a hyperparameters object"),
    ("cancel_fine_tuning_job", "upstream_shape"): (
        {"hyperparameters", "seed"},
        "upstream's own cancel example has no hyperparameters and no seed; the SDK requires both"),
}

SUCCESS_EXAMPLES = [
    pytest.param(op, name, value, id=f"{op}-{name}")
    for op, name, status, value in response_examples(load_spec(CODEGEN.clients["openai"].spec))
    if 200 <= status < 300
]


def refused_fields(error: pydantic.ValidationError) -> set[str]:
    """The dotted paths pydantic refused, without the union branches and list indexes it names on the way."""
    found = set()
    for item in error.errors():
        parts = [str(p) for p in item["loc"] if isinstance(p, str) and not p.startswith(("literal[", "function-"))]
        found.add(".".join(p for p in parts if p not in {"data", "FineTuningJob", "Error", "Hyperparameters"}))
    return found


@pytest.mark.parametrize(("operation_id", "name", "example"), SUCCESS_EXAMPLES)
@pytest.mark.parametrize("mode", ["sdk", "pydantic-strict"])
def test_every_success_example_is_valid_for_the_sdk(operation_id: str, name: str, example: Any, mode: str) -> None:
    model = SDK_MODELS[operation_id]
    value = copy.deepcopy(example)
    gap = EXAMPLE_GAPS.get((operation_id, name))
    try:
        if mode == "sdk":  # exactly what the SDK does with _strict_response_validation=True
            validate_type(type_=model, value=value)
        else:
            model.model_validate(value, strict=True)
    except pydantic.ValidationError as error:
        assert gap is not None, f"the SDK's {model} refuses our example {name}: {error}"
        assert refused_fields(error) == gap[0], (refused_fields(error), error)
    else:
        assert gap is None, f"the SDK now accepts {operation_id} {name}: remove it from EXAMPLE_GAPS"


def test_the_example_check_runs_the_sdks_validation() -> None:
    # Guards the test above: the SDK's validation refuses a batch whose created_at is not a number.
    example = next(p.values[2] for p in SUCCESS_EXAMPLES if p.values[0] == "retrieve_batch")
    assert isinstance(validate_type(type_=Batch, value=example), Batch)
    with pytest.raises(pydantic.ValidationError, match="created_at"):
        validate_type(type_=Batch, value={**example, "created_at": "2026-01-01T00:00:00Z"})


# --- the oracle can fail ----------------------------------------------------------------------------------------------


class DateTimestamps(OpenAISimulator):
    """Sends a batch's `created_at` as an RFC 3339 date-time; OpenAI sends Unix seconds (an integer)."""

    @staticmethod
    def render_batch(batch: SimBatch, now: float) -> dict[str, Any]:
        body = OpenAISimulator.render_batch(batch, now)
        body["created_at"] = "2026-01-01T00:00:00Z"
        return body


class CountsWithoutTotal(OpenAISimulator):
    """Leaves `total` out of a batch's request_counts, which both the SDK and our spec require."""

    @staticmethod
    def render_batch(batch: SimBatch, now: float) -> dict[str, Any]:
        body = OpenAISimulator.render_batch(batch, now)
        del body["request_counts"]["total"]
        return body


@pytest.mark.parametrize(("variant", "field"), [(DateTimestamps, "created_at"), (CountsWithoutTotal, "total")])
def test_the_oracle_fails_on_a_simulator_that_sends_the_wrong_shape(variant: type[OpenAISimulator],
                                                                    field: str) -> None:
    with variant(jobs=15) as sim:
        problems = observe(sim).problems
    sdk = [p for p in problems if "openai (strict) rejected" in p]
    ours = [p for p in problems if "anyjob_openai_jobs_client (strict) rejected" in p]
    assert sdk and ours, "\n".join(problems[:20])
    assert all(field in p for p in sdk[:5]), sdk[:5]
    assert all(field in p for p in ours[:5]), ours[:5]
    assert openai.__version__ == "3.63.0", "SDK_GAPS and EXAMPLE_GAPS were read from this version"
