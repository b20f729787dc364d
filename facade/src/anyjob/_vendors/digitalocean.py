"""DigitalOcean GenAI indexing jobs: `{job}` envelopes; page/per_page with links and meta; ratelimit-* headers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from digitalocean_genai_client.api.indexing_jobs import cancel_indexing_job, get_indexing_job, list_indexing_jobs
from digitalocean_genai_client.models import CancelIndexingJobRequest, IndexingJob, IndexingJobList, IndexingJobResponse

from .._errors import DecodeError
from .._model import Job, JobState, Progress
from .._refs import JobRef, Vendor
from ._base import Call, ErrorInfo, aware, first_text, parse_model, present, raw_value, retry_after_header, state_of

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
_PAGE_SIZE = 100  # not documented upstream; DigitalOcean's other lists allow up to 200


class DigitalOceanAdapter:
    vendor: ClassVar[Vendor] = "digitalocean"
    default_base_url: ClassVar[str] = "https://api.digitalocean.com"

    def get(self, ref: JobRef) -> Call:
        return Call.from_generated(get_indexing_job._get_kwargs(ref.job_id))  # type: ignore[arg-type]

    def cancel(self, ref: JobRef, reason: str | None) -> Call:
        # The API takes no reason; it wants the job's uuid again in the body.
        body = CancelIndexingJobRequest(uuid=ref.job_id)
        return Call.from_generated(cancel_indexing_job._get_kwargs(ref.job_id, body=body))  # type: ignore[arg-type]

    def first_page(self, project: str | None, states: frozenset[JobState] | None, page_size: int | None) -> Call:
        return Call.from_generated(list_indexing_jobs._get_kwargs(page=1, per_page=page_size or _PAGE_SIZE))

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
        return Call(call.method, call.url, {**(call.params or {}), "page": int(current) + 1}, call.json, call.headers)

    def job(self, ref: JobRef | None, body: Any, project: str | None) -> Job:
        envelope = parse_model(self.vendor, IndexingJobResponse, body, "a job response")
        job = present(envelope.job)
        if job is None:
            raise DecodeError(self.vendor, 200, "the response has no job", repr(body))
        return self._job(job, ref)

    def jobs(self, body: Any, project: str | None) -> list[Job]:
        page = parse_model(self.vendor, IndexingJobList, body, "a job list")
        return [self._job(job, None) for job in present(page.jobs) or []]

    def _job(self, model: IndexingJob, ref: JobRef | None) -> Job:
        if ref is None:
            if not present(model.uuid):
                raise DecodeError(self.vendor, 200, "a listed job without a uuid", repr(model))
            ref = JobRef("digitalocean", str(model.uuid))
        phase, status = raw_value(model.phase), raw_value(model.status)
        state = state_of(STATES, phase) if phase is not None else state_of(STATUS_STATES, status)
        done, total = present(model.completed_datasources), present(model.total_datasources)
        errors = [present(s.error_details) or present(s.error_msg) for s in present(model.data_source_jobs) or []]
        return Job(
            ref=ref,
            state=state,
            raw_status=phase or status or "",
            created_at=aware(present(model.created_at)),
            started_at=aware(present(model.started_at)),
            finished_at=aware(present(model.finished_at)),
            progress=Progress(done or 0, total) if total else None,
            error=next((e for e in errors if e), None) if state is JobState.FAILED else None,
            model=model,
        )

    def error(self, body: Any) -> ErrorInfo:
        return ErrorInfo(first_text(body, "message") or "no error message in the response",
                         code=first_text(body, "id"), request_id=first_text(body, "request_id"))

    def retry_after(self, headers: Mapping[str, str], now: float) -> float | None:
        hinted = retry_after_header(headers, now)
        if hinted is not None:
            return hinted
        # Out of budget without a retry-after: wait until the oldest counted request expires.
        if headers.get("ratelimit-remaining") == "0" and (reset := headers.get("ratelimit-reset")):
            try:
                return max(0.0, float(reset) - now)
            except ValueError:
                return None
        return None
