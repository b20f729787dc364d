"""Dispersed: HMAC-signed requests (dispersed_client.signing); page/limit pagination with `total`; CANCELLING."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from dispersed_client.api.jobs import cancel_job, get_job, list_jobs
from dispersed_client.models import CancelJobRequest, JobList, JobSort
from dispersed_client.models import Job as DispersedJob
from dispersed_client.types import UNSET

from .._errors import DecodeError
from .._model import Job, JobState
from .._refs import JobRef, Vendor
from ._base import Call, ErrorInfo, aware, first_text, parse_model, present, raw_value, retry_after_header, state_of

# Dispersed's statuses (specs/dispersed.yaml, JobStatus). ASSIGNED: a node has the job but it has not started.
STATES: Mapping[str, JobState] = {
    "PENDING": JobState.QUEUED,
    "ASSIGNED": JobState.QUEUED,
    "RUNNING": JobState.RUNNING,
    "CANCELLING": JobState.CANCELLING,
    "COMPLETED": JobState.SUCCEEDED,
    "FAILED": JobState.FAILED,
    "CANCELLED": JobState.CANCELLED,
}
_MAX_PAGE = 50  # the documented maximum of `limit`


class DispersedAdapter:
    vendor: ClassVar[Vendor] = "dispersed"
    default_base_url: ClassVar[str] = "https://api.dispersed.com"

    def get(self, ref: JobRef) -> Call:
        return Call.from_generated(get_job._get_kwargs(ref.job_id))  # type: ignore[arg-type]

    def cancel(self, ref: JobRef, reason: str | None) -> Call:
        body = CancelJobRequest(reason=reason) if reason is not None else CancelJobRequest()
        return Call.from_generated(cancel_job._get_kwargs(ref.job_id, body=body))  # type: ignore[arg-type]

    def first_page(self, project: str | None, states: frozenset[JobState] | None, page_size: int | None) -> Call:
        # The server can filter only by statuses it lists: a filter that includes UNKNOWN must be applied here.
        raw = None
        if states and JobState.UNKNOWN not in states:
            raw = ",".join(sorted(s for s, state in STATES.items() if state in states))
        kwargs = list_jobs._get_kwargs(
            page=1, limit=min(page_size or _MAX_PAGE, _MAX_PAGE), sort=JobSort.CREATED_AT_DESC,
            filter_status=raw or UNSET,
        )
        return Call.from_generated(kwargs)

    def next_page(self, call: Call, body: Any) -> Call | None:
        if not isinstance(body, dict):
            return None
        page, limit, total = body.get("page"), body.get("limit"), body.get("total")
        if not (isinstance(page, int) and isinstance(limit, int) and isinstance(total, int)):
            return None
        if page * limit >= total or not body.get("data"):
            return None
        return Call(call.method, call.url, {**(call.params or {}), "page": page + 1}, call.json, call.headers)

    def job(self, ref: JobRef | None, body: Any, project: str | None) -> Job:
        return self._job(parse_model(self.vendor, DispersedJob, body, "a job"), ref)

    def jobs(self, body: Any, project: str | None) -> list[Job]:
        return [self._job(item, None) for item in parse_model(self.vendor, JobList, body, "a job list").data]

    def _job(self, model: DispersedJob, ref: JobRef | None) -> Job:
        if ref is None:
            if not present(model.uuid):
                raise DecodeError(self.vendor, 200, "a listed job without a uuid", repr(model))
            ref = JobRef("dispersed", str(model.uuid))
        raw = raw_value(model.status) or ""
        state = state_of(STATES, raw)
        return Job(
            ref=ref,
            state=state,
            raw_status=raw,
            created_at=aware(model.created_at),
            started_at=aware(present(model.started_at)),
            finished_at=aware(present(model.completed_at)),
            error=present(model.status_reason) if state is JobState.FAILED else None,
            model=model,
        )

    def error(self, body: Any) -> ErrorInfo:
        # Not documented: keep `message` (or `error`) when the body has one.
        return ErrorInfo(first_text(body, "message", "error") or "no error message in the response",
                         code=first_text(body, "error") if first_text(body, "message") else None)

    def retry_after(self, headers: Mapping[str, str], now: float) -> float | None:
        return retry_after_header(headers, now)
