"""The Dispersed simulator against the generated client, our spec's schemas and hand-signed raw requests.

Every HTTP response in this file goes through `conforms` (an httpx2 response hook): its body must validate against
specs/dispersed.yaml's schema for its operation and status (`default` when the status is not listed), formats checked.
Requests the generated client cannot make (bad signatures, malformed bodies) are signed here by hand from the vendor's
rules, independently of dispersed_client.signing.
"""

from __future__ import annotations

import asyncio
import datetime
import hashlib
import hmac
import json
import re
import secrets
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode
from uuid import UUID

import httpx2
import pytest
from anyjob.testing import DispersedSimulator, Fault
from dispersed_client import Client
from dispersed_client.api.job_runs import get_job_run, list_job_runs
from dispersed_client.api.jobs import cancel_job, create_job, get_job, list_jobs
from dispersed_client.models import (
    CancelJobRequest,
    CreateBatchJobRequest,
    CreatePersistentJobRequest,
    DockerContainerParameters,
    DockerParameters,
    Error,
    Job,
    JobList,
    JobRun,
    JobRunList,
    JobRunStatus,
    JobSnapshot,
    JobSort,
    JobStatus,
    JobTask,
)
from dispersed_client.signing import DispersedAuth
from jsonschema import Draft202012Validator

from tests.conftest import CODEGEN
from tests.spec_tools import inline_refs, load_spec, operations, resolve

SPEC = load_spec(CODEGEN.clients["dispersed"].spec)
ROUTES = [(method.upper(), re.compile(re.sub(r"\{[^}]+\}", "[^/]+", path)), op)
          for path, method, op in operations(SPEC)]
SEEN: Counter[tuple[str, int]] = Counter()  # (operationId, status) of every response checked, across the module


def operation_for(method: str, path: str) -> dict[str, Any]:
    for route_method, pattern, op in ROUTES:
        if route_method == method and pattern.fullmatch(path):
            return op
    raise AssertionError(f"no operation in specs/dispersed.yaml for {method} {path}")


def conforms(response: httpx2.Response) -> None:
    """Assert the response matches the spec: a JSON body valid for its status, or no body where none is described."""
    response.read()
    op = operation_for(response.request.method, response.request.url.path)
    responses = op["responses"]
    described = resolve(SPEC, responses.get(str(response.status_code), responses.get("default")))
    assert described is not None, f"{op['operationId']}: status {response.status_code} is not in the spec"
    media = (described.get("content") or {}).get("application/json")
    if media is None:
        assert not response.content
    else:
        assert response.headers["content-type"].startswith("application/json")
        schema = inline_refs(SPEC, media["schema"])
        Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER).validate(response.json())
    SEEN[op["operationId"], response.status_code] += 1


def auth_for(sim: DispersedSimulator) -> DispersedAuth:
    return DispersedAuth(sim.credentials["DISPERSED_PUBLIC_KEY"], sim.credentials["DISPERSED_SECRET_KEY"])


def client_for(sim: DispersedSimulator, auth: httpx2.Auth | None = None) -> Client:
    return Client(base_url=sim.base_url,
                  httpx_args={"auth": auth or auth_for(sim), "event_hooks": {"response": [conforms]}})


@pytest.fixture
def sim() -> Iterator[DispersedSimulator]:
    with DispersedSimulator() as simulator:
        yield simulator


@pytest.fixture(scope="module")
def shared() -> Iterator[DispersedSimulator]:
    """One simulator for the tests that change nothing (refused and read-only requests): stopping one takes a while."""
    with DispersedSimulator() as simulator:
        yield simulator


@pytest.fixture
def client(sim: DispersedSimulator) -> Iterator[Client]:
    with client_for(sim) as c:
        yield c


# -- hand signing (the vendor's rules, written out here) ---------------------------------------------------------------


def signed_request(sim: DispersedSimulator, method: str, path: str, *, params: list[tuple[str, str]] | None = None,
                   raw_query: str | None = None, signed_query: str | None = None,
                   body: bytes = b"", sent_body: bytes | None = None, public_key: str | None = None,
                   secret_key: str | None = None, time_ms: int | None = None, nonce: str | None = None,
                   drop: tuple[str, ...] = ()) -> httpx2.Response:
    """Send a request signed by hand; `sent_body` differs from the signed `body` to tamper with it.

    The query sent is `raw_query` as given, else `params` form-encoded; the query signed is `signed_query` as given
    (a hand-written vector), else what the reference says the vendor's example signs: urlencode of the sorted pairs.
    """
    public_key = public_key or sim.public_key
    secret_key = secret_key or sim.secret_key
    stamp = str(time_ms if time_ms is not None else int(time.time() * 1000))
    nonce = nonce or secrets.token_hex(16)
    query = urlencode(sorted(params or [])) if signed_query is None else signed_query
    sent_query = urlencode(params or []) if raw_query is None else raw_query
    canonical = "|".join((public_key, stamp, nonce, method, path, query, hashlib.sha256(body).hexdigest()))
    headers = {
        "X-API-Key": public_key, "X-Time": stamp, "X-Nonce": nonce, "Content-Type": "application/json",
        "X-Signature": hmac.new(secret_key.encode(), canonical.encode(), hashlib.sha256).hexdigest(),
    }
    for name in drop:
        del headers[name]
    url = f"{sim.base_url}{path}" + (f"?{sent_query}" if sent_query else "")
    with httpx2.Client(event_hooks={"response": [conforms]}) as raw:
        return raw.request(method, url, headers=headers, content=body if sent_body is None else sent_body)


def assert_error(response: httpx2.Response, status: int, phrase: str, message: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"] == phrase
    assert message in body["message"]


def batch_request(**overrides: Any) -> CreateBatchJobRequest:
    fields: dict[str, Any] = {
        "task": "BATCH", "max_timeout_run_ms": 7_200_000, "title": "resnet50-finetune", "cpu_count": 8, "gpu_count": 1,
        "gpu_name": "NVIDIA RTX 4090", "min_ram_gb": 32, "min_vram_gb": 24, "min_storage_gb": 100,
        "max_timeout_assign_ms": 600_000, "max_timeout_start_ms": 300_000, "allowed_region_codes": ["us-east-1"],
        "parameters": {"type": "docker", "parameters": {"image": "pytorch/pytorch", "tag": "2.3.1", "env": {"E": "1"},
                                                         "volumes": [{"image": "acme/data", "mount": "/data"}]}},
    }
    return CreateBatchJobRequest.from_dict({**fields, **overrides})


def create(client: Client, body: CreateBatchJobRequest | CreatePersistentJobRequest | None = None) -> Job:
    job = create_job.sync(client=client, body=body or batch_request())
    assert isinstance(job, Job), job
    return job


def get(client: Client, job_uuid: str) -> Job:
    job = get_job.sync(UUID(job_uuid), client=client)
    assert isinstance(job, Job), job
    return job


def runs_of(client: Client, job_uuid: str) -> list[JobRun]:
    page = list_job_runs.sync(client=client, filter_job_uuid=job_uuid)
    assert isinstance(page, JobRunList), page
    return page.data


# -- every operation, through the generated client ------------------------------------------------------------------


def test_every_operation_through_the_generated_client(sim: DispersedSimulator, client: Client) -> None:
    batch = create(client)
    assert (batch.status, batch.task, batch.title, batch.max_timeout_run_ms) == (
        JobStatus.PENDING, JobTask.BATCH, "resnet50-finetune", 7_200_000)
    assert batch.uuid in sim.job_ids and batch.started_at is None and batch.completed_at is None
    persistent = create(client, CreatePersistentJobRequest(
        task="PERSISTENT", max_timeout_run_ms=None, title="jupyter", gpu_registry_uuid=str(UUID(int=7)),
        parameters=DockerParameters(type_="docker",
                                    parameters=DockerContainerParameters(image="jupyter/base-notebook", ports=[8888]))))
    assert persistent.task is JobTask.PERSISTENT and persistent.max_timeout_run_ms is None

    page = list_jobs.sync(client=client, limit=50)
    assert isinstance(page, JobList) and page.total == len(sim.job_ids) == 7
    assert [job.uuid for job in page.data[:2]] == [persistent.uuid, batch.uuid]  # newest first

    assert get(client, str(batch.uuid)).uuid == batch.uuid
    cancelled = cancel_job.sync(UUID(str(persistent.uuid)), client=client, body=CancelJobRequest(reason="done"))
    assert isinstance(cancelled, Job) and cancelled.status is JobStatus.CANCELLING

    runs = list_job_runs.sync(client=client)
    assert isinstance(runs, JobRunList) and runs.total >= 7
    assert all(run.logs is None or "logs" not in run.to_dict() for run in runs.data)
    run = get_job_run.sync(str(runs.data[0].uuid), client=client)
    assert isinstance(run, JobRun) and "logs" in run.to_dict()

    for operation_id in ("create_job", "list_jobs", "get_job", "cancel_job", "list_job_runs", "get_job_run"):
        assert SEEN[operation_id, 200] >= 1, operation_id


def test_one_asyncio_call(sim: DispersedSimulator) -> None:
    async def main() -> tuple[Any, Any]:
        async with Client(base_url=sim.base_url, httpx_args={"auth": auth_for(sim)}) as c:
            return await list_jobs.asyncio(client=c, limit=2), await get_job.asyncio(UUID(sim.job_ids[0]), client=c)

    page, job = asyncio.run(main())
    assert isinstance(page, JobList) and len(page.data) == 2 and page.total == 5
    assert isinstance(job, Job) and job.uuid == sim.job_ids[0]


def test_seeded_jobs_show_every_phase_and_both_timestamp_shapes(client: Client) -> None:
    page = list_jobs.sync(client=client)
    assert isinstance(page, JobList)
    assert {job.status for job in page.data} == {JobStatus.PENDING, JobStatus.RUNNING, JobStatus.COMPLETED,
                                                 JobStatus.FAILED, JobStatus.CANCELLED}
    shapes = {type(job.created_at) for job in page.data}
    assert shapes == {datetime.date, datetime.datetime}
    failed = next(job for job in page.data if job.status is JobStatus.FAILED)
    assert failed.status_reason and failed.completed_at is not None
    cancelled = next(job for job in page.data if job.status is JobStatus.CANCELLED)
    assert cancelled.status_reason == "Cancelled by user"


# -- create validation ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "message"), [
    ({"task": "BATCH", "max_timeout_run_ms": 59_999}, "max_timeout_run_ms must be an integer >= 60000"),
    ({"task": "BATCH"}, "max_timeout_run_ms is required"),
    ({"task": "BATCH", "max_timeout_run_ms": None}, "max_timeout_run_ms must be an integer >= 60000"),
    ({"task": "PERSISTENT", "max_timeout_run_ms": 60_000}, "must be null for PERSISTENT"),
    ({"task": "PERSISTENT"}, "(send null)"),
    ({"task": "SERVICE", "max_timeout_run_ms": None}, "task must be BATCH or PERSISTENT"),
    ({"max_timeout_run_ms": 60_000}, "task must be BATCH or PERSISTENT"),
    ([1, 2], "must be a JSON object"),
    ({"task": "BATCH", "max_timeout_run_ms": 60_000, "gpu_name": "A", "gpu_registry_uuid": "B"}, "at most one"),
    ({"task": "BATCH", "max_timeout_run_ms": 60_000, "cpu_count": -1}, "cpu_count must be an integer >= 0"),
    ({"task": "BATCH", "max_timeout_run_ms": 60_000, "max_timeout_assign_ms": 1000}, "max_timeout_assign_ms"),
    ({"task": "BATCH", "max_timeout_run_ms": 60_000, "max_timeout_start_ms": 1000}, "max_timeout_start_ms"),
    ({"task": "BATCH", "max_timeout_run_ms": 60_000, "parameters": {"type": "vm", "parameters": {}}}, "parameters"),
    ({"task": "BATCH", "max_timeout_run_ms": 60_000, "parameters": {"type": "docker", "parameters": {"ports": ["80"]}}},
     "parameters"),
])
def test_create_rejects_bodies_the_spec_forbids(shared: DispersedSimulator, body: Any, message: str) -> None:
    response = signed_request(shared, "POST", "/v1/jobs", body=json.dumps(body).encode())
    assert_error(response, 422, "Unprocessable Entity", message)
    assert len(shared.job_ids) == 5


def test_create_rejects_malformed_json_and_the_client_parses_the_error(sim: DispersedSimulator, client: Client) -> None:
    assert_error(signed_request(sim, "POST", "/v1/jobs", body=b'{"task": '), 400, "Bad Request", "not valid JSON")
    error = create_job.sync(client=client, body=batch_request(max_timeout_run_ms=1000))
    assert isinstance(error, Error) and error.error == "Unprocessable Entity"
    assert isinstance(error.message, str) and "60000" in error.message


def test_create_keeps_documented_defaults(sim: DispersedSimulator) -> None:
    response = signed_request(sim, "POST", "/v1/jobs", body=b'{"max_timeout_run_ms":60000,"task":"BATCH"}')
    assert response.status_code == 200
    job = response.json()
    assert (job["max_node_count"], job["max_retry_count"], job["min_ram_gb"], job["cpu_count"]) == (1, 0, 0, None)
    assert job["created_at"] == "2026-01-01T00:00:00Z" and job["timeout_assign_at_ms"] is None


# -- state transitions on the ManualClock -----------------------------------------------------------------------------


def test_a_created_job_moves_through_the_statuses_on_the_clock(sim: DispersedSimulator, client: Client) -> None:
    job_uuid = str(create(client).uuid)
    expected = [  # (clock advance, job status, run status)
        (0.0, JobStatus.PENDING, JobRunStatus.PENDING),
        (3.0, JobStatus.ASSIGNED, JobRunStatus.PREPARING),  # the last 2 s of the 5 s queue
        (2.0, JobStatus.RUNNING, JobRunStatus.RUNNING),
        (59.0, JobStatus.RUNNING, JobRunStatus.RUNNING),
        (1.0, JobStatus.COMPLETED, JobRunStatus.COMPLETED),
    ]
    for advance, job_status, run_status in expected:
        sim.clock.advance(advance)  # type: ignore[attr-defined]
        job = get(client, job_uuid)
        (run,) = runs_of(client, job_uuid)
        assert (job.status, run.status) == (job_status, run_status), advance
    assert job.started_at == datetime.datetime(2026, 1, 1, 0, 0, 5, tzinfo=datetime.UTC)
    assert job.completed_at == datetime.datetime(2026, 1, 1, 0, 1, 5, tzinfo=datetime.UTC)
    assert job.updated_at == job.completed_at and job.image_size_bytes
    assert isinstance(job.started_at, datetime.datetime)
    assert run.started_at_ms == int(job.started_at.timestamp() * 1000)
    detailed = get_job_run.sync(str(run.uuid), client=client)
    assert isinstance(detailed, JobRun) and isinstance(detailed.logs, str) and "exited with code 0" in detailed.logs


def test_a_persistent_job_runs_until_cancelled(sim: DispersedSimulator, client: Client) -> None:
    job_uuid = str(create(client, CreatePersistentJobRequest(task="PERSISTENT", max_timeout_run_ms=None)).uuid)
    sim.clock.advance(10 * 86_400)  # type: ignore[attr-defined]
    assert get(client, job_uuid).status is JobStatus.RUNNING


def test_cancel_a_running_job_goes_cancelling_then_cancelled(sim: DispersedSimulator, client: Client) -> None:
    job_uuid = str(create(client).uuid)
    sim.clock.advance(10)  # type: ignore[attr-defined]
    assert get(client, job_uuid).status is JobStatus.RUNNING
    job = cancel_job.sync(UUID(job_uuid), client=client, body=CancelJobRequest(reason="Cancelled by user"))
    assert isinstance(job, Job) and (job.status, job.status_reason) == (JobStatus.CANCELLING, "Cancelled by user")
    assert runs_of(client, job_uuid)[0].status is JobRunStatus.CANCELLING
    sim.clock.advance(1.9)  # type: ignore[attr-defined]
    assert get(client, job_uuid).status is JobStatus.CANCELLING
    sim.clock.advance(0.1)  # type: ignore[attr-defined]
    job = get(client, job_uuid)
    assert (job.status, job.status_reason) == (JobStatus.CANCELLED, "Cancelled by user")
    assert job.completed_at == datetime.datetime(2026, 1, 1, 0, 0, 12, tzinfo=datetime.UTC)
    assert runs_of(client, job_uuid)[0].status is JobRunStatus.CANCELLED
    sim.clock.advance(3600)  # type: ignore[attr-defined]
    assert get(client, job_uuid).status is JobStatus.CANCELLED


def test_cancel_a_queued_job_never_starts_it(sim: DispersedSimulator, client: Client) -> None:
    job_uuid = str(create(client).uuid)
    job = cancel_job.sync(UUID(job_uuid), client=client, body=CancelJobRequest())
    assert isinstance(job, Job) and job.status is JobStatus.CANCELLING and job.status_reason is None
    sim.clock.advance(100)  # type: ignore[attr-defined]
    job = get(client, job_uuid)
    assert job.status is JobStatus.CANCELLED and job.started_at is None
    (run,) = runs_of(client, job_uuid)
    assert run.status is JobRunStatus.CANCELLED and run.started_at_ms is None


def test_cancel_a_cancelled_job_is_idempotent(sim: DispersedSimulator, client: Client) -> None:
    job_uuid = str(create(client).uuid)
    first = cancel_job.sync(UUID(job_uuid), client=client, body=CancelJobRequest(reason="first"))
    again = cancel_job.sync(UUID(job_uuid), client=client, body=CancelJobRequest(reason="second"))
    assert isinstance(first, Job) and isinstance(again, Job)
    assert again.to_dict() == first.to_dict()  # unchanged, the first reason kept
    sim.clock.advance(5)  # type: ignore[attr-defined]
    late = cancel_job.sync(UUID(job_uuid), client=client, body=CancelJobRequest(reason="third"))
    assert isinstance(late, Job) and (late.status, late.status_reason) == (JobStatus.CANCELLED, "first")


@pytest.mark.parametrize("outcome", [JobStatus.COMPLETED, JobStatus.FAILED])
def test_cancel_a_finished_job_is_409(sim: DispersedSimulator, client: Client, outcome: JobStatus) -> None:
    finished = next(job for job in list_jobs_all(client) if job.status is outcome)
    response = signed_request(sim, "PUT", f"/v1/jobs/{finished.uuid}/cancel", body=b'{"reason":"too late"}')
    assert_error(response, 409, "Conflict", f"Job is {outcome.value}")
    error = cancel_job.sync(UUID(str(finished.uuid)), client=client, body=CancelJobRequest(reason="x"))
    assert isinstance(error, Error) and error.error == "Conflict"
    assert get(client, str(finished.uuid)).status is outcome


def test_cancel_or_get_an_unknown_or_malformed_id_is_404(sim: DispersedSimulator, client: Client) -> None:
    unknown = UUID(int=12345, version=4)
    error = cancel_job.sync(unknown, client=client, body=CancelJobRequest(reason="x"))
    assert isinstance(error, Error) and (error.error, error.message) == ("Not Found", "Job not found")
    assert isinstance(get_job.sync(unknown, client=client), Error)
    for path in ("/v1/jobs/not-a-uuid/cancel", "/v1/jobs/not-a-uuid"):
        method = "PUT" if path.endswith("cancel") else "GET"
        assert_error(signed_request(sim, method, path, body=b"{}" if method == "PUT" else b""), 404, "Not Found",
                     "Job not found")
    assert_error(signed_request(sim, "GET", "/v1/job-runs/nope"), 404, "Not Found", "Job run not found")


# -- lists ---------------------------------------------------------------------------------------------------------


def list_jobs_all(client: Client, **kwargs: Any) -> list[Job]:
    page = list_jobs.sync(client=client, limit=50, **kwargs)
    assert isinstance(page, JobList)
    return page.data


def test_pagination_sees_every_job_exactly_once() -> None:
    with DispersedSimulator(jobs=23) as sim, client_for(sim) as client:
        created = [str(create(client).uuid) for _ in range(4)]
        seen: list[str] = []
        page_number, totals = 1, set()
        while True:
            page = list_jobs.sync(client=client, page=page_number, limit=6)
            assert isinstance(page, JobList) and (page.page, page.limit) == (page_number, 6)
            seen += [str(job.uuid) for job in page.data]
            totals.add(page.total)
            if page_number * page.limit >= page.total:
                break
            page_number += 1
        assert totals == {27} and page_number == 5
        assert len(seen) == len(set(seen)) == 27 and set(seen) == set(sim.job_ids)
        created_at = {job.id: job.created_at for job in sim.jobs}
        assert [created_at[u] for u in seen] == sorted((created_at[u] for u in seen), reverse=True)
        assert seen[:4] == created[::-1]
        oldest_first = list_jobs.sync(client=client, limit=50, sort=JobSort.CREATED_AT_ASC)
        assert isinstance(oldest_first, JobList) and [str(j.uuid) for j in oldest_first.data] == seen[::-1]
        past_the_end = list_jobs.sync(client=client, page=9, limit=6)
        assert isinstance(past_the_end, JobList) and past_the_end.data == [] and past_the_end.total == 27


def test_list_filters(sim: DispersedSimulator, client: Client) -> None:
    every = list_jobs_all(client)
    some = list_jobs_all(client, filter_status="RUNNING,PENDING")
    assert some and {job.status for job in some} <= {JobStatus.RUNNING, JobStatus.PENDING}
    assert len(some) == sum(job.status in (JobStatus.RUNNING, JobStatus.PENDING) for job in every)
    for task in JobTask:
        assert all(job.task is task for job in list_jobs_all(client, filter_task=task))
    (only,) = list_jobs_all(client, filter_uuid=str(every[3].uuid))
    assert only.uuid == every[3].uuid
    cpu = every[0].cpu_count
    assert {job.cpu_count for job in list_jobs_all(client, filter_cpu_count=str(int(cpu or 0)))} == {cpu}
    assert all(16 <= job.min_ram_gb <= 32 for job in list_jobs_all(client, filter_min_ram_gb="16,32"))
    recent = list_jobs_all(client, filter_created_at="2025-12-31T23:00:00Z,")
    assert recent and all(sim_job.created_at >= 1_767_222_000 for sim_job in sim.jobs if sim_job.id in
                          {str(job.uuid) for job in recent})
    assert len(list_jobs_all(client, filter_created_at="2020-01-01,2020-12-31")) == 0
    assert len(list_jobs_all(client, filter_min_vram_gb="0,", filter_min_storage_gb=",1000")) == 5


@pytest.mark.parametrize(("params", "message"), [
    ([("limit", "51")], "limit must be an integer between 1 and 50"),
    ([("limit", "0")], "limit must be an integer between 1 and 50"),
    ([("page", "0")], "page must be an integer >= 1"),
    ([("page", "two")], "page must be an integer >= 1"),
    ([("sort", "title")], "sort must be created_at or -created_at"),
    ([("filter[status]", "RUNNING,DONE")], "unknown status DONE"),
    ([("filter[task]", "batch")], "filter[task] must be BATCH or PERSISTENT"),
    ([("filter[min_ram_gb]", "a,b")], "malformed bound"),
])
def test_list_rejects_bad_parameters(shared: DispersedSimulator, params: list[tuple[str, str]], message: str) -> None:
    assert_error(signed_request(shared, "GET", "/v1/jobs", params=params), 422, "Unprocessable Entity", message)


def test_list_accepts_unknown_and_blank_parameters(shared: DispersedSimulator) -> None:
    response = signed_request(shared, "GET", "/v1/jobs", params=[("filter[region]", "eu"), ("x", ""), ("limit", "3")])
    assert response.status_code == 200 and len(response.json()["data"]) == 3


def test_job_runs_follow_their_job_and_logs_appear_only_on_get(sim: DispersedSimulator, client: Client) -> None:
    page = list_job_runs.sync(client=client, limit=50)
    assert isinstance(page, JobRunList) and page.total == len(page.data) >= len(sim.job_ids)
    assert all("logs" not in run.to_dict() for run in page.data)
    jobs = {str(job.uuid): job for job in list_jobs_all(client)}
    follows = {"PENDING": "PENDING", "ASSIGNED": "PREPARING", "RUNNING": "RUNNING", "COMPLETED": "COMPLETED",
               "FAILED": "FAILED", "CANCELLING": "CANCELLING", "CANCELLED": "CANCELLED"}
    for run in page.data:
        job = jobs[str(run.job_uuid)]
        assert isinstance(run.status, JobRunStatus) and isinstance(run.job_snapshot, JobSnapshot)
        assert run.status.value == follows[job.status.value] or run.status is JobRunStatus.FAILED  # or a failed retry
        assert run.job_snapshot["uuid"] == job.uuid
    running = next(run for run in page.data if run.status is JobRunStatus.RUNNING)
    detailed = get_job_run.sync(str(running.uuid), client=client)
    assert isinstance(detailed, JobRun) and isinstance(detailed.logs, str) and "container started" in detailed.logs
    pending = next(run for run in page.data if run.status is JobRunStatus.PENDING)
    detailed = get_job_run.sync(str(pending.uuid), client=client)
    assert isinstance(detailed, JobRun) and detailed.logs is None and detailed.node_urls is None

    job_uuid = str(running.job_uuid)
    assert {str(run.job_uuid) for run in runs_of(client, job_uuid)} == {job_uuid}
    failed = list_job_runs.sync(client=client, filter_status="FAILED")
    assert isinstance(failed, JobRunList) and failed.data
    assert all(run.status is JobRunStatus.FAILED for run in failed.data)
    first = list_job_runs.sync(client=client, page=1, limit=2)
    second = list_job_runs.sync(client=client, page=2, limit=2)
    assert isinstance(first, JobRunList) and isinstance(second, JobRunList)
    assert [run.uuid for run in first.data + second.data] == [run.uuid for run in page.data[:4]]
    assert_error(signed_request(sim, "GET", "/v1/job-runs", params=[("limit", "99")]), 422, "Unprocessable Entity",
                 "limit")


def test_node_urls_of_a_running_service(sim: DispersedSimulator, client: Client) -> None:
    body = CreatePersistentJobRequest.from_dict({
        "task": "PERSISTENT", "max_timeout_run_ms": None,
        "parameters": {"type": "docker", "parameters": {"image": "jupyter/base-notebook", "ports": [8888]}}})
    job_uuid = str(create(client, body).uuid)
    sim.clock.advance(5)  # type: ignore[attr-defined]
    (run,) = runs_of(client, job_uuid)
    assert run.node_urls and run.node_urls[0].port == 8888 and run.node_urls[0].tls is True


# -- authentication ------------------------------------------------------------------------------------------------


def test_the_signature_covers_the_percent_encoded_query(shared: DispersedSimulator) -> None:
    response = signed_request(shared, "GET", "/v1/jobs", params=[("filter[status]", "RUNNING,PENDING"), ("limit", "5")])
    assert response.status_code == 200
    assert {job["status"] for job in response.json()["data"]} <= {"RUNNING", "PENDING"}


# (query as sent on the wire, the canonical queryString written out by hand from shared/reference/dispersed.md:
# urlencode over the pairs sorted by key then value, i.e. form encoding). list_jobs ignores unknown parameters.
SIGNED_QUERY_VECTORS = [
    pytest.param("", "", id="no-query"),
    pytest.param("page=1&limit=10", "limit=10&page=1", id="vendor-example"),
    pytest.param("page=1&filter[status]=PENDING,RUNNING", "filter%5Bstatus%5D=PENDING%2CRUNNING&page=1",
                 id="reference-filter-example"),
    pytest.param("q=hello%20world", "q=hello+world", id="space-sent-as-%20-signs-as-plus"),
    pytest.param("q=hello+world", "q=hello+world", id="space-sent-as-plus"),
    pytest.param("q=1%2B1%3D2", "q=1%2B1%3D2", id="literal-plus-and-equals"),
    pytest.param("q=fish%26chips", "q=fish%26chips", id="ampersand"),
    pytest.param("name=%C3%A9t%C3%A9&city=Z%C3%BCrich", "city=Z%C3%BCrich&name=%C3%A9t%C3%A9", id="unicode"),
    pytest.param("tag=b&a=2&tag=a&tag=B", "a=2&tag=B&tag=a&tag=b", id="repeated-key-values-sorted"),
    pytest.param("x=&limit=5&flag", "flag=&limit=5&x=", id="empty-values-and-bare-key"),
    pytest.param("path=a%2Fb~c*d", "path=a%2Fb~c%2Ad", id="slash-tilde-star"),
    pytest.param("a%2Bb=2&a+b=1", "a+b=1&a%2Bb=2", id="sorted-before-encoding"),
]


@pytest.mark.parametrize(("raw_query", "signed_query"), SIGNED_QUERY_VECTORS)
def test_the_signed_query_string_is_the_vendors_form_encoding(
    shared: DispersedSimulator, raw_query: str, signed_query: str
) -> None:
    response = signed_request(shared, "GET", "/v1/jobs", raw_query=raw_query, signed_query=signed_query)
    assert response.status_code == 200, response.text


@pytest.mark.parametrize(
    ("raw_query", "wrong"),
    [
        pytest.param("q=hello%20world", "q=hello%20world", id="space-as-%20"),  # what we used to sign
        pytest.param("tag=b&tag=a", "tag=b&tag=a", id="repeated-values-unsorted"),
        pytest.param("filter[status]=PENDING", "filter[status]=PENDING", id="brackets-unencoded"),
        pytest.param("q=1%2B1", "q=1+1", id="plus-as-space"),
    ],
)
def test_other_spellings_of_the_query_do_not_verify(shared: DispersedSimulator, raw_query: str, wrong: str) -> None:
    response = signed_request(shared, "GET", "/v1/jobs", raw_query=raw_query, signed_query=wrong)
    assert_error(response, 401, "Unauthorized", "invalid signature")


def test_the_client_signer_and_the_simulator_agree_on_awkward_queries(shared: DispersedSimulator) -> None:
    params = [("q", "a b+c&d=é"), ("tag", "z"), ("tag", "a b"), ("empty", ""), ("filter[status]", "PENDING,RUNNING")]
    with httpx2.Client(auth=auth_for(shared), event_hooks={"response": [conforms]}) as raw:
        response = raw.get(f"{shared.base_url}/v1/jobs", params=params)
    assert response.status_code == 200, response.text


def test_refusals_are_401_with_distinct_messages(sim: DispersedSimulator) -> None:
    body = b'{"reason":"x"}'
    path = f"/v1/jobs/{sim.job_ids[0]}/cancel"
    old = int((time.time() - 301) * 1000)
    future = int((time.time() + 301) * 1000)
    cases = {
        "missing signature headers": dict(drop=("X-Signature",)),
        "unknown API key": dict(public_key="pk_someone_else"),
        "invalid signature": dict(secret_key="sk_wrong"),
        "outside the allowed clock skew": dict(time_ms=old),
        "X-Nonce must be 32 lowercase hex characters": dict(nonce="A" * 32),
        "X-Time must be the Unix time in milliseconds": dict(time_ms=-5),
    }
    messages = set()
    for message, options in cases.items():
        response = signed_request(sim, "PUT", path, body=body, **options)  # type: ignore[arg-type]
        assert_error(response, 401, "Unauthorized", message)
        messages.add(response.json()["message"])
    assert_error(signed_request(sim, "PUT", path, body=body, time_ms=future), 401, "Unauthorized", "clock skew")
    tampered = signed_request(sim, "PUT", path, body=body, sent_body=b'{"reason":"y"}')
    assert_error(tampered, 401, "Unauthorized", "invalid signature")
    assert len(messages) == len(cases)
    assert get_status(sim, sim.job_ids[0]) == "PENDING"  # nothing refused reached the handler


def get_status(sim: DispersedSimulator, job_uuid: str) -> str:
    response = signed_request(sim, "GET", f"/v1/jobs/{job_uuid}")
    assert response.status_code == 200
    return str(response.json()["status"])


def test_a_replayed_nonce_is_refused(sim: DispersedSimulator) -> None:
    stamp, nonce = int(time.time() * 1000), secrets.token_hex(16)
    assert signed_request(sim, "GET", "/v1/jobs", time_ms=stamp, nonce=nonce).status_code == 200
    replay = signed_request(sim, "GET", "/v1/jobs", time_ms=stamp, nonce=nonce)
    assert_error(replay, 401, "Unauthorized", "nonce already used")
    again = signed_request(sim, "GET", "/v1/job-runs", nonce=nonce)  # a new request, but the same nonce
    assert_error(again, 401, "Unauthorized", "nonce already used")


def test_the_generated_client_with_missing_or_wrong_credentials_gets_401(sim: DispersedSimulator) -> None:
    with Client(base_url=sim.base_url, httpx_args={"event_hooks": {"response": [conforms]}}) as anonymous:
        error = list_jobs.sync(client=anonymous)
        assert isinstance(error, Error) and error.error == "Unauthorized" and "missing" in str(error.message)
    with client_for(sim, DispersedAuth(sim.public_key, "sk_wrong")) as wrong:
        error = list_jobs.sync(client=wrong)
        assert isinstance(error, Error) and error.message == "invalid signature"
        assert isinstance(create_job.sync(client=wrong, body=batch_request()), Error)
    assert len(sim.job_ids) == 5


def test_credentials_are_constructor_options() -> None:
    with DispersedSimulator(public_key="pk_live_1", secret_key="sk_live_1", jobs=1) as sim:
        assert sim.credentials == {"DISPERSED_PUBLIC_KEY": "pk_live_1", "DISPERSED_SECRET_KEY": "sk_live_1"}
        with client_for(sim) as client:
            assert isinstance(list_jobs.sync(client=client), JobList)
        with client_for(sim, DispersedAuth("pk_simulator", "sk_simulator_secret")) as defaults:
            assert isinstance(list_jobs.sync(client=defaults), Error)


def test_the_skew_window_is_configurable(sim: DispersedSimulator) -> None:
    with DispersedSimulator(max_skew_seconds=5, jobs=0) as strict:
        ten_seconds_ago = int((time.time() - 10) * 1000)
        assert_error(signed_request(strict, "GET", "/v1/jobs", time_ms=ten_seconds_ago), 401, "Unauthorized", "skew")
    assert signed_request(sim, "GET", "/v1/jobs", time_ms=int((time.time() - 10) * 1000)).status_code == 200


# -- faults and determinism -------------------------------------------------------------------------------------------


def test_unknown_status_and_nulls_faults(sim: DispersedSimulator, client: Client) -> None:
    sim.faults.add(Fault.unknown_enum(), route="get_job", times=1)
    with Client(base_url=sim.base_url, httpx_args={"auth": auth_for(sim)}) as unchecked:  # off-spec on purpose
        job = get_job.sync(UUID(sim.job_ids[0]), client=unchecked)
    assert isinstance(job, Job) and job.status.value == "SUSPENDED" and not job.status.is_known
    sim.faults.add(Fault.nulls(), route="get_job", times=1)
    nulled = get(client, sim.job_ids[1])
    assert nulled.created_at is None and nulled.max_timeout_run_ms is None
    assert nulled.uuid is not None  # job runs share the name `uuid` and may not be null, so the fault leaves it


def test_same_seed_same_jobs() -> None:
    def snapshot(seed: int) -> tuple[Any, Any]:
        with DispersedSimulator(seed=seed, jobs=12) as sim:
            jobs = signed_request(sim, "GET", "/v1/jobs", params=[("limit", "50")]).json()
            runs = signed_request(sim, "GET", "/v1/job-runs", params=[("limit", "50")]).json()
            return jobs, runs

    assert snapshot(7) == snapshot(7)
    assert snapshot(7) != snapshot(8)


def test_every_operation_and_error_is_checked_against_the_spec(sim: DispersedSimulator) -> None:
    """A success and each kind of error of every operation, each validated by `conforms`. Self-contained: the other
    tests of this file may run in other processes (pytest-xdist), so their responses cannot count here."""
    before = SEEN.copy()
    unknown = str(UUID(int=12345, version=4))
    running = next(job_id for job_id in sim.job_ids if get_status(sim, job_id) in ("PENDING", "RUNNING"))
    created = signed_request(sim, "POST", "/v1/jobs", body=json.dumps(batch_request().to_dict()).encode())
    run_id = signed_request(sim, "GET", "/v1/job-runs").json()["data"][0]["uuid"]
    answers = {
        "create_job": [created.status_code,
                       signed_request(sim, "POST", "/v1/jobs", body=b'{"task": ').status_code,
                       signed_request(sim, "POST", "/v1/jobs", body=b'{"max_timeout_run_ms":1000,"task":"BATCH"}'
                                      ).status_code],
        "list_jobs": [signed_request(sim, "GET", "/v1/jobs").status_code,
                      signed_request(sim, "GET", "/v1/jobs", params=[("limit", "51")]).status_code],
        "get_job": [signed_request(sim, "GET", f"/v1/jobs/{running}").status_code,
                    signed_request(sim, "GET", f"/v1/jobs/{unknown}").status_code],
        "cancel_job": [signed_request(sim, "PUT", f"/v1/jobs/{running}/cancel", body=b'{"reason":"x"}').status_code,
                       signed_request(sim, "PUT", f"/v1/jobs/{unknown}/cancel", body=b'{"reason":"x"}').status_code,
                       signed_request(sim, "PUT", f"/v1/jobs/{running}/cancel", body=b'{"reason":"x"}',
                                      secret_key="sk_wrong").status_code],
        "list_job_runs": [signed_request(sim, "GET", "/v1/job-runs").status_code,
                          signed_request(sim, "GET", "/v1/job-runs", params=[("limit", "99")]).status_code],
        "get_job_run": [signed_request(sim, "GET", f"/v1/job-runs/{run_id}").status_code,
                        signed_request(sim, "GET", "/v1/job-runs/nope").status_code],
    }
    checked = SEEN - before
    assert set(answers) == {op["operationId"] for _, _, op in ROUTES}  # every operation of the spec
    for operation_id, statuses in answers.items():
        assert statuses[0] == 200 and all(status >= 400 for status in statuses[1:]), (operation_id, statuses)
        assert {status for op, status in checked if op == operation_id} == set(statuses), operation_id
    assert {status for _, status in checked} == {200, 400, 401, 404, 422}
