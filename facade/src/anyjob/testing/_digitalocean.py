"""DigitalOcean GenAI (Gradient AI Platform) knowledge-base indexing jobs, simulated.

Written from DigitalOcean's API reference ("Cancel Indexing Job for a Knowledge Base"), its Gradient SDK page, its
published OpenAPI spec (shared/reference/digitalocean-genai-upstream.yaml) and anyjob's spec
specs/digitalocean-genai.yaml. It serves plain JSON and never uses the generated client.

What it serves (the spec's operationIds):

    GET  /v2/gen-ai/indexing_jobs                                       list_indexing_jobs (page, per_page)
    POST /v2/gen-ai/indexing_jobs                                       create_indexing_job -> 200 {job}
    GET  /v2/gen-ai/indexing_jobs/{uuid}                                get_indexing_job
    PUT  /v2/gen-ai/indexing_jobs/{uuid}/cancel                         cancel_indexing_job (body {uuid}, optional)
    GET  /v2/gen-ai/indexing_jobs/{indexing_job_uuid}/data_sources      list_indexing_job_data_sources
    GET  /v2/gen-ai/indexing_jobs/{indexing_job_uuid}/details_signed_url get_indexing_job_details_signed_url
    GET  /v2/gen-ai/knowledge_bases/{knowledge_base_uuid}/indexing_jobs list_knowledge_base_indexing_jobs

Documented behaviour it follows: `Authorization: Bearer <token>`; create answers 200 (not 201) with `{job}`; an empty
or absent `data_source_uuids` indexes every data source of the knowledge base; uint64 counters travel as JSON strings
of digits, int64 ones as JSON numbers; pagination links say `previous`, not `prev`; the error body is
`{"id", "message", "request_id"}`; every response carries `ratelimit-limit`, `ratelimit-remaining` and
`ratelimit-reset` (Unix epoch seconds), with budgets of 5000 requests per hour and 250 per minute.

Choices made where DigitalOcean's documentation is silent:

- Cancel (the same choice for all three simulators): a pending or running job -> 200 with the job, already
  BATCH_JOB_PHASE_CANCELLED / INDEX_JOB_STATUS_CANCELLED (DigitalOcean shows no "cancelling" state, so
  `cancel_takes=0`); an already cancelled job -> 200 with the job unchanged (idempotent, so a client retrying a
  cancel whose answer was lost gets no error); a succeeded, failed or errored job -> 409 `{"id": "conflict"}`; an
  unknown or malformed (non-UUID) id -> 404 `{"id": "not_found"}`. A body `{"uuid": ...}` that names another job than
  the path -> 400 `{"id": "bad_request"}` (the spec's `default` response); an absent body, an absent `uuid` or an
  empty one (proto3's unset value) is fine.
- Status mapping: `STATUS_TABLE` below, one row per simulator phase. A terminal outcome has variants, picked per job
  when it is created (`SimJob.fields["variant"]`: 0 for created jobs, the round of the seeding cycle for seeded ones,
  so that 15 seeded jobs show every variant): a success
  reports INDEX_JOB_STATUS_COMPLETED, _PARTIAL (its first data source has failed items) or _NO_CHANGES (every item
  was skipped as unchanged); a failure reports BATCH_JOB_PHASE_FAILED (bad input files) or BATCH_JOB_PHASE_ERROR (a
  platform error), both with INDEX_JOB_STATUS_FAILED. Created jobs succeed with INDEX_JOB_STATUS_COMPLETED.
- Progress: a job's data sources are indexed side by side from the job's start; each takes a share of the job's run
  proportional to its file count (the largest takes the whole run), so `completed_datasources` grows as the smaller
  ones finish, and the per-source counters (and the job's `total_items_*`, `total_tokens`) grow with progress. A
  data source the job has not started yet has no `status` (proto3 leaves the unset value out); once cancelled, the
  unfinished ones are DATA_SOURCE_STATUS_CANCELLED. In a failed job the largest data source is the one that fails
  (DATA_SOURCE_STATUS_FAILED, with an invented `error_msg` code and `error_details` text); it does not count as
  completed. `total_tokens` is a quarter of the bytes indexed; the deprecated `tokens` carries the same number.
- A job's body carries the union of both documented shapes (upstream's `total_tokens`, `is_report_available`,
  `data_source_jobs` and the reference page's `tokens`, `total_items_*`), as our spec allows. `data_source_uuids`
  echoes the request (empty when every data source was asked for); `total_datasources` counts what is indexed.
  `updated_at` is the clock's "now" while a job runs (its counters keep changing).
- Details report: available (`is_report_available`) once a job that had started has ended. Its URL is a FAKE https
  URL on the reserved example host `genai-reports.example.com` that serves nothing; it "expires" 15 minutes after
  the request, and its signature is a hash of the seed, job and expiry. Asking for the report of a job without one
  -> 404.
- Pagination of list_indexing_jobs: pages start at 1, `per_page` defaults to 20 and is capped at 200 (DigitalOcean's
  general API limits); a `page` or `per_page` that is not a positive integer -> 400. Links are absolute URLs built
  from the request's Host (scheme `http`, or `X-Forwarded-Proto`) and always carry `page` and `per_page`; a link
  with no target is left out: `first` and `previous` only after page 1, `next` and `last` only before the last page,
  so a single page has `links: {"pages": {}}`. `meta.pages` is at least 1. A page past the end is empty.
- list_knowledge_base_indexing_jobs: the latest 15 jobs of the knowledge base, newest first, with
  `links: {"pages": {}}` and `meta` of a single page (`total` = the jobs returned). An unknown knowledge base -> 404.
- create_indexing_job: a body that is not an object, or a missing/non-string `knowledge_base_uuid`, or a
  `data_source_uuids` that is not a list of strings -> 400; an unknown knowledge base, or a data source that is not
  the knowledge base's -> 404. Duplicated data source ids are indexed once.
- Seeding: two knowledge bases (three and two data sources, with random file counts and sizes) and `count` jobs
  cycling through succeeded, running, failed, pending and cancelled, created between seconds and a week ago.
- Rate limits: sliding windows of 3600 s and 60 s, counting every request that gets past the limiter (401s and 404s
  included; refused 429s and simulated fault answers are not counted). `ratelimit-*` describe the hourly budget (the
  per-minute one when `hourly_limit=None`; no headers when both are None) as they stand once this request is
  counted (or refused), read at the one instant the limiter decided; `ratelimit-reset` is when the oldest counted
  request leaves the window. A refused request gets 429 `{"id": "too_many_requests"}` with `retry-after`, the whole
  seconds (at least 1) until enough requests leave the window, whichever budget was spent. Answers that never reach
  the limiter (unknown paths, 405s, fault answers) carry the headers a request counted at that instant would get,
  but are not counted.
  The windows run on `rate_clock` (default: the simulator's clock). For tests on a real clock that must not take a
  minute, `minute_window` / `hourly_window` shorten the windows (in seconds; defaults 60 and 3600, DigitalOcean's
  documented budgets): e.g. `minute_limit=20, minute_window=2.0` refills 20 requests every 2 real seconds, and
  `retry-after` / `ratelimit-reset` are in the same real seconds, so a client that honours them stays correct.
  `RealClock(speed=...)` is no substitute: it would scale the windows but leave `retry-after` in simulated seconds
  and `ratelimit-reset` on a simulated epoch that runs ahead of the wall clock; pass `rate_clock=RealClock()` to keep
  budgets on wall time while jobs move faster.
- Error ids follow DigitalOcean's convention (400 bad_request, 401 unauthorized, 404 not_found, 409 conflict,
  429 too_many_requests, 500 server_error, ...); `request_id` is a UUID drawn from a generator of its own, so errors
  do not change the ids of jobs created later.
- The unknown_enum fault writes "BATCH_JOB_PHASE_PAUSED" into every `phase` and `status` (job and data source): a
  value none of the three enums lists. Nothing is nullable (DigitalOcean marks nothing so), so the nulls fault
  changes nothing.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import random
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, ClassVar
from urllib.parse import urlencode

import attrs

from ._budget import BudgetState
from ._jobs import Phase, SimJob
from ._vendor import ApiError, Operation, Reply, SimRequest, VendorSimulator

# The simulator's phase -> DigitalOcean's (job.phase, job.status). A row with several entries is a terminal outcome
# with variants; a job picks one with `fields["variant"] % len(row)` (the first is the default).
STATUS_TABLE: dict[Phase, tuple[tuple[str, str], ...]] = {
    Phase.QUEUED: (("BATCH_JOB_PHASE_PENDING", "INDEX_JOB_STATUS_PENDING"),),
    Phase.RUNNING: (("BATCH_JOB_PHASE_RUNNING", "INDEX_JOB_STATUS_IN_PROGRESS"),),
    # Not reached (cancel_takes=0): DigitalOcean shows no cancelling state; a job being cancelled still runs.
    Phase.CANCELLING: (("BATCH_JOB_PHASE_RUNNING", "INDEX_JOB_STATUS_IN_PROGRESS"),),
    Phase.CANCELLED: (("BATCH_JOB_PHASE_CANCELLED", "INDEX_JOB_STATUS_CANCELLED"),),
    Phase.SUCCEEDED: (("BATCH_JOB_PHASE_SUCCEEDED", "INDEX_JOB_STATUS_COMPLETED"),
                      ("BATCH_JOB_PHASE_SUCCEEDED", "INDEX_JOB_STATUS_PARTIAL"),
                      ("BATCH_JOB_PHASE_SUCCEEDED", "INDEX_JOB_STATUS_NO_CHANGES")),
    Phase.FAILED: (("BATCH_JOB_PHASE_FAILED", "INDEX_JOB_STATUS_FAILED"),
                   ("BATCH_JOB_PHASE_ERROR", "INDEX_JOB_STATUS_FAILED")),
}

# What a failing data source reports, by the job's failed phase (invented codes: the docs give none).
FAILURE_DETAILS: dict[str, tuple[str, str]] = {
    "BATCH_JOB_PHASE_FAILED": ("file_processing_error", "{failed} of {files} files could not be parsed or embedded"),
    "BATCH_JOB_PHASE_ERROR": ("internal_error", "the indexing pipeline stopped unexpectedly; start a new job"),
}

ERROR_IDS: dict[int, str] = {
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
    409: "conflict", 422: "unprocessable_entity", 429: "too_many_requests", 500: "server_error",
    502: "bad_gateway", 503: "service_unavailable", 504: "gateway_timeout",
}

NOT_FOUND = "The resource you were accessing could not be found."
DEFAULT_PER_PAGE = 20
MAX_PER_PAGE = 200
KNOWLEDGE_BASE_JOBS = 15  # "latest 15"
SIGNED_URL_LIFETIME = 900
SEED_SPREAD = (Phase.SUCCEEDED, Phase.RUNNING, Phase.FAILED, Phase.QUEUED, Phase.CANCELLED)
SEED_DATA_SOURCES = (3, 2)  # two knowledge bases, with this many data sources each


@attrs.frozen
class DataSource:
    """One data source of a knowledge base: what an indexing job of it counts up to."""

    uuid: str
    file_count: int
    byte_count: int


@attrs.frozen
class _SourceState:
    """A data source's progress within a job at one instant."""

    source: DataSource
    status: str | None
    started_at: float | None
    completed_at: float | None
    indexed: int
    skipped: int
    failed: int
    error: tuple[str, str] | None

    @property
    def completed(self) -> bool:
        return self.status in ("DATA_SOURCE_STATUS_UPDATED", "DATA_SOURCE_STATUS_PARTIALLY_UPDATED",
                               "DATA_SOURCE_STATUS_NOT_UPDATED")

    @property
    def bytes_indexed(self) -> int:
        return self.source.byte_count * self.indexed // max(1, self.source.file_count)


def rfc3339(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def canonical_uuid(value: str) -> str | None:
    """The lower-case hyphenated form of a UUID, or None when `value` is not one."""
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return None


class DigitalOceanSimulator(VendorSimulator):
    """DigitalOcean's GenAI indexing-job API (`/v2/gen-ai/...`) on loopback; see the module docstring."""

    vendor: ClassVar[str] = "digitalocean"
    unknown_status: ClassVar[str] = "BATCH_JOB_PHASE_PAUSED"
    status_fields: ClassVar[frozenset[str]] = frozenset({"phase", "status"})
    nullable_fields: ClassVar[frozenset[str]] = frozenset()

    default_minute_limit: ClassVar[int | None] = 250
    default_hourly_limit: ClassVar[int | None] = 5000
    rate_headline: ClassVar[str] = "hour"  # ratelimit-* describe the hourly budget

    def __init__(self, *, token: str = "dop_v1_simulator", **kwargs: Any) -> None:
        self.token = token
        self.knowledge_bases: dict[str, tuple[DataSource, ...]] = {}
        self._request_ids = random.Random(f"digitalocean-request-ids-{kwargs.get('seed', 0)}")
        super().__init__(**kwargs)

    # -- the adapter's hooks ----------------------------------------------------------------------------------------

    def operations(self) -> list[Operation]:
        return [
            Operation("GET", "/v2/gen-ai/indexing_jobs", "list_indexing_jobs", self.list_indexing_jobs),
            Operation("POST", "/v2/gen-ai/indexing_jobs", "create_indexing_job", self.create_indexing_job),
            Operation("GET", "/v2/gen-ai/indexing_jobs/{uuid}", "get_indexing_job", self.get_indexing_job),
            Operation("PUT", "/v2/gen-ai/indexing_jobs/{uuid}/cancel", "cancel_indexing_job", self.cancel_indexing_job),
            Operation("GET", "/v2/gen-ai/indexing_jobs/{indexing_job_uuid}/data_sources",
                      "list_indexing_job_data_sources", self.list_indexing_job_data_sources),
            Operation("GET", "/v2/gen-ai/indexing_jobs/{indexing_job_uuid}/details_signed_url",
                      "get_indexing_job_details_signed_url", self.get_indexing_job_details_signed_url),
            Operation("GET", "/v2/gen-ai/knowledge_bases/{knowledge_base_uuid}/indexing_jobs",
                      "list_knowledge_base_indexing_jobs", self.list_knowledge_base_indexing_jobs),
        ]

    @property
    def credentials(self) -> dict[str, str]:
        return {"DIGITALOCEAN_ACCESS_TOKEN": self.token}

    def authenticate(self, request: SimRequest) -> None:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(), self.token.encode()):
            raise ApiError(401, "Unable to authenticate you.", code="unauthorized")

    def error_body(self, status: int, message: str, code: str | None) -> Any:
        request_id = uuid.UUID(int=self._request_ids.getrandbits(128), version=4)
        return {"id": code or ERROR_IDS.get(status, "unexpected_error"), "message": message,
                "request_id": str(request_id)}

    def rate_limit_headers(self, state: BudgetState, now: float) -> dict[str, str]:
        return {
            "ratelimit-limit": str(state.limit),
            "ratelimit-remaining": str(state.remaining),
            "ratelimit-reset": str(math.ceil(state.resets_at)),  # a Unix time in seconds on the rate clock
        }

    def rate_limited(self, wait: float, headers: Mapping[str, str]) -> ApiError:
        return ApiError(429, "API rate limit exceeded.", code="too_many_requests",
                        headers={**headers, "retry-after": str(max(1, math.ceil(wait)))})

    # -- seeding ----------------------------------------------------------------------------------------------------

    def _new_uuid(self) -> str:
        return str(uuid.UUID(int=self.random.getrandbits(128), version=4))

    def seed_jobs(self, count: int) -> None:
        for sources in SEED_DATA_SOURCES:
            kb = self._new_uuid()
            self.knowledge_bases[kb] = tuple(self._new_data_source() for _ in range(sources))
        now = self.clock.now()
        jobs: list[SimJob] = []
        for k in range(count):
            target = SEED_SPREAD[k % len(SEED_SPREAD)]
            job_id = self._new_uuid()
            kb = self.random.choice(sorted(self.knowledge_bases))
            available = self.knowledge_bases[kb]
            chosen = list(self.random.sample(available, self.random.randint(1, len(available))))
            requested = [] if self.random.random() < 0.5 else [s.uuid for s in chosen]
            queued_for = float(self.random.randint(2, 20))
            runs_for = float(self.random.randint(120, 1800))
            ago = float(self.random.randint(600, 7 * 86400))  # how long ago a finished job ended
            if target is Phase.QUEUED:
                created = now - self.random.randint(0, int(queued_for) - 1)
            elif target is Phase.RUNNING:
                created = now - queued_for - int(runs_for * self.random.uniform(0.1, 0.9))
            else:
                created = now - ago - queued_for - runs_for
            job = SimJob(
                id=job_id, created_at=created, queued_for=queued_for, runs_for=runs_for,
                outcome=Phase.FAILED if target is Phase.FAILED else Phase.SUCCEEDED, cancel_takes=0.0,
                fields={"knowledge_base_uuid": kb, "data_source_uuids": requested,
                        "sources": tuple(available if not requested else chosen),
                        "variant": k // len(SEED_SPREAD)},  # each round of the spread takes the next variant
            )
            if target is Phase.CANCELLED:  # a quarter are cancelled while pending, the rest while running
                job.cancel_requested_at = (created + self.random.randint(0, int(queued_for) - 1)
                                           if self.random.random() < 0.25
                                           else created + queued_for + int(runs_for * self.random.uniform(0.1, 0.9)))
            jobs.append(job)
        for job in sorted(jobs, key=lambda j: j.created_at):
            self.jobs.add(job)

    def _new_data_source(self) -> DataSource:
        files = self.random.randint(5, 400)
        return DataSource(self._new_uuid(), files, files * self.random.randint(8_000, 400_000))

    # -- rendering --------------------------------------------------------------------------------------------------

    @staticmethod
    def vendor_state(job: SimJob, phase: Phase) -> tuple[str, str]:
        """DigitalOcean's (phase, status) for `job` in the simulator's `phase`."""
        row = STATUS_TABLE[phase]
        return row[int(job.fields.get("variant", 0)) % len(row)]

    def _source_states(self, job: SimJob, now: float) -> list[_SourceState]:
        phase = job.phase(now)
        sources: tuple[DataSource, ...] = job.fields["sources"]
        outcome_phase, outcome_status = self.vendor_state(job, job.outcome)
        largest = max(source.file_count for source in sources)
        failing = -1  # which data source fails, in a job that fails: the (first) largest, the one that ends last
        if job.outcome is Phase.FAILED:
            failing = next(i for i, source in enumerate(sources) if source.file_count == largest)
        started, progress = job.started_at(now), job.progress(now)
        states: list[_SourceState] = []
        for i, source in enumerate(sources):
            files = source.file_count
            # The final counts (indexed, skipped, failed) and status this source reaches if it completes.
            error = None
            if i == failing:
                indexed = files * 3 // 5
                final, status = (indexed, 0, files - indexed), "DATA_SOURCE_STATUS_FAILED"
                message, details = FAILURE_DETAILS.get(outcome_phase, FAILURE_DETAILS["BATCH_JOB_PHASE_ERROR"])
                error = (message, details.format(failed=files - indexed, files=files))
            elif outcome_status == "INDEX_JOB_STATUS_PARTIAL" and i == 0:
                failed = max(1, files // 8)
                final, status = (files - failed, 0, failed), "DATA_SOURCE_STATUS_PARTIALLY_UPDATED"
            elif outcome_status == "INDEX_JOB_STATUS_NO_CHANGES":
                final, status = (0, files, 0), "DATA_SOURCE_STATUS_NOT_UPDATED"
            else:
                final, status = (files, 0, 0), "DATA_SOURCE_STATUS_UPDATED"
            share = files / largest  # of the job's run that this source takes
            if started is None:  # pending, or cancelled before it started
                states.append(_SourceState(source, "DATA_SOURCE_STATUS_CANCELLED" if phase is Phase.CANCELLED
                                           else None, None, None, 0, 0, 0, None))
                continue
            fraction = min(1.0, progress / share)
            done = progress >= share
            if not done:
                status = "DATA_SOURCE_STATUS_CANCELLED" if phase is Phase.CANCELLED \
                    else "DATA_SOURCE_STATUS_IN_PROGRESS"
                error = None
            indexed, skipped, failed = (math.floor(count * fraction) for count in final)
            states.append(_SourceState(source, status, started, started + share * job.runs_for if done else None,
                                       indexed, skipped, failed, error))
        return states

    @staticmethod
    def _render_source(state: _SourceState) -> dict[str, Any]:
        body: dict[str, Any] = {"data_source_uuid": state.source.uuid}
        if state.status is not None:
            body["status"] = state.status
        if state.started_at is not None:
            body["started_at"] = rfc3339(state.started_at)
        if state.completed_at is not None:
            body["completed_at"] = rfc3339(state.completed_at)
        if state.error is not None:
            body["error_msg"], body["error_details"] = state.error
        body.update({
            "total_file_count": str(state.source.file_count),
            "indexed_file_count": str(state.indexed),
            "indexed_item_count": str(state.indexed),
            "skipped_item_count": str(state.skipped),
            "failed_item_count": str(state.failed),
            "removed_item_count": "0",
            "total_bytes": str(state.source.byte_count),
            "total_bytes_indexed": str(state.bytes_indexed),
        })
        return body

    def _render_job(self, job: SimJob, now: float) -> dict[str, Any]:
        phase = job.phase(now)
        do_phase, do_status = self.vendor_state(job, phase)
        states = self._source_states(job, now)
        started, finished = job.started_at(now), job.finished_at(now)
        tokens = sum(state.bytes_indexed for state in states) // 4
        if phase.is_terminal:
            updated = finished if finished is not None else job.created_at
        elif phase is Phase.QUEUED:
            updated = job.created_at
        else:
            updated = now
        body: dict[str, Any] = {
            "uuid": job.id,
            "knowledge_base_uuid": job.fields["knowledge_base_uuid"],
            "data_source_uuids": list(job.fields["data_source_uuids"]),
            "phase": do_phase,
            "status": do_status,
            "created_at": rfc3339(job.created_at),
        }
        if started is not None:
            body["started_at"] = rfc3339(started)
        if finished is not None and phase.is_terminal:
            body["finished_at"] = rfc3339(finished)
        body.update({
            "updated_at": rfc3339(updated),
            "completed_datasources": sum(1 for state in states if state.completed),
            "total_datasources": len(states),
            "tokens": tokens,
            "total_tokens": str(tokens),
            "is_report_available": self._report_available(job, now),
            "total_items_indexed": str(sum(state.indexed for state in states)),
            "total_items_skipped": str(sum(state.skipped for state in states)),
            "total_items_failed": str(sum(state.failed for state in states)),
            "data_source_jobs": [self._render_source(state) for state in states],
        })
        return body

    @staticmethod
    def _report_available(job: SimJob, now: float) -> bool:
        return job.phase(now).is_terminal and job.started_at(now) is not None

    # -- request helpers --------------------------------------------------------------------------------------------

    def _job(self, value: str) -> SimJob:
        key = canonical_uuid(value)
        job = self.jobs.get(key) if key is not None else None
        if job is None:
            raise ApiError(404, NOT_FOUND, code="not_found")
        return job

    def _newest_first(self, jobs: list[SimJob]) -> list[SimJob]:
        order = {job.id: i for i, job in enumerate(self.jobs)}
        return sorted(jobs, key=lambda job: (job.created_at, order[job.id]), reverse=True)

    @staticmethod
    def _positive_int(request: SimRequest, name: str, default: int) -> int:
        raw = request.param(name)
        if raw is None:
            return default
        try:
            value = int(raw)
        except ValueError:
            value = 0
        if value < 1:
            raise ApiError(400, f"{name} must be a positive integer, not {raw!r}", code="bad_request")
        return value

    @staticmethod
    def _base_url(request: SimRequest) -> str:
        scheme = request.headers.get("x-forwarded-proto", "http")
        return f"{scheme}://{request.headers.get('host', 'localhost')}"

    def _list_body(self, jobs: list[SimJob], now: float, links: dict[str, str], page: int, pages: int,
                   total: int) -> dict[str, Any]:
        return {"jobs": [self._render_job(job, now) for job in jobs], "links": {"pages": links},
                "meta": {"page": page, "pages": pages, "total": total}}

    # -- handlers ---------------------------------------------------------------------------------------------------

    def list_indexing_jobs(self, request: SimRequest) -> Reply:
        page = self._positive_int(request, "page", 1)
        per_page = min(self._positive_int(request, "per_page", DEFAULT_PER_PAGE), MAX_PER_PAGE)
        now = self.clock.now()
        with self.jobs.lock:
            jobs = self._newest_first(list(self.jobs))
            pages = max(1, math.ceil(len(jobs) / per_page))
            chunk = jobs[(page - 1) * per_page: page * per_page] if page <= pages else []
            base = self._base_url(request) + request.path

            def link(n: int) -> str:
                return f"{base}?{urlencode({'page': n, 'per_page': per_page})}"

            links: dict[str, str] = {}
            if page > 1:
                links.update(first=link(1), previous=link(page - 1))
            if page < pages:
                links.update(next=link(page + 1), last=link(pages))
            return Reply(200, self._list_body(chunk, now, links, page, pages, len(jobs)))

    def create_indexing_job(self, request: SimRequest) -> Reply:
        body = request.json()
        if not isinstance(body, dict):
            raise ApiError(400, "the request body must be a JSON object", code="bad_request")
        kb = body.get("knowledge_base_uuid")
        if not isinstance(kb, str) or not kb:
            raise ApiError(400, "knowledge_base_uuid is required", code="bad_request")
        wanted = body.get("data_source_uuids", [])
        if not isinstance(wanted, list) or not all(isinstance(item, str) for item in wanted):
            raise ApiError(400, "data_source_uuids must be a list of strings", code="bad_request")
        kb_key = canonical_uuid(kb)
        if kb_key is None or kb_key not in self.knowledge_bases:
            raise ApiError(404, f"knowledge base {kb} not found", code="not_found")
        available = {source.uuid: source for source in self.knowledge_bases[kb_key]}
        chosen: dict[str, DataSource] = {}
        for item in wanted:
            key = canonical_uuid(item)
            if key is None or key not in available:
                raise ApiError(404, f"data source {item} not found in knowledge base {kb_key}", code="not_found")
            chosen[key] = available[key]
        now = self.clock.now()
        with self.jobs.lock:
            job = self.jobs.add(SimJob(
                id=self._new_uuid(), created_at=now, queued_for=5.0, runs_for=60.0, outcome=Phase.SUCCEEDED,
                cancel_takes=0.0,
                fields={"knowledge_base_uuid": kb_key, "data_source_uuids": list(chosen),
                        "sources": tuple(chosen.values()) or tuple(available.values()), "variant": 0},
            ))
            return Reply(200, {"job": self._render_job(job, now)})

    def get_indexing_job(self, request: SimRequest) -> Reply:
        job = self._job(request.path_params["uuid"])
        return Reply(200, {"job": self._render_job(job, self.clock.now())})

    def cancel_indexing_job(self, request: SimRequest) -> Reply:
        path_uuid = request.path_params["uuid"]
        body = request.json()
        if body is not None:
            if not isinstance(body, dict):
                raise ApiError(400, "the request body must be a JSON object", code="bad_request")
            given = body.get("uuid")
            if given is not None and not isinstance(given, str):
                raise ApiError(400, "uuid must be a string", code="bad_request")
            if given and (canonical_uuid(given) or given) != (canonical_uuid(path_uuid) or path_uuid):
                raise ApiError(400, f"uuid in the body ({given}) does not match the uuid in the path ({path_uuid})",
                               code="bad_request")
        job = self._job(path_uuid)
        now = self.clock.now()
        with self.jobs.lock:
            phase = job.phase(now)
            if phase in (Phase.SUCCEEDED, Phase.FAILED):
                raise ApiError(409, f"indexing job {job.id} has already finished ({self.vendor_state(job, phase)[0]})"
                               " and cannot be cancelled", code="conflict")
            job.request_cancel(now)  # no change when already cancelled: the answer is the same job
            return Reply(200, {"job": self._render_job(job, now)})

    def list_indexing_job_data_sources(self, request: SimRequest) -> Reply:
        job = self._job(request.path_params["indexing_job_uuid"])
        states = self._source_states(job, self.clock.now())
        return Reply(200, {"indexed_data_sources": [self._render_source(state) for state in states]})

    def get_indexing_job_details_signed_url(self, request: SimRequest) -> Reply:
        job = self._job(request.path_params["indexing_job_uuid"])
        now = self.clock.now()
        if not self._report_available(job, now):
            raise ApiError(404, f"the details report of indexing job {job.id} is not available", code="not_found")
        expires = int(now) + SIGNED_URL_LIFETIME
        signature = hashlib.sha256(f"{self.seed}:{job.id}:{expires}".encode()).hexdigest()[:40]
        return Reply(200, {"signed_url": f"https://genai-reports.example.com/indexing_jobs/{job.id}/details.csv"
                                         f"?expires={expires}&signature={signature}"})

    def list_knowledge_base_indexing_jobs(self, request: SimRequest) -> Reply:
        kb = canonical_uuid(request.path_params["knowledge_base_uuid"])
        if kb is None or kb not in self.knowledge_bases:
            raise ApiError(404, NOT_FOUND, code="not_found")
        now = self.clock.now()
        with self.jobs.lock:
            jobs = self._newest_first([job for job in self.jobs if job.fields["knowledge_base_uuid"] == kb])
            latest = jobs[:KNOWLEDGE_BASE_JOBS]
            return Reply(200, self._list_body(latest, now, {}, 1, 1, len(latest)))
