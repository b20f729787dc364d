"""Anthropic Message Batches (`msgbatch_…`): `x-api-key` and the required `anthropic-version` header (the spec's
default, sent with every request); cursor pages (`after_id`, `has_more`, `last_id`); RFC 3339 times; `{"type": "error",
"error": {...}, "request_id"}` errors and the `request-id` header; `anthropic-ratelimit-requests-*` headers.

States (specs/anthropic.yaml MessageBatchProcessingStatus): RUNNING while `in_progress` (a batch processes from the
moment it is created, so it is never queued), CANCELLING while `canceling` (a cancel was initiated; requests already
running may still finish), and `ended` is terminal, its outcome in `request_counts`, not in the status: CANCELLED when
requests were canceled (a cancel initiated too late to stop any leaves a batch that simply finished), else SUCCEEDED
when a request succeeded (those that errored or expired are then in the results), else FAILED (every request errored,
or expired because the batch's 24 hours ran out). Anthropic counts every request as processing until the batch ends,
so `progress` jumps from none to all. `raw_status` stays Anthropic's (`ended`); `cancel_initiated_at` is on `model`.
"""

from __future__ import annotations

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
    items,
    json_object,
    required,
    text,
    timestamp,
)
from ._paths import path
from ._ratelimits import NamedHeaders, RateHeaders

STATES: Mapping[str, JobState] = {
    "in_progress": JobState.RUNNING,
    "canceling": JobState.CANCELLING,
    "ended": JobState.SUCCEEDED,  # refined by the request counts and cancel_initiated_at (see the module docstring)
}
# Anthropic calls its ids opaque ("format and length may change"): the prefix and a URL-safe alphabet are all we check.
_ID = re.compile(r"msgbatch_[A-Za-z0-9_-]{1,200}")
_ID_RULE = "must be a message batch id (msgbatch_ and letters, digits, - or _)"
# The spec's paths (get_message_batch, cancel_message_batch, list_message_batches), and the `anthropic-version` every
# request must send (the spec's default for it).
_BATCH = "/v1/messages/batches/{message_batch_id}"
_CANCEL = _BATCH + "/cancel"
_BATCHES = "/v1/messages/batches"
_VERSION = "2023-06-01"
_MAX_PAGE = 1000  # the documented maximum of `limit`


class AnthropicAuth(httpx2.Auth):
    """`x-api-key: <key>`, with the key out of every repr."""

    def __init__(self, api_key: str) -> None:
        self._key = api_key

    def auth_flow(self, request: httpx2.Request) -> Generator[httpx2.Request, httpx2.Response, None]:
        request.headers["x-api-key"] = self._key
        yield request

    def __repr__(self) -> str:
        return "AnthropicAuth(<hidden>)"


class Anthropic(VendorPlugin):
    name: ClassVar[str] = "anthropic"
    client: ClassVar[str | None] = "anyjob_anthropic_batches"
    default_url: ClassVar[str] = "https://api.anthropic.com"
    settings: ClassVar[tuple[Setting, ...]] = (
        Setting("api_key", ("ANTHROPIC_API_KEY",), secret=True, required=True, help="an API key"),
        Setting("url", ("ANTHROPIC_BASE_URL",), help="the API's base URL, without /v1 (default: the production API)"),
    )
    states: ClassVar[Mapping[str, JobState]] = STATES
    status_enums: ClassVar[Mapping[str, Mapping[str, JobState]]] = {
        "anyjob_anthropic_batches.models.message_batch_processing_status:MessageBatchProcessingStatus": STATES,
    }
    ref_example: ClassVar[str] = "anthropic:msgbatch_013Zva2CMHLNnXjNJJKqJ2EF"
    order: ClassVar[int] = 50
    # Anthropic's rate-limit docs: the request budget's three headers; the reset is an RFC 3339 time. Its budgets are
    # per minute (a token bucket), so a reset more than an hour away is not believed.
    rate_limits: ClassVar[RateHeaders] = NamedHeaders(
        "anthropic-ratelimit-requests-limit", "anthropic-ratelimit-requests-remaining",
        "anthropic-ratelimit-requests-reset", reset_as="rfc3339", max_reset=3600)
    request_id_header: ClassVar[str] = "request-id"
    simulator: ClassVar[str | None] = "anyjob.testing._anthropic:AnthropicSimulator"

    def job_id(self, value: str) -> str:
        if not _ID.fullmatch(value):
            raise ValueError(_ID_RULE)
        return value

    def auth(self, settings: Mapping[str, str]) -> httpx2.Auth:
        return AnthropicAuth(settings["api_key"])

    def get(self, job_id: str, scope: str | None) -> Call:
        return Call("GET", path(_BATCH, message_batch_id=job_id), headers={"anthropic-version": _VERSION})

    def cancel(self, job_id: str, scope: str | None, reason: str | None) -> Call:
        # The cancel takes no body: there is nowhere to put a reason.
        return Call("POST", path(_CANCEL, message_batch_id=job_id), headers={"anthropic-version": _VERSION})

    def first_page(self, scope: str | None, states: frozenset[JobState] | None, page_size: int | None) -> Call:
        # The list does not filter by status at the server: the engine filters the pages.
        return Call("GET", _BATCHES, {"limit": min(page_size or 100, _MAX_PAGE)},
                    headers={"anthropic-version": _VERSION})

    def next_page(self, call: Call, body: Any) -> Call | None:
        # As Anthropic's own pager: after_id=last_id while has_more (and a last_id to go on from).
        if not isinstance(body, dict) or not body.get("has_more"):
            return None
        last = body.get("last_id")
        return call.with_params(after_id=last) if isinstance(last, str) and last else None

    def job(self, ref: JobRef, body: Any) -> Job:
        return self._job(json_object(self.name, body, "a message batch"), ref)

    def jobs(self, body: Any, scope: str | None) -> list[Job]:
        page = json_object(self.name, body, "a list of message batches")
        return [self._job(item, None) for item in items(page, "data")]

    def _job(self, data: dict[str, Any], ref: JobRef | None) -> Job:
        batch_id = required(data, "id")  # in every answer
        if ref is None:
            if not (isinstance(batch_id, str) and _ID.fullmatch(batch_id)):
                raise DecodeError(self.name, 200, f"a listed batch whose id {_ID_RULE}", repr(batch_id)[:400])
            ref = JobRef(self.name, batch_id)
        raw = text(data, "processing_status", needed=True) or ""
        counts = required(data, "request_counts")
        if not isinstance(counts, dict):
            raise TypeError(f"request_counts must be an object, not {type(counts).__name__}")
        processing = count(counts, "processing")
        total = processing + sum(count(counts, key) for key in ("succeeded", "errored", "canceled", "expired"))
        state, error = self.state_of(raw), None
        if raw == "ended":
            state, error = _outcome(counts, total)
        created_at = timestamp(data, "created_at", needed=True)
        return Job(
            ref=ref,
            state=state,
            raw_status=raw,
            created_at=created_at,
            started_at=created_at,  # processing starts when the batch is created
            finished_at=timestamp(data, "ended_at") if state.is_terminal else None,
            progress=Progress(total - processing, total) if total else None,
            error=error,
            model=deferred(ref, "anyjob_anthropic_batches.models:MessageBatch", data, "a message batch"),
        )

    def error(self, body: Any) -> ErrorInfo:
        inner = body.get("error") if isinstance(body, dict) else None
        return ErrorInfo(first_text(inner, "message") or "no error message in the response",
                         code=first_text(inner, "type"), request_id=first_text(body, "request_id"))


def _outcome(counts: dict[str, Any], total: int) -> tuple[JobState, str | None]:
    """The state of an ended batch, and its error when it failed."""
    if counts["canceled"]:
        return JobState.CANCELLED, None
    if counts["succeeded"] or not total:
        return JobState.SUCCEEDED, None
    return JobState.FAILED, (f"no request succeeded: {counts['errored']} errored, {counts['expired']} expired "
                             f"(of {total})")


PLUGIN = Anthropic()
