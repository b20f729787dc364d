"""OpenAI: batches (`batch_…`) and fine-tuning jobs (`ftjob-…`), two kinds listed one after the other; cursor pages
(`after`, `has_more`); Unix-second times; `{"error": {...}}` errors; `x-ratelimit-*-requests` headers.

States (specs/openai.yaml BatchStatus and FineTuningJobStatus, one table; the two share `failed` and `cancelled`):
a batch is QUEUED while `validating`, RUNNING while `in_progress` or `finalizing`, CANCELLING while `cancelling` (up to
10 minutes, then `cancelled`), and ends SUCCEEDED (`completed`, even when some of its requests failed: they are in its
error file, and `progress` counts them), FAILED (`failed`: its input did not validate; or `expired`: its 24 h window
ended first, with the requests done by then in its output file) or CANCELLED. A fine-tuning job is QUEUED while
`validating_files` or `queued`, RUNNING while `running`, PAUSED while `paused` (until resumed), and ends SUCCEEDED,
FAILED or CANCELLED (a cancel is immediate: there is no cancelling state).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Generator, Mapping
from typing import Any, ClassVar

import httpx2

from .._errors import DecodeError
from .._model import Job, JobState, Progress
from .._refs import JobRef
from ._base import (
    Call,
    ErrorInfo,
    Setting,
    VendorPlugin,
    count,
    deferred,
    first_text,
    integer,
    items,
    json_object,
    member,
    required,
    text,
)
from ._paths import path
from ._ratelimits import NamedHeaders, RateHeaders

BATCH_STATES: Mapping[str, JobState] = {
    "validating": JobState.QUEUED,
    "in_progress": JobState.RUNNING,
    "finalizing": JobState.RUNNING,
    "cancelling": JobState.CANCELLING,
    "completed": JobState.SUCCEEDED,
    "failed": JobState.FAILED,
    "expired": JobState.FAILED,
    "cancelled": JobState.CANCELLED,
}
FINE_TUNING_STATES: Mapping[str, JobState] = {
    "validating_files": JobState.QUEUED,
    "queued": JobState.QUEUED,
    "running": JobState.RUNNING,
    "paused": JobState.PAUSED,
    "succeeded": JobState.SUCCEEDED,
    "failed": JobState.FAILED,
    "cancelled": JobState.CANCELLED,
}
# One table for both kinds: the statuses they share (failed, cancelled) mean the same.
STATES: Mapping[str, JobState] = {**BATCH_STATES, **FINE_TUNING_STATES}
BATCH, FINE_TUNING = "batch", "fine_tuning"
_PREFIXES = {"batch_": BATCH, "ftjob-": FINE_TUNING}
_ID = re.compile(r"(batch_|ftjob-)[A-Za-z0-9_-]{1,120}")
_ID_RULE = "must be a batch id (batch_...) or a fine-tuning job id (ftjob-...)"
# The spec's paths: retrieve_batch, cancel_batch, list_batches; retrieve_, cancel_ and list_fine_tuning_job(s).
_BATCH = "/batches/{batch_id}"
_BATCH_CANCEL = _BATCH + "/cancel"
_BATCHES = "/batches"
_FINE_TUNING_JOB = "/fine_tuning/jobs/{fine_tuning_job_id}"
_FINE_TUNING_CANCEL = _FINE_TUNING_JOB + "/cancel"
_FINE_TUNING_JOBS = "/fine_tuning/jobs"
_MAX_PAGE = 100  # the documented maximum of `limit`


class OpenAIAuth(httpx2.Auth):
    """`Authorization: Bearer <key>`, and `OpenAI-Organization` / `OpenAI-Project` when set; no key in its repr."""

    def __init__(self, api_key: str, organization: str | None, project: str | None) -> None:
        self._headers = {"Authorization": f"Bearer {api_key}"}
        if organization:
            self._headers["OpenAI-Organization"] = organization
        if project:
            self._headers["OpenAI-Project"] = project

    def auth_flow(self, request: httpx2.Request) -> Generator[httpx2.Request, httpx2.Response, None]:
        request.headers.update(self._headers)
        yield request

    def __repr__(self) -> str:
        return "OpenAIAuth(<hidden>)"


def kind_of(job_id: str) -> str:
    return next(kind for prefix, kind in _PREFIXES.items() if job_id.startswith(prefix))


class OpenAI(VendorPlugin):
    name: ClassVar[str] = "openai"
    client: ClassVar[str | None] = "anyjob_openai_jobs_client"
    default_url: ClassVar[str] = "https://api.openai.com/v1"
    settings: ClassVar[tuple[Setting, ...]] = (
        Setting("api_key", ("OPENAI_API_KEY",), secret=True, required=True, help="an API key"),
        Setting("url", ("OPENAI_BASE_URL",), help="the API's base URL, with /v1 (default: the production API)"),
        Setting("organization", ("OPENAI_ORG_ID",), help="the organization to bill (OpenAI-Organization)"),
        Setting("project", ("OPENAI_PROJECT_ID",), help="the project to use (OpenAI-Project)"),
    )
    states: ClassVar[Mapping[str, JobState]] = STATES
    status_enums: ClassVar[Mapping[str, Mapping[str, JobState]]] = {
        "anyjob_openai_jobs_client.models.batch_status:BatchStatus": BATCH_STATES,
        "anyjob_openai_jobs_client.models.fine_tuning_job_status:FineTuningJobStatus": FINE_TUNING_STATES,
    }
    ref_example: ClassVar[str] = "openai:batch_6721f6b2fb1c81909b8b2c8c9f2a6b5e"
    order: ClassVar[int] = 40
    kinds: ClassVar[tuple[str, ...]] = (BATCH, FINE_TUNING)
    # OpenAI's rate-limit guide: the request budget's three headers; resets are durations (`1s`, `6m0s`, `12ms`). Its
    # longest request window is a day (requests per day).
    rate_limits: ClassVar[RateHeaders] = NamedHeaders(
        "x-ratelimit-limit-requests", "x-ratelimit-remaining-requests", "x-ratelimit-reset-requests",
        reset_as="duration", max_reset=86_400)
    simulator: ClassVar[str | None] = "anyjob.testing._openai:OpenAISimulator"

    def job_id(self, value: str) -> str:
        if not _ID.fullmatch(value):
            raise ValueError(_ID_RULE)
        return value

    def auth(self, settings: Mapping[str, str]) -> httpx2.Auth:
        return OpenAIAuth(settings["api_key"], settings.get("organization"), settings.get("project"))

    def get(self, job_id: str, scope: str | None) -> Call:
        if kind_of(job_id) == BATCH:
            return Call("GET", path(_BATCH, batch_id=job_id))
        return Call("GET", path(_FINE_TUNING_JOB, fine_tuning_job_id=job_id))

    def cancel(self, job_id: str, scope: str | None, reason: str | None) -> Call:
        # Neither cancel takes a body: there is nowhere to put a reason.
        if kind_of(job_id) == BATCH:
            return Call("POST", path(_BATCH_CANCEL, batch_id=job_id))
        return Call("POST", path(_FINE_TUNING_CANCEL, fine_tuning_job_id=job_id))

    def first_pages(self, scope: str | None, states: frozenset[JobState] | None, page_size: int | None,
                    kind: str | None) -> list[Call]:
        # Neither list filters by status at the server: the engine filters the pages.
        limit = min(page_size or _MAX_PAGE, _MAX_PAGE)
        calls = []
        if kind in (None, BATCH):
            calls.append(Call("GET", _BATCHES, {"limit": limit}))
        if kind in (None, FINE_TUNING):
            calls.append(Call("GET", _FINE_TUNING_JOBS, {"limit": limit}))
        return calls

    def next_page(self, call: Call, body: Any) -> Call | None:
        # As OpenAI's own pager: the next page starts after the last item, until has_more is false or a page is empty.
        if not isinstance(body, dict) or not body.get("has_more"):
            return None
        data = body.get("data")
        last = data[-1].get("id") if isinstance(data, list) and data and isinstance(data[-1], dict) else None
        return call.with_params(after=last) if isinstance(last, str) and last else None

    def job(self, ref: JobRef, body: Any) -> Job:
        if kind_of(ref.job_id) == BATCH:
            return self._batch(json_object(self.name, body, "a batch"), ref)
        return self._fine_tuning_job(json_object(self.name, body, "a fine-tuning job"), ref)

    def jobs(self, body: Any, scope: str | None) -> list[Job]:
        page = items(json_object(self.name, body, "a list"), "data")
        if page and page[0].get("object") == "fine_tuning.job":
            return [self._fine_tuning_job(item, None) for item in page]
        return [self._batch(item, None) for item in page]

    def _ref(self, job_id: Any, ref: JobRef | None) -> JobRef:
        if ref is not None:
            return ref
        if not (isinstance(job_id, str) and _ID.fullmatch(job_id)):
            raise DecodeError(self.name, 200, f"a listed job whose id {_ID_RULE}", repr(job_id)[:400])
        return JobRef(self.name, job_id)

    def _batch(self, data: dict[str, Any], ref: JobRef | None) -> Job:
        ref = self._ref(required(data, "id"), ref)
        raw = text(data, "status", needed=True) or ""
        state = self.state_of(raw)
        counts = member(data, "request_counts")
        progress = None
        if counts is not None:
            total, completed, failed = (count(counts, key) for key in ("total", "completed", "failed"))
            if total:
                progress = Progress(completed + failed, total)
        ended = next((t for t in (data.get("completed_at"), data.get("failed_at"), data.get("expired_at"),
                                  data.get("cancelled_at")) if t is not None), None)
        return Job(
            ref=ref,
            state=state,
            raw_status=raw,
            created_at=_unix(required(data, "created_at")),
            started_at=_unix(data.get("in_progress_at")),
            finished_at=_unix(ended) if state.is_terminal else None,
            progress=progress,
            error=_batch_error(data, raw, counts) if state is JobState.FAILED else None,
            model=deferred(ref, "anyjob_openai_jobs_client.models:Batch", data, "a batch"),
        )

    def _fine_tuning_job(self, data: dict[str, Any], ref: JobRef | None) -> Job:
        ref = self._ref(required(data, "id"), ref)
        raw = text(data, "status", needed=True) or ""
        state = self.state_of(raw)
        error = member(data, "error")
        message = (text(error, "message") or text(error, "code")) if error is not None else None
        return Job(
            ref=ref,
            state=state,
            raw_status=raw,
            created_at=_unix(required(data, "created_at")),
            finished_at=_unix(data.get("finished_at")) if state.is_terminal else None,
            error=(message or "the fine-tuning job failed") if state is JobState.FAILED else None,
            model=deferred(ref, "anyjob_openai_jobs_client.models:FineTuningJob", data, "a fine-tuning job"),
        )

    def error(self, body: Any) -> ErrorInfo:
        inner = body.get("error") if isinstance(body, dict) else None
        return ErrorInfo(first_text(inner, "message") or "no error message in the response",
                         code=first_text(inner, "code", "type"))


def _unix(value: Any) -> datetime.datetime | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return datetime.datetime.fromtimestamp(value, datetime.UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _batch_error(data: dict[str, Any], raw: str, counts: dict[str, Any] | None) -> str:
    errors = member(data, "errors")
    listed = items(errors, "data") if errors is not None else []
    if listed:
        first = listed[0]
        message = text(first, "message") or text(first, "code")
        line = integer(first, "line")
        if message:
            return f"{message} (line {line})" if line is not None else message
    if raw == "expired":
        total = integer(counts, "total") if counts is not None else None
        done = f": {integer(counts, 'completed') or 0} of {total} requests done" if counts is not None and total else ""
        return f"the batch expired before its completion window ended{done}"
    return "the batch failed"


PLUGIN = OpenAI()
