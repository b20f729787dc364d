"""DigitalOcean GenAI indexing jobs: `{job}` envelopes; page/per_page with links and meta; ratelimit-* headers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import httpx2

from .._errors import DecodeError
from .._model import Job, JobState, Progress
from .._refs import JobRef
from ._base import (
    BearerAuth,
    Call,
    ErrorInfo,
    Setting,
    VendorPlugin,
    deferred,
    first_text,
    integer,
    items,
    json_object,
    member,
    state_of,
    text,
    timestamp,
)
from ._paths import path

# A job's `phase` decides its state; `status` (the indexing outcome) is the fallback when a job has no phase.
STATES: Mapping[str, JobState] = {
    "BATCH_JOB_PHASE_UNKNOWN": JobState.UNKNOWN,
    "BATCH_JOB_PHASE_PENDING": JobState.QUEUED,
    "BATCH_JOB_PHASE_RUNNING": JobState.RUNNING,
    "BATCH_JOB_PHASE_SUCCEEDED": JobState.SUCCEEDED,
    "BATCH_JOB_PHASE_FAILED": JobState.FAILED,
    "BATCH_JOB_PHASE_ERROR": JobState.FAILED,
    "BATCH_JOB_PHASE_CANCELLED": JobState.CANCELLED,
}
STATUS_STATES: Mapping[str, JobState] = {
    "INDEX_JOB_STATUS_UNKNOWN": JobState.UNKNOWN,
    "INDEX_JOB_STATUS_PENDING": JobState.QUEUED,
    "INDEX_JOB_STATUS_IN_PROGRESS": JobState.RUNNING,
    "INDEX_JOB_STATUS_COMPLETED": JobState.SUCCEEDED,
    "INDEX_JOB_STATUS_PARTIAL": JobState.SUCCEEDED,
    "INDEX_JOB_STATUS_NO_CHANGES": JobState.SUCCEEDED,
    "INDEX_JOB_STATUS_FAILED": JobState.FAILED,
    "INDEX_JOB_STATUS_CANCELLED": JobState.CANCELLED,
}
# The spec's paths (get_indexing_job, cancel_indexing_job, list_indexing_jobs).
_JOB = "/v2/gen-ai/indexing_jobs/{uuid}"
_CANCEL = _JOB + "/cancel"
_JOBS = "/v2/gen-ai/indexing_jobs"
_PAGE_SIZE = 100  # not documented upstream; DigitalOcean's other lists allow up to 200


class DigitalOcean(VendorPlugin):
    name: ClassVar[str] = "digitalocean"
    client: ClassVar[str | None] = "digitalocean_genai_client"
    default_url: ClassVar[str] = "https://api.digitalocean.com"
    settings: ClassVar[tuple[Setting, ...]] = (
        Setting("token", ("DIGITALOCEAN_ACCESS_TOKEN",), secret=True, required=True, help="a personal access token"),
        Setting("url", ("DIGITALOCEAN_API_URL",), help="the API's base URL (default: the production API)"),
    )
    states: ClassVar[Mapping[str, JobState]] = STATES
    status_enums: ClassVar[Mapping[str, Mapping[str, JobState]]] = {
        "digitalocean_genai_client.models.indexing_job_phase:IndexingJobPhase": STATES,
        "digitalocean_genai_client.models.indexing_job_status:IndexingJobStatus": STATUS_STATES,
    }
    ref_example: ClassVar[str] = "digitalocean:79ca9798-cf7d-11ef-bf8f-4e013e2ddde4"
    order: ClassVar[int] = 30
    simulator: ClassVar[str | None] = "anyjob.testing._digitalocean:DigitalOceanSimulator"

    def auth(self, settings: Mapping[str, str]) -> httpx2.Auth:
        return BearerAuth(settings["token"])

    def get(self, job_id: str, scope: str | None) -> Call:
        return Call("GET", path(_JOB, uuid=job_id))

    def cancel(self, job_id: str, scope: str | None, reason: str | None) -> Call:
        # The API takes no reason; it wants the job's uuid again in the body (CancelIndexingJobRequest).
        return Call("PUT", path(_CANCEL, uuid=job_id), json={"uuid": job_id},
                    headers={"Content-Type": "application/json"})

    def first_page(self, scope: str | None, states: frozenset[JobState] | None, page_size: int | None) -> Call:
        return Call("GET", _JOBS, {"page": 1, "per_page": page_size or _PAGE_SIZE})

    def next_page(self, call: Call, body: Any) -> Call | None:
        if not isinstance(body, dict) or not body.get("jobs"):
            return None
        meta = body.get("meta") or {}
        page, pages = meta.get("page"), meta.get("pages")
        has_next = bool(((body.get("links") or {}).get("pages") or {}).get("next"))
        if isinstance(page, int) and isinstance(pages, int):
            has_next = page < pages
        if not has_next:
            return None
        current = (call.params or {}).get("page", 1)
        return call.with_params(page=int(current) + 1)

    def job(self, ref: JobRef, body: Any) -> Job:
        job = member(json_object(self.name, body, "a job response"), "job")
        if job is None:
            raise DecodeError(self.name, 200, "the response has no job", repr(body)[:400])
        return self._job(job, ref)

    def jobs(self, body: Any, scope: str | None) -> list[Job]:
        return [self._job(job, None) for job in items(json_object(self.name, body, "a job list"), "jobs")]

    def _job(self, data: dict[str, Any], ref: JobRef | None) -> Job:
        if ref is None:
            uuid = text(data, "uuid")
            if not uuid:
                raise DecodeError(self.name, 200, "a listed job without a uuid", repr(data)[:400])
            ref = JobRef(self.name, uuid)
        phase, status = text(data, "phase"), text(data, "status")
        state = self.state_of(phase) if phase is not None else state_of(STATUS_STATES, status)
        done, total = integer(data, "completed_datasources"), integer(data, "total_datasources")
        error = None
        if state is JobState.FAILED:
            errors = (text(s, "error_details") or text(s, "error_msg") for s in items(data, "data_source_jobs"))
            error = next((e for e in errors if e), None)
        return Job(
            ref=ref,
            state=state,
            raw_status=phase or status or "",
            created_at=timestamp(data, "created_at"),
            started_at=timestamp(data, "started_at"),
            finished_at=timestamp(data, "finished_at"),
            progress=Progress(done or 0, total) if total else None,
            error=error,
            model=deferred(ref, "digitalocean_genai_client.models:IndexingJob", data, "a job"),
        )

    def error(self, body: Any) -> ErrorInfo:
        return ErrorInfo(first_text(body, "message") or "no error message in the response",
                         code=first_text(body, "id"), request_id=first_text(body, "request_id"))


PLUGIN = DigitalOcean()
