"""VeryfrontSimulator against the generated veryfront_client: every operation, the job lifecycle on the ManualClock,
cancel semantics, cursor pagination, auth, projects, validation and determinism.

Every response the generated client receives here is checked on the wire by an httpx2 event hook: JSON content type,
and the body validates against the spec's schema for its status (or `default`), error bodies included.
"""

from __future__ import annotations

import asyncio
import re
import uuid
from collections.abc import Iterator
from typing import Any

import httpx2
import pytest
from anyjob.testing import Fault, ManualClock
from anyjob.testing._veryfront import STATUSES, VeryfrontSimulator
from jsonschema import Draft202012Validator
from veryfront_client import AuthenticatedClient, Client
from veryfront_client.api.job_batches import get_job_batch, list_job_batch_jobs
from veryfront_client.api.jobs import (
    cancel_job,
    create_job,
    get_job,
    get_job_logs,
    list_job_events,
    list_jobs,
)
from veryfront_client.models import (
    CreateJobRequest,
    Error,
    Job,
    JobBatch,
    JobConfig,
    JobEventDirection,
    JobEventList,
    JobList,
    JobLogs,
    JobStatus,
    KnowledgeIngestResult,
    KnowledgeIngestResultSummary,
    RuntimeTargetKind,
)
from veryfront_client.types import Response

from tests.conftest import CODEGEN
from tests.spec_tools import inline_refs, load_spec, operations, resolve

SPEC = load_spec(CODEGEN.clients["veryfront"].spec)
SLUG = "demo-project"
ROUTES = [(method.upper(), re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$"), op)
          for path, method, op in operations(SPEC)]


def response_schema(method: str, path: str, status: int) -> tuple[str, dict[str, Any]]:
    """(operationId, inlined JSON schema) the spec gives for `status` (or `default`) of the operation at `path`."""
    op = next(op for m, pattern, op in ROUTES if m == method and pattern.match(path))
    responses = op["responses"]
    response = resolve(SPEC, responses.get(str(status)) or responses["default"])
    return op["operationId"], inline_refs(SPEC, response["content"]["application/json"]["schema"])


class Conformance:
    """An httpx2 response hook: every response is JSON that validates against the spec; remembers what it saw."""

    def __init__(self) -> None:
        self.seen: set[tuple[str, int]] = set()

    def check(self, response: httpx2.Response) -> None:
        response.read()
        operation_id, schema = response_schema(response.request.method, response.request.url.path,
                                               response.status_code)
        assert response.headers["content-type"].startswith("application/json"), response.headers
        Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER).validate(response.json())
        self.seen.add((operation_id, response.status_code))

    async def acheck(self, response: httpx2.Response) -> None:
        await response.aread()
        self.check(response)


@pytest.fixture
def conformance() -> Conformance:
    return Conformance()


@pytest.fixture
def sim() -> Iterator[VeryfrontSimulator]:
    with VeryfrontSimulator(jobs=10) as simulator:
        yield simulator


@pytest.fixture
def raw(sim: VeryfrontSimulator, conformance: Conformance) -> Iterator[httpx2.Client]:
    """Plain httpx2 under /projects, without credentials (tests send their own), conformance-checked too."""
    with httpx2.Client(base_url=f"{sim.base_url}/projects", event_hooks={"response": [conformance.check]}) as http:
        yield http


def bearer(sim: VeryfrontSimulator) -> dict[str, str]:
    return {"Authorization": f"Bearer {sim.token}"}


def make_client(sim: VeryfrontSimulator, conformance: Conformance, **headers: str) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=sim.base_url, token=sim.token, headers=headers,
                               httpx_args={"event_hooks": {"response": [conformance.check]}})


@pytest.fixture
def client(sim: VeryfrontSimulator, conformance: Conformance) -> AuthenticatedClient:
    return make_client(sim, conformance)


def clock(sim: VeryfrontSimulator) -> ManualClock:
    assert isinstance(sim.clock, ManualClock)
    return sim.clock


def ok(response: Response[Any], status: int = 200) -> Any:
    assert response.status_code == status, response.content
    assert not isinstance(response.parsed, Error), response.parsed
    return response.parsed


def error(response: Response[Any], status: int) -> str:
    """The `detail` of an error response with `status` (the vendor's error body)."""
    assert response.status_code == status, response.content
    assert isinstance(response.parsed, Error)
    assert isinstance(response.parsed.detail, str) and response.parsed.detail
    return response.parsed.detail


def job_in(sim: VeryfrontSimulator, status: str) -> uuid.UUID:
    """A seeded job in `status` now."""
    now = sim.clock.now()
    return uuid.UUID(next(job.id for job in sim.jobs if STATUSES[job.phase(now)] == status))


def ingest_request(**extra: Any) -> CreateJobRequest:
    request = CreateJobRequest(name="Ingest onboarding documents", target="task:knowledge-ingest")
    request.config = JobConfig.from_dict(
        {"paths": ["handbook.pdf", "benefits.docx", ".DS_Store", "scan.pdf", "pricing.md"]})
    for key, value in extra.items():
        setattr(request, key, value)
    return request


# -- every operation ------------------------------------------------------------------------------------------------


def test_every_operation_succeeds_and_parses(conformance: Conformance) -> None:
    with VeryfrontSimulator(jobs=35) as sim:  # 35 = every seeded phase with every seeded payload
        client = make_client(sim, conformance)
        body = ingest_request(batch_id=uuid.UUID(sim.batch_id))
        created = ok(create_job.sync_detailed(SLUG, client=client, body=body), 201)
        assert isinstance(created, Job) and created.status is JobStatus.SUBMITTED
        page = ok(list_jobs.sync_detailed(SLUG, client=client, limit=100))
        assert isinstance(page, JobList) and len(page.data) == 36
        kinds = set()
        for item in page.data:
            job = ok(get_job.sync_detailed(SLUG, item.id, client=client))
            assert isinstance(job, Job) and job.id == item.id and job.status == item.status
            kinds.add(job.result.to_dict()["kind"] if job.result else None)
            assert isinstance(ok(list_job_events.sync_detailed(SLUG, item.id, client=client)), JobEventList)
            assert isinstance(ok(get_job_logs.sync_detailed(SLUG, item.id, client=client)), JobLogs)
        assert kinds == {"knowledge_ingest", "value", "artifacts", None}
        canceled = ok(cancel_job.sync_detailed(SLUG, created.id, client=client))
        assert isinstance(canceled, Job) and canceled.status is JobStatus.CANCELED
        batch = ok(get_job_batch.sync_detailed(SLUG, uuid.UUID(sim.batch_id), client=client))
        assert isinstance(batch, JobBatch) and batch.job_count == sum(
            1 for job in page.data if str(job.batch_id) == sim.batch_id)
        jobs = ok(list_job_batch_jobs.sync_detailed(SLUG, uuid.UUID(sim.batch_id), client=client, limit=100))
        assert isinstance(jobs, JobList) and {job.id for job in jobs.data} == {
            job.id for job in page.data if str(job.batch_id) == sim.batch_id}
    assert {operation for operation, _ in conformance.seen} == {op["operationId"] for _, _, op in operations(SPEC)}


def test_async_client(sim: VeryfrontSimulator, conformance: Conformance) -> None:
    client = AuthenticatedClient(base_url=sim.base_url, token=sim.token,
                                 httpx_args={"event_hooks": {"response": [conformance.acheck]}})

    async def calls() -> tuple[Any, Any]:
        async with client:
            page = await list_jobs.asyncio(SLUG, client=client)
            assert isinstance(page, JobList)
            return page, await get_job.asyncio(SLUG, page.data[0].id, client=client)

    page, job = asyncio.run(calls())
    assert isinstance(job, Job) and job.id == page.data[0].id
    assert conformance.seen == {("list_jobs", 200), ("get_job", 200)}


# -- lifecycle ------------------------------------------------------------------------------------------------------


def test_created_job_moves_through_the_statuses_and_its_results_grow(
        sim: VeryfrontSimulator, client: AuthenticatedClient, raw: httpx2.Client) -> None:
    job = ok(create_job.sync_detailed(SLUG, client=client, body=ingest_request()), 201)
    assert (job.status, job.started_at, job.result_summary, job.result, job.exit_code) == (
        JobStatus.SUBMITTED, None, None, None, None)
    assert job.canonical_run_id and job.created_at.endswith("Z") and job.kind.value == "knowledge_ingest"
    assert ok(get_job_logs.sync_detailed(SLUG, job.id, client=client)).logs is None

    clock(sim).advance(5)
    job = ok(get_job.sync_detailed(SLUG, job.id, client=client))
    assert job.status is JobStatus.WORKING and job.started_at == "2026-01-01T00:00:05.000Z"
    assert job.result_summary is None  # nothing processed yet

    seen = []
    for _ in range(5):
        clock(sim).advance(10)
        job = ok(get_job.sync_detailed(SLUG, job.id, client=client))
        assert job.status is JobStatus.WORKING
        assert isinstance(job.result_summary, KnowledgeIngestResultSummary)
        assert isinstance(job.result, KnowledgeIngestResult)
        counts = job.result_summary
        seen.append(counts.ingested_count + counts.skipped_count + counts.failed_count)
        assert len(job.result.ingested) == counts.ingested_count and len(job.result.failed) == counts.failed_count
    assert seen == sorted(seen) and seen[-1] == 5 and seen[0] < 5

    clock(sim).advance(10)
    job = ok(get_job.sync_detailed(SLUG, job.id, client=client))
    assert job.status is JobStatus.COMPLETED and job.exit_code == 0 and job.completed_at == "2026-01-01T00:01:05.000Z"
    summary = job.result_summary
    assert (summary.state.value, summary.requested_count, summary.ingested_count, summary.skipped_count,
            summary.failed_count) == ("partial_success", 5, 3, 1, 1)
    assert [source.reason.value for source in job.result.skipped] == ["hidden_path"]
    assert [source.reason.value for source in job.result.failed] == ["parser_error"]
    # List items are JobListItems: no `result`, no `failed_reason`.
    listed = raw.get(f"/{SLUG}/jobs", headers=bearer(sim)).json()
    item = next(item for item in listed["data"] if item["id"] == str(job.id))
    assert "result" not in item and "failed_reason" not in item and item["result_summary"]["ingested_count"] == 3
    logs = ok(get_job_logs.sync_detailed(SLUG, job.id, client=client)).logs
    assert logs.splitlines()[-1] == "2026-01-01T00:01:05.000Z Done: 3 ingested, 1 skipped, 1 failed"


def test_short_timeout_fails_the_job(sim: VeryfrontSimulator, client: AuthenticatedClient) -> None:
    job = ok(create_job.sync_detailed(SLUG, client=client, body=CreateJobRequest(
        name="Nightly report", target="workflow:nightly-report", timeout_seconds=30)), 201)
    clock(sim).advance(40)
    job = ok(get_job.sync_detailed(SLUG, job.id, client=client))
    assert (job.status, job.exit_code, job.kind, job.result) == (JobStatus.FAILED, 1, None, None)
    assert "timeout" in job.failure_detail and job.failed_reason


def test_other_targets_complete_with_a_value(sim: VeryfrontSimulator, client: AuthenticatedClient) -> None:
    job = ok(create_job.sync_detailed(SLUG, client=client, body=CreateJobRequest(
        name="Nightly report", target="workflow:nightly-report")), 201)
    clock(sim).advance(65)
    job = ok(get_job.sync_detailed(SLUG, job.id, client=client))
    assert job.status is JobStatus.COMPLETED and job.result.to_dict() == {"kind": "value", "value": {"ok": True}}


# -- cancel ---------------------------------------------------------------------------------------------------------


def test_cancel_a_working_job(sim: VeryfrontSimulator, client: AuthenticatedClient) -> None:
    job_id = job_in(sim, "working")
    before = ok(get_job.sync_detailed(SLUG, job_id, client=client))
    job = ok(cancel_job.sync_detailed(SLUG, job_id, client=client))
    assert job.status is JobStatus.CANCELED and job.completed_at == job.updated_at and job.started_at
    assert sim.count("cancel_job", job_id=str(job_id)) == 1
    clock(sim).advance(3600)  # stays canceled, keeps what it had done
    after = ok(get_job.sync_detailed(SLUG, job_id, client=client))
    assert after.status is JobStatus.CANCELED
    counts = ("requested_count", "ingested_count", "skipped_count", "failed_count")
    assert [getattr(after.result_summary, n) for n in counts] == [getattr(before.result_summary, n) for n in counts]
    assert after.result_summary.state.value == "partial_success"  # stopped before every source was done


def test_cancel_a_submitted_job(sim: VeryfrontSimulator, client: AuthenticatedClient) -> None:
    job = ok(create_job.sync_detailed(SLUG, client=client, body=ingest_request()), 201)
    canceled = ok(cancel_job.sync_detailed(SLUG, job.id, client=client))
    assert (canceled.status, canceled.started_at, canceled.result) == (JobStatus.CANCELED, None, None)
    clock(sim).advance(100)
    assert ok(get_job_logs.sync_detailed(SLUG, job.id, client=client)).logs is None


def test_cancel_is_idempotent(sim: VeryfrontSimulator, client: AuthenticatedClient) -> None:
    job_id = job_in(sim, "canceled")
    first = ok(get_job.sync_detailed(SLUG, job_id, client=client))
    clock(sim).advance(60)
    again = ok(cancel_job.sync_detailed(SLUG, job_id, client=client))
    assert again.to_dict() == first.to_dict()


@pytest.mark.parametrize("status", ["completed", "failed"])
def test_cancel_a_finished_job_is_a_conflict(sim: VeryfrontSimulator, client: AuthenticatedClient, status: str,
                                             conformance: Conformance) -> None:
    job_id = job_in(sim, status)
    detail = error(cancel_job.sync_detailed(SLUG, job_id, client=client), 409)
    assert detail == f"Job '{job_id}' is already {status} and cannot be canceled"
    assert ok(get_job.sync_detailed(SLUG, job_id, client=client)).status.value == status
    assert ("cancel_job", 409) in conformance.seen  # served under `default`, validated as Error


def test_cancel_unknown_or_malformed_job_is_not_found(sim: VeryfrontSimulator, client: AuthenticatedClient,
                                                     raw: httpx2.Client) -> None:
    unknown = uuid.UUID(int=7)
    assert error(cancel_job.sync_detailed(SLUG, unknown, client=client), 404) == f"Job '{unknown}' not found"
    response = raw.post(f"/{SLUG}/jobs/not-a-uuid/cancel", headers=bearer(sim))
    assert (response.status_code, response.json()) == (404, {"detail": "Job 'not-a-uuid' not found"})


# -- pagination -----------------------------------------------------------------------------------------------------


def walk(client: AuthenticatedClient, limit: int, **filters: Any) -> list[list[Any]]:
    pages, cursor = [], None
    while True:
        kwargs = {"cursor": cursor} if cursor else {}
        page = ok(list_jobs.sync_detailed(SLUG, client=client, limit=limit, **kwargs, **filters))
        pages.append(page.data)
        assert page.page_info.first is None
        cursor = page.page_info.next_
        if cursor is None:
            return pages
        assert len(pages) < 100


def test_pagination_sees_every_job_exactly_once(conformance: Conformance) -> None:
    with VeryfrontSimulator(jobs=23) as sim:
        client = make_client(sim, conformance)
        for n in range(4):
            clock(sim).advance(1 if n % 2 else 0)  # two pairs of jobs created at the same instant
            ok(create_job.sync_detailed(SLUG, client=client, body=ingest_request()), 201)
        pages = walk(client, limit=5)
        assert [len(page) for page in pages] == [5, 5, 5, 5, 5, 2]
        ids = [job.id for page in pages for job in page]
        assert sorted(map(str, ids)) == sorted(sim.job_ids) and len(set(ids)) == 27
        assert ids == [uuid.UUID(job_id) for job_id in reversed(sim.job_ids)]  # newest first
        created = [job.created_at for page in pages for job in page]
        assert created == sorted(created, reverse=True)

        # prev goes back page by page; self reproduces the page.
        page = ok(list_jobs.sync_detailed(SLUG, client=client, limit=5))
        second = ok(list_jobs.sync_detailed(SLUG, client=client, limit=5, cursor=page.page_info.next_))
        assert page.page_info.prev is None and second.page_info.prev == page.page_info.self_
        again = ok(list_jobs.sync_detailed(SLUG, client=client, limit=5, cursor=second.page_info.self_))
        assert [job.id for job in again.data] == [job.id for job in second.data]

        # Jobs created during a walk do not shift it (keyset cursors).
        first = ok(list_jobs.sync_detailed(SLUG, client=client, limit=10))
        ok(create_job.sync_detailed(SLUG, client=client, body=ingest_request()), 201)
        rest = walk_from(client, first.page_info.next_)
        assert len({job.id for job in first.data} | {job.id for job in rest}) == 27 == len(first.data) + len(rest)

        # Filters page the same way.
        everything = [job for page in walk(client, limit=100) for job in page]
        for status in JobStatus:
            got = [job.id for page in walk(client, limit=2, status=status) for job in page]
            assert got and got == [job.id for job in everything if job.status is status]
        batch = [job.id for page in walk(client, limit=3, batch_id=uuid.UUID(sim.batch_id)) for job in page]
        assert batch and batch == [job.id for job in everything if str(job.batch_id) == sim.batch_id]
        env = [job for page in walk(client, limit=4, environment_id=uuid.UUID(sim.environment_id)) for job in page]
        assert env and all(str(job.environment_id) == sim.environment_id for job in env)
        cron = [job for page in walk(client, limit=50, cron_job_id=uuid.UUID(sim.cron_job_id)) for job in page]
        assert cron and all(str(job.cron_job_id) == sim.cron_job_id for job in cron)
        batch_jobs = ok(list_job_batch_jobs.sync_detailed(SLUG, uuid.UUID(sim.batch_id), client=client, limit=2))
        assert [job.id for job in batch_jobs.data] == batch[:2]


def walk_from(client: AuthenticatedClient, cursor: str | None) -> list[Any]:
    jobs: list[Any] = []
    while cursor:
        page = ok(list_jobs.sync_detailed(SLUG, client=client, limit=7, cursor=cursor))
        jobs.extend(page.data)
        cursor = page.page_info.next_
    return jobs


def test_empty_page_and_bad_list_parameters(sim: VeryfrontSimulator, client: AuthenticatedClient,
                                            raw: httpx2.Client) -> None:
    empty = ok(list_jobs.sync_detailed(SLUG, client=client, cron_job_id=uuid.UUID(int=1)))
    assert empty.data == [] and empty.page_info.to_dict() == {"self": None, "first": None, "next": None, "prev": None}
    assert error(list_jobs.sync_detailed(SLUG, client=client, cursor="bm90IGEgY3Vyc29y"), 400).startswith(
        "Invalid cursor")
    assert error(list_jobs.sync_detailed(SLUG, client=client, limit=0), 400).startswith("Invalid query parameter limit")
    assert error(list_jobs.sync_detailed(SLUG, client=client, limit=101), 400)
    for query in ("status=succeeded", "batch_id=nope", "limit=ten"):
        response = raw.get(f"/{SLUG}/jobs?{query}", headers=bearer(sim))
        assert response.status_code == 400 and set(response.json()) == {"detail"}


def test_events_paginate_in_both_directions(sim: VeryfrontSimulator, client: AuthenticatedClient) -> None:
    job = ok(create_job.sync_detailed(SLUG, client=client, body=ingest_request()), 201)
    clock(sim).advance(120)
    everything = ok(list_job_events.sync_detailed(SLUG, job.id, client=client, limit=1000,
                                                  direction=JobEventDirection.FORWARD))
    messages = [entry["message"] for entry in everything.to_dict()["entries"]]
    assert len(messages) == 8 and everything.next_cursor is None  # submitted, started, 5 sources, completed
    assert messages[0].startswith("Job submitted") and messages[-1].startswith("Done")
    for direction, expected in ((JobEventDirection.FORWARD, messages), (JobEventDirection.BACKWARD, messages[::-1])):
        seen, cursor = [], None
        while True:
            kwargs = {"cursor": cursor} if cursor else {}
            page = ok(list_job_events.sync_detailed(SLUG, job.id, client=client, limit=3, direction=direction,
                                                    **kwargs))
            seen.extend(entry["message"] for entry in page.to_dict()["entries"])
            cursor = page.next_cursor
            if cursor is None:
                break
        assert seen == expected
    assert page.stats.lines_processed == 8
    default = ok(list_job_events.sync_detailed(SLUG, job.id, client=client))  # backward by default
    assert default.to_dict()["entries"][0]["message"] == messages[-1]
    bad = ok(list_job_events.sync_detailed(SLUG, job.id, client=client, limit=3,
                                           direction=JobEventDirection.FORWARD)).next_cursor
    assert error(list_job_events.sync_detailed(SLUG, job.id, client=client, cursor=bad,
                                               direction=JobEventDirection.BACKWARD), 400).startswith("Invalid cursor")
    assert error(list_job_events.sync_detailed(SLUG, job.id, client=client, limit=1001), 400)


# -- batches --------------------------------------------------------------------------------------------------------


def test_job_batches(sim: VeryfrontSimulator, client: AuthenticatedClient) -> None:
    batch_id = uuid.UUID(int=0xBA7C4)
    for _ in range(3):
        ok(create_job.sync_detailed(SLUG, client=client, body=ingest_request(batch_id=batch_id)), 201)
    batch = ok(get_job_batch.sync_detailed(SLUG, batch_id, client=client))
    assert (batch.job_count, batch.target, batch.status_counts.submitted, batch.result) == (
        3, "task:knowledge-ingest", 3, None)
    only = ok(list_jobs.sync_detailed(SLUG, client=client, batch_id=batch_id))
    cancel = ok(cancel_job.sync_detailed(SLUG, only.data[0].id, client=client))
    clock(sim).advance(30)
    batch = ok(get_job_batch.sync_detailed(SLUG, batch_id, client=client))
    assert (batch.status_counts.working, batch.status_counts.canceled) == (2, 1) and cancel.id == only.data[0].id
    listed = ok(list_job_batch_jobs.sync_detailed(SLUG, batch_id, client=client, status=JobStatus.WORKING))
    assert len(listed.data) == 2
    assert error(get_job_batch.sync_detailed(SLUG, uuid.UUID(int=9), client=client), 404) == (
        f"Job batch '{uuid.UUID(int=9)}' not found")
    assert error(list_job_batch_jobs.sync_detailed(SLUG, uuid.UUID(int=9), client=client), 404)


# -- auth and projects ----------------------------------------------------------------------------------------------


def test_refused_credentials(sim: VeryfrontSimulator, conformance: Conformance, raw: httpx2.Client) -> None:
    url = f"/{SLUG}/jobs"
    missing = Client(base_url=sim.base_url, httpx_args={"event_hooks": {"response": [conformance.check]}})
    assert error(list_jobs.sync_detailed(SLUG, client=missing), 401).startswith("Missing authentication")
    wrong = AuthenticatedClient(base_url=sim.base_url, token="vf_sim_wrong",
                                httpx_args={"event_hooks": {"response": [conformance.check]}})
    assert error(list_jobs.sync_detailed(SLUG, client=wrong), 401) == "Invalid or expired token"
    response = refused(raw, url, {"Authorization": f"Basic {sim.token}"})
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert refused(raw, url, {"X-API-Key": "vf_sim_wrong"}).json() == {"detail": "Invalid API key"}
    assert refused(raw, url, {"Authorization": "Bearer"}).json()["detail"].startswith("Invalid authorization header")
    # Both headers sent: both must be valid.
    refused(raw, url, {"Authorization": f"Bearer {sim.token}", "X-API-Key": "vf_x_y"})
    # Every operation refuses.
    job_id = sim.job_ids[0]
    for method, path in (("POST", "/jobs"), ("GET", f"/jobs/{job_id}"), ("POST", f"/jobs/{job_id}/cancel"),
                         ("GET", f"/jobs/{job_id}/events"), ("GET", f"/jobs/{job_id}/logs"),
                         ("GET", f"/job-batches/{sim.batch_id}"), ("GET", f"/job-batches/{sim.batch_id}/jobs")):
        response = raw.request(method, f"/{SLUG}{path}", json={})
        assert response.status_code == 401 and set(response.json()) == {"detail"}
    assert sim.count("cancel_job") == 1 and sim.jobs.get(job_id).cancel_requested_at is None  # type: ignore[union-attr]
    assert len(sim.jobs) == 10  # the refused create created nothing


def refused(raw: httpx2.Client, url: str, headers: dict[str, str]) -> httpx2.Response:
    response = raw.get(url, headers=headers)
    assert response.status_code == 401 and set(response.json()) == {"detail"}, response.text
    return response


def test_accepted_credential_forms(conformance: Conformance) -> None:
    jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzaW0ifQ.c2lnbmF0dXJl"
    with VeryfrontSimulator(token=jwt, api_key="vf_live_secret", jobs=1) as sim, httpx2.Client(
            base_url=f"{sim.base_url}/projects", event_hooks={"response": [conformance.check]}) as raw:
        assert sim.credentials == {"VERYFRONT_API_TOKEN": jwt}
        url = f"/{SLUG}/jobs"
        for headers in ({"Authorization": f"Bearer {jwt}"}, {"Authorization": "Bearer vf_live_secret"},
                        {"authorization": "bearer vf_live_secret"}, {"X-API-Key": "vf_live_secret"}):
            assert raw.get(url, headers=headers).status_code == 200, headers
        refused(raw, url, {"X-API-Key": jwt})  # X-API-Key takes only the vf_ key
        client = AuthenticatedClient(base_url=sim.base_url, token="vf_live_secret", prefix="",
                                     auth_header_name="X-API-Key",
                                     httpx_args={"event_hooks": {"response": [conformance.check]}})
        assert len(ok(list_jobs.sync_detailed(SLUG, client=client)).data) == 1
    with pytest.raises(ValueError):
        VeryfrontSimulator(api_key="sk_not_veryfront")


def test_project_references(sim: VeryfrontSimulator, client: AuthenticatedClient, conformance: Conformance) -> None:
    by_slug = ok(list_jobs.sync_detailed(SLUG, client=client))
    by_id = ok(list_jobs.sync_detailed(sim.project.id, client=client))
    by_upper_id = ok(list_jobs.sync_detailed(sim.project.id.upper(), client=client))
    assert by_slug.to_dict() == by_id.to_dict() == by_upper_id.to_dict()
    assert all(str(job.project_id) == sim.project.id for job in by_slug.data)
    job_id = by_slug.data[0].id
    assert ok(get_job.sync_detailed(sim.project.id, job_id, client=client)).id == job_id
    assert error(list_jobs.sync_detailed("my-project", client=client), 404) == "Project 'my-project' not found"
    assert error(get_job.sync_detailed("other_project", job_id, client=client), 404) == (
        "Project 'other_project' not found")
    # Breaking the documented pattern: 400 where the spec documents 400, else 404.
    assert error(list_jobs.sync_detailed("bad.ref", client=client), 400).startswith("Invalid project reference")
    assert error(list_jobs.sync_detailed("x" * 129, client=client), 400)
    assert error(get_job.sync_detailed("bad.ref", job_id, client=client), 404) == "Project 'bad.ref' not found"
    assert error(cancel_job.sync_detailed("x" * 129, job_id, client=client), 404)
    assert {("list_jobs", 400), ("get_job", 404), ("cancel_job", 404)} <= conformance.seen


# -- create validation ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "status", "detail"), [
    ({"target": "workflow:x"}, 422, "name: Required"),
    ({"name": 7, "target": "workflow:x"}, 422, "name: Expected string, received number"),
    ({"name": "n", "target": "workflow:x", "timeout_seconds": 0}, 422,
     "timeout_seconds: Expected a number greater than 0"),
    ({"name": "n", "target": "workflow:x", "batch_id": "b"}, 422, "batch_id: Invalid uuid"),
    ({"name": "n", "target": "workflow:x", "runtime_target_kind": "environment"}, 422,
     "runtime_target_environment_id: Required when runtime_target_kind is environment"),
    ({"name": "n", "target": "task:knowledge-ingest"}, 422,
     "config: Expected exactly one of upload_ids, paths or path_prefix"),
    ({"name": "n", "target": "task:knowledge-ingest", "config": {"upload_ids": ["x"]}}, 422,
     "config.upload_ids.0: Invalid uuid"),
    ([1, 2], 422, "body: Expected object, received array"),
    (b"{not json", 400, None),
])
def test_create_validation(sim: VeryfrontSimulator, conformance: Conformance, body: Any, status: int,
                           detail: str | None) -> None:
    with httpx2.Client(base_url=sim.base_url, headers={"Authorization": f"Bearer {sim.token}"},
                      event_hooks={"response": [conformance.check]}) as http:
        content = body if isinstance(body, bytes) else None
        response = http.post(f"/projects/{SLUG}/jobs", content=content, json=None if content else body,
                             headers={"Content-Type": "application/json"})
    assert response.status_code == status and set(response.json()) == {"detail"}
    assert detail is None or response.json()["detail"] == detail
    assert len(sim.jobs) == 10


def test_create_on_a_runtime_target(sim: VeryfrontSimulator, client: AuthenticatedClient) -> None:
    env = uuid.UUID(int=0xE7)
    job = ok(create_job.sync_detailed(SLUG, client=client, body=ingest_request(
        runtime_target_kind=RuntimeTargetKind.ENVIRONMENT, runtime_target_environment_id=str(env))), 201)
    assert job.environment_id == env and job.branch_id is None
    job = ok(create_job.sync_detailed(SLUG, client=client, body=ingest_request(
        runtime_target_kind=RuntimeTargetKind.PREVIEW_BRANCH, runtime_target_branch_id="feature-x")), 201)
    assert job.branch_id == "feature-x" and job.environment_id is None


# -- determinism and faults -----------------------------------------------------------------------------------------


def listing(seed: int) -> Any:
    with VeryfrontSimulator(seed=seed, jobs=12) as sim, httpx2.Client(
            base_url=f"{sim.base_url}/projects/{SLUG}", headers={"Authorization": f"Bearer {sim.token}"}) as http:
        page = http.get("/jobs", params={"limit": 100}).json()
        jobs = [http.get(f"/jobs/{job['id']}").json() for job in page["data"]]
        return sim.project.id, page, jobs


def test_same_seed_same_jobs() -> None:
    first = listing(3)
    assert first == listing(3)
    assert first != listing(4)


def test_fault_injection_uses_the_vendor_fields(sim: VeryfrontSimulator) -> None:
    job_id = sim.job_ids[-1]
    url = f"{sim.base_url}/projects/{SLUG}/jobs/{job_id}"
    http = httpx2.Client(headers=bearer(sim))  # no conformance hook: these faults break the spec on purpose
    sim.faults.add(Fault.nulls(), route="get_job", times=1)
    nulled = http.get(url).json()
    _, schema = response_schema("GET", f"/projects/{SLUG}/jobs/{job_id}", 200)
    Draft202012Validator(schema).validate(nulled)  # only nullable fields were nulled
    assert all(nulled[name] is None for name in VeryfrontSimulator.nullable_fields if name in nulled)
    sim.faults.add(Fault.unknown_enum(), route="get_job", times=1)
    assert http.get(url).json()["status"] == "paused"
    sim.faults.add(Fault.http_status(503), route="get_job", times=1)
    response = http.get(url)
    assert response.status_code == 503 and set(response.json()) == {"detail"}
    fresh = http.get(url).json()  # the stored job is untouched by the faults
    assert fresh["status"] != "paused" and fresh.keys() == nulled.keys()
    assert all(fresh[name] == nulled[name] for name in fresh if name not in VeryfrontSimulator.nullable_fields)
    http.close()
