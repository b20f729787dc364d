"""Veryfront: jobs live in a project (`veryfront:<project_reference>/<job_id>`); cursor pages; `{detail}` errors."""

from __future__ import annotations

import re
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
    Scope,
    Setting,
    VendorPlugin,
    count,
    deferred,
    first_text,
    items,
    json_object,
    member,
    text,
    timestamp,
)
from ._paths import path

# Veryfront's statuses (specs/veryfront.yaml, JobStatus). The vendor's guide polls for "succeeded"; the enum says
# "completed", and so does this table.
STATES: Mapping[str, JobState] = {
    "submitted": JobState.QUEUED,
    "working": JobState.RUNNING,
    "completed": JobState.SUCCEEDED,
    "failed": JobState.FAILED,
    "canceled": JobState.CANCELLED,
}
# The spec's paths (get_job, cancel_job, list_jobs).
_JOB = "/projects/{project_reference}/jobs/{job_id}"
_CANCEL = _JOB + "/cancel"
_JOBS = "/projects/{project_reference}/jobs"


class Veryfront(VendorPlugin):
    name: ClassVar[str] = "veryfront"
    client: ClassVar[str | None] = "veryfront_client"
    default_url: ClassVar[str] = "https://api.veryfront.com"
    settings: ClassVar[tuple[Setting, ...]] = (
        Setting("token", ("VERYFRONT_API_TOKEN",), secret=True, required=True, help="an API token"),
        Setting("url", ("VERYFRONT_API_URL",), help="the API's base URL (default: the production API)"),
        Setting("project", ("VERYFRONT_PROJECT_SLUG", "VERYFRONT_PROJECT_ID"),
                help="the project (slug or id) that `list veryfront` uses when none is given"),
    )
    scope: ClassVar[Scope | None] = Scope("project_reference", re.compile(r"[a-zA-Z0-9_-]{1,128}"),
                                          "must be 1-128 characters of a-z A-Z 0-9 _ -", setting="project")
    states: ClassVar[Mapping[str, JobState]] = STATES
    status_enums: ClassVar[Mapping[str, Mapping[str, JobState]]] = {
        "veryfront_client.models.job_status:JobStatus": STATES,
    }
    ref_example: ClassVar[str] = "veryfront:my-site/0b6f2ec8-5d9e-4c55-9f59-6b8a1f0bb5a4"
    order: ClassVar[int] = 10
    simulator: ClassVar[str | None] = "anyjob.testing._veryfront:VeryfrontSimulator"

    def auth(self, settings: Mapping[str, str]) -> httpx2.Auth:
        return BearerAuth(settings["token"])

    def get(self, job_id: str, scope: str | None) -> Call:
        return Call("GET", path(_JOB, project_reference=scope or "", job_id=job_id))

    def cancel(self, job_id: str, scope: str | None, reason: str | None) -> Call:
        # Veryfront's cancel takes no body, so there is nowhere to put a reason.
        return Call("POST", path(_CANCEL, project_reference=scope or "", job_id=job_id))

    def first_page(self, scope: str | None, states: frozenset[JobState] | None, page_size: int | None) -> Call:
        params: dict[str, Any] = {"limit": page_size or 100}
        # The one status to ask the server for when a list is filtered to exactly one state.
        if states and len(states) == 1:
            wanted = next(iter(states))
            status = next((raw for raw, state in STATES.items() if state is wanted), None)
            if status is not None:
                params["status"] = status
        return Call("GET", path(_JOBS, project_reference=scope or ""), params)

    def next_page(self, call: Call, body: Any) -> Call | None:
        cursor = (body.get("page_info") or {}).get("next") if isinstance(body, dict) else None
        if not cursor:
            return None
        return call.with_params(cursor=cursor)

    def job(self, ref: JobRef, body: Any) -> Job:
        return self._job(json_object(self.name, body, "a job"), ref, ref.project, "veryfront_client.models:Job")

    def jobs(self, body: Any, scope: str | None) -> list[Job]:
        page = json_object(self.name, body, "a job list")
        return [self._job(item, None, scope, "veryfront_client.models:JobListItem") for item in items(page, "data")]

    def _job(self, data: dict[str, Any], ref: JobRef | None, project: str | None, model: str) -> Job:
        job_id = text(data, "id", needed=True)  # the spec requires it in every answer
        if ref is None:
            if project is None:
                raise DecodeError(self.name, 200, "a listed job without a project", str(job_id))
            ref = JobRef(self.name, job_id or "", project=project)
        raw = text(data, "status", needed=True) or ""
        summary = member(data, "result_summary")
        progress = None
        if summary is not None and summary.get("kind") == "knowledge_ingest":  # the other kinds count nothing
            counts = [count(summary, key) for key in ("ingested_count", "skipped_count", "failed_count")]
            progress = Progress(sum(counts), count(summary, "requested_count"))
        # failure_detail is on list items and full jobs alike, failed_reason only on full jobs: prefer the former so
        # that a job reads the same from list() and get().
        error = text(data, "failure_detail") or text(data, "failed_reason")
        return Job(
            ref=ref,
            state=self.state_of(raw),
            raw_status=raw,
            created_at=timestamp(data, "created_at", needed=True),
            started_at=timestamp(data, "started_at"),
            finished_at=timestamp(data, "completed_at"),
            progress=progress,
            error=error,
            model=deferred(ref, model, data, "a job"),
        )

    def error(self, body: Any) -> ErrorInfo:
        # Not documented; the vendor's own SDK reads detail, then message, then error.
        return ErrorInfo(first_text(body, "detail", "message", "error") or "no error message in the response")


PLUGIN = Veryfront()
