"""Dispersed: HMAC-signed requests (dispersed_client.signing); page/limit pagination with `total`; CANCELLING."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import httpx2

from .._errors import DecodeError
from .._model import Job, JobState
from .._refs import JobRef
from ._base import Call, ErrorInfo, Setting, VendorPlugin, deferred, first_text, items, json_object, text, timestamp
from ._paths import path

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
# The spec's paths (get_job, cancel_job, list_jobs); a list is sorted newest first (JobSort.CREATED_AT_DESC).
_JOB = "/v1/jobs/{uuid}"
_CANCEL = _JOB + "/cancel"
_JOBS = "/v1/jobs"
_MAX_PAGE = 50  # the documented maximum of `limit`


class Dispersed(VendorPlugin):
    name: ClassVar[str] = "dispersed"
    client: ClassVar[str | None] = "dispersed_client"
    default_url: ClassVar[str] = "https://api.dispersed.com"
    settings: ClassVar[tuple[Setting, ...]] = (
        Setting("public_key", ("DISPERSED_PUBLIC_KEY",), required=True, help="the public key (pk_...)"),
        Setting("secret_key", ("DISPERSED_SECRET_KEY",), secret=True, required=True,
                help="the secret key (sk_...) that signs requests"),
        Setting("url", ("DISPERSED_API_URL",), help="the API's base URL (default: the production API)"),
    )
    states: ClassVar[Mapping[str, JobState]] = STATES
    status_enums: ClassVar[Mapping[str, Mapping[str, JobState]]] = {
        "dispersed_client.models.job_status:JobStatus": STATES,
    }
    ref_example: ClassVar[str] = "dispersed:3c90c3cc-0d44-4b50-8888-8dd25736052a"
    order: ClassVar[int] = 20
    simulator: ClassVar[str | None] = "anyjob.testing._dispersed:DispersedSimulator"

    def auth(self, settings: Mapping[str, str]) -> httpx2.Auth:
        from dispersed_client.signing import DispersedAuth

        return DispersedAuth(settings["public_key"], settings["secret_key"])

    def get(self, job_id: str, scope: str | None) -> Call:
        return Call("GET", path(_JOB, uuid=job_id))

    def cancel(self, job_id: str, scope: str | None, reason: str | None) -> Call:
        body = {"reason": reason} if reason is not None else {}  # CancelJobRequest
        return Call("PUT", path(_CANCEL, uuid=job_id), json=body, headers={"Content-Type": "application/json"})

    def first_page(self, scope: str | None, states: frozenset[JobState] | None, page_size: int | None) -> Call:
        params: dict[str, Any] = {"page": 1, "limit": min(page_size or _MAX_PAGE, _MAX_PAGE), "sort": "-created_at"}
        # The server can filter only by statuses it lists: a filter that includes UNKNOWN must be applied here.
        if states and JobState.UNKNOWN not in states:
            raw = ",".join(sorted(s for s, state in STATES.items() if state in states))
            if raw:
                params["filter[status]"] = raw
        return Call("GET", _JOBS, params)

    def next_page(self, call: Call, body: Any) -> Call | None:
        if not isinstance(body, dict):
            return None
        page, limit, total = body.get("page"), body.get("limit"), body.get("total")
        if not (isinstance(page, int) and isinstance(limit, int) and isinstance(total, int)):
            return None
        if page * limit >= total or not body.get("data"):
            return None
        return call.with_params(page=page + 1)

    def job(self, ref: JobRef, body: Any) -> Job:
        return self._job(json_object(self.name, body, "a job"), ref)

    def jobs(self, body: Any, scope: str | None) -> list[Job]:
        return [self._job(item, None) for item in items(json_object(self.name, body, "a job list"), "data")]

    def _job(self, data: dict[str, Any], ref: JobRef | None) -> Job:
        if ref is None:
            uuid = text(data, "uuid")
            if not uuid:
                raise DecodeError(self.name, 200, "a listed job without a uuid", repr(data)[:400])
            ref = JobRef(self.name, uuid)
        raw = text(data, "status", needed=True) or ""
        state = self.state_of(raw)
        return Job(
            ref=ref,
            state=state,
            raw_status=raw,
            created_at=timestamp(data, "created_at", needed=True),
            started_at=timestamp(data, "started_at"),
            finished_at=timestamp(data, "completed_at"),
            error=text(data, "status_reason") if state is JobState.FAILED else None,
            model=deferred(ref, "dispersed_client.models:Job", data, "a job"),
        )

    def error(self, body: Any) -> ErrorInfo:
        # Not documented: keep `message` (or `error`) when the body has one.
        return ErrorInfo(first_text(body, "message", "error") or "no error message in the response",
                         code=first_text(body, "error") if first_text(body, "message") else None)


PLUGIN = Dispersed()
