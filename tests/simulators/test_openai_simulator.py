"""The OpenAI simulator (Batch API and fine-tuning jobs), driven over HTTP and through the generated client
(anyjob_openai_jobs_client); and schemathesis against it with specs/openai.yaml.

Every JSON body seen here is also checked against specs/openai.yaml (the schema for its status, else the operation's
`default`), error bodies included. The simulator is imported directly: it is not registered with anyjob yet.
"""

from __future__ import annotations

import asyncio
import random
import re
import traceback
from collections.abc import Iterator
from typing import Any

import httpx2
import pytest
import requests
import schemathesis
from anyjob.testing import Fault, ManualClock
from anyjob.testing._jobs import Phase
from anyjob.testing._openai import (
    BATCH_PHASES,
    CANCEL_TAKES,
    FINE_TUNING_PHASES,
    RESUME_QUEUE,
    SEED_SPREAD,
    OpenAISimulator,
    SimBatch,
    SimFineTune,
)
from anyjob_openai_jobs_client import AuthenticatedClient
from anyjob_openai_jobs_client.api.batches import cancel_batch, create_batch, list_batches, retrieve_batch
from anyjob_openai_jobs_client.api.fine_tuning import (
    cancel_fine_tuning_job,
    create_fine_tuning_job,
    list_fine_tuning_events,
    list_fine_tuning_jobs,
    pause_fine_tuning_job,
    resume_fine_tuning_job,
    retrieve_fine_tuning_job,
)
from anyjob_openai_jobs_client.models import (
    Batch,
    BatchList,
    BatchStatus,
    CreateBatchRequest,
    CreateBatchRequestCompletionWindow,
    CreateBatchRequestEndpoint,
    CreateFineTuningJobRequest,
    ErrorResponse,
    FineTuningJob,
    FineTuningJobEventList,
    FineTuningJobList,
    FineTuningJobStatus,
    ListFineTuningJobsMetadata,
    Metadata,
)
from hypothesis import HealthCheck, given, settings
from jsonschema import Draft202012Validator
from schemathesis.core.failures import FailureGroup

from tests.conftest import CODEGEN
from tests.simulators.test_conformance import CHECKS
from tests.spec_tools import inline_refs, load_spec, operations, resolve

SPEC = load_spec(CODEGEN.clients["openai"].spec)
OPERATIONS = {op["operationId"]: (path, method, op) for path, method, op in operations(SPEC)}
README = CODEGEN.clients["openai"].directory / "README.md"
REQUEST_ID = re.compile(r"req_[0-9a-f]{32}")


def check_body(operation_id: str, response: httpx2.Response) -> Any:
    """Assert the response is JSON valid for the spec's schema of its status (or `default`); return the body."""
    responses = OPERATIONS[operation_id][2]["responses"]
    documented = resolve(SPEC, responses.get(str(response.status_code), responses["default"]))
    schema = inline_refs(SPEC, documented["content"]["application/json"]["schema"])
    assert response.headers["content-type"] == "application/json"
    assert REQUEST_ID.fullmatch(response.headers["x-request-id"])
    body = response.json()
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in Draft202012Validator(
        schema, format_checker=Draft202012Validator.FORMAT_CHECKER).iter_errors(body)]
    assert not errors, f"{operation_id} {response.status_code}: {errors}"
    return body


def check_error(operation_id: str, response: httpx2.Response, status: int, code: str | None = None,
                param: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    error = check_body(operation_id, response)["error"]
    assert set(error) == {"message", "type", "param", "code"} and error["message"]
    assert (error["code"], error["param"]) == (code, param)
    return dict(error)


class Api:
    """Plain-httpx2 access by operationId, for what the generated client cannot send (bad bodies, bad auth)."""

    def __init__(self, sim: OpenAISimulator, key: str | None = None, headers: dict[str, str] | None = None) -> None:
        self.http = httpx2.Client(base_url=sim.base_url + "/v1",
                                 headers={"Authorization": f"Bearer {key or sim.api_key}", **(headers or {})})

    def __call__(self, operation_id: str, *, params: Any = None, json: Any = None, content: bytes | None = None,
                 **path: str) -> httpx2.Response:
        template, method, _ = OPERATIONS[operation_id]
        return self.http.request(method.upper(), template.format(**path), params=params, json=json, content=content)

    def ok(self, operation_id: str, **kwargs: Any) -> Any:
        response = self(operation_id, **kwargs)
        assert response.status_code == 200, response.text
        return check_body(operation_id, response)

    def close(self) -> None:
        self.http.close()


@pytest.fixture
def sim() -> Iterator[OpenAISimulator]:
    with OpenAISimulator(jobs=15) as simulator:
        yield simulator


@pytest.fixture
def api(sim: OpenAISimulator) -> Iterator[Api]:
    a = Api(sim)
    yield a
    a.close()


@pytest.fixture
def client(sim: OpenAISimulator) -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(base_url=sim.base_url + "/v1", token=sim.api_key, strict_response_validation=True) as c:
        yield c


def advance(sim: OpenAISimulator, seconds: float) -> None:
    assert isinstance(sim.clock, ManualClock)
    sim.clock.advance(seconds)


def seeded_batch(sim: OpenAISimulator, status: str) -> str:
    return next(batch_id for batch_id in sim.batch_ids if sim.status(batch_id) == status)


def seeded_job(sim: OpenAISimulator, status: str) -> str:
    return next(job_id for job_id in sim.fine_tuning_job_ids if sim.status(job_id) == status)


# -- every operation through the generated client ---------------------------------------------------------------------


def test_every_operation_of_the_generated_client_works(sim: OpenAISimulator, client: AuthenticatedClient) -> None:
    assert {op.name for op in sim.operations()} == set(OPERATIONS)
    assert all(op.path == "/v1" + OPERATIONS[op.name][0] and op.method == OPERATIONS[op.name][1].upper()
               for op in sim.operations())

    created = create_batch.sync(client=client, body=CreateBatchRequest(
        input_file_id="file-abc", endpoint=CreateBatchRequestEndpoint.CHAT_COMPLETIONS,
        completion_window=CreateBatchRequestCompletionWindow.HOURS_24, metadata=Metadata.from_dict({"k": "v"})))
    assert isinstance(created, Batch) and created.status is BatchStatus.VALIDATING
    assert created.metadata is not None and created.metadata.to_dict() == {"k": "v"}
    page = list_batches.sync(client=client, limit=1)
    assert isinstance(page, BatchList) and page.data[0].id == created.id and page.has_more is True
    assert isinstance(retrieve_batch.sync(created.id, client=client), Batch)
    cancelled = cancel_batch.sync(created.id, client=client)
    assert isinstance(cancelled, Batch) and cancelled.status is BatchStatus.CANCELLING

    job = create_fine_tuning_job.sync(client=client, body=CreateFineTuningJobRequest(
        model="gpt-4o-mini-2024-07-18", training_file="file-train"))
    assert isinstance(job, FineTuningJob) and job.status is FineTuningJobStatus.VALIDATING_FILES
    jobs = list_fine_tuning_jobs.sync(client=client, limit=2)
    assert isinstance(jobs, FineTuningJobList) and jobs.data[0].id == job.id and len(jobs.data) == 2
    assert isinstance(retrieve_fine_tuning_job.sync(job.id, client=client), FineTuningJob)
    events = list_fine_tuning_events.sync(job.id, client=client)
    assert isinstance(events, FineTuningJobEventList) and events.data[-1].message.startswith("Created")
    advance(sim, 60 + 120 + 100)
    paused = pause_fine_tuning_job.sync(job.id, client=client)
    assert isinstance(paused, FineTuningJob) and paused.status is FineTuningJobStatus.PAUSED and paused.status.is_known
    resumed = resume_fine_tuning_job.sync(job.id, client=client)
    assert isinstance(resumed, FineTuningJob) and resumed.status is FineTuningJobStatus.QUEUED
    gone = cancel_fine_tuning_job.sync(job.id, client=client)
    assert isinstance(gone, FineTuningJob) and gone.status is FineTuningJobStatus.CANCELLED
    again = cancel_fine_tuning_job.sync(job.id, client=client)
    assert isinstance(again, ErrorResponse) and "cancelled" in again.error.message

    async def retrieve_async() -> Any:
        async with AuthenticatedClient(base_url=sim.base_url + "/v1", token=sim.api_key,
                                       strict_response_validation=True) as async_client:
            return await retrieve_batch.asyncio(created.id, client=async_client)

    assert isinstance(asyncio.run(retrieve_async()), Batch)


def test_the_generated_client_reads_every_seeded_job_in_strict_mode(sim: OpenAISimulator,
                                                                     client: AuthenticatedClient) -> None:
    for hours in (0, 2, 30):
        advance(sim, hours * 3600)
        for batch_id in sim.batch_ids:
            response = retrieve_batch.sync_detailed(batch_id, client=client)
            assert response.problem is None and isinstance(response.parsed, Batch), response.problem
            assert response.parsed.status.value == sim.status(batch_id)
        for job_id in sim.fine_tuning_job_ids:
            response = retrieve_fine_tuning_job.sync_detailed(job_id, client=client)
            assert response.problem is None and isinstance(response.parsed, FineTuningJob), response.problem
            assert response.parsed.status.value == sim.status(job_id)
            events = list_fine_tuning_events.sync_detailed(job_id, client=client, limit=100)
            assert events.problem is None and isinstance(events.parsed, FineTuningJobEventList)


def test_the_readme_example_runs_against_the_simulator(sim: OpenAISimulator, monkeypatch: pytest.MonkeyPatch) -> None:
    code = re.search(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)
    assert code is not None
    for name, value in sim.environment.items():
        monkeypatch.setenv(name, value)
    namespace: dict[str, Any] = {}
    exec(compile(code.group(1), str(README), "exec"), namespace)  # noqa: S102 - the README's own example
    sim.faults.add(Fault.http_status(401), route="list_batches", times=1)
    with pytest.raises(RuntimeError, match="listing failed: invalid_request_error: simulated 401"):
        namespace["active_batch_ids"]()
    active = namespace["active_batch_ids"]()
    assert sorted(active) == sorted(b for b in sim.batch_ids
                                    if sim.status(b) in ("validating", "in_progress", "finalizing", "cancelling"))
    running = seeded_batch(sim, "in_progress")
    assert namespace["cancel"](running) == "cancelling"
    assert namespace["cancel"](seeded_batch(sim, "completed")).startswith("refused: Cannot cancel a batch")
    assert re.fullmatch(r"cancelling \(request req_[0-9a-f]{32}\)", namespace["status_and_request_id"](running))
    assert "No batch found" in namespace["status_and_request_id"]("batch_nope")
    succeeded = [j for j in sim.fine_tuning_job_ids if sim.status(j) == "succeeded"]
    tagged = namespace["fine_tuned_models"]("support") + namespace["fine_tuned_models"]("research")
    assert len(tagged) == sum(1 for j in succeeded if sim.jobs.get(j).metadata)  # type: ignore[union-attr]


# -- batches on the clock ---------------------------------------------------------------------------------------------


def test_a_batch_moves_from_validating_to_completed(sim: OpenAISimulator, api: Api) -> None:
    batch = api.ok("create_batch", json={"input_file_id": "file-in", "endpoint": "/v1/chat/completions",
                                         "completion_window": "24h", "metadata": {"run": "nightly"}})
    created = batch["created_at"]
    assert batch["status"] == "validating" and batch["request_counts"] == {"total": 0, "completed": 0, "failed": 0}
    assert batch["model"] is None and batch["usage"] is None and batch["metadata"] == {"run": "nightly"}
    assert all(batch[f] is None for f in ("in_progress_at", "expires_at", "finalizing_at", "completed_at",
                                          "failed_at", "expired_at", "cancelling_at", "cancelled_at",
                                          "output_file_id", "error_file_id", "errors"))
    assert re.fullmatch(r"batch_[A-Za-z0-9]{24}", batch["id"])
    seen = []
    for step in (30, 150, 150, 150, 150, 59, 1):
        advance(sim, step)
        seen.append(api.ok("retrieve_batch", batch_id=batch["id"]))
    assert [b["status"] for b in seen] == ["in_progress"] * 4 + ["finalizing"] * 2 + ["completed"]
    assert all(b["in_progress_at"] == created + 30 and b["expires_at"] == created + 86400 for b in seen)
    assert seen[0]["model"] == "gpt-4o-mini-2024-07-18" and seen[0]["usage"]["total_tokens"] == 0
    completed = [b["request_counts"]["completed"] for b in seen]
    assert completed == sorted(completed) and 0 == completed[0] < completed[2] < completed[-1]
    total = seen[-1]["request_counts"]["total"]
    done = seen[-1]
    assert done["request_counts"]["completed"] + done["request_counts"]["failed"] == total
    assert seen[4]["finalizing_at"] == created + 630 and done["completed_at"] == created + 690
    assert done["output_file_id"].startswith("file-")
    assert (done["error_file_id"] is not None) == (done["request_counts"]["failed"] > 0)
    assert done["usage"]["total_tokens"] > seen[1]["usage"]["total_tokens"] > 0
    assert all(done[f] is None for f in ("failed_at", "expired_at", "cancelling_at", "cancelled_at"))


def test_a_batch_whose_file_does_not_validate_fails(sim: OpenAISimulator, api: Api) -> None:
    sim.invalid_files.add("file-broken")
    batch = api.ok("create_batch", json={"input_file_id": "file-broken", "endpoint": "/v1/embeddings",
                                         "completion_window": "24h"})
    advance(sim, 30)
    failed = api.ok("retrieve_batch", batch_id=batch["id"])
    assert failed["status"] == "failed" and failed["failed_at"] == batch["created_at"] + 30
    assert failed["errors"]["object"] == "list" and failed["errors"]["data"][0]["line"] == 12
    assert failed["in_progress_at"] is None and failed["request_counts"]["total"] == 0
    check_error("cancel_batch", api("cancel_batch", batch_id=batch["id"]), 409)


def test_a_batch_expires_when_its_24_hour_window_ends(sim: OpenAISimulator, api: Api) -> None:
    batch = api.ok("create_batch", json={"input_file_id": "file-big", "endpoint": "/v1/responses",
                                         "completion_window": "24h"})
    job = sim.jobs.get(batch["id"])
    assert isinstance(job, SimBatch)
    job.runs_for = 2 * 86400.0  # more work than the window allows
    advance(sim, 86400 - 1)
    assert api.ok("retrieve_batch", batch_id=batch["id"])["status"] == "in_progress"
    advance(sim, 1)
    expired = api.ok("retrieve_batch", batch_id=batch["id"])
    counts = expired["request_counts"]
    assert expired["status"] == "expired" and expired["expired_at"] == expired["expires_at"]
    assert 0 < counts["completed"] + counts["failed"] < counts["total"]
    assert expired["output_file_id"] and expired["error_file_id"], "partial results, and the undone requests"
    advance(sim, 3600)
    assert api.ok("retrieve_batch", batch_id=batch["id"])["request_counts"] == counts
    assert sim.status(seeded_batch(sim, "expired")) == "expired"


def test_cancelling_a_batch_takes_two_phases(sim: OpenAISimulator, api: Api) -> None:
    batch_id = seeded_batch(sim, "in_progress")
    advance(sim, 10)
    now = int(sim.clock.now())
    first = api.ok("cancel_batch", batch_id=batch_id)
    assert first["status"] == "cancelling" and first["cancelling_at"] == now and first["cancelled_at"] is None
    advance(sim, CANCEL_TAKES - 1)
    assert api.ok("retrieve_batch", batch_id=batch_id)["request_counts"] == first["request_counts"], "progress stops"
    again = api.ok("cancel_batch", batch_id=batch_id)
    assert again == {**first}, "cancelling a cancelling batch answers it unchanged"
    advance(sim, 1)
    done = api.ok("retrieve_batch", batch_id=batch_id)
    assert done["status"] == "cancelled" and done["cancelled_at"] == now + CANCEL_TAKES
    assert done["cancelling_at"] == now and done["request_counts"] == first["request_counts"]
    assert done["output_file_id"] is not None, "partial results"
    error = check_error("cancel_batch", api("cancel_batch", batch_id=batch_id), 409)
    assert error["message"] == "Cannot cancel a batch with status 'cancelled'."
    assert error["type"] == "invalid_request_error"
    assert CANCEL_TAKES <= 600, "upstream: cancelling lasts up to 10 minutes"


@pytest.mark.parametrize("status", ["completed", "failed", "expired", "cancelled"])
def test_cancelling_a_batch_that_ended_is_a_conflict(sim: OpenAISimulator, api: Api, status: str) -> None:
    batch_id = seeded_batch(sim, status)
    before = api.ok("retrieve_batch", batch_id=batch_id)
    error = check_error("cancel_batch", api("cancel_batch", batch_id=batch_id), 409)
    assert error["message"] == f"Cannot cancel a batch with status '{status}'."
    assert api.ok("retrieve_batch", batch_id=batch_id) == before


def test_a_batch_cancelled_while_validating_never_runs(sim: OpenAISimulator, api: Api) -> None:
    batch = api.ok("create_batch", json={"input_file_id": "f", "endpoint": "/v1/completions",
                                         "completion_window": "24h"})
    advance(sim, 10)
    assert api.ok("cancel_batch", batch_id=batch["id"])["status"] == "cancelling"
    advance(sim, CANCEL_TAKES)
    done = api.ok("retrieve_batch", batch_id=batch["id"])
    assert done["status"] == "cancelled" and done["in_progress_at"] is None and done["model"] is None
    assert done["request_counts"]["total"] == 0 and done["output_file_id"] is None


def test_seeded_batches_show_every_status_with_consistent_timestamps(sim: OpenAISimulator, api: Api) -> None:
    by_status = {b["status"]: b for b in api.ok("list_batches", params={"limit": 100})["data"]}
    assert set(by_status) == set(BATCH_PHASES)
    cancelling = by_status["cancelling"]
    assert cancelling["cancelling_at"] and cancelling["cancelled_at"] is None
    finalizing = by_status["finalizing"]
    assert finalizing["finalizing_at"] and finalizing["completed_at"] is None
    for batch in by_status.values():
        stamps = [batch[f] for f in ("created_at", "in_progress_at", "finalizing_at", "completed_at")
                  if batch[f] is not None]
        assert stamps == sorted(stamps), batch


def test_create_batch_refuses_bad_bodies(api: Api) -> None:
    good = {"input_file_id": "file-x", "endpoint": "/v1/chat/completions", "completion_window": "24h"}
    check_error("create_batch", api("create_batch", json={k: v for k, v in good.items() if k != "input_file_id"}),
                400, "missing_required_parameter", "input_file_id")
    check_error("create_batch", api("create_batch", json={**good, "endpoint": "/v1/videos"}), 400, "invalid_value",
                "endpoint")
    check_error("create_batch", api("create_batch", json={**good, "completion_window": "48h"}), 400,
                "invalid_value", "completion_window")
    check_error("create_batch", api("create_batch", json={**good, "metadata": {"k": 1}}), 400, "invalid_value",
                "metadata")
    check_error("create_batch", api("create_batch", json={**good, "output_expires_after": {
        "anchor": "created_at", "seconds": 60}}), 400, "invalid_value", "output_expires_after")
    bad_json = check_error("create_batch", api("create_batch", content=b"{nope"), 400)
    assert "could not parse the JSON body" in bad_json["message"]
    check_error("create_batch", api("create_batch", json=["a", "list"]), 400)
    assert api("create_batch", json={**good, "unknown_field": 1}).status_code == 200


# -- fine-tuning jobs on the clock ------------------------------------------------------------------------------------


def test_a_fine_tuning_job_runs_pauses_resumes_and_succeeds(sim: OpenAISimulator, api: Api) -> None:
    job = api.ok("create_fine_tuning_job", json={
        "model": "gpt-4o-mini-2024-07-18", "training_file": "file-train", "suffix": "bot", "seed": 7,
        "method": {"type": "supervised", "supervised": {"hyperparameters": {"n_epochs": 2}}},
        "integrations": [{"type": "wandb", "wandb": {"project": "p"}}], "metadata": {"team": "t"}})
    job_id, created = job["id"], job["created_at"]
    assert re.fullmatch(r"ftjob-[A-Za-z0-9]{24}", job_id)
    assert job["status"] == "validating_files" and job["seed"] == 7 and job["organization_id"] == sim.organization_id
    assert job["hyperparameters"] == {"n_epochs": 2, "batch_size": "auto", "learning_rate_multiplier": "auto"}
    assert job["method"]["supervised"]["hyperparameters"] == job["hyperparameters"]
    assert job["integrations"] == [{"type": "wandb", "wandb": {"project": "p", "name": None, "entity": None,
                                                               "tags": [], "run_id": job_id}}]
    assert all(job[f] is None for f in ("finished_at", "fine_tuned_model", "trained_tokens", "error",
                                        "estimated_finish"))
    advance(sim, 60)
    assert api.ok("retrieve_fine_tuning_job", fine_tuning_job_id=job_id)["status"] == "queued"
    advance(sim, 120)
    running = api.ok("retrieve_fine_tuning_job", fine_tuning_job_id=job_id)
    assert running["status"] == "running" and running["estimated_finish"] == created + 180 + 900
    assert all(v != "auto" for v in running["hyperparameters"].values()) and running["hyperparameters"]["n_epochs"] == 2
    advance(sim, 300)
    paused = api.ok("pause_fine_tuning_job", fine_tuning_job_id=job_id)
    assert paused["status"] == "paused" and paused["estimated_finish"] is None
    assert api.ok("pause_fine_tuning_job", fine_tuning_job_id=job_id) == paused, "pausing a paused job: unchanged"
    advance(sim, 5000)  # a paused job does not train
    assert api.ok("retrieve_fine_tuning_job", fine_tuning_job_id=job_id)["status"] == "paused"
    resumed = api.ok("resume_fine_tuning_job", fine_tuning_job_id=job_id)
    assert resumed["status"] == "queued"
    advance(sim, RESUME_QUEUE)
    again = api.ok("retrieve_fine_tuning_job", fine_tuning_job_id=job_id)
    assert again["status"] == "running"
    assert again["estimated_finish"] == created + 180 + 900 + 5000 + RESUME_QUEUE, "the finish moves by the pause"
    advance(sim, 600 - 1)
    assert api.ok("retrieve_fine_tuning_job", fine_tuning_job_id=job_id)["status"] == "running"
    advance(sim, 1)
    done = api.ok("retrieve_fine_tuning_job", fine_tuning_job_id=job_id)
    assert done["status"] == "succeeded" and done["finished_at"] == again["estimated_finish"]
    assert re.fullmatch(r"ft:gpt-4o-mini-2024-07-18:anyjob-sim:bot:[A-Za-z0-9]{8}", done["fine_tuned_model"])
    assert done["trained_tokens"] > 0 and len(done["result_files"]) == 1 and done["estimated_finish"] is None
    events = api.ok("list_fine_tuning_events", fine_tuning_job_id=job_id, params={"limit": 100})["data"]
    assert [e["created_at"] for e in events] == sorted((e["created_at"] for e in events), reverse=True)
    messages = [e["message"] for e in reversed(events)]
    assert messages[0].startswith("Created fine-tuning job") and messages[-1] == "The job has successfully completed"
    assert messages.index("Fine-tuning job paused") < messages.index("Fine-tuning job resumed")
    assert f"New fine-tuned model created: {done['fine_tuned_model']}" in messages
    metrics = [e for e in events if e["type"] == "metrics"]
    assert len(metrics) == 10 and metrics[0]["data"]["step"] == metrics[0]["data"]["total_steps"] == 200


def test_a_fine_tuning_job_whose_file_does_not_validate_fails(sim: OpenAISimulator, api: Api) -> None:
    sim.invalid_files.add("file-small")
    job = api.ok("create_fine_tuning_job", json={"model": "m", "training_file": "file-ok",
                                                 "validation_file": "file-small"})
    advance(sim, 60)
    failed = api.ok("retrieve_fine_tuning_job", fine_tuning_job_id=job["id"])
    assert failed["status"] == "failed" and failed["finished_at"] == job["created_at"] + 60
    assert failed["error"] == {"code": "invalid_n_examples", "param": "validation_file",
                               "message": "Validation file has 5 example(s), but must have at least 10 examples"}
    newest = api.ok("list_fine_tuning_events", fine_tuning_job_id=job["id"])["data"][0]
    assert newest["level"] == "error" and newest["data"]["error_code"] == "invalid_n_examples"


def test_cancelling_a_fine_tuning_job_is_immediate_and_an_ended_one_is_a_conflict(sim: OpenAISimulator,
                                                                                 api: Api) -> None:
    job_id = seeded_job(sim, "running")
    now = int(sim.clock.now())
    cancelled = api.ok("cancel_fine_tuning_job", fine_tuning_job_id=job_id)
    assert cancelled["status"] == "cancelled" and cancelled["finished_at"] == now
    assert cancelled["estimated_finish"] is None and cancelled["fine_tuned_model"] is None
    advance(sim, 86400)
    assert api.ok("retrieve_fine_tuning_job", fine_tuning_job_id=job_id) == cancelled
    assert api.ok("list_fine_tuning_events", fine_tuning_job_id=job_id)["data"][0]["message"] == \
        "Fine-tuning job cancelled"
    for status in ("cancelled", "succeeded", "failed"):
        error = check_error("cancel_fine_tuning_job",
                            api("cancel_fine_tuning_job", fine_tuning_job_id=seeded_job(sim, status)), 409)
        assert error["message"] == f"Cannot cancel a job with status '{status}'."
    paused = seeded_job(sim, "paused")
    assert api.ok("cancel_fine_tuning_job", fine_tuning_job_id=paused)["status"] == "cancelled"


@pytest.mark.parametrize("status", ["validating_files", "queued", "succeeded", "failed", "cancelled"])
def test_only_a_running_job_can_be_paused_and_only_a_paused_one_resumed(sim: OpenAISimulator, api: Api,
                                                                        status: str) -> None:
    job_id = seeded_job(sim, status)
    error = check_error("pause_fine_tuning_job", api("pause_fine_tuning_job", fine_tuning_job_id=job_id), 409)
    assert error["message"] == f"Cannot pause a job with status '{status}'."
    error = check_error("resume_fine_tuning_job", api("resume_fine_tuning_job", fine_tuning_job_id=job_id), 409)
    assert error["message"] == f"Cannot resume a job with status '{status}'."
    running = seeded_job(sim, "running")
    check_error("resume_fine_tuning_job", api("resume_fine_tuning_job", fine_tuning_job_id=running), 409)


def test_create_fine_tuning_job_refuses_bad_bodies(api: Api) -> None:
    good = {"model": "gpt-4o-mini-2024-07-18", "training_file": "file-x"}
    check_error("create_fine_tuning_job", api("create_fine_tuning_job", json={"model": "m"}), 400,
                "missing_required_parameter", "training_file")
    for field, value in [("seed", -1), ("seed", True), ("suffix", "x" * 65), ("validation_file", 3),
                         ("metadata", {"k" * 65: "v"}), ("integrations", [{"type": "slack"}])]:
        check_error("create_fine_tuning_job", api("create_fine_tuning_job", json={**good, field: value}), 400,
                    "invalid_value", field)
    check_error("create_fine_tuning_job", api("create_fine_tuning_job", json={
        **good, "method": {"type": "supervised", "supervised": {"hyperparameters": {"n_epochs": 0}}}}), 400,
        "invalid_value", "method.supervised.hyperparameters.n_epochs")
    check_error("create_fine_tuning_job", api("create_fine_tuning_job", json={
        **good, "method": {"type": "reinforcement", "reinforcement": {}}}), 400, "missing_required_parameter",
        "method.reinforcement.grader")
    dpo = api.ok("create_fine_tuning_job", json={**good, "method": {"type": "dpo", "dpo": {
        "hyperparameters": {"beta": 0.2}}}, "hyperparameters": {"batch_size": 4}})
    assert dpo["method"]["dpo"]["hyperparameters"]["beta"] == 0.2 and dpo["hyperparameters"]["batch_size"] == 4


def test_events_page_newest_first_with_stable_ids(sim: OpenAISimulator, api: Api) -> None:
    job_id = seeded_job(sim, "succeeded")
    everything = api.ok("list_fine_tuning_events", fine_tuning_job_id=job_id, params={"limit": 100})
    assert everything["has_more"] is False and "first_id" not in everything
    events = everything["data"]
    assert len(events) == len({e["id"] for e in events}) > 12
    assert all(re.fullmatch(r"ftevent-[A-Za-z0-9]{24}", e["id"]) for e in events)
    walked, after = [], None
    while True:
        page = api.ok("list_fine_tuning_events", fine_tuning_job_id=job_id,
                      params={"limit": 4, **({"after": after} if after else {})})
        walked += page["data"]
        if not page["has_more"]:
            break
        after = page["data"][-1]["id"]
    assert walked == events
    assert api.ok("list_fine_tuning_events", fine_tuning_job_id=job_id)["data"] == events[:20]


# -- lists ------------------------------------------------------------------------------------------------------------


def walk(api: Api, operation_id: str, limit: int, **params: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    after: str | None = None
    while True:
        page = api.ok(operation_id, params={"limit": limit, **params, **({"after": after} if after else {})})
        if operation_id == "list_batches":
            ids = [b["id"] for b in page["data"]]
            assert (page["first_id"], page["last_id"]) == ((ids[0], ids[-1]) if ids else (None, None))
        else:
            assert "first_id" not in page and "last_id" not in page
        found += page["data"]
        if not page["has_more"]:
            return found
        after = page["data"][-1]["id"]


def newest_first(sim: OpenAISimulator, kind: type) -> list[str]:
    order = {job.id: i for i, job in enumerate(sim.jobs)}
    jobs = [job for job in sim.jobs if isinstance(job, kind)]
    return [job.id for job in sorted(jobs, key=lambda j: (j.created_at, order[j.id]), reverse=True)]


def test_lists_are_newest_first_and_paged_with_the_after_cursor() -> None:
    with OpenAISimulator(jobs=40) as sim:
        api = Api(sim)
        try:
            for limit in (1, 3, 7, 100):
                assert [b["id"] for b in walk(api, "list_batches", limit)] == newest_first(sim, SimBatch)
                assert [j["id"] for j in walk(api, "list_fine_tuning_jobs", limit)] == newest_first(sim, SimFineTune)
            default = api.ok("list_batches")
            assert len(default["data"]) == 20 and default["has_more"] is True
            last = newest_first(sim, SimBatch)[-1]
            empty = api.ok("list_batches", params={"after": last})
            assert empty == {"object": "list", "data": [], "first_id": None, "last_id": None, "has_more": False}
            assert api.ok("list_batches", params={"after": "batch_unknown"})["data"] == []
            for op in ("list_batches", "list_fine_tuning_jobs"):
                check_error(op, api(op, params={"limit": 0}), 400, "integer_below_min_value", "limit")
                check_error(op, api(op, params={"limit": 101}), 400, "integer_above_max_value", "limit")
                check_error(op, api(op, params={"limit": "ten"}), 400, "invalid_type", "limit")
            job = sim.fine_tuning_job_ids[0]
            check_error("list_fine_tuning_events", api("list_fine_tuning_events", fine_tuning_job_id=job,
                                                       params={"limit": 101}), 400, "integer_above_max_value", "limit")
        finally:
            api.close()


def test_the_metadata_filter_keeps_matching_fine_tuning_jobs(sim: OpenAISimulator, api: Api,
                                                             client: AuthenticatedClient) -> None:
    for metadata in ({"team": "support", "tier": "gold"}, {"team": "support"}, {"team": "research"}):
        api.ok("create_fine_tuning_job", json={"model": "m", "training_file": "f", "metadata": metadata})
    every = api.ok("list_fine_tuning_jobs", params={"limit": 100})["data"]
    support = [j["id"] for j in every if (j["metadata"] or {}).get("team") == "support"]
    assert len(support) >= 2
    assert [j["id"] for j in api.ok("list_fine_tuning_jobs", params={"metadata[team]": "support", "limit": 100})[
        "data"]] == support
    gold = api.ok("list_fine_tuning_jobs", params={"metadata[team]": "support", "metadata[tier]": "gold"})["data"]
    assert [j["metadata"] for j in gold] == [{"team": "support", "tier": "gold"}]
    without = api.ok("list_fine_tuning_jobs", params={"metadata": "null", "limit": 100})["data"]
    assert [j["id"] for j in without] == [j["id"] for j in every if not j["metadata"]]
    check_error("list_fine_tuning_jobs", api("list_fine_tuning_jobs", params={"metadata": "null",
                                                                              "metadata[team]": "x"}), 400,
                "invalid_value", "metadata")
    # the generated client sends the deepObject form, metadata[team]=support (a plain team=support would match all)
    page = list_fine_tuning_jobs.sync(client=client, limit=100,
                                      metadata=ListFineTuningJobsMetadata.from_dict({"team": "support"}))
    assert isinstance(page, FineTuningJobList) and [j.id for j in page.data] == support


# -- errors, auth, request ids ----------------------------------------------------------------------------------------


def test_unknown_ids_are_404_in_openais_error_body(sim: OpenAISimulator, api: Api) -> None:
    error = check_error("retrieve_batch", api("retrieve_batch", batch_id="batch_nope"), 404)
    assert error["message"] == "No batch found with id 'batch_nope'." and error["type"] == "invalid_request_error"
    check_error("cancel_batch", api("cancel_batch", batch_id=sim.fine_tuning_job_ids[0]), 404)
    for op in ("retrieve_fine_tuning_job", "cancel_fine_tuning_job", "pause_fine_tuning_job", "resume_fine_tuning_job",
               "list_fine_tuning_events"):
        error = check_error(op, api(op, fine_tuning_job_id="ftjob-nope"), 404, "fine_tune_not_found", "fine_tune_id")
        assert error["message"] == "Could not find fine tune: ftjob-nope"
    check_error("retrieve_fine_tuning_job", api("retrieve_fine_tuning_job", fine_tuning_job_id=sim.batch_ids[0]), 404,
                "fine_tune_not_found", "fine_tune_id")


def test_a_missing_or_wrong_key_is_401_and_the_key_is_never_echoed(sim: OpenAISimulator) -> None:
    with httpx2.Client(base_url=sim.base_url + "/v1") as http:
        missing = check_error("list_batches", http.get("/batches"), 401)
        assert "didn't provide an API key" in missing["message"]
        wrong = http.get("/batches", headers={"Authorization": "Bearer sk-SECRET-wrong-key"})
        error = check_error("list_batches", wrong, 401, "invalid_api_key")
        assert "SECRET" not in wrong.text and error["message"].startswith("Incorrect API key provided")
        basic = http.get("/batches", headers={"Authorization": f"Basic {sim.api_key}"})
        check_error("list_batches", basic, 401, "invalid_api_key")
    assert sim.count("list_batches") == 3


def test_organization_and_project_headers_must_match_when_the_simulator_has_them() -> None:
    with OpenAISimulator(organization="org-mine", project="proj_mine") as sim:
        assert sim.environment["OPENAI_ORG_ID"] == "org-mine" and sim.environment["OPENAI_PROJECT_ID"] == "proj_mine"
        for headers, code in [({"OpenAI-Organization": "org-other"}, "mismatched_organization"),
                              ({"OpenAI-Project": "proj_other"}, "mismatched_project"),
                              ({"OpenAI-Organization": "org-mine", "OpenAI-Project": "proj_other"},
                               "mismatched_project")]:
            api = Api(sim, headers=headers)
            check_error("list_batches", api("list_batches"), 401, code)
            api.close()
        api = Api(sim, headers={"OpenAI-Organization": "org-mine", "OpenAI-Project": "proj_mine"})
        assert api.ok("list_fine_tuning_jobs")["data"][0]["organization_id"] == "org-mine"
        api.close()
        assert Api(sim).ok("list_batches")["object"] == "list", "the headers are optional"
    with OpenAISimulator() as sim:
        assert set(sim.environment) == {"OPENAI_API_KEY", "OPENAI_BASE_URL"}
        api = Api(sim, headers={"OpenAI-Organization": "org-any", "OpenAI-Project": "proj_any"})
        assert api.ok("list_batches")["object"] == "list", "a simulator without an organization checks none"
        api.close()


def test_every_answer_carries_a_request_id(sim: OpenAISimulator, api: Api) -> None:
    batch = sim.batch_ids[0]
    sim.faults.add(Fault.http_status(503), route="retrieve_batch", times=1, batch_id=batch)
    sim.faults.add(Fault.html_page(502), route="list_batches", times=1)
    answers = [
        api("retrieve_batch", batch_id=batch),  # the fault
        api("retrieve_batch", batch_id=batch),
        api("list_batches"),  # the HTML fault
        api("retrieve_batch", batch_id="batch_nope"),
        api.http.get("/no/such/path"),
        api.http.delete("/batches"),
        httpx2.get(sim.base_url + "/v1/batches"),
    ]
    assert [a.status_code for a in answers] == [503, 200, 502, 404, 404, 405, 401]
    ids = [a.headers["x-request-id"] for a in answers]
    assert all(REQUEST_ID.fullmatch(i) for i in ids) and len(set(ids)) == len(ids)
    assert answers[0].json() == {"error": {"message": "simulated 503 from the anyjob simulator",
                                           "type": "server_error", "param": None, "code": None}}
    assert answers[4].json()["error"]["type"] == "invalid_request_error"


# -- faults on its routes ---------------------------------------------------------------------------------------------


def test_faults_apply_per_route_and_job(sim: OpenAISimulator, api: Api) -> None:
    batch, other = sim.batch_ids[:2]
    sim.faults.add(Fault.http_status(429, retry_after=2), route="cancel_batch", times=2, batch_id=batch)
    for _ in range(2):
        limited = api("cancel_batch", batch_id=batch)
        error = check_error("cancel_batch", limited, 429, "rate_limit_exceeded")
        assert error["type"] == "requests" and limited.headers["retry-after"] == "2"
    assert api("cancel_batch", batch_id=other).status_code in (200, 409)
    assert api("cancel_batch", batch_id=batch).status_code in (200, 409)
    assert sim.count("cancel_batch", batch_id=batch) == 3 and sim.count("cancel_batch") == 4


@pytest.mark.parametrize(("operation_id", "kind"), [
    ("retrieve_batch", "batch"), ("list_batches", None), ("retrieve_fine_tuning_job", "fine_tuning"),
    ("list_fine_tuning_jobs", None), ("list_fine_tuning_events", "fine_tuning"),
])
def test_the_nulls_and_extra_fields_faults_keep_bodies_valid_for_the_spec(sim: OpenAISimulator, api: Api,
                                                                          operation_id: str, kind: str | None) -> None:
    sim.faults.add(Fault.nulls(), route=operation_id)
    sim.faults.add(Fault.extra_fields(), route=operation_id)
    targets = {"batch": sim.batch_ids, "fine_tuning": sim.fine_tuning_job_ids, None: [""]}[kind]
    nulled = 0
    for target in targets:
        path = {"batch": {"batch_id": target}, "fine_tuning": {"fine_tuning_job_id": target}, None: {}}[kind]
        body = api.ok(operation_id, params={"limit": 100}, **path)
        text = str(body)
        nulled += text.count("None")
        assert "anyjob_simulator_extra" in text
    assert nulled > 0


def test_the_unknown_enum_fault_reaches_the_client_as_an_unlisted_status(sim: OpenAISimulator,
                                                                         client: AuthenticatedClient) -> None:
    batch, job = sim.batch_ids[0], sim.fine_tuning_job_ids[0]
    sim.faults.add(Fault.unknown_enum(), route="retrieve_batch", batch_id=batch)
    sim.faults.add(Fault.unknown_enum(), route="retrieve_fine_tuning_job", fine_tuning_job_id=job)
    got = retrieve_batch.sync(batch, client=client)
    assert isinstance(got, Batch) and got.status.value == "archived" and got.status.is_known is False
    fine = retrieve_fine_tuning_job.sync(job, client=client)
    assert isinstance(fine, FineTuningJob) and fine.status.value == "archived" and not fine.status.is_known


# -- seeding ----------------------------------------------------------------------------------------------------------


def test_seeding_spreads_every_status_of_both_kinds_deterministically() -> None:
    with OpenAISimulator(jobs=15, seed=3) as one, OpenAISimulator(jobs=15, seed=3) as two, \
            OpenAISimulator(jobs=15, seed=4) as other:
        statuses = {one.status(j) for j in one.job_ids}
        assert statuses == set(BATCH_PHASES) | set(FINE_TUNING_PHASES)
        assert len(SEED_SPREAD) == 15 and {s for _, s in SEED_SPREAD} == statuses
        assert one.job_ids == two.job_ids and [one.status(j) for j in one.job_ids] == [
            two.status(j) for j in two.job_ids]
        first, second = Api(one), Api(two)
        assert first.ok("list_batches")["data"] == second.ok("list_batches")["data"]
        first.close()
        second.close()
        assert set(other.job_ids).isdisjoint(one.job_ids)
        assert sorted(one.job_ids) == sorted(one.batch_ids + one.fine_tuning_job_ids)
        now = one.clock.now()
        for job in one.jobs:
            assert 60 <= now - job.created_at <= 7 * 86400, (job.id, now - job.created_at)
            assert job.phase(now) is {**BATCH_PHASES, **FINE_TUNING_PHASES}[one.status(job.id)]
        paused = next(j for j in one.jobs if isinstance(j, SimFineTune) and j.status(now) == "paused")
        assert paused.phase(now) is Phase.RUNNING
    with OpenAISimulator(jobs=4) as few:
        assert len(few.job_ids) == 4 and len(few.batch_ids) == 2


def test_credentials_and_environment_are_what_openais_sdk_reads(sim: OpenAISimulator) -> None:
    assert sim.credentials == {"OPENAI_API_KEY": "sk-anyjob-simulator"}
    assert sim.environment == {"OPENAI_API_KEY": "sk-anyjob-simulator", "OPENAI_BASE_URL": f"{sim.base_url}/v1"}
    with pytest.raises(RuntimeError, match="not running"):
        OpenAISimulator().environment  # noqa: B018 - the base URL exists only while it runs


# -- schemathesis: the simulator conforms to specs/openai.yaml --------------------------------------------------------


def _operations() -> list[Any]:
    schema = schemathesis.openapi.from_dict(SPEC)
    return [pytest.param(result.ok(), id=result.ok().definition.raw["operationId"])
            for result in schema.get_all_operations()]


def _session(sim: OpenAISimulator) -> requests.Session:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {sim.api_key}"
    return session


@pytest.mark.parametrize("operation", _operations())
def test_simulator_conforms_to_the_spec(operation: Any) -> None:
    with OpenAISimulator() as sim, _session(sim) as session:

        @settings(max_examples=30, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def check(case: Any) -> None:
            response = case.call(base_url=sim.base_url + "/v1", session=session)
            case.validate_response(response, checks=CHECKS)

        check()
        assert sim.count() > 0


@pytest.mark.parametrize("operation", _operations())
def test_simulator_conforms_with_real_ids(operation: Any, simulator: type[OpenAISimulator] = OpenAISimulator) -> None:
    chooser = random.Random(0)
    with simulator(jobs=15) as sim, _session(sim) as session:
        statuses: list[int] = []

        @settings(max_examples=30, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def check(case: Any) -> None:
            if case.path_parameters:
                real = {"batch_id": chooser.choice(sim.batch_ids),
                        "fine_tuning_job_id": chooser.choice(sim.fine_tuning_job_ids)}
                case.path_parameters = {name: real[name] for name in case.path_parameters}
            sim.clock.advance(97)  # move jobs along, so responses show many states
            response = case.call(base_url=sim.base_url + "/v1", session=session)
            statuses.append(response.status_code)
            case.validate_response(response, checks=CHECKS)

        check()
        assert any(200 <= s < 300 for s in statuses), f"no success response among {sorted(set(statuses))}"



class StringTimestamps(OpenAISimulator):
    """Sends a batch's `created_at` as a string of digits, which the spec does not allow."""

    @staticmethod
    def render_batch(batch: SimBatch, now: float) -> dict[str, Any]:
        body = OpenAISimulator.render_batch(batch, now)
        body["created_at"] = str(body["created_at"])
        return body


def test_the_conformance_check_fails_on_a_simulator_that_breaks_the_spec() -> None:
    operation = next(p.values[0] for p in _operations() if p.id == "retrieve_batch")
    test_simulator_conforms_with_real_ids(operation)  # the real one passes ...
    with pytest.raises(FailureGroup) as raised:
        test_simulator_conforms_with_real_ids(operation, StringTimestamps)
    report = "".join(traceback.format_exception(raised.value))
    assert "Response violates schema" in report and "/components/schemas/Batch/properties/created_at" in report
