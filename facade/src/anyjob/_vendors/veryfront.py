"""Veryfront: jobs live in a project (`veryfront:<project_reference>/<job_id>`); cursor pages; `{detail}` errors."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from veryfront_client.api.jobs import cancel_job, get_job, list_jobs
from veryfront_client.models import Job as VeryfrontJob
from veryfront_client.models import JobList, JobListItem, JobStatus, KnowledgeIngestResultSummary
from veryfront_client.types import UNSET

from .._errors import DecodeError
from .._model import Job, JobState, Progress
from .._refs import JobRef, Vendor
from ._base import Call, ErrorInfo, aware, first_text, parse_model, present, raw_value, retry_after_header, state_of

# Veryfront's statuses (specs/veryfront.yaml, JobStatus). The vendor's guide polls for "succeeded"; the enum says
# "completed", and so does this table.
STATES: Mapping[str, JobState] = {
    "submitted": JobState.QUEUED,
    "working": JobState.RUNNING,
    "completed": JobState.SUCCEEDED,
    "failed": JobState.FAILED,
    "canceled": JobState.CANCELLED,
}
# The one status to ask the server for when a list is filtered to exactly one state.
_SERVER_FILTER = {state: JobStatus(raw) for raw, state in STATES.items()}


class VeryfrontAdapter:
    vendor: ClassVar[Vendor] = "veryfront"
    default_base_url: ClassVar[str] = "https://api.veryfront.com"

    def get(self, ref: JobRef) -> Call:
        return Call.from_generated(get_job._get_kwargs(ref.project or "", ref.job_id))  # type: ignore[arg-type]

    def cancel(self, ref: JobRef, reason: str | None) -> Call:
        # Veryfront's cancel takes no body, so there is nowhere to put a reason.
        return Call.from_generated(cancel_job._get_kwargs(ref.project or "", ref.job_id))  # type: ignore[arg-type]

    def first_page(self, project: str | None, states: frozenset[JobState] | None, page_size: int | None) -> Call:
        status = _SERVER_FILTER.get(next(iter(states))) if states and len(states) == 1 else None
        kwargs = list_jobs._get_kwargs(project or "", limit=page_size or 100, status=status or UNSET)
        return Call.from_generated(kwargs)

    def next_page(self, call: Call, body: Any) -> Call | None:
        cursor = (body.get("page_info") or {}).get("next") if isinstance(body, dict) else None
        if not cursor:
            return None
        return Call(call.method, call.url, {**(call.params or {}), "cursor": cursor}, call.json, call.headers)

    def job(self, ref: JobRef | None, body: Any, project: str | None) -> Job:
        return self._job(parse_model(self.vendor, VeryfrontJob, body, "a job"), ref, project)

    def jobs(self, body: Any, project: str | None) -> list[Job]:
        page = parse_model(self.vendor, JobList, body, "a job list")
        return [self._job(item, None, project) for item in page.data]

    def _job(self, model: VeryfrontJob | JobListItem, ref: JobRef | None, project: str | None) -> Job:
        if ref is None:
            if project is None:
                raise DecodeError(self.vendor, 200, "a listed job without a project", str(model.id))
            ref = JobRef("veryfront", str(model.id), project=project)
        raw = raw_value(model.status) or ""
        summary = present(model.result_summary)
        progress = None
        if isinstance(summary, KnowledgeIngestResultSummary):
            done = summary.ingested_count + summary.skipped_count + summary.failed_count
            progress = Progress(done, summary.requested_count)
        # failure_detail is on list items and full jobs alike, failed_reason only on full jobs: prefer the former so
        # that a job reads the same from list() and get().
        error = present(model.failure_detail) or present(getattr(model, "failed_reason", None))
        return Job(
            ref=ref,
            state=state_of(STATES, raw),
            raw_status=raw,
            created_at=aware(model.created_at),
            started_at=aware(model.started_at),
            finished_at=aware(model.completed_at),
            progress=progress,
            error=error,
            model=model,
        )

    def error(self, body: Any) -> ErrorInfo:
        # Not documented; the vendor's own SDK reads detail, then message, then error.
        return ErrorInfo(first_text(body, "detail", "message", "error") or "no error message in the response")

    def retry_after(self, headers: Mapping[str, str], now: float) -> float | None:
        return retry_after_header(headers, now)
