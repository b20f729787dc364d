"""The DigitalOcean GenAI simulator, driven through the generated client (digitalocean_genai_client) and plain httpx2.

Every JSON body seen here is also checked against specs/digitalocean-genai.yaml (the schema for its status, else the
operation's `default`), error bodies included.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit
from uuid import UUID

import httpx2
import pytest
from anyjob.testing import Fault, ManualClock
from anyjob.testing._digitalocean import STATUS_TABLE, DigitalOceanSimulator
from anyjob.testing._jobs import Phase
from digitalocean_genai_client import AuthenticatedClient
from digitalocean_genai_client.api.indexing_jobs import (
    cancel_indexing_job,
    create_indexing_job,
    get_indexing_job,
    get_indexing_job_details_signed_url,
    list_indexing_job_data_sources,
    list_indexing_jobs,
    list_knowledge_base_indexing_jobs,
)
from digitalocean_genai_client.models import (
    CancelIndexingJobRequest,
    CreateIndexingJobRequest,
    Error,
    IndexingJobDataSourceList,
    IndexingJobDetailsSignedUrl,
    IndexingJobList,
    IndexingJobPhase,
    IndexingJobResponse,
    IndexingJobStatus,
)
from jsonschema import Draft202012Validator

from tests.conftest import CODEGEN
from tests.spec_tools import inline_refs, load_spec, operations, resolve

SPEC = load_spec(CODEGEN.clients["digitalocean"].spec)
OPERATIONS = {op["operationId"]: (path, method, op) for path, method, op in operations(SPEC)}
RATE_HEADERS = ("ratelimit-limit", "ratelimit-remaining", "ratelimit-reset")
TERMINAL = {"BATCH_JOB_PHASE_SUCCEEDED", "BATCH_JOB_PHASE_FAILED", "BATCH_JOB_PHASE_ERROR", "BATCH_JOB_PHASE_CANCELLED"}


def check_body(operation_id: str, response: httpx2.Response) -> Any:
    """Assert the response is JSON valid for the spec's schema of its status (or `default`); return the body."""
    responses = OPERATIONS[operation_id][2]["responses"]
    documented = resolve(SPEC, responses.get(str(response.status_code), responses["default"]))
    schema = inline_refs(SPEC, documented["content"]["application/json"]["schema"])
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in Draft202012Validator(
        schema, format_checker=Draft202012Validator.FORMAT_CHECKER).iter_errors(body)]
    assert not errors, f"{operation_id} {response.status_code}: {errors}"
    return body


def check_error(operation_id: str, response: httpx2.Response, status: int, error_id: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = check_body(operation_id, response)
    assert body["id"] == error_id and body["message"]
    assert UUID(body["request_id"])
    assert all(name in response.headers for name in RATE_HEADERS)
    return dict(body)


class Api:
    """Plain-httpx2 access by operationId, for what the generated client cannot send (bad bodies, bad auth)."""

    def __init__(self, sim: DigitalOceanSimulator, token: str | None = None) -> None:
        self.http = httpx2.Client(base_url=sim.base_url,
                                 headers={"Authorization": f"Bearer {token or sim.token}"})

    def __call__(self, operation_id: str, *, params: dict[str, Any] | None = None, json: Any = None,
                 content: bytes | None = None, headers: dict[str, str] | None = None, **path: str) -> httpx2.Response:
        template, method, _ = OPERATIONS[operation_id]
        return self.http.request(method.upper(), template.format(**path), params=params, json=json,
                                 content=content, headers=headers)

    def __enter__(self) -> Api:
        return self

    def __exit__(self, *exc: object) -> None:
        self.http.close()


@pytest.fixture
def sim() -> Iterator[DigitalOceanSimulator]:
    with DigitalOceanSimulator() as simulator:
        yield simulator


@pytest.fixture
def client(sim: DigitalOceanSimulator) -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(base_url=sim.base_url, token=sim.credentials["DIGITALOCEAN_ACCESS_TOKEN"]) as c:
        yield c


@pytest.fixture
def api(sim: DigitalOceanSimulator) -> Iterator[Api]:
    with Api(sim) as a:
        yield a


def phase_of(sim: DigitalOceanSimulator, job_id: str) -> Phase:
    job = sim.jobs.get(job_id)
    assert job is not None
    return job.phase(sim.clock.now())


def job_in(sim: DigitalOceanSimulator, *phases: Phase) -> str:
    return next(job.id for job in sim.jobs if job.phase(sim.clock.now()) in phases)


def advance(sim: DigitalOceanSimulator, seconds: float) -> None:
    assert isinstance(sim.clock, ManualClock)
    sim.clock.advance(seconds)


# -- every operation through the generated client --------------------------------------------------------------------

def test_every_operation_of_the_generated_client_works(sim: DigitalOceanSimulator, client: AuthenticatedClient) -> None:
    assert {op.name for op in sim.operations()} == set(OPERATIONS)
    kb, sources = next(iter(sim.knowledge_bases.items()))

    listed = list_indexing_jobs.sync(client=client, page=1, per_page=2)
    assert isinstance(listed, IndexingJobList) and isinstance(listed.jobs, list) and len(listed.jobs) == 2
    assert listed.meta.total == len(sim.jobs) and listed.meta.pages == math.ceil(len(sim.jobs) / 2)

    created = create_indexing_job.sync(client=client, body=CreateIndexingJobRequest(
        knowledge_base_uuid=kb, data_source_uuids=[sources[0].uuid]))
    assert isinstance(created, IndexingJobResponse)
    job = created.job
    assert job.phase is IndexingJobPhase.BATCH_JOB_PHASE_PENDING
    assert job.status is IndexingJobStatus.INDEX_JOB_STATUS_PENDING
    assert job.knowledge_base_uuid == kb and job.data_source_uuids == [sources[0].uuid] and job.total_datasources == 1
    job_id = UUID(str(job.uuid))

    got = get_indexing_job.sync(job_id, client=client)
    assert isinstance(got, IndexingJobResponse) and got.job.uuid == str(job_id)

    data_sources = list_indexing_job_data_sources.sync(job_id, client=client)
    assert isinstance(data_sources, IndexingJobDataSourceList)
    assert [d.data_source_uuid for d in data_sources.indexed_data_sources] == [sources[0].uuid]

    by_kb = list_knowledge_base_indexing_jobs.sync(UUID(kb), client=client)
    assert isinstance(by_kb, IndexingJobList) and by_kb.jobs[0].uuid == str(job_id)

    advance(sim, 65)
    signed = get_indexing_job_details_signed_url.sync(job_id, client=client)
    assert isinstance(signed, IndexingJobDetailsSignedUrl)
    url = urlsplit(signed.signed_url)
    assert url.scheme == "https" and url.hostname == "genai-reports.example.com"  # fake, on a reserved example host

    running = job_in(sim, Phase.RUNNING)
    cancelled = cancel_indexing_job.sync(UUID(running), client=client, body=CancelIndexingJobRequest(uuid=running))
    assert isinstance(cancelled, IndexingJobResponse)
    assert cancelled.job.phase is IndexingJobPhase.BATCH_JOB_PHASE_CANCELLED
    assert cancelled.job.status is IndexingJobStatus.INDEX_JOB_STATUS_CANCELLED

    async def get_async() -> Any:
        async with AuthenticatedClient(base_url=sim.base_url, token=sim.token) as async_client:
            return await get_indexing_job.asyncio(job_id, client=async_client)

    got_async = asyncio.run(get_async())
    assert isinstance(got_async, IndexingJobResponse)
    assert got_async.job.phase is IndexingJobPhase.BATCH_JOB_PHASE_SUCCEEDED
    assert got_async.job.status is IndexingJobStatus.INDEX_JOB_STATUS_COMPLETED
    assert got_async.job.is_report_available is True


# -- lifecycle on the clock ------------------------------------------------------------------------------------------

def test_a_created_job_runs_on_the_clock_and_its_data_sources_follow(sim: DigitalOceanSimulator, api: Api) -> None:
    kb = next(kb for kb, sources in sim.knowledge_bases.items() if len(sources) == 3)
    job = check_body("create_indexing_job", api("create_indexing_job",
                                                json={"knowledge_base_uuid": kb, "data_source_uuids": []}))["job"]
    assert job["data_source_uuids"] == [] and job["total_datasources"] == 3, "an empty list indexes every data source"
    assert "started_at" not in job and "finished_at" not in job and job["is_report_available"] is False
    job_id = job["uuid"]

    seen: list[dict[str, Any]] = []
    for step in (0, 5, 20, 20, 19, 1):
        advance(sim, step)
        job = check_body("get_indexing_job", api("get_indexing_job", uuid=job_id))["job"]
        sources = check_body("list_indexing_job_data_sources",
                             api("list_indexing_job_data_sources", indexing_job_uuid=job_id))["indexed_data_sources"]
        assert sources == job["data_source_jobs"]
        seen.append(job)
        total_indexed = sum(int(s["indexed_item_count"]) for s in sources)
        assert job["total_items_indexed"] == str(total_indexed)
        assert isinstance(job["completed_datasources"], int) and isinstance(job["total_tokens"], str)
    phases = [(j["phase"], j["status"]) for j in seen]
    assert phases == [STATUS_TABLE[Phase.QUEUED][0]] + [STATUS_TABLE[Phase.RUNNING][0]] * 4 \
        + [("BATCH_JOB_PHASE_SUCCEEDED", "INDEX_JOB_STATUS_COMPLETED")]
    assert all("status" not in s for s in seen[0]["data_source_jobs"]), "nothing started while pending"
    assert seen[1]["started_at"] == "2026-01-01T00:00:05Z"
    completed = [j["completed_datasources"] for j in seen]
    indexed = [int(j["total_items_indexed"]) for j in seen]
    assert completed == sorted(completed) and completed[0] == 0 and completed[-1] == 3
    assert indexed == sorted(indexed) and indexed[0] == 0 < indexed[2] < indexed[-1]
    assert any(0 < c < 3 for c in completed[1:-1]), "smaller data sources finish first"
    assert {s["status"] for s in seen[2]["data_source_jobs"]} == {"DATA_SOURCE_STATUS_IN_PROGRESS"}
    final = seen[-1]
    assert final["finished_at"] == final["updated_at"] == "2026-01-01T00:01:05Z" and final["is_report_available"]
    assert {s["status"] for s in final["data_source_jobs"]} == {"DATA_SOURCE_STATUS_UPDATED"}
    assert all(s["indexed_file_count"] == s["total_file_count"] for s in final["data_source_jobs"])


def test_seeded_jobs_cover_the_phases_and_statuses() -> None:
    with DigitalOceanSimulator(jobs=40) as sim, Api(sim) as api:
        body = check_body("list_indexing_jobs", api("list_indexing_jobs", params={"per_page": 100}))
    jobs = body["jobs"]
    assert len(jobs) == 40 and len({j["uuid"] for j in jobs}) == 40
    assert [j["created_at"] for j in jobs] == sorted((j["created_at"] for j in jobs), reverse=True)
    states = {(j["phase"], j["status"]) for j in jobs}
    expected = {pair for row in STATUS_TABLE.values() for pair in row}
    assert states == expected, "every row and variant of the status table shows up"
    for job in jobs:
        assert isinstance(job["total_datasources"], int) and job["total_datasources"] >= 1
        assert job["total_datasources"] == len(job["data_source_jobs"])
        assert job["data_source_uuids"] in ([], [s["data_source_uuid"] for s in job["data_source_jobs"]])
        assert all(isinstance(job[k], str) for k in ("total_tokens", "total_items_indexed", "total_items_failed"))
        assert ("finished_at" in job) == (job["phase"] in TERMINAL)
        if job["phase"] in ("BATCH_JOB_PHASE_FAILED", "BATCH_JOB_PHASE_ERROR"):
            failing = [s for s in job["data_source_jobs"] if s["status"] == "DATA_SOURCE_STATUS_FAILED"]
            assert len(failing) == 1 and failing[0]["error_msg"] and int(failing[0]["failed_item_count"]) > 0
            assert job["completed_datasources"] == job["total_datasources"] - 1
        if job["status"] == "INDEX_JOB_STATUS_NO_CHANGES":
            assert job["total_items_indexed"] == "0" and int(job["total_items_skipped"]) > 0
        if job["status"] == "INDEX_JOB_STATUS_PARTIAL":
            assert int(job["total_items_failed"]) > 0


# -- cancel ----------------------------------------------------------------------------------------------------------

def test_cancel_a_running_job_then_again_idempotently(sim: DigitalOceanSimulator, api: Api) -> None:
    job_id = job_in(sim, Phase.RUNNING)
    before = check_body("get_indexing_job", api("get_indexing_job", uuid=job_id))["job"]
    first = check_body("cancel_indexing_job", api("cancel_indexing_job", uuid=job_id, json={"uuid": job_id}))["job"]
    assert (first["phase"], first["status"]) == ("BATCH_JOB_PHASE_CANCELLED", "INDEX_JOB_STATUS_CANCELLED")
    assert first["finished_at"] == "2026-01-01T00:00:00Z"
    assert first["total_items_indexed"] == before["total_items_indexed"], "progress stops where the cancel found it"
    unfinished = [s for s in first["data_source_jobs"] if "completed_at" not in s]
    assert unfinished and {s["status"] for s in unfinished} == {"DATA_SOURCE_STATUS_CANCELLED"}
    advance(sim, 3600)
    again = api("cancel_indexing_job", uuid=job_id)  # no body: the reference page's curl sends none
    assert again.status_code == 200 and check_body("cancel_indexing_job", again)["job"] == first


def test_cancel_a_pending_job(sim: DigitalOceanSimulator, api: Api) -> None:
    job_id = job_in(sim, Phase.QUEUED)
    job = check_body("cancel_indexing_job", api("cancel_indexing_job", uuid=job_id.upper(), json={"uuid": job_id}))
    assert job["job"]["phase"] == "BATCH_JOB_PHASE_CANCELLED" and "started_at" not in job["job"]
    assert {s["status"] for s in job["job"]["data_source_jobs"]} == {"DATA_SOURCE_STATUS_CANCELLED"}
    assert job["job"]["is_report_available"] is False
    check_error("get_indexing_job_details_signed_url",
                api("get_indexing_job_details_signed_url", indexing_job_uuid=job_id), 404, "not_found")


@pytest.mark.parametrize("phase", [Phase.SUCCEEDED, Phase.FAILED])
def test_cancel_a_finished_job_is_a_conflict(sim: DigitalOceanSimulator, api: Api, phase: Phase) -> None:
    job_id = job_in(sim, phase)
    before = api("get_indexing_job", uuid=job_id).json()
    body = check_error("cancel_indexing_job", api("cancel_indexing_job", uuid=job_id, json={"uuid": job_id}), 409,
                       "conflict")
    assert job_id in body["message"]
    assert api("get_indexing_job", uuid=job_id).json() == before and phase_of(sim, job_id) is phase


@pytest.mark.parametrize("job_id", ["0d4c7ac6-2b88-4ae3-9a3d-bd5f4b1f8c2e", "not-a-uuid", "12345"])
def test_an_unknown_or_malformed_id_is_not_found_anywhere(sim: DigitalOceanSimulator, api: Api, job_id: str) -> None:
    for operation, params in (("cancel_indexing_job", {"uuid": job_id}), ("get_indexing_job", {"uuid": job_id}),
                              ("list_indexing_job_data_sources", {"indexing_job_uuid": job_id}),
                              ("get_indexing_job_details_signed_url", {"indexing_job_uuid": job_id}),
                              ("list_knowledge_base_indexing_jobs", {"knowledge_base_uuid": job_id})):
        check_error(operation, api(operation, **params), 404, "not_found")


def test_cancel_with_a_body_naming_another_job_is_refused(sim: DigitalOceanSimulator, api: Api) -> None:
    running, other = job_in(sim, Phase.RUNNING), job_in(sim, Phase.QUEUED)
    check_error("cancel_indexing_job", api("cancel_indexing_job", uuid=running, json={"uuid": other}), 400,
                "bad_request")
    check_error("cancel_indexing_job", api("cancel_indexing_job", uuid=running, json={"uuid": 7}), 400, "bad_request")
    check_error("cancel_indexing_job", api("cancel_indexing_job", uuid=running, content=b"{nope",
                                           headers={"content-type": "application/json"}), 400, "bad_request")
    assert phase_of(sim, running) is Phase.RUNNING, "a refused cancel changes nothing"
    assert api("cancel_indexing_job", uuid=running, json={"uuid": ""}).status_code == 200, "empty = unset"


def test_cancel_through_the_generated_client_reports_errors(sim: DigitalOceanSimulator,
                                                            client: AuthenticatedClient) -> None:
    finished = UUID(job_in(sim, Phase.SUCCEEDED))
    response = cancel_indexing_job.sync_detailed(finished, client=client)
    assert response.status_code == 409 and isinstance(response.parsed, Error) and response.parsed.id == "conflict"
    missing = cancel_indexing_job.sync_detailed(UUID(int=1), client=client)
    assert missing.status_code == 404 and isinstance(missing.parsed, Error) and missing.parsed.id == "not_found"


# -- create ----------------------------------------------------------------------------------------------------------

def test_create_checks_its_body(sim: DigitalOceanSimulator, api: Api) -> None:
    kbs = list(sim.knowledge_bases)
    other_source = sim.knowledge_bases[kbs[1]][0].uuid
    cases: list[tuple[Any, int, str]] = [
        ({"knowledge_base_uuid": "9758a232-b351-11ef-bf8f-4e013e2ddde4"}, 404, "not_found"),
        ({"knowledge_base_uuid": "not-a-uuid"}, 404, "not_found"),
        ({"knowledge_base_uuid": kbs[0], "data_source_uuids": [other_source]}, 404, "not_found"),
        ({"data_source_uuids": []}, 400, "bad_request"),
        ({"knowledge_base_uuid": kbs[0], "data_source_uuids": "all"}, 400, "bad_request"),
        ([kbs[0]], 400, "bad_request"),
    ]
    for body, status, error_id in cases:
        check_error("create_indexing_job", api("create_indexing_job", json=body), status, error_id)
    assert len(sim.jobs) == 5, "nothing was created"
    source = sim.knowledge_bases[kbs[1]][0].uuid
    job = check_body("create_indexing_job", api("create_indexing_job", json={
        "knowledge_base_uuid": kbs[1].upper(), "data_source_uuids": [source, source.upper()]}))["job"]
    assert job["knowledge_base_uuid"] == kbs[1], "ids come back in canonical form"
    assert job["data_source_uuids"] == [source] and job["total_datasources"] == 1, "duplicates are indexed once"


# -- lists -----------------------------------------------------------------------------------------------------------

def test_pagination_walks_every_job_exactly_once() -> None:
    with DigitalOceanSimulator(jobs=23, seed=3) as sim, Api(sim) as api, \
            AuthenticatedClient(base_url=sim.base_url, token=sim.token) as client:
        kb = next(iter(sim.knowledge_bases))
        created = {api("create_indexing_job", json={"knowledge_base_uuid": kb}).json()["job"]["uuid"] for _ in range(3)}
        expected = set(sim.job_ids)
        assert created <= expected and len(expected) == 26

        # The generated client, page by page.
        seen: list[str] = []
        page = 1
        while True:
            listed = list_indexing_jobs.sync(client=client, page=page, per_page=4)
            assert isinstance(listed, IndexingJobList)
            assert listed.meta.page == page and listed.meta.pages == 7 and listed.meta.total == 26
            seen += [str(job.uuid) for job in listed.jobs]
            if not listed.links.pages.next_:
                break
            page += 1
        assert page == 7 and len(seen) == 26 and set(seen) == expected
        assert seen[:3] == sorted(created, key=seen.index) and set(seen[:3]) == created, "newest first"

        # Plain HTTP, following the links themselves.
        url: str | None = f"{sim.base_url}/v2/gen-ai/indexing_jobs?per_page=4"
        followed: list[str] = []
        bodies = []
        while url:
            body = check_body("list_indexing_jobs", api.http.get(url))
            bodies.append(body)
            followed += [job["uuid"] for job in body["jobs"]]
            url = body["links"]["pages"].get("next")
        assert followed == seen
        first, middle, last = bodies[0]["links"]["pages"], bodies[3]["links"]["pages"], bodies[-1]["links"]["pages"]
        assert set(first) == {"next", "last"} and set(last) == {"first", "previous"}
        assert set(middle) == {"first", "previous", "next", "last"}
        assert middle["next"].startswith(f"{sim.base_url}/v2/gen-ai/indexing_jobs?"), "absolute URLs"
        assert parse_qs(urlsplit(middle["previous"]).query) == {"page": ["3"], "per_page": ["4"]}
        assert parse_qs(urlsplit(first["last"]).query) == {"page": ["7"], "per_page": ["4"]}
        assert len(bodies[-1]["jobs"]) == 2


def test_a_knowledge_base_lists_its_latest_15_jobs(sim: DigitalOceanSimulator, api: Api) -> None:
    kb = list(sim.knowledge_bases)[1]
    created = []
    for _ in range(17):
        created.append(api("create_indexing_job", json={"knowledge_base_uuid": kb}).json()["job"]["uuid"])
        advance(sim, 1)
    body = check_body("list_knowledge_base_indexing_jobs",
                      api("list_knowledge_base_indexing_jobs", knowledge_base_uuid=kb))
    assert [j["uuid"] for j in body["jobs"]] == created[::-1][:15]
    assert body["meta"] == {"page": 1, "pages": 1, "total": 15} and body["links"] == {"pages": {}}
    empty_kb = list(sim.knowledge_bases)[0]
    others = check_body("list_knowledge_base_indexing_jobs",
                        api("list_knowledge_base_indexing_jobs", knowledge_base_uuid=empty_kb))["jobs"]
    assert all(j["knowledge_base_uuid"] == empty_kb for j in others)
    assert [j["created_at"] for j in others] == sorted((j["created_at"] for j in others), reverse=True)


def test_list_parameters_are_checked(sim: DigitalOceanSimulator, api: Api) -> None:
    for params in ({"page": 0}, {"per_page": 0}, {"page": "two"}, {"per_page": -5}):
        check_error("list_indexing_jobs", api("list_indexing_jobs", params=params), 400, "bad_request")
    capped = check_body("list_indexing_jobs", api("list_indexing_jobs", params={"per_page": 10_000}))
    assert capped["meta"] == {"page": 1, "pages": 1, "total": 5} and capped["links"] == {"pages": {}}
    past = check_body("list_indexing_jobs", api("list_indexing_jobs", params={"page": 9, "per_page": 2}))
    assert past["jobs"] == [] and set(past["links"]["pages"]) == {"first", "previous"}


# -- auth, errors, rate limits ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("authorization", [None, "Bearer dop_v1_wrong", "Basic ZG9wX3YxX3NpbXVsYXRvcjo=",
                                           "Bearer", "dop_v1_simulator", "bearer dop_v1_simulatorX"])
def test_refused_credentials_get_401_on_every_operation(sim: DigitalOceanSimulator, authorization: str | None) -> None:
    job_id, kb = sim.job_ids[0], next(iter(sim.knowledge_bases))
    headers = {} if authorization is None else {"Authorization": authorization}
    with httpx2.Client(base_url=sim.base_url, headers=headers) as http:
        for operation_id, (template, method, _) in OPERATIONS.items():
            path = template.format(uuid=job_id, indexing_job_uuid=job_id, knowledge_base_uuid=kb)
            response = http.request(method.upper(), path, json={"knowledge_base_uuid": kb} if method != "get" else None)
            body = check_error(operation_id, response, 401, "unauthorized")
            assert body["message"] == "Unable to authenticate you."
    assert len(sim.jobs) == 5 and phase_of(sim, job_in(sim, Phase.RUNNING)) is Phase.RUNNING


def test_custom_token_and_credentials() -> None:
    with DigitalOceanSimulator(token="dop_v1_custom") as sim:
        assert sim.credentials == {"DIGITALOCEAN_ACCESS_TOKEN": "dop_v1_custom"}
        with AuthenticatedClient(base_url=sim.base_url, token="dop_v1_custom") as client:
            assert isinstance(list_indexing_jobs.sync(client=client), IndexingJobList)
        with AuthenticatedClient(base_url=sim.base_url, token="dop_v1_simulator") as client:
            response = list_indexing_jobs.sync_detailed(client=client)
            assert response.status_code == 401 and isinstance(response.parsed, Error)


def test_hourly_budget_runs_out_and_comes_back_on_the_clock() -> None:
    with DigitalOceanSimulator(hourly_limit=3, minute_limit=None) as sim, Api(sim) as api:
        start = sim.clock.now()
        ok = api("list_indexing_jobs")
        assert ok.headers["ratelimit-limit"] == "3" and ok.headers["ratelimit-remaining"] == "2"
        assert ok.headers["ratelimit-reset"] == str(int(start + 3600))
        advance(sim, 10)
        with Api(sim, token="dop_v1_wrong") as wrong:
            unauthorized = wrong("get_indexing_job", uuid=sim.job_ids[0])
        check_error("get_indexing_job", unauthorized, 401, "unauthorized")
        assert unauthorized.headers["ratelimit-remaining"] == "1", "a 401 counts"
        missing = api("get_indexing_job", uuid=str(UUID(int=5)))
        check_error("get_indexing_job", missing, 404, "not_found")
        assert missing.headers["ratelimit-remaining"] == "0"
        for _ in range(2):  # refused requests do not spend the budget, so the answer does not change
            refused = api("list_indexing_jobs")
            check_error("list_indexing_jobs", refused, 429, "too_many_requests")
            assert refused.headers["retry-after"] == "3590" and refused.headers["ratelimit-remaining"] == "0"
            assert refused.headers["ratelimit-reset"] == str(int(start + 3600))
        advance(sim, 3589)
        assert api("list_indexing_jobs").status_code == 429
        advance(sim, 1)
        again = check_body("list_indexing_jobs", api("list_indexing_jobs"))
        assert again["meta"]["total"] == 5
        assert sim.count("list_indexing_jobs") == 5


def test_minute_burst_budget_sets_retry_after_but_headers_count_the_hour() -> None:
    with DigitalOceanSimulator(minute_limit=2) as sim, Api(sim) as api:
        assert [api("list_indexing_jobs").headers["ratelimit-remaining"] for _ in range(2)] == ["4999", "4998"]
        advance(sim, 15.5)
        refused = api("get_indexing_job", uuid=sim.job_ids[0])
        check_error("get_indexing_job", refused, 429, "too_many_requests")
        assert refused.headers["retry-after"] == "45" and refused.headers["ratelimit-remaining"] == "4998"
        advance(sim, 45)
        assert api("get_indexing_job", uuid=sim.job_ids[0]).status_code == 200


def test_rate_limits_can_be_switched_off() -> None:
    with DigitalOceanSimulator(hourly_limit=None, minute_limit=None) as sim:
        with Api(sim) as api:
            response = api("list_indexing_jobs")
        assert response.status_code == 200 and not any(name in response.headers for name in RATE_HEADERS)
    with pytest.raises(ValueError):
        DigitalOceanSimulator(hourly_limit=0)


def test_unknown_enum_fault_reads_as_unlisted_in_the_client(sim: DigitalOceanSimulator,
                                                            client: AuthenticatedClient) -> None:
    sim.faults.add(Fault.unknown_enum(), route="get_indexing_job", times=1)
    job = get_indexing_job.sync(UUID(job_in(sim, Phase.RUNNING)), client=client)
    assert isinstance(job, IndexingJobResponse)
    assert job.job.phase == "BATCH_JOB_PHASE_PAUSED" and not job.job.phase.is_known
    assert job.job.status == "BATCH_JOB_PHASE_PAUSED" and not job.job.status.is_known


# -- determinism -----------------------------------------------------------------------------------------------------

def test_the_same_seed_serves_the_same_jobs() -> None:
    def served(seed: int) -> list[Any]:
        with DigitalOceanSimulator(seed=seed, jobs=12) as sim, Api(sim) as api:
            kb = list(sim.knowledge_bases)[0]
            api("create_indexing_job", json={"knowledge_base_uuid": "nope"})  # errors do not shift later ids
            created = api("create_indexing_job", json={"knowledge_base_uuid": kb}).json()
            listed = api("list_indexing_jobs", params={"per_page": 50}).json()
            return [sorted(sim.knowledge_bases), created, listed]

    assert served(11) == served(11)
    assert served(11) != served(12)
