"""Anthropic Message Batches, simulated.

Written from Anthropic's API reference and its "Batch processing" guide, the types of Anthropic's Python SDK
(`anthropic` 2.17.0: types/messages/*batch*, types/message.py, pagination.py, _client.py) and anyjob's spec
specs/anthropic.yaml (facts: shared/reference/anthropic.md). It serves plain JSON (and JSON Lines) and never uses the
generated client.

What it serves (the spec's operationIds):

    POST   /v1/messages/batches                                create_message_batch -> 200 MessageBatch
    GET    /v1/messages/batches                                list_message_batches (after_id, before_id, limit)
    GET    /v1/messages/batches/{message_batch_id}             get_message_batch
    DELETE /v1/messages/batches/{message_batch_id}             delete_message_batch -> {id, type}
    POST   /v1/messages/batches/{message_batch_id}/cancel      cancel_message_batch
    GET    /v1/messages/batches/{message_batch_id}/results     get_message_batch_results (application/x-jsonl)

Documented behaviour it follows: the API key in `x-api-key`; `anthropic-version` required; a batch is `in_progress`,
`canceling` after a cancel, then `ended` (the only terminal status), with `ended_at` and an absolute `results_url`;
`request_counts` count every request as `processing` until the batch ends, the other four stay 0 until then ("This
is zero until processing of the entire Message Batch has ended"); a batch not ended 24 hours after creation
(`expires_at`) ends with its unfinished requests `expired`; a cancel answers 200 `canceling` with
`cancel_initiated_at`, requests already running still finish, the others end `canceled`; delete only once ended,
answering `{id, type: "message_batch_deleted"}`; results are JSON Lines, one `{custom_id, result}` per request, not in
request order, `application/x-jsonl`; results are gone 29 days after creation (`archived_at`); lists are newest
first, paged by `after_id` / `before_id` / `limit` (default 20, 1-1000) with `first_id`, `last_id` and `has_more`;
`custom_id` matches `^[a-zA-Z0-9_-]{1,64}$` and is unique in its batch; at most 100,000 requests or 256 MB;
`params` are validated while the batch runs (an invalid one makes its request `errored` with an
`invalid_request_error`), `max_tokens` at least 1 and `stream: true` refused; errors are
`{"type": "error", "error": {"type", "message"}, "request_id"}` with the type Anthropic's errors page gives for the
status (400 invalid_request_error, 401 authentication_error, 402 billing_error, 403 permission_error, 404
not_found_error, 413 request_too_large, 429 rate_limit_error, 500 api_error, 504 timeout_error, 529
overloaded_error); every answer carries `request-id`, and an error envelope's `request_id` is the same value.

Choices made where Anthropic's documentation is silent (each also noted in the spec where it shows):

- Auth: the key is accepted in `x-api-key` or as `Authorization: Bearer <key>` (what the SDK 2.17.0 sends for an API
  key). When `x-api-key` is present it decides alone. Missing -> 401 authentication_error "x-api-key header is
  required"; wrong -> 401 "invalid x-api-key". Checked before the version.
- Version: `anthropic-version` must be one of `VERSIONS`: `2023-06-01` (the documented one) or `2026-10-21` (what the
  SDK 2.17.0 sends); both serve the same shapes. Missing -> 400 invalid_request_error "anthropic-version: header is
  required"; another value -> 400 invalid_request_error. `anthropic-beta` and `anthropic-workspace-id` are accepted and
  ignored (one workspace).
- Processing: a created batch runs its requests in `LANES` = 4 parallel lanes, each request taking 5 to 30 s of clock
  time (drawn from the seed) after a `QUEUED_FOR` = 5 s start-up; so a batch of N requests ends after about
  5 + N * 17.5 / 4 s, and a batch too large to finish in 24 hours expires. `live_counts=True` makes
  `request_counts` move while the batch runs (succeeded/errored grow as requests finish, processing falls), which the
  documentation says does not happen; the default follows the documentation.
- Params validation (at creation, shown only in the results): `model` a non-empty string, `max_tokens` an integer >= 1,
  `messages` a non-empty list of `{role: user|assistant, content: str|list}`, `stream` not true; otherwise the request
  is `errored` with an `invalid_request_error` naming the field. Model names are not checked.
- Cancel: requests running at the cancel finish; requests not yet started end `canceled`; the batch ends when the
  running ones have finished, and no sooner than `CANCEL_TAKES` = 10 s after the cancel (finalising takes time). A
  cancel of a `canceling` batch -> 200 with the batch unchanged (the first `cancel_initiated_at` stays); of an `ended`
  batch -> 409 invalid_request_error (unconfirmed: Anthropic documents neither).
- Delete of a batch that has not ended -> 409 invalid_request_error (unconfirmed). A deleted batch answers 404 to
  everything; its id still works as a list cursor. (It stays in `sim.jobs`, flagged `deleted`, since the core's
  JobStore has no removal; `job_ids` leaves it out.)
- Results before the batch has ended, or once archived (29 days after creation; `results_url` stays set) -> 404
  not_found_error (unconfirmed).
  Order: the requests that ran, in the order they finished, then the canceled or expired ones in request order. Sent
  with `content-disposition: attachment; filename*=utf-8''<id>_results.jsonl` (as in a header dump Anthropic's
  maintainers confirmed). A succeeded result's `message` is plausible, not real: one text block "Simulated answer to:
  <the start of the last user message>", `stop_reason` end_turn (max_tokens when `max_tokens` < 16), `usage` from the
  text lengths with `service_tier: "batch"`; its `msg_` id is fixed when the batch is created. An errored result's
  error envelope has `request_id: null` (whether Anthropic fills it in is not documented).
- Lists: after_id and before_id together -> 400; a cursor that names no batch this simulator ever had -> 400; `limit`
  not an integer in 1..1000 -> 400 invalid_request_error. `after_id` gives the `limit` batches right after the cursor
  (older); `before_id` the `limit` batches right before it (newer), still newest first; `has_more` says whether more
  lie beyond the page in the direction of paging.
- Create: a body that is not JSON, not an object, without a non-empty `requests` list, with more than 100,000
  requests, a request that is not an object, a bad or repeated `custom_id`, or a `params` that is not an object ->
  400 invalid_request_error naming the field (`requests.3.custom_id: ...`); a body over `max_body_bytes` (256 MB) ->
  413 request_too_large. Unknown fields are ignored.
- Ids: `msgbatch_`, `msg_` and `req_` followed by "01" and 22 base-62 characters, like Anthropic's examples. Batch and
  message ids come from the seeded generator; request ids from a generator of their own, so that errors do not change
  the ids of batches created later. Unknown (or malformed) batch ids -> 404 not_found_error.
- Times are RFC 3339 UTC with microseconds ("2026-01-01T00:00:00.000000Z"), as in Anthropic's examples.
- Seeding: `jobs=N` cycles through `SEED_SPREAD`: ended with every request succeeded (created hours to 6 days ago),
  in progress (created minutes ago, ending 5-30 minutes from now), ended with some requests errored (1-3 days ago),
  canceling (a cancel seconds ago, a request still running), ended after a cancel (some canceled), ended with some
  requests expired (2-7 days ago), and archived (30-40 days ago: older than the week the others span, since archiving
  takes 29 days). Each has 2 to 6 requests.
- Faults: `Fault.http_status(529)` answers Anthropic's overloaded_error envelope (502 and 503, which Anthropic does not
  document, api_error). `unknown_enum` writes "paused" into `processing_status`; `nulls` empties `ended_at`,
  `cancel_initiated_at`, `archived_at`, `results_url`, `first_id` and `last_id`. No rate limiting here (no
  `anthropic-ratelimit-*` headers, no 429 unless injected).
- The anyjob phase of a batch (`SimBatch.phase`, for harnesses that read the store): in_progress -> RUNNING, canceling
  -> CANCELLING, ended with a request canceled -> CANCELLED, ended with none succeeded -> FAILED, otherwise SUCCEEDED.
  Anthropic reports no start time, so `started_at` is None.
"""

from __future__ import annotations

import contextvars
import hmac
import json
import random
import re
import string
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, ClassVar

import attrs
from starlette.requests import Request
from starlette.responses import Response

from ._faults import Fault, FaultKind
from ._jobs import Phase, SimJob
from ._vendor import ApiError, Operation, Reply, SimRequest, VendorSimulator

VERSIONS = frozenset({"2023-06-01", "2026-10-21"})
MINUTE, HOUR, DAY = 60.0, 3600.0, 86400.0
EXPIRES_AFTER = 24 * HOUR
ARCHIVED_AFTER = 29 * DAY
QUEUED_FOR = 5.0
LANES = 4
REQUEST_SECONDS = (5.0, 30.0)
CANCEL_TAKES = 10.0
DEFAULT_LIMIT, MAX_LIMIT = 20, 1000
MAX_REQUESTS = 100_000
MAX_BODY_BYTES = 256 * 1024 * 1024
CUSTOM_ID = re.compile(r"[a-zA-Z0-9_-]{1,64}")
JSONL = "application/x-jsonl"
BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
MODELS = ("claude-opus-4-8", "claude-sonnet-4-6", "claude-haiku-4-5")

SEED_SPREAD = ("succeeded", "in_progress", "errored", "canceling", "canceled", "expired", "archived")

ERROR_TYPES: dict[int, str] = {
    400: "invalid_request_error", 401: "authentication_error", 402: "billing_error", 403: "permission_error",
    404: "not_found_error", 405: "invalid_request_error", 409: "invalid_request_error", 413: "request_too_large",
    422: "invalid_request_error", 429: "rate_limit_error", 500: "api_error", 502: "api_error", 503: "api_error",
    504: "timeout_error", 529: "overloaded_error",
}
KNOWN_ERROR_TYPES = frozenset(ERROR_TYPES.values())
SEEDED_FAILURES = (("api_error", "Internal server error"), ("overloaded_error", "Overloaded"),
                   ("invalid_request_error", "messages.0.content: Field required"))

# The id of the request being answered: set around each answer, read by `response_headers` and `error_body`, so that
# the `request-id` header and the error envelope's `request_id` are the same value.
_REQUEST_ID: contextvars.ContextVar[str | None] = contextvars.ContextVar("anthropic_request_id", default=None)


def rfc3339(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@attrs.frozen
class BatchRequest:
    """One request of a batch: when it runs (seconds after the batch's creation) and how it ends if it runs."""

    custom_id: str
    params: Any
    start: float
    finish: float
    error: tuple[str, str] | None  # (error type, message) when it errors; None when it succeeds
    message_id: str


@attrs.frozen
class BatchState:
    """A batch at one instant."""

    status: str  # in_progress, canceling, ended
    ended_at: float | None
    outcomes: tuple[str, ...]  # per request: processing, succeeded, errored, canceled, expired

    def counts(self) -> dict[str, int]:
        return {name: self.outcomes.count(name) for name in ("processing", "succeeded", "errored", "canceled",
                                                             "expired")}


@attrs.define
class SimBatch(SimJob):
    """A Message Batch whose state is a function of the clock (see the module docstring). `cancel_requested_at` is
    Anthropic's `cancel_initiated_at`."""

    requests: tuple[BatchRequest, ...] = ()
    deleted: bool = False

    @property
    def expires_at(self) -> float:
        return self.created_at + EXPIRES_AFTER

    @property
    def archived_at(self) -> float:
        return self.created_at + ARCHIVED_AFTER

    def _started_by_cancel(self, request: BatchRequest) -> bool:
        return self.cancel_requested_at is None or self.created_at + request.start <= self.cancel_requested_at

    def end(self) -> tuple[float, str]:
        """(when the batch ends, why: "finished", "expired" or "canceled"), as things stand."""
        natural = self.created_at + max(request.finish for request in self.requests)
        end, why = (natural, "finished") if natural <= self.expires_at else (self.expires_at, "expired")
        cancel = self.cancel_requested_at
        if cancel is not None and cancel < end:
            running = [self.created_at + r.finish for r in self.requests if self._started_by_cancel(r)]
            cancel_end = max([cancel + CANCEL_TAKES, *(t for t in running if t > cancel)])
            if cancel_end < end:
                end, why = cancel_end, "canceled"
        return end, why

    def state(self, now: float, *, live_counts: bool = False) -> BatchState:
        end, why = self.end()
        ended = now >= end
        outcomes = []
        for request in self.requests:
            finished = self.created_at + request.finish
            ran = self._started_by_cancel(request) and finished <= end
            if ran and (ended or live_counts) and finished <= now:
                outcomes.append("errored" if request.error else "succeeded")
            elif ended and not ran:
                outcomes.append("canceled" if why == "canceled" else "expired")
            else:
                outcomes.append("processing")
        if ended:
            status = "ended"
        elif self.cancel_requested_at is not None and now >= self.cancel_requested_at:
            status = "canceling"
        else:
            status = "in_progress"
        return BatchState(status, end if ended else None, tuple(outcomes))

    # -- the vendor-neutral view (what anyjob's harnesses read from a simulator's store) -----------------------------

    def phase(self, now: float) -> Phase:
        state = self.state(now)
        if state.status == "in_progress":
            return Phase.RUNNING
        if state.status == "canceling":
            return Phase.CANCELLING
        counts = state.counts()
        if counts["canceled"]:
            return Phase.CANCELLED
        return Phase.SUCCEEDED if counts["succeeded"] else Phase.FAILED

    def started_at(self, now: float) -> float | None:
        return None  # Anthropic reports no start time

    def finished_at(self, now: float) -> float | None:
        return self.state(now).ended_at

    def progress(self, now: float) -> float:
        state = self.state(now, live_counts=True)
        return 1.0 - state.outcomes.count("processing") / len(self.requests)

    def request_cancel(self, now: float) -> bool:
        """Initiate a cancel; False (and no change) when the batch has ended or a cancel was already initiated."""
        if self.cancel_requested_at is not None or self.state(now).status == "ended":
            return False
        self.cancel_requested_at = now
        return True


class AnthropicSimulator(VendorSimulator):
    """Anthropic's Message Batches API (`/v1/messages/batches...`) on loopback; see the module docstring."""

    vendor: ClassVar[str] = "anthropic"
    unknown_status: ClassVar[str] = "paused"
    status_fields: ClassVar[frozenset[str]] = frozenset({"processing_status"})
    nullable_fields: ClassVar[frozenset[str]] = frozenset(
        {"ended_at", "cancel_initiated_at", "archived_at", "results_url", "first_id", "last_id"}
    )

    def __init__(self, *, api_key: str = "sk-ant-api03-anyjob-simulator", live_counts: bool = False,
                 max_body_bytes: int = MAX_BODY_BYTES, **kwargs: Any) -> None:
        if max_body_bytes < 1:
            raise ValueError("max_body_bytes must be at least 1")
        self.api_key = api_key
        self.live_counts = live_counts
        self.max_body_bytes = max_body_bytes
        self._request_ids = random.Random(f"anthropic-request-ids-{kwargs.get('seed', 0)}")
        super().__init__(**kwargs)

    # -- the adapter's hooks ----------------------------------------------------------------------------------------

    def operations(self) -> list[Operation]:
        base = "/v1/messages/batches"
        one = base + "/{message_batch_id}"
        return [
            Operation("POST", base, "create_message_batch", self.create_message_batch),
            Operation("GET", base, "list_message_batches", self.list_message_batches),
            Operation("GET", one, "get_message_batch", self.get_message_batch),
            Operation("DELETE", one, "delete_message_batch", self.delete_message_batch),
            Operation("POST", one + "/cancel", "cancel_message_batch", self.cancel_message_batch),
            Operation("GET", one + "/results", "get_message_batch_results", self.get_message_batch_results),
        ]

    @property
    def credentials(self) -> dict[str, str]:
        return {"ANTHROPIC_API_KEY": self.api_key}

    @property
    def environment(self) -> dict[str, str]:
        """What Anthropic's SDK reads: the key and the base URL (without /v1). Only while the simulator runs."""
        return {**self.credentials, "ANTHROPIC_BASE_URL": self.base_url}

    @property
    def job_ids(self) -> list[str]:
        return [job.id for job in self.jobs if not self._is_deleted(job)]

    def authenticate(self, request: SimRequest) -> None:
        key = request.headers.get("x-api-key")
        if key is None:
            scheme, _, token = request.headers.get("authorization", "").partition(" ")
            key = token.strip() if scheme.lower() == "bearer" and token.strip() else None
        if key is None:
            raise ApiError(401, "x-api-key header is required", code="authentication_error")
        if not hmac.compare_digest(key.encode(), self.api_key.encode()):
            raise ApiError(401, "invalid x-api-key", code="authentication_error")
        version = request.headers.get("anthropic-version")
        if version is None:
            raise ApiError(400, "anthropic-version: header is required", code="invalid_request_error")
        if version not in VERSIONS:
            raise ApiError(400, f"anthropic-version: {version!r} is not a valid version", code="invalid_request_error")

    def error_body(self, status: int, message: str, code: str | None) -> Any:
        kind = code if code in KNOWN_ERROR_TYPES else ERROR_TYPES.get(status, "api_error" if status >= 500
                                                                       else "invalid_request_error")
        return {"type": "error", "error": {"type": kind, "message": message}, "request_id": self._request_id()}

    def response_headers(self, request: SimRequest) -> dict[str, str]:
        return {"request-id": self._request_id()}

    def _request_id(self) -> str:
        current = _REQUEST_ID.get()
        if current is None:  # outside an answer (a caller of error_body): a fresh one
            current = self._new_id("req_", self._request_ids)
        return current

    # -- answering: one request id per answer; JSON Lines for the results ------------------------------------------

    def _respond(self, op: Operation, request: SimRequest, faults: list[Fault]) -> tuple[Response, int | None]:
        token = _REQUEST_ID.set(self._new_id("req_", self._request_ids))
        try:
            if op.name != "get_message_batch_results":
                return super()._respond(op, request, faults)
            # The core writes JSON; the results handler returns its lines as a JSON array with a JSON Lines content
            # type, turned into JSON Lines here (and cut in half here, for a truncation fault).
            truncate = any(fault.kind is FaultKind.TRUNCATE for fault in faults)
            response, status = super()._respond(op, request, [f for f in faults if f.kind is not FaultKind.TRUNCATE])
            if status != 200 or not response.headers.get("content-type", "").startswith(JSONL):
                return response, status
            lines = json.loads(bytes(response.body))
            content = b"".join(json.dumps(line, separators=(",", ":")).encode() + b"\n" for line in lines)
            if truncate:
                content = content[: max(1, len(content) // 2)]
            headers = {k: v for k, v in response.headers.items() if k not in ("content-length", "content-type")}
            return Response(content, status, headers, media_type=JSONL), status
        finally:
            _REQUEST_ID.reset(token)

    async def _unrouted(self, request: Request, exc: Exception) -> Response:
        token = _REQUEST_ID.set(self._new_id("req_", self._request_ids))
        try:
            return await super()._unrouted(request, exc)
        finally:
            _REQUEST_ID.reset(token)

    # -- ids, times, rendering --------------------------------------------------------------------------------------

    def _new_id(self, prefix: str, source: Any = None) -> str:
        draw = source if source is not None else self.random
        return prefix + "01" + "".join(draw.choice(BASE62) for _ in range(22))

    @staticmethod
    def _is_deleted(job: SimJob) -> bool:
        return isinstance(job, SimBatch) and job.deleted

    def _batch(self, batch_id: str) -> SimBatch:
        job = self.jobs.get(batch_id)
        if not isinstance(job, SimBatch) or job.deleted:
            raise ApiError(404, f"Message Batch not found: {batch_id}", code="not_found_error")
        return job

    @staticmethod
    def _base_url(request: SimRequest) -> str:
        scheme = request.headers.get("x-forwarded-proto", "http")
        return f"{scheme}://{request.headers.get('host', 'localhost')}"

    def _render(self, batch: SimBatch, now: float, request: SimRequest) -> dict[str, Any]:
        state = batch.state(now, live_counts=self.live_counts)
        ended = state.ended_at is not None
        return {
            "id": batch.id,
            "type": "message_batch",
            "processing_status": state.status,
            "request_counts": state.counts(),
            "ended_at": rfc3339(state.ended_at) if state.ended_at is not None else None,
            "created_at": rfc3339(batch.created_at),
            "expires_at": rfc3339(batch.expires_at),
            "archived_at": rfc3339(batch.archived_at) if now >= batch.archived_at else None,
            "cancel_initiated_at": (rfc3339(batch.cancel_requested_at)
                                    if batch.cancel_requested_at is not None else None),
            "results_url": f"{self._base_url(request)}/v1/messages/batches/{batch.id}/results" if ended else None,
        }

    def _result_line(self, request: BatchRequest, outcome: str) -> dict[str, Any]:
        if outcome == "succeeded":
            result: dict[str, Any] = {"type": "succeeded", "message": self._message(request)}
        elif outcome == "errored":
            kind, message = request.error or ("api_error", "Internal server error")
            result = {"type": "errored",
                      "error": {"type": "error", "error": {"type": kind, "message": message}, "request_id": None}}
        else:
            result = {"type": outcome}
        return {"custom_id": request.custom_id, "result": result}

    @staticmethod
    def _message(request: BatchRequest) -> dict[str, Any]:
        params = request.params
        prompt = _last_user_text(params.get("messages"))
        text = f"Simulated answer to: {prompt[:60]}" if prompt else "Simulated answer."
        max_tokens = params.get("max_tokens")
        limited = isinstance(max_tokens, int) and max_tokens < 16
        return {
            "id": request.message_id,
            "type": "message",
            "role": "assistant",
            "model": params.get("model"),
            "content": [{"type": "text", "text": text[: 4 * max_tokens] if limited else text}],
            "stop_reason": "max_tokens" if limited else "end_turn",
            "stop_sequence": None,
            "usage": {
                "input_tokens": 8 + len(json.dumps(params.get("messages"))) // 4,
                "output_tokens": min(max_tokens, 1 + len(text) // 4) if isinstance(max_tokens, int) else 1,
                "cache_creation_input_tokens": 0,
                "cache_read_input_tokens": 0,
                "service_tier": "batch",
            },
        }

    def _ordered(self, *, include_deleted: bool = False) -> list[SimBatch]:
        """Every batch, newest first (ties: the one added later first)."""
        batches = [job for job in self.jobs if isinstance(job, SimBatch) and (include_deleted or not job.deleted)]
        order = {batch.id: i for i, batch in enumerate(batches)}
        return sorted(batches, key=lambda b: (b.created_at, order[b.id]), reverse=True)

    # -- building batches -------------------------------------------------------------------------------------------

    def _schedule(self, count: int) -> list[tuple[float, float]]:
        """(start, finish) offsets of `count` requests run in LANES lanes after QUEUED_FOR seconds."""
        lanes = [QUEUED_FOR] * LANES
        slots = []
        for i in range(count):
            lane = i % LANES
            start = lanes[lane]
            lanes[lane] = start + self.random.uniform(*REQUEST_SECONDS)
            slots.append((start, lanes[lane]))
        return slots

    def _new_batch(self, created: float, requests: list[BatchRequest], cancel: float | None = None) -> SimBatch:
        # queued_for/runs_for/outcome/cancel_takes only describe the batch roughly: SimBatch computes its own state.
        return SimBatch(id=self._new_id("msgbatch_"), created_at=created, queued_for=QUEUED_FOR,
                        runs_for=max(r.finish for r in requests), outcome=Phase.SUCCEEDED, cancel_takes=CANCEL_TAKES,
                        cancel_requested_at=cancel, requests=tuple(requests))

    def seed_jobs(self, count: int) -> None:
        now = self.clock.now()
        batches: list[SimBatch] = []
        for k in range(count):
            kind = SEED_SPREAD[k % len(SEED_SPREAD)]
            size = self.random.randint(2, 6)
            ids = [f"doc-{k:03d}-{i:02d}" for i in range(size)]
            params = [{"model": self.random.choice(MODELS), "max_tokens": 1024,
                       "messages": [{"role": "user", "content": f"Summarise document {k}.{i} in two sentences."}]}
                      for i in range(size)]
            slots: list[tuple[float, float]]
            cancel = None
            if kind == "in_progress":  # created minutes ago, ends 5 to 30 minutes from now
                age = self.random.uniform(MINUTE, 20 * MINUTE)
                total = age + self.random.uniform(5 * MINUTE, 30 * MINUTE)
                created = now - age
                finishes = sorted(self.random.uniform(QUEUED_FOR + 5, total) for _ in range(size - 1)) + [total]
                slots = [(max(QUEUED_FOR, t - self.random.uniform(*REQUEST_SECONDS)), t) for t in finishes]
            elif kind == "canceling":  # a cancel seconds ago; one request runs on, the unstarted ones are canceled
                age = self.random.uniform(5 * MINUTE, 30 * MINUTE)
                created = now - age
                cancel = now - self.random.uniform(0.0, 5.0)
                at = cancel - created
                slots = [(QUEUED_FOR, self.random.uniform(QUEUED_FOR + 5, at - 5))]
                slots.append((at - 20, at + CANCEL_TAKES + self.random.uniform(30.0, 90.0)))
                slots += [(at + 10 * (i + 1), at + 10 * (i + 1) + 20) for i in range(size - 2)]
            elif kind == "canceled":  # canceled when the first half had run: the second half is canceled
                created = now - self.random.uniform(DAY, 6 * DAY)
                slots = [(QUEUED_FOR + 30.0 * i, QUEUED_FOR + 30.0 * i + 20.0) for i in range(size)]
                cancel = created + 30.0 * (size // 2)
            elif kind == "expired":  # the last requests would have finished after 24 hours
                created = now - self.random.uniform(2 * DAY, 7 * DAY)
                slots = [(QUEUED_FOR + i * HOUR, QUEUED_FOR + i * HOUR + 30) for i in range(size - 2)]
                slots += [(EXPIRES_AFTER + HOUR, EXPIRES_AFTER + 2 * HOUR)] * 2
            elif kind == "archived":
                created = now - self.random.uniform(30 * DAY, 40 * DAY)
                slots = self._schedule(size)
            elif kind == "errored":
                created = now - self.random.uniform(DAY, 3 * DAY)
                slots = self._schedule(size)
            else:  # succeeded
                created = now - self.random.uniform(HOUR, 6 * DAY)
                slots = self._schedule(size)
            requests = []
            for i, (start, finish) in enumerate(slots):
                error = SEEDED_FAILURES[(k + i) % len(SEEDED_FAILURES)] if kind == "errored" and i % 2 == 1 else None
                requests.append(BatchRequest(ids[i], params[i], start, finish, error, self._new_id("msg_")))
            batches.append(self._new_batch(created, requests, cancel))
        for batch in sorted(batches, key=lambda b: b.created_at):
            self.jobs.add(batch)

    # -- handlers ---------------------------------------------------------------------------------------------------

    def create_message_batch(self, request: SimRequest) -> Reply:
        if len(request.body) > self.max_body_bytes:
            raise ApiError(413, "Request exceeds the maximum allowed number of bytes.", code="request_too_large")
        body = request.json()
        if not isinstance(body, dict):
            raise ApiError(400, "The request body must be a JSON object", code="invalid_request_error")
        items = body.get("requests")
        if not isinstance(items, list) or not items:
            raise ApiError(400, "requests: Field required (a non-empty list)", code="invalid_request_error")
        if len(items) > MAX_REQUESTS:
            raise ApiError(400, f"requests: at most {MAX_REQUESTS} requests per batch, got {len(items)}",
                           code="invalid_request_error")
        seen: set[str] = set()
        for i, item in enumerate(items):
            if not isinstance(item, dict):
                raise ApiError(400, f"requests.{i}: Input should be an object", code="invalid_request_error")
            custom_id = item.get("custom_id")
            if not isinstance(custom_id, str) or not CUSTOM_ID.fullmatch(custom_id):
                raise ApiError(400, f"requests.{i}.custom_id: String should match pattern '^[a-zA-Z0-9_-]{{1,64}}$'",
                               code="invalid_request_error")
            if custom_id in seen:
                raise ApiError(400, f"requests.{i}.custom_id: {custom_id!r} is used twice; custom_id must be unique "
                               "within the batch", code="invalid_request_error")
            seen.add(custom_id)
            if not isinstance(item.get("params"), dict):
                raise ApiError(400, f"requests.{i}.params: Input should be an object", code="invalid_request_error")
        now = self.clock.now()
        with self.jobs.lock:
            slots = self._schedule(len(items))
            requests = [BatchRequest(item["custom_id"], item["params"], start, finish, _params_error(item["params"]),
                                     self._new_id("msg_")) for item, (start, finish) in zip(items, slots, strict=True)]
            batch = self.jobs.add(self._new_batch(now, requests))
            assert isinstance(batch, SimBatch)
            return Reply(200, self._render(batch, now, request))

    def list_message_batches(self, request: SimRequest) -> Reply:
        raw_limit = request.param("limit")
        limit = DEFAULT_LIMIT
        if raw_limit is not None:
            try:
                limit = int(raw_limit)
            except ValueError:
                raise ApiError(400, f"limit: Input should be a valid integer, got {raw_limit!r}",
                               code="invalid_request_error") from None
            if not 1 <= limit <= MAX_LIMIT:
                raise ApiError(400, f"limit: Input should be between 1 and {MAX_LIMIT}, got {limit}",
                               code="invalid_request_error")
        after, before = request.param("after_id"), request.param("before_id")
        if after is not None and before is not None:
            raise ApiError(400, "after_id and before_id cannot be used together", code="invalid_request_error")
        now = self.clock.now()
        with self.jobs.lock:
            everything = self._ordered(include_deleted=True)  # a deleted batch's id still works as a cursor
            positions = {batch.id: i for i, batch in enumerate(everything)}
            cursor = after if after is not None else before
            if cursor is not None and cursor not in positions:
                which = "after_id" if after is not None else "before_id"
                raise ApiError(400, f"{which}: no Message Batch {cursor!r}", code="invalid_request_error")
            if after is not None:
                candidates = [b for b in everything[positions[after] + 1:] if not b.deleted]
                page = candidates[:limit]
            elif before is not None:
                candidates = [b for b in everything[: positions[before]] if not b.deleted]
                page = candidates[-limit:]
            else:
                candidates = [b for b in everything if not b.deleted]
                page = candidates[:limit]
            return Reply(200, {
                "data": [self._render(batch, now, request) for batch in page],
                "has_more": len(candidates) > len(page),
                "first_id": page[0].id if page else None,
                "last_id": page[-1].id if page else None,
            })

    def get_message_batch(self, request: SimRequest) -> Reply:
        batch = self._batch(request.path_params["message_batch_id"])
        return Reply(200, self._render(batch, self.clock.now(), request))

    def cancel_message_batch(self, request: SimRequest) -> Reply:
        batch = self._batch(request.path_params["message_batch_id"])
        now = self.clock.now()
        with self.jobs.lock:
            if batch.state(now).status == "ended":
                raise ApiError(409, f"Message Batch {batch.id} has already ended and cannot be canceled",
                               code="invalid_request_error")
            batch.request_cancel(now)  # no change when a cancel was already initiated
            return Reply(200, self._render(batch, now, request))

    def delete_message_batch(self, request: SimRequest) -> Reply:
        batch = self._batch(request.path_params["message_batch_id"])
        now = self.clock.now()
        with self.jobs.lock:
            if batch.state(now).status != "ended":
                raise ApiError(409, f"Message Batch {batch.id} has not ended; cancel it first",
                               code="invalid_request_error")
            batch.deleted = True
            return Reply(200, {"id": batch.id, "type": "message_batch_deleted"})

    def get_message_batch_results(self, request: SimRequest) -> Reply:
        batch = self._batch(request.path_params["message_batch_id"])
        now = self.clock.now()
        state = batch.state(now)
        if state.status != "ended":
            raise ApiError(404, f"Results of Message Batch {batch.id} are not available: it has not ended",
                           code="not_found_error")
        if now >= batch.archived_at:
            raise ApiError(404, f"Results of Message Batch {batch.id} are no longer available (archived)",
                           code="not_found_error")
        ran = sorted((i for i, o in enumerate(state.outcomes) if o in ("succeeded", "errored")),
                     key=lambda i: (batch.requests[i].finish, i))
        rest = [i for i, o in enumerate(state.outcomes) if o not in ("succeeded", "errored")]
        lines = [self._result_line(batch.requests[i], state.outcomes[i]) for i in ran + rest]
        return Reply(200, lines, {"Content-Type": JSONL,
                                  "Content-Disposition": f"attachment; filename*=utf-8''{batch.id}_results.jsonl"})


def _last_user_text(messages: Any) -> str:
    """The text of the last user turn of a Messages `messages` list, or "" when there is none."""
    if not isinstance(messages, list):
        return ""
    for message in reversed(messages):
        if isinstance(message, dict) and message.get("role") == "user":
            content = message.get("content")
            if isinstance(content, str):
                return content
            if isinstance(content, list):
                return " ".join(block.get("text", "") for block in content
                                if isinstance(block, dict) and isinstance(block.get("text"), str))
    return ""


def _params_error(params: Mapping[str, Any]) -> tuple[str, str] | None:
    """Why Anthropic would refuse these Messages create params, checked while the batch runs (None: fine)."""
    model = params.get("model")
    if not isinstance(model, str) or not model:
        return "invalid_request_error", "model: Field required"
    max_tokens = params.get("max_tokens")
    if isinstance(max_tokens, bool) or not isinstance(max_tokens, int):
        return "invalid_request_error", "max_tokens: Field required"
    if max_tokens < 1:
        return "invalid_request_error", "max_tokens: Input should be greater than or equal to 1"
    messages = params.get("messages")
    if not isinstance(messages, list) or not messages:
        return "invalid_request_error", "messages: Field required (a non-empty list)"
    for i, message in enumerate(messages):
        if not isinstance(message, dict) or message.get("role") not in ("user", "assistant"):
            return "invalid_request_error", f"messages.{i}.role: Input should be 'user' or 'assistant'"
        if not isinstance(message.get("content"), str | list):
            return "invalid_request_error", f"messages.{i}.content: Field required"
    if params.get("stream") is True:
        return "invalid_request_error", "stream: streaming is not supported in Message Batches"
    return None
