"""OpenAI's Batch API and fine-tuning jobs, simulated.

Written from OpenAI's published OpenAPI description (github.com/openai/openai-openapi, openapi.yaml @ f85dbe2, called
"upstream" here), the facts in shared/reference/openai.md and anyjob's spec specs/openai.yaml. It serves plain JSON
and never uses the generated client.

What it serves, under `/v1` (OpenAI's base URL is `https://api.openai.com/v1`; the spec's operationIds):

    POST /v1/batches                                          create_batch -> 200 (not 201)
    GET  /v1/batches                                          list_batches (after, limit)
    GET  /v1/batches/{batch_id}                               retrieve_batch
    POST /v1/batches/{batch_id}/cancel                        cancel_batch
    POST /v1/fine_tuning/jobs                                 create_fine_tuning_job -> 200
    GET  /v1/fine_tuning/jobs                                 list_fine_tuning_jobs (after, limit, metadata[k]=v)
    GET  /v1/fine_tuning/jobs/{fine_tuning_job_id}            retrieve_fine_tuning_job
    POST /v1/fine_tuning/jobs/{fine_tuning_job_id}/cancel     cancel_fine_tuning_job
    POST /v1/fine_tuning/jobs/{fine_tuning_job_id}/pause      pause_fine_tuning_job
    POST /v1/fine_tuning/jobs/{fine_tuning_job_id}/resume     resume_fine_tuning_job
    GET  /v1/fine_tuning/jobs/{fine_tuning_job_id}/events     list_fine_tuning_events (after, limit)

Documented behaviour it follows: `Authorization: Bearer <key>`; optional `OpenAI-Organization` / `OpenAI-Project`
headers; every answer (fault answers and unknown paths included) carries `x-request-id` (`req_` + 32 hex digits); the
error body is `{"error": {"message", "type", "param", "code"}}` with all four keys; timestamps are Unix seconds and
unset fields are `null` (as upstream's examples send them); lists are newest first and cursor-paged the way the SDK's
pager reads them (`after` = the id of the last item of the previous page, `has_more`; batch pages also carry
`first_id` and `last_id`, fine-tuning pages do not); `limit` is 1 to 100, default 20. A batch moves validating ->
in_progress -> finalizing -> completed, or failed (its input file did not validate), or expired (its 24 h window
ended first); `expires_at` = `created_at` + 24 h once it is in progress; `request_counts` grow while it runs. Cancel of
a batch is two-phase: 200 with the batch `cancelling` (`cancelling_at` set), then `cancelled` (`cancelled_at`) later
("up to 10 minutes", upstream). A fine-tuning job moves validating_files -> queued -> running -> succeeded (or failed);
cancel is immediate ("Immediately cancel a fine-tune job"); pause answers the job `paused` and resume answers it
`queued` (upstream's two examples). `fine_tuned_model`, `trained_tokens` and `finished_at` are null until the job ends
(upstream: "null if the fine-tuning job is still running"); `estimated_finish` is set only while it runs.

Choices made where OpenAI's documentation is silent (each marked in specs/openai.yaml too):

- Cancel of a batch: validating, in_progress and finalizing batches can be cancelled; they stay `cancelling` for
  `CANCEL_TAKES` = 300 simulated seconds (upstream's "up to 10 minutes"; 5 is in the middle) and their progress stops at
  the cancel request. A `cancelling` batch -> 200, unchanged. A batch that has ended -> 409 "Cannot cancel a batch with
  status 'completed'." (type invalid_request_error, param and code null: what third-party tests record; unconfirmed).
- Cancel / pause / resume of a fine-tuning job (none of it documented): cancel of a job that has ended (succeeded,
  failed, cancelled) -> 409 "Cannot cancel a job with status '...'.", as for batches, so a retried cancel whose first
  answer was lost gets 409 too (a client must read the job to tell). Only a `running` job can be paused (its training
  stops on the clock); pausing a `paused` job -> 200 unchanged; any other state -> 409 "Cannot pause a job with
  status '...'.". Only a `paused` job can be resumed: it is `queued` for `RESUME_QUEUE` = 30 s, then runs on where it
  stopped (its finish moves by the time it was interrupted); any other state -> 409 "Cannot resume ...". A paused job
  can be cancelled.
- Errors whose exact text OpenAI does not document: an unknown batch -> 404 "No batch found with id '...'." (param and
  code null); an unknown fine-tuning job -> 404 "Could not find fine tune: <id>" with param `fine_tune_id` and code
  `fine_tune_not_found` (the shape third-party tests record). A missing key -> 401 "You didn't provide an API key..."
  (code null); a wrong key -> 401 "Incorrect API key provided." with code `invalid_api_key` -- OpenAI puts a masked
  copy of the key in that message; the simulator never echoes a key. An `OpenAI-Organization` header other than the
  simulator's `organization` (when one is set) -> 401 "OpenAI-Organization header should match organization for API
  key" with code `mismatched_organization` (as third-party reports show); an `OpenAI-Project` header other than its
  `project` -> 401 "OpenAI-Project header should match project for API key" with code `mismatched_project` (the same
  pattern; unconfirmed). Without `organization` / `project` the headers are not checked. `limit` outside 1..100 ->
  400 in OpenAI's validation-error style (param `limit`, code `integer_below_min_value` /
  `integer_above_max_value`; `invalid_type` when it is not an integer). An `after` that names nothing in the list ->
  an empty page (`has_more` false). Malformed JSON -> 400 "We could not parse the JSON body of your request.". A
  missing required field -> 400 "Missing required parameter: '<name>'." (code `missing_required_parameter`); a field
  of the wrong type or out of range -> 400 "Invalid '<name>': ..." (code `invalid_value`). The checks are the spec's
  request schemas, no stricter: integers may come as 3600.0 (JSON Schema counts it as one), a `reinforcement` method
  needs its grader only when it sends the `reinforcement` object. Unknown body fields are ignored. Fault answers use
  type `requests` and code `rate_limit_exceeded` for 429, type `server_error` for 5xx.
  Unknown paths keep the core's 404 text ("no such resource"; OpenAI says "Invalid URL (GET /v1/...)").
- Created batches: validating 30 s, in progress 600 s, finalizing 60 s; 10 to 1000 requests of which about 2 %
  fail. A batch whose `input_file_id` is in `invalid_files` fails validation (an `errors` list naming line 12, code
  `invalid_json_line`). `model` is unknown (null) until the input file is validated, then a model typical of the
  endpoint (the batch body names none: the model is read from the file). `usage` appears once the batch is in
  progress and grows with it. `output_file_id` appears when the batch completes, or, partially, when it is cancelled or
  expires with requests done; `error_file_id` when requests failed (and, for an expired batch, when requests were left
  undone: OpenAI's Batch guide writes those to the error file). `output_expires_after` is validated and not echoed
  (a Batch has no such field).
- Created fine-tuning jobs: validating_files 60 s, queued 120 s, running 900 s of training; 100 steps per epoch. A job
  whose training or validation file is in `invalid_files` fails at the end of validation with error code
  `invalid_n_examples` ("Training file has 5 example(s), but must have at least 10 examples", a message third-party
  reports show). Hyperparameters echo what was asked, `auto` where nothing was; once training starts every `auto` is
  replaced by the value the job uses (n_epochs 3 or 4, batch_size 1 to 8, learning_rate_multiplier 0.5 to 2.0, beta
  0.1), as upstream's running and succeeded examples show numbers. `method` is `supervised` unless one was asked for.
  `trained_tokens` is set on success only; `finished_at` on success, failure and cancel. `fine_tuned_model` is
  `ft:<model>:<organization slug>:<suffix>:<8 characters>` (`::` without a suffix, as in upstream's event example).
  `result_files` has one file on success. `integrations` echo the request, with `entity` and `name` null when not
  given and `run_id` (the job id) as upstream's example shows. `organization_id` is the simulator's organization.
- Events (newest first): "Created fine-tuning job", "Validating training file: ...", then "Files validated, moving job
  to queued state" (or an `error` event with the failure), "Fine-tuning job started", ten `metrics` events with
  `data` {step, train_loss, total_steps, train_mean_token_accuracy} spread over the training, "Fine-tuning job
  paused" / "Fine-tuning job resumed", and "New fine-tuned model created: ..." and "The job has successfully
  completed" at the end, or "Fine-tuning job cancelled". Events appear when the clock reaches them; their ids are
  hashes of the seed, the job and the event, so they stay the same from call to call.
- Ids: `batch_` / `ftjob-` + 24, `file-` + 22 and the fine-tuned model's 8 alphanumerics, drawn from the seeded RNG;
  `ftevent-` ids are hashes (above); the default organization id `org-...` is a hash of the seed.
- Seeding: `jobs=N` cycles through `SEED_SPREAD`, every batch status and every fine-tuning status (paused and
  cancelling included), alternating batches and fine-tuning jobs, created between a minute and six days ago.
- Phases for the shared core (`SimJob.phase`, read by anyjob's tests): validating, validating_files and queued are
  QUEUED; in_progress, finalizing, running and paused are RUNNING (a paused job has not ended and can be cancelled);
  cancelling is CANCELLING; completed and succeeded are SUCCEEDED; failed and expired are FAILED; cancelled is
  CANCELLED.
- Faults: the unknown_enum fault writes "archived" (listed by neither status enum) into `status`; the nulls fault
  nulls the fields our spec makes nullable wherever they appear, except `model`, `hyperparameters` and `data`, whose
  names also label non-nullable fields (a fine-tuning job's `model`, `method.*.hyperparameters`, a list's `data`).
- No rate limiting (no `x-ratelimit-*` headers, no 429 except as a fault).
"""

from __future__ import annotations

import hashlib
import hmac
import math
import random
import string
import threading
from collections.abc import Callable, Iterable, Mapping
from typing import Any, ClassVar

import attrs

from ._jobs import Phase, SimJob
from ._vendor import ApiError, Operation, Reply, SimRequest, VendorSimulator

MINUTE, HOUR, DAY = 60, 3600, 86400  # seconds
BATCH_WINDOW = float(DAY)  # completion_window "24h"
CANCEL_TAKES = 300.0  # a batch is `cancelling` this long ("up to 10 minutes")
RESUME_QUEUE = 30.0  # a resumed fine-tuning job is `queued` this long before it runs again
DEFAULT_LIMIT, MAX_LIMIT = 20, 100
METRIC_EVENTS = 10
STEPS_PER_EPOCH = 100

BATCH_ENDPOINTS = ("/v1/responses", "/v1/chat/completions", "/v1/embeddings", "/v1/completions", "/v1/moderations",
                   "/v1/images/generations", "/v1/images/edits")
# The model a batch reports once its input file is validated (invented: the request names none).
ENDPOINT_MODELS = {
    "/v1/responses": "gpt-4.1-2025-04-14", "/v1/chat/completions": "gpt-4o-mini-2024-07-18",
    "/v1/embeddings": "text-embedding-3-small", "/v1/completions": "gpt-3.5-turbo-instruct",
    "/v1/moderations": "omni-moderation-latest", "/v1/images/generations": "gpt-image-1",
    "/v1/images/edits": "gpt-image-1",
}

#: Each status, to the vendor-neutral phase of the shared core.
BATCH_PHASES: Mapping[str, Phase] = {
    "validating": Phase.QUEUED, "in_progress": Phase.RUNNING, "finalizing": Phase.RUNNING,
    "cancelling": Phase.CANCELLING, "completed": Phase.SUCCEEDED, "failed": Phase.FAILED, "expired": Phase.FAILED,
    "cancelled": Phase.CANCELLED,
}
FINE_TUNING_PHASES: Mapping[str, Phase] = {
    "validating_files": Phase.QUEUED, "queued": Phase.QUEUED, "running": Phase.RUNNING, "paused": Phase.RUNNING,
    "succeeded": Phase.SUCCEEDED, "failed": Phase.FAILED, "cancelled": Phase.CANCELLED,
}
BATCH_ENDED = frozenset({"completed", "failed", "expired", "cancelled"})
FINE_TUNING_ENDED = frozenset({"succeeded", "failed", "cancelled"})

#: What `jobs=N` seeds, in turn: (kind, the status the job has at the simulator's start).
SEED_SPREAD: tuple[tuple[str, str], ...] = (
    ("batch", "in_progress"), ("fine_tuning", "running"), ("batch", "completed"), ("fine_tuning", "succeeded"),
    ("batch", "validating"), ("fine_tuning", "queued"), ("batch", "cancelling"), ("fine_tuning", "paused"),
    ("batch", "failed"), ("fine_tuning", "failed"), ("batch", "expired"), ("fine_tuning", "cancelled"),
    ("batch", "finalizing"), ("fine_tuning", "validating_files"), ("batch", "cancelled"),
)

_ALPHANUMERIC = string.ascii_letters + string.digits
_INVALID_EXAMPLES = ("invalid_n_examples", "{kind} file has 5 example(s), but must have at least 10 examples")


class _Why(str):
    """An `ApiError` code that also carries OpenAI's error `type` and `param`: the core hands a handler's code to
    `error_body` as it was given, and OpenAI's body has four fields where the core has one. Its text is the code."""

    code: str | None
    error_type: str
    param: str | None

    def __new__(cls, code: str | None, *, error_type: str = "invalid_request_error", param: str | None = None) -> _Why:
        why = super().__new__(cls, code or "")
        why.code, why.error_type, why.param = code, error_type, param
        return why


def _error(status: int, message: str, code: str | None = None, *, param: str | None = None) -> ApiError:
    """An `invalid_request_error` in OpenAI's body (every error a handler raises is one)."""
    return ApiError(status, message, code=_Why(code, param=param))


def _seconds(t: float | None) -> int | None:
    return None if t is None else math.floor(t)


# -- the two kinds of job -------------------------------------------------------------------------------------------


@attrs.define
class SimBatch(SimJob):
    """A batch. `queued_for` is its validation, `runs_for` its time in progress (if that reaches past the 24 h window,
    it expires), `finalizes_for` its finalization; `outcome` FAILED means its input file fails validation."""

    finalizes_for: float = 60.0
    endpoint: str = "/v1/chat/completions"
    input_file_id: str = ""
    completion_window: str = "24h"
    metadata: dict[str, str] | None = None
    total_requests: int = 100
    failing_requests: int = 0
    output_file_id: str = ""
    error_file_id: str = ""
    tokens_in: int = 80  # per request
    tokens_out: int = 40

    @property
    def validated_at(self) -> float:
        return self.created_at + self.queued_for

    @property
    def run_end(self) -> float:
        return self.validated_at + self.runs_for

    @property
    def expires_at(self) -> float:
        return self.created_at + BATCH_WINDOW

    @property
    def expires(self) -> bool:
        return self.run_end > self.expires_at

    def status(self, now: float) -> str:
        cancel = self.cancel_requested_at
        if cancel is not None and now >= cancel:
            return "cancelled" if now >= cancel + self.cancel_takes else "cancelling"
        if now < self.validated_at:
            return "validating"
        if self.outcome is Phase.FAILED:
            return "failed"
        if self.expires and now >= self.expires_at:
            return "expired"
        if now < self.run_end:
            return "in_progress"
        return "finalizing" if now < self.run_end + self.finalizes_for else "completed"

    def phase(self, now: float) -> Phase:
        return BATCH_PHASES[self.status(now)]

    def progress(self, now: float) -> float:
        """Fraction of the requests processed, frozen at a cancel request or at expiry."""
        at = now
        if self.cancel_requested_at is not None:
            at = min(at, self.cancel_requested_at)
        if self.expires:
            at = min(at, self.expires_at)
        return max(0.0, min(1.0, (at - self.validated_at) / self.runs_for)) if self.runs_for > 0 else 1.0

    def counts(self, now: float) -> tuple[int, int, int]:
        """(total, completed, failed) requests at `now`; all 0 until the file is validated."""
        started = (self.outcome is not Phase.FAILED and now >= self.validated_at
                   and (self.cancel_requested_at is None or self.cancel_requested_at >= self.validated_at))
        if not started:
            return 0, 0, 0
        done = self.progress(now)
        return (self.total_requests, math.floor(done * (self.total_requests - self.failing_requests)),
                math.floor(done * self.failing_requests))


@attrs.define
class SimFineTune(SimJob):
    """A fine-tuning job. `queued_for` is its file validation, `waits_for` its time in the queue, `runs_for` the
    training time it needs; `pauses` holds [paused at, resumed at or None]; `outcome` FAILED means its files fail
    validation."""

    waits_for: float = 120.0
    pauses: list[list[float | None]] = attrs.field(factory=list)
    model: str = "gpt-4o-mini-2024-07-18"
    training_file: str = ""
    validation_file: str | None = None
    method: str = "supervised"
    requested: dict[str, Any] = attrs.field(factory=dict)  # the asked-for hyperparameters of the method
    resolved: dict[str, Any] = attrs.field(factory=dict)  # what `auto` becomes once training starts
    grader: dict[str, Any] | None = None
    suffix: str | None = None
    seed: int = 0
    integrations: list[dict[str, Any]] | None = None
    metadata: dict[str, str] | None = None
    organization_id: str = ""
    model_tag: str = ""  # the last part of the fine-tuned model's name
    result_file_id: str = ""
    tokens_per_step: int = 500
    failure: tuple[str, str, str] | None = None  # (code, message, param) when the outcome is FAILED

    @property
    def validated_at(self) -> float:
        return self.created_at + self.queued_for

    @property
    def training_starts(self) -> float:
        return self.validated_at + self.waits_for

    def _interruptions(self) -> list[tuple[float, float]]:
        """(paused at, running again at) of every pause, in order; an open pause ends at infinity."""
        return [(p or 0.0, math.inf if r is None else r + RESUME_QUEUE) for p, r in self.pauses]

    def trained_for(self, now: float) -> float:
        """Seconds of training done at `now` (the clock stops while paused or queued after a resume)."""
        at = now if self.cancel_requested_at is None else min(now, self.cancel_requested_at)
        if at <= self.training_starts:
            return 0.0
        lost = sum(min(at, end) - start for start, end in self._interruptions() if start < at)
        return max(0.0, min(self.runs_for, at - self.training_starts - lost))

    def reaches(self, trained: float) -> float | None:
        """When training reaches `trained` seconds, given the pauses so far (None while a pause keeps it from it)."""
        at = self.training_starts + trained
        for start, end in self._interruptions():
            if start < at:
                if math.isinf(end):
                    return None
                at += end - start
        return at

    def status(self, now: float) -> str:
        if self.cancel_requested_at is not None and now >= self.cancel_requested_at:
            return "cancelled"
        if now < self.validated_at:
            return "validating_files"
        if self.outcome is Phase.FAILED:
            return "failed"
        if now < self.training_starts:
            return "queued"
        for start, resumed in self.pauses:
            assert start is not None
            if start <= now and (resumed is None or now < resumed):
                return "paused"
            if resumed is not None and resumed <= now < resumed + RESUME_QUEUE:
                return "queued"
        return "succeeded" if self.trained_for(now) >= self.runs_for else "running"

    def phase(self, now: float) -> Phase:
        return FINE_TUNING_PHASES[self.status(now)]

    def finished_at(self, now: float) -> float | None:
        status = self.status(now)
        if status == "cancelled":
            return self.cancel_requested_at
        if status == "failed":
            return self.validated_at
        if status == "succeeded":
            return self.reaches(self.runs_for)
        return None

    @property
    def total_steps(self) -> int:
        return int(self.resolved["n_epochs"]) * STEPS_PER_EPOCH

    def hyperparameters(self, now: float) -> dict[str, Any]:
        """The method's hyperparameters: as asked (`auto` where nothing was) until training starts, then resolved."""
        started = self.status(now) not in ("validating_files", "failed") and (
            now >= self.training_starts and (self.cancel_requested_at is None
                                             or self.cancel_requested_at > self.training_starts))
        values = {name: self.requested.get(name, "auto") for name in self.resolved}
        if started:
            values = {name: self.resolved[name] if value == "auto" else value for name, value in values.items()}
        return {**{k: v for k, v in self.requested.items() if k not in values}, **values}


# -- request checks -------------------------------------------------------------------------------------------------


def _is_int(value: Any) -> bool:
    """An integer as JSON Schema counts them: 3600.0 is one (a JSON number with no fraction), True is not."""
    if isinstance(value, float):
        return value.is_integer()
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _invalid(name: str, why: str) -> ApiError:
    return _error(400, f"Invalid '{name}': {why}.", "invalid_value", param=name)


def _required_string(body: Mapping[str, Any], name: str) -> str:
    if name not in body or body[name] is None:
        raise _error(400, f"Missing required parameter: '{name}'.", "missing_required_parameter", param=name)
    value = body[name]
    if not isinstance(value, str) or not value:
        raise _invalid(name, "expected a non-empty string")
    return value


def _optional_string(body: Mapping[str, Any], name: str, *, max_length: int | None = None) -> str | None:
    value = body.get(name)
    if value is None:
        return None
    if not isinstance(value, str) or (max_length is not None and not 1 <= len(value) <= max_length):
        raise _invalid(name, "expected a string" + (f" of 1 to {max_length} characters" if max_length else ""))
    return value


def _metadata(body: Mapping[str, Any]) -> dict[str, str] | None:
    value = body.get("metadata")
    if value is None:
        return None
    if not isinstance(value, dict) or len(value) > 16:
        raise _invalid("metadata", "expected an object of at most 16 string values")
    for key, item in value.items():
        if len(key) > 64 or not isinstance(item, str) or len(item) > 512:
            raise _invalid("metadata", "keys are at most 64 characters, values strings of at most 512")
    return dict(value)


def _auto_or(check: Callable[[Any], bool], what: str) -> Callable[[str, Any], None]:
    def validate(name: str, value: Any) -> None:
        if value != "auto" and not check(value):
            raise _invalid(name, f"expected 'auto' or {what}")

    return validate


def _reasoning_effort(name: str, value: Any) -> None:
    if value not in ("default", "low", "medium", "high"):
        raise _invalid(name, "expected one of default, low, medium, high")


_HYPERPARAMETERS: dict[str, Callable[[str, Any], None]] = {
    "batch_size": _auto_or(lambda v: _is_int(v) and 1 <= v <= 256, "an integer from 1 to 256"),
    "learning_rate_multiplier": _auto_or(lambda v: _is_number(v) and v > 0, "a number above 0"),
    "n_epochs": _auto_or(lambda v: _is_int(v) and 1 <= v <= 50, "an integer from 1 to 50"),
    "beta": _auto_or(lambda v: _is_number(v) and 0 < v <= 2, "a number above 0, at most 2"),
    "compute_multiplier": _auto_or(lambda v: _is_number(v) and 0.00001 < v <= 10, "a number above 0.00001, at most 10"),
    "eval_interval": _auto_or(lambda v: _is_int(v) and v >= 1, "a positive integer"),
    "eval_samples": _auto_or(lambda v: _is_int(v) and v >= 1, "a positive integer"),
    "reasoning_effort": _reasoning_effort,
}
_METHOD_HYPERPARAMETERS = {
    "supervised": ("batch_size", "learning_rate_multiplier", "n_epochs"),
    "dpo": ("beta", "batch_size", "learning_rate_multiplier", "n_epochs"),
    "reinforcement": ("batch_size", "learning_rate_multiplier", "n_epochs", "reasoning_effort", "compute_multiplier",
                      "eval_interval", "eval_samples"),
}


def _hyperparameters(value: Any, where: str, allowed: Iterable[str]) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise _invalid(where, "expected an object")
    allowed = set(allowed)
    for name, item in value.items():
        if name in allowed:
            _HYPERPARAMETERS[name](f"{where}.{name}", item)
    return {name: item for name, item in value.items() if name in allowed}


def _method(body: Mapping[str, Any]) -> tuple[str, dict[str, Any], dict[str, Any] | None]:
    """(method type, its asked-for hyperparameters, the reinforcement grader) of a create body."""
    method = body.get("method")
    legacy = _hyperparameters(body.get("hyperparameters"), "hyperparameters", _METHOD_HYPERPARAMETERS["supervised"])
    if method is None:
        return "supervised", legacy, None
    if not isinstance(method, dict):
        raise _invalid("method", "expected an object")
    kind = method.get("type")
    if kind not in _METHOD_HYPERPARAMETERS:
        raise _invalid("method.type", "expected one of supervised, dpo, reinforcement")
    config = method.get(kind)
    if config is not None and not isinstance(config, dict):
        raise _invalid(f"method.{kind}", "expected an object")
    grader = None
    if kind == "reinforcement" and config is not None:  # the spec requires the grader only inside the object
        grader = config.get("grader")
        if not isinstance(grader, dict):
            raise _error(400, f"Missing required parameter: 'method.{kind}.grader'.", "missing_required_parameter",
                         param=f"method.{kind}.grader")
    asked = _hyperparameters((config or {}).get("hyperparameters"), f"method.{kind}.hyperparameters",
                             _METHOD_HYPERPARAMETERS[kind])
    return kind, {**legacy, **asked}, grader


def _integrations(body: Mapping[str, Any]) -> list[dict[str, Any]] | None:
    value = body.get("integrations")
    if value is None:
        return None
    if not isinstance(value, list) or len(value) > 5:
        raise _invalid("integrations", "expected a list of at most 5 integrations")
    found = []
    for item in value:
        wandb = item.get("wandb") if isinstance(item, dict) else None
        if not isinstance(item, dict) or item.get("type") != "wandb" or not isinstance(wandb, dict):
            raise _invalid("integrations", "expected {\"type\": \"wandb\", \"wandb\": {...}}")
        project = wandb.get("project")
        tags = wandb.get("tags", [])
        if (not isinstance(project, str) or not isinstance(tags, list)
                or not all(isinstance(t, str) for t in tags)
                or any(wandb.get(k) is not None and not isinstance(wandb.get(k), str) for k in ("name", "entity"))):
            raise _invalid("integrations", "wandb needs a string project; name and entity strings, tags a list")
        found.append({"project": project, "name": wandb.get("name"), "entity": wandb.get("entity"), "tags": tags})
    return found


# -- the simulator --------------------------------------------------------------------------------------------------


class OpenAISimulator(VendorSimulator):
    """OpenAI's Batch API and fine-tuning jobs (`/v1/...`) on loopback; see the module docstring.

    `sim.environment` gives `OPENAI_API_KEY` and `OPENAI_BASE_URL` (with `/v1`), which is what OpenAI's SDK reads.
    Put a file id in `sim.invalid_files` to make batches and fine-tuning jobs created with it fail validation.
    """

    vendor: ClassVar[str] = "openai"
    unknown_status: ClassVar[str] = "archived"
    status_fields: ClassVar[frozenset[str]] = frozenset({"status"})
    nullable_fields: ClassVar[frozenset[str]] = frozenset({
        "errors", "output_file_id", "error_file_id", "in_progress_at", "expires_at", "finalizing_at", "completed_at",
        "failed_at", "expired_at", "cancelling_at", "cancelled_at", "request_counts", "usage", "metadata", "error",
        "fine_tuned_model", "finished_at", "trained_tokens", "validation_file", "integrations", "estimated_finish",
        "first_id", "last_id", "param", "line", "name", "entity",
    })

    def __init__(self, *, api_key: str = "sk-anyjob-simulator", organization: str | None = None,
                 project: str | None = None, **kwargs: Any) -> None:
        self.api_key = api_key
        self.organization = organization
        self.project = project
        seed = kwargs.get("seed", 0)
        self.organization_id = organization or "org-" + _hashed(f"openai-organization-{seed}", 24)
        self.invalid_files: set[str] = set()
        self._request_ids = random.Random(f"openai-request-ids-{seed}")
        self._request_ids_lock = threading.Lock()
        super().__init__(**kwargs)

    # -- the adapter's hooks ----------------------------------------------------------------------------------------

    def operations(self) -> list[Operation]:
        job = "/v1/fine_tuning/jobs/{fine_tuning_job_id}"
        return [
            Operation("POST", "/v1/batches", "create_batch", self.create_batch),
            Operation("GET", "/v1/batches", "list_batches", self.list_batches),
            Operation("GET", "/v1/batches/{batch_id}", "retrieve_batch", self.retrieve_batch),
            Operation("POST", "/v1/batches/{batch_id}/cancel", "cancel_batch", self.cancel_batch),
            Operation("POST", "/v1/fine_tuning/jobs", "create_fine_tuning_job", self.create_fine_tuning_job),
            Operation("GET", "/v1/fine_tuning/jobs", "list_fine_tuning_jobs", self.list_fine_tuning_jobs),
            Operation("GET", job, "retrieve_fine_tuning_job", self.retrieve_fine_tuning_job),
            Operation("POST", f"{job}/cancel", "cancel_fine_tuning_job", self.cancel_fine_tuning_job),
            Operation("POST", f"{job}/pause", "pause_fine_tuning_job", self.pause_fine_tuning_job),
            Operation("POST", f"{job}/resume", "resume_fine_tuning_job", self.resume_fine_tuning_job),
            Operation("GET", f"{job}/events", "list_fine_tuning_events", self.list_fine_tuning_events),
        ]

    @property
    def credentials(self) -> dict[str, str]:
        return {"OPENAI_API_KEY": self.api_key}

    @property
    def environment(self) -> dict[str, str]:
        """What OpenAI's SDK reads: the key, the base URL with `/v1`, and the organization and project when set."""
        env = {**self.credentials, "OPENAI_BASE_URL": f"{self.base_url}/v1"}
        if self.organization:
            env["OPENAI_ORG_ID"] = self.organization
        if self.project:
            env["OPENAI_PROJECT_ID"] = self.project
        return env

    def authenticate(self, request: SimRequest) -> None:
        header = request.headers.get("authorization")
        if not header:
            raise _error(401, "You didn't provide an API key. You need to provide your API key in an Authorization "
                              "header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).")
        scheme, _, key = header.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(key.strip().encode(), self.api_key.encode()):
            raise _error(401, "Incorrect API key provided. You can find your API key at "
                              "https://platform.openai.com/account/api-keys.", "invalid_api_key")
        organization = request.headers.get("openai-organization")
        if self.organization and organization and organization != self.organization:
            raise _error(401, "OpenAI-Organization header should match organization for API key",
                         "mismatched_organization")
        project = request.headers.get("openai-project")
        if self.project and project and project != self.project:
            raise _error(401, "OpenAI-Project header should match project for API key", "mismatched_project")

    def error_body(self, status: int, message: str, code: str | None) -> Any:
        if isinstance(code, _Why):
            kind, param, code = code.error_type, code.param, code.code
        else:  # the core's own answers (unknown paths, bad JSON) and status faults
            param = None
            kind = "requests" if status == 429 else "server_error" if status >= 500 else "invalid_request_error"
            code = "rate_limit_exceeded" if status == 429 else None
        return {"error": {"message": message, "type": kind, "param": param, "code": code}}

    def response_headers(self, request: SimRequest) -> dict[str, str]:
        with self._request_ids_lock:
            return {"x-request-id": f"req_{self._request_ids.getrandbits(128):032x}"}

    # -- what tests read --------------------------------------------------------------------------------------------

    @property
    def batch_ids(self) -> list[str]:
        return [job.id for job in self.jobs if isinstance(job, SimBatch)]

    @property
    def fine_tuning_job_ids(self) -> list[str]:
        return [job.id for job in self.jobs if isinstance(job, SimFineTune)]

    def status(self, job_id: str) -> str:
        """The OpenAI status of a job at the simulator's now."""
        job = self.jobs.get(job_id)
        if not isinstance(job, (SimBatch, SimFineTune)):
            raise KeyError(job_id)
        return job.status(self.clock.now())

    # -- seeding ----------------------------------------------------------------------------------------------------

    def _id(self, prefix: str, length: int = 24) -> str:
        return prefix + "".join(self.random.choice(_ALPHANUMERIC) for _ in range(length))

    def seed_jobs(self, count: int) -> None:
        now = self.clock.now()
        jobs: list[SimJob] = []
        for k in range(count):
            kind, target = SEED_SPREAD[k % len(SEED_SPREAD)]
            jobs.append(self._seed_batch(target, now) if kind == "batch" else self._seed_fine_tune(target, now))
        for job in sorted(jobs, key=lambda j: j.created_at):
            self.jobs.add(job)

    def _seed_batch(self, target: str, now: float) -> SimBatch:
        r = self.random
        validates = float(r.randint(20, 300))
        runs = float(r.randint(HOUR, 6 * HOUR))
        finalizes = float(r.randint(120, 900))
        ago = float(r.randint(10 * MINUTE, 5 * DAY))  # how long ago a finished batch ended
        cancel: float | None = None
        outcome = Phase.SUCCEEDED
        if target == "validating":
            validates = float(r.randint(5 * MINUTE, 20 * MINUTE))
            created = now - r.randint(MINUTE, int(validates) - 1)
        elif target == "in_progress":
            created = now - validates - runs * r.uniform(0.1, 0.9)
        elif target == "finalizing":
            created = now - validates - runs - finalizes * r.uniform(0.1, 0.9)
        elif target == "completed":
            created = now - ago - validates - runs - finalizes
        elif target == "failed":
            outcome, created = Phase.FAILED, now - ago - validates
        elif target == "expired":
            runs = BATCH_WINDOW + r.randint(HOUR, 12 * HOUR)
            created = now - BATCH_WINDOW - ago
        elif target == "cancelling":
            cancel = now - r.randint(0, int(CANCEL_TAKES) - 1)
            created = cancel - validates - runs * r.uniform(0.1, 0.9)
        else:  # cancelled: a quarter while validating, the rest in progress
            cancel = now - ago
            created = cancel - (r.uniform(0.2, 0.8) * validates if r.random() < 0.25
                                else validates + runs * r.uniform(0.1, 0.9))
        return self._new_batch(
            created, validates=validates, runs=runs, finalizes=finalizes, outcome=outcome, cancel=cancel,
            endpoint=r.choice(BATCH_ENDPOINTS[:3]), input_file_id=self._id("file-", 22),
            metadata={"customer_id": f"user_{r.randint(100, 999)}"} if r.random() < 0.5 else None,
            total=r.randint(100, 50_000))

    def _new_batch(self, created: float, *, validates: float, runs: float, finalizes: float, outcome: Phase,
                   cancel: float | None, endpoint: str, input_file_id: str, metadata: dict[str, str] | None,
                   total: int) -> SimBatch:
        r = self.random
        return SimBatch(
            id=self._id("batch_"), created_at=created, queued_for=validates, runs_for=runs, finalizes_for=finalizes,
            outcome=outcome, cancel_takes=CANCEL_TAKES, cancel_requested_at=cancel, endpoint=endpoint,
            input_file_id=input_file_id, metadata=metadata, total_requests=total,
            failing_requests=round(total * r.uniform(0.0, 0.04)), output_file_id=self._id("file-", 22),
            error_file_id=self._id("file-", 22), tokens_in=r.randint(20, 400),
            tokens_out=0 if endpoint == "/v1/embeddings" else r.randint(10, 300),
        )

    def _seed_fine_tune(self, target: str, now: float) -> SimFineTune:
        r = self.random
        validates = float(r.randint(60, 600))
        waits = float(r.randint(5 * MINUTE, HOUR))
        runs = float(r.randint(HOUR, 4 * HOUR))
        ago = float(r.randint(10 * MINUTE, 5 * DAY))
        cancel: float | None = None
        pauses: list[list[float | None]] = []
        outcome = Phase.SUCCEEDED
        if target == "validating_files":
            validates = float(r.randint(5 * MINUTE, 20 * MINUTE))
            created = now - r.randint(MINUTE, int(validates) - 1)
        elif target == "queued":
            created = now - validates - r.randint(0, int(waits) - 1)
        elif target == "running":
            created = now - validates - waits - runs * r.uniform(0.1, 0.9)
        elif target == "paused":
            paused_at = now - r.randint(MINUTE, HOUR)
            created = paused_at - validates - waits - runs * r.uniform(0.1, 0.9)
            pauses = [[paused_at, None]]
        elif target == "succeeded":
            created = now - ago - validates - waits - runs
        elif target == "failed":
            outcome, created = Phase.FAILED, now - ago - validates
        else:  # cancelled: a third while queued, the rest while running
            cancel = now - ago
            created = cancel - validates - (r.uniform(0.1, 0.9) * waits if r.random() < 0.33
                                            else waits + runs * r.uniform(0.1, 0.9))
        model = r.choice(("gpt-4o-mini-2024-07-18", "gpt-4.1-mini-2025-04-14", "gpt-4o-2024-08-06"))
        method = r.choice(("supervised", "supervised", "dpo"))
        asked: dict[str, Any] = {"n_epochs": r.choice((2, 3))} if r.random() < 0.5 else {}
        job = self._new_fine_tune(
            created, validates=validates, waits=waits, runs=runs, outcome=outcome, model=model,
            training_file=self._id("file-", 22), validation_file=self._id("file-", 22) if r.random() < 0.4 else None,
            method=method, asked=asked, grader=None, suffix=r.choice((None, "support-bot", "triage")),
            seed=None, integrations=None, metadata={"team": r.choice(("support", "research"))}
            if r.random() < 0.6 else None)
        job.cancel_requested_at = cancel
        job.pauses = pauses
        return job

    def _new_fine_tune(self, created: float, *, validates: float, waits: float, runs: float, outcome: Phase,
                       model: str, training_file: str, validation_file: str | None, method: str,
                       asked: dict[str, Any], grader: dict[str, Any] | None, suffix: str | None, seed: int | None,
                       integrations: list[dict[str, Any]] | None, metadata: dict[str, str] | None) -> SimFineTune:
        r = self.random
        job_id = self._id("ftjob-")
        resolved: dict[str, Any] = {
            "batch_size": r.randint(1, 8), "learning_rate_multiplier": round(r.uniform(0.5, 2.0), 1),
            "n_epochs": r.choice((3, 4)),
        }
        if method == "dpo":
            resolved = {"beta": 0.1, **resolved}
        if _is_int(asked.get("n_epochs")):
            resolved["n_epochs"] = asked["n_epochs"]
        failure = None
        if outcome is Phase.FAILED:  # the validation file is at fault only when the training file is not
            bad = "validation_file" if training_file not in self.invalid_files and validation_file in \
                self.invalid_files else "training_file"
            code, message = _INVALID_EXAMPLES
            failure = (code, message.format(kind="Training" if bad == "training_file" else "Validation"), bad)
        echoed = None
        if integrations is not None:
            echoed = [{"type": "wandb", "wandb": {**wandb, "run_id": job_id}} for wandb in integrations]
        return SimFineTune(
            id=job_id, created_at=created, queued_for=validates, waits_for=waits, runs_for=runs, outcome=outcome,
            model=model, training_file=training_file, validation_file=validation_file, method=method,
            requested=dict(asked), resolved=resolved, grader=grader, suffix=suffix,
            seed=seed if seed is not None else r.randint(0, 2**31 - 1),
            integrations=echoed,
            metadata=metadata, organization_id=self.organization_id, model_tag="".join(
                r.choice(_ALPHANUMERIC) for _ in range(8)), result_file_id=self._id("file-", 22),
            tokens_per_step=r.randint(200, 2000), failure=failure,
        )

    # -- rendering --------------------------------------------------------------------------------------------------

    @staticmethod
    def render_batch(batch: SimBatch, now: float) -> dict[str, Any]:
        status = batch.status(now)
        total, completed, failed = batch.counts(now)
        cancel = batch.cancel_requested_at
        in_progress = (batch.outcome is not Phase.FAILED and now >= batch.validated_at
                       and (cancel is None or cancel >= batch.validated_at))
        reached_finalizing = (status in ("finalizing", "completed")
                              or (status in ("cancelling", "cancelled") and cancel is not None
                                  and cancel >= batch.run_end and not batch.expires))
        ended = status in BATCH_ENDED
        undone = total - completed - failed
        output = ended and completed > 0 and status != "failed"
        errors = ended and (failed > 0 or (status == "expired" and undone > 0))
        processed = completed + failed
        return {
            "id": batch.id,
            "object": "batch",
            "endpoint": batch.endpoint,
            "model": ENDPOINT_MODELS.get(batch.endpoint) if in_progress else None,
            "errors": {"object": "list", "data": [{
                "code": "invalid_json_line", "message": "This line is not parseable as valid JSON.", "param": None,
                "line": 12}]} if status == "failed" else None,
            "input_file_id": batch.input_file_id,
            "completion_window": batch.completion_window,
            "status": status,
            "output_file_id": batch.output_file_id if output else None,
            "error_file_id": batch.error_file_id if errors else None,
            "created_at": _seconds(batch.created_at),
            "in_progress_at": _seconds(batch.validated_at) if in_progress else None,
            "expires_at": _seconds(batch.expires_at) if in_progress else None,
            "finalizing_at": _seconds(batch.run_end) if reached_finalizing else None,
            "completed_at": _seconds(batch.run_end + batch.finalizes_for) if status == "completed" else None,
            "failed_at": _seconds(batch.validated_at) if status == "failed" else None,
            "expired_at": _seconds(batch.expires_at) if status == "expired" else None,
            "cancelling_at": _seconds(cancel) if status in ("cancelling", "cancelled") else None,
            "cancelled_at": _seconds(cancel + batch.cancel_takes) if status == "cancelled" and cancel is not None
            else None,
            "request_counts": {"total": total, "completed": completed, "failed": failed},
            "usage": {
                "input_tokens": processed * batch.tokens_in,
                "input_tokens_details": {"cached_tokens": 0},
                "output_tokens": completed * batch.tokens_out,
                "output_tokens_details": {"reasoning_tokens": 0},
                "total_tokens": processed * batch.tokens_in + completed * batch.tokens_out,
            } if in_progress else None,
            "metadata": dict(batch.metadata) if batch.metadata is not None else None,
        }

    def render_fine_tune(self, job: SimFineTune, now: float) -> dict[str, Any]:
        status = job.status(now)
        hyperparameters = job.hyperparameters(now)
        base = {name: hyperparameters[name] for name in ("n_epochs", "batch_size", "learning_rate_multiplier")}
        method: dict[str, Any] = {"type": job.method}
        if job.method != "reinforcement" or job.grader is not None:  # a reinforcement config needs its grader
            method[job.method] = {"hyperparameters": hyperparameters}
            if job.grader is not None:
                method[job.method]["grader"] = job.grader
        finished = job.finished_at(now)
        estimated = job.reaches(job.runs_for) if status == "running" else None
        org_slug = "anyjob-sim"
        return {
            "object": "fine_tuning.job",
            "id": job.id,
            "model": job.model,
            "created_at": _seconds(job.created_at),
            "finished_at": _seconds(finished),
            "fine_tuned_model": f"ft:{job.model}:{org_slug}:{job.suffix or ''}:{job.model_tag}"
            if status == "succeeded" else None,
            "organization_id": job.organization_id,
            "result_files": [job.result_file_id] if status == "succeeded" else [],
            "status": status,
            "validation_file": job.validation_file,
            "training_file": job.training_file,
            "hyperparameters": base,
            "trained_tokens": job.total_steps * job.tokens_per_step if status == "succeeded" else None,
            "error": dict(zip(("code", "message", "param"), job.failure, strict=True))
            if status == "failed" and job.failure else None,
            "seed": job.seed,
            "estimated_finish": _seconds(estimated),
            "integrations": [dict(i, wandb=dict(i["wandb"])) for i in job.integrations or []],
            "method": method,
            "metadata": dict(job.metadata) if job.metadata is not None else None,
        }

    def events(self, job: SimFineTune, now: float) -> list[dict[str, Any]]:
        """The job's events up to `now`, oldest first."""
        found: list[tuple[float, str, str, str, str, Any]] = []  # (at, key, level, message, type, data)

        def add(at: float | None, key: str, message: str, *, level: str = "info", kind: str = "message",
                data: Any = None) -> None:
            cancel = job.cancel_requested_at
            if at is not None and at <= now and (cancel is None or at <= cancel or key == "cancelled"):
                found.append((at, key, level, message, kind, data))

        add(job.created_at, "created", f"Created fine-tuning job: {job.id}", data={})
        files = f"Validating training file: {job.training_file}"
        add(job.created_at, "validating", files + (f" and validation file: {job.validation_file}"
                                                    if job.validation_file else ""))
        if job.outcome is Phase.FAILED and job.failure:
            code, message, param = job.failure
            add(job.validated_at, "failed", message, level="error", data={"error_code": code, "error_param": param})
        else:
            add(job.validated_at, "validated", "Files validated, moving job to queued state")
            add(job.training_starts, "started", "Fine-tuning job started")
            steps = job.total_steps
            for n in range(1, METRIC_EVENTS + 1):
                step = steps * n // METRIC_EVENTS
                loss = round(0.1 + 2.0 * math.exp(-3.0 * step / steps), 4)
                accuracy = round(0.5 + 0.45 * step / steps, 4)
                add(job.reaches(job.runs_for * step / steps), f"step-{step}", f"Step {step}/{steps}: training loss="
                    f"{loss:.2f}", kind="metrics", data={"step": step, "train_loss": loss, "total_steps": steps,
                                                         "train_mean_token_accuracy": accuracy})
            for i, (paused, resumed) in enumerate(job.pauses):
                add(paused, f"paused-{i}", "Fine-tuning job paused")
                add(resumed, f"resumed-{i}", "Fine-tuning job resumed")
            end = job.reaches(job.runs_for)
            model = f"ft:{job.model}:anyjob-sim:{job.suffix or ''}:{job.model_tag}"
            add(end, "model", f"New fine-tuned model created: {model}")
            add(end, "succeeded", "The job has successfully completed")
        add(job.cancel_requested_at, "cancelled", "Fine-tuning job cancelled")
        found.sort(key=lambda event: event[0])  # stable: events of one instant keep the order they were added in
        return [{"object": "fine_tuning.job.event", "id": "ftevent-" + _hashed(f"{self.seed}:{job.id}:{key}", 24),
                 "created_at": _seconds(at), "level": level, "message": message, "data": data, "type": kind}
                for at, key, level, message, kind, data in found]

    # -- request helpers --------------------------------------------------------------------------------------------

    def _batch(self, batch_id: str) -> SimBatch:
        job = self.jobs.get(batch_id)
        if not isinstance(job, SimBatch):
            raise _error(404, f"No batch found with id '{batch_id}'.")
        return job

    def _fine_tune(self, job_id: str) -> SimFineTune:
        job = self.jobs.get(job_id)
        if not isinstance(job, SimFineTune):
            raise _error(404, f"Could not find fine tune: {job_id}", "fine_tune_not_found", param="fine_tune_id")
        return job

    @staticmethod
    def _body(request: SimRequest) -> dict[str, Any]:
        try:
            body = request.json()
        except ApiError:
            raise _error(400, "We could not parse the JSON body of your request. (HINT: This likely means you aren't "
                              "using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was "
                              "sent was not valid JSON.)") from None
        if not isinstance(body, dict):
            raise _error(400, "The request body must be a JSON object.")
        return body

    @staticmethod
    def _limit(request: SimRequest) -> int:
        raw = request.param("limit")
        if raw is None:
            return DEFAULT_LIMIT
        try:
            limit = int(raw)
        except ValueError:
            raise _error(400, "Invalid 'limit': expected an integer, but got a string instead.", "invalid_type",
                         param="limit") from None
        if limit < 1:
            raise _error(400, f"Invalid 'limit': integer below minimum value. Expected a value >= 1, but got {limit} "
                              "instead.", "integer_below_min_value", param="limit")
        if limit > MAX_LIMIT:
            raise _error(400, f"Invalid 'limit': integer above maximum value. Expected a value <= {MAX_LIMIT}, but got "
                              f"{limit} instead.", "integer_above_max_value", param="limit")
        return limit

    def _page(self, request: SimRequest, items: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], bool]:
        """One page of `items` (newest first) after the `after` cursor, and whether more follow."""
        limit = self._limit(request)
        after = request.param("after")
        start = 0
        if after is not None:
            ids = [item["id"] for item in items]
            start = ids.index(after) + 1 if after in ids else len(items)
        return items[start:start + limit], start + limit < len(items)

    def _newest_first(self, kind: type[SimJob]) -> list[SimJob]:
        order = {job.id: i for i, job in enumerate(self.jobs)}
        return sorted((job for job in self.jobs if isinstance(job, kind)),
                      key=lambda job: (job.created_at, order[job.id]), reverse=True)

    # -- batches ----------------------------------------------------------------------------------------------------

    def create_batch(self, request: SimRequest) -> Reply:
        body = self._body(request)
        input_file_id = _required_string(body, "input_file_id")
        endpoint = _required_string(body, "endpoint")
        if endpoint not in BATCH_ENDPOINTS:
            raise _invalid("endpoint", f"expected one of {', '.join(BATCH_ENDPOINTS)}")
        window = _required_string(body, "completion_window")
        if window != "24h":
            raise _invalid("completion_window", "expected '24h'")
        metadata = _metadata(body)
        expiry = body.get("output_expires_after")
        if expiry is not None and not (isinstance(expiry, dict) and expiry.get("anchor") == "created_at"
                                       and _is_int(expiry.get("seconds")) and 3600 <= expiry["seconds"] <= 2592000):
            raise _invalid("output_expires_after", "expected anchor 'created_at' and seconds from 3600 to 2592000")
        now = self.clock.now()
        with self.jobs.lock:
            batch = self.jobs.add(self._new_batch(
                now, validates=30.0, runs=600.0, finalizes=60.0,
                outcome=Phase.FAILED if input_file_id in self.invalid_files else Phase.SUCCEEDED, cancel=None,
                endpoint=endpoint, input_file_id=input_file_id, metadata=metadata,
                total=self.random.randint(10, 1000)))
            assert isinstance(batch, SimBatch)
            return Reply(200, self.render_batch(batch, now))

    def list_batches(self, request: SimRequest) -> Reply:
        now = self.clock.now()
        with self.jobs.lock:
            items = [self.render_batch(job, now) for job in self._newest_first(SimBatch) if isinstance(job, SimBatch)]
            page, more = self._page(request, items)
        return Reply(200, {"object": "list", "data": page, "first_id": page[0]["id"] if page else None,
                           "last_id": page[-1]["id"] if page else None, "has_more": more})

    def retrieve_batch(self, request: SimRequest) -> Reply:
        return Reply(200, self.render_batch(self._batch(request.path_params["batch_id"]), self.clock.now()))

    def cancel_batch(self, request: SimRequest) -> Reply:
        batch = self._batch(request.path_params["batch_id"])
        now = self.clock.now()
        with self.jobs.lock:
            status = batch.status(now)
            if status in BATCH_ENDED:
                raise _error(409, f"Cannot cancel a batch with status '{status}'.")
            if status != "cancelling":
                batch.cancel_requested_at = now
            return Reply(200, self.render_batch(batch, now))

    # -- fine-tuning jobs -------------------------------------------------------------------------------------------

    def create_fine_tuning_job(self, request: SimRequest) -> Reply:
        body = self._body(request)
        model = _required_string(body, "model")
        training_file = _required_string(body, "training_file")
        validation_file = _optional_string(body, "validation_file")
        suffix = _optional_string(body, "suffix", max_length=64)
        seed = body.get("seed")
        if seed is not None and not (_is_int(seed) and 0 <= seed <= 2147483647):
            raise _invalid("seed", "expected an integer from 0 to 2147483647")
        method, asked, grader = _method(body)
        integrations = _integrations(body)
        metadata = _metadata(body)
        invalid = training_file in self.invalid_files or validation_file in self.invalid_files
        now = self.clock.now()
        with self.jobs.lock:
            job = self.jobs.add(self._new_fine_tune(
                now, validates=60.0, waits=120.0, runs=900.0, outcome=Phase.FAILED if invalid else Phase.SUCCEEDED,
                model=model, training_file=training_file, validation_file=validation_file, method=method,
                asked=asked, grader=grader, suffix=suffix, seed=seed, integrations=integrations, metadata=metadata))
            assert isinstance(job, SimFineTune)
            return Reply(200, self.render_fine_tune(job, now))

    def list_fine_tuning_jobs(self, request: SimRequest) -> Reply:
        wanted: dict[str, str] = {}
        only_without = False
        for key, value in request.query:
            if key.startswith("metadata[") and key.endswith("]"):
                wanted[key[len("metadata["):-1]] = value
            elif key == "metadata":
                if value != "null":
                    raise _invalid("metadata", "use metadata[key]=value, or metadata=null for jobs without metadata")
                only_without = True
        if wanted and only_without:
            raise _invalid("metadata", "metadata=null cannot be combined with metadata[key]=value")
        now = self.clock.now()
        with self.jobs.lock:
            jobs = [job for job in self._newest_first(SimFineTune) if isinstance(job, SimFineTune)]
            if only_without:
                jobs = [job for job in jobs if not job.metadata]
            jobs = [job for job in jobs if all((job.metadata or {}).get(k) == v for k, v in wanted.items())]
            page, more = self._page(request, [self.render_fine_tune(job, now) for job in jobs])
        return Reply(200, {"object": "list", "data": page, "has_more": more})

    def retrieve_fine_tuning_job(self, request: SimRequest) -> Reply:
        job = self._fine_tune(request.path_params["fine_tuning_job_id"])
        return Reply(200, self.render_fine_tune(job, self.clock.now()))

    def cancel_fine_tuning_job(self, request: SimRequest) -> Reply:
        job = self._fine_tune(request.path_params["fine_tuning_job_id"])
        now = self.clock.now()
        with self.jobs.lock:
            status = job.status(now)
            if status in FINE_TUNING_ENDED:
                raise _error(409, f"Cannot cancel a job with status '{status}'.")
            job.cancel_requested_at = now
            return Reply(200, self.render_fine_tune(job, now))

    def pause_fine_tuning_job(self, request: SimRequest) -> Reply:
        job = self._fine_tune(request.path_params["fine_tuning_job_id"])
        now = self.clock.now()
        with self.jobs.lock:
            status = job.status(now)
            if status == "running":
                job.pauses.append([now, None])
            elif status != "paused":
                raise _error(409, f"Cannot pause a job with status '{status}'.")
            return Reply(200, self.render_fine_tune(job, now))

    def resume_fine_tuning_job(self, request: SimRequest) -> Reply:
        job = self._fine_tune(request.path_params["fine_tuning_job_id"])
        now = self.clock.now()
        with self.jobs.lock:
            status = job.status(now)
            if status != "paused":
                raise _error(409, f"Cannot resume a job with status '{status}'.")
            job.pauses[-1][1] = now
            return Reply(200, self.render_fine_tune(job, now))

    def list_fine_tuning_events(self, request: SimRequest) -> Reply:
        job = self._fine_tune(request.path_params["fine_tuning_job_id"])
        with self.jobs.lock:
            events = self.events(job, self.clock.now())[::-1]
            page, more = self._page(request, events)
        return Reply(200, {"object": "list", "data": page, "has_more": more})


def _hashed(text: str, length: int) -> str:
    """`length` alphanumerics derived from `text` (stable ids that do not consume the simulator's RNG)."""
    number = int.from_bytes(hashlib.sha256(text.encode()).digest(), "big")
    chars = []
    for _ in range(length):
        number, index = divmod(number, len(_ALPHANUMERIC))
        chars.append(_ALPHANUMERIC[index])
    return "".join(chars)
