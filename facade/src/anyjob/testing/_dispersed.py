"""A simulated Dispersed Compute jobs API (specs/dispersed.yaml), written from the vendor's docs and our spec.

Every operation of the spec is served at its path under its operationId: `create_job`, `list_jobs`, `get_job`,
`cancel_job`, `list_job_runs`, `get_job_run`. Requests must be signed with HMAC-SHA256 the way the vendor documents
(`X-API-Key`, `X-Time`, `X-Nonce`, `X-Signature` over `publicKey|timestamp|nonce|METHOD|pathname|queryString|
bodySha256`); the check below is written from the docs, independently of `dispersed_client.signing`.

Choices made where the vendor's docs are silent:

- Statuses (the table `STATUSES`): PENDING while queued; ASSIGNED for the last `ASSIGNED_FOR` = 2 clock seconds of the
  queue (a node has taken the job, the container is being prepared; the job's runs say PREPARING meanwhile);
  RUNNING; COMPLETED / FAILED as the outcome; CANCELLING for `cancel_takes` = 2 clock seconds after a cancel, then
  CANCELLED. A PERSISTENT job is a service: it runs until cancelled (it never reaches COMPLETED on its own).
- Runs: every job has `max_node_count` runs (at least 1, at most `MAX_RUNS`) whose status follows the job's; some
  seeded jobs with retries also have an earlier attempt that FAILED. `logs` (a text blob) appears only on
  `get_job_run`, null until the run starts. `node_urls` is null until the run starts, lists the container's ports
  while it runs and is empty afterwards. `job_snapshot` is the job as it was when created.
- Cancel: a queued or running job -> 200 with the job, now CANCELLING (then CANCELLED), its `status_reason` the
  `reason` sent (null when none is sent); a CANCELLING or CANCELLED job -> 200 with the job unchanged (idempotent, the
  first reason is kept); a COMPLETED or FAILED job -> 409; an unknown or malformed uuid -> 404. The body may be empty.
- Create answers 200 (the spec accepts 200 and 201). Fields not sent are null, except the documented defaults
  (`max_node_count` 1, `max_retry_count` 0, `min_*_gb` 0), `title` ("Untitled job") and `parameters` ({}).
  Malformed JSON -> 400; a body that breaks the spec's CreateJobRequest schema (BATCH without `max_timeout_run_ms` >=
  60000, PERSISTENT without an explicit null, both `gpu_name` and `gpu_registry_uuid`, values under the documented
  minimums, wrong types) -> 422. Unknown fields are ignored.
- Lists: default sort `-created_at` (newest first); `page` >= 1 and `limit` 1..50 (default 20), the same bounds for job
  runs; a page past the end is empty; out-of-range or non-integer values -> 422. `filter[status]` (both lists) is a
  comma list of known statuses and `filter[task]` a known task (unknown values -> 422, to catch client typos).
  `filter[cpu_count]` takes a value or a "min,max" range; `filter[min_*_gb]` take "min,max" ranges (either end may be
  empty, ends inclusive); `filter[created_at]` takes "from,to" dates or date-times (a date `to` covers the whole day).
  Unknown query parameters are ignored.
- Timestamps are RFC 3339 UTC date-times, except for two seeded jobs (the 3rd and 5th) that show plain dates
  ("2026-01-01") as in the vendor's reference examples, so clients see both shapes.
- Auth: the skew window is `max_skew_seconds` (300 s) around REAL time (clients sign with real time, not the
  simulated clock); a nonce may not repeat while a request carrying it would still pass the skew check.
  `bodySha256` hashes the body bytes as received. Refusals are 401 with distinct messages.
- Signed query string (documented by the vendor's example code, shared/reference/dispersed.md): the received query is
  decoded as a form (`parse_qsl`, blank values kept: `+` and `%20` are both a space), its pairs sorted by key then
  value, and re-encoded with `urllib.parse.urlencode` (space -> `+`, `+` -> `%2B`, `[`/`]`/`,` -> `%5B`/`%5D`/`%2C`,
  UTF-8 percent-encoding); no query signs as "". So the signature does not depend on how the client spelled the query.
- Signed `pathname`: the vendor's example only signs paths that need no encoding (UUIDs); the reference is silent
  about others, so the path is taken exactly as sent (still percent-encoded), as before.
- Errors: `{"message": ..., "error": <HTTP reason phrase>}` (the spec's opaque Error). No rate limits.
"""

from __future__ import annotations

import collections
import datetime
import hashlib
import hmac
import http
import math
import random
import re
import secrets
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from typing import Any, ClassVar
from urllib.parse import parse_qsl, urlencode, urlsplit

import attrs

from ._jobs import Phase, SimJob
from ._vendor import ApiError, JobRoutes, Operation, Reply, SimRequest, VendorSimulator, path_parameters

ASSIGNED = "assigned"  # not a Phase: the last ASSIGNED_FOR seconds of Phase.QUEUED
ASSIGNED_FOR = 2.0

#: The one status table: simulated stage -> (Job.status, JobRun.status of the runs that follow the job).
STATUSES: dict[str, tuple[str, str]] = {
    Phase.QUEUED: ("PENDING", "PENDING"),
    ASSIGNED: ("ASSIGNED", "PREPARING"),
    Phase.RUNNING: ("RUNNING", "RUNNING"),
    Phase.SUCCEEDED: ("COMPLETED", "COMPLETED"),
    Phase.FAILED: ("FAILED", "FAILED"),
    Phase.CANCELLING: ("CANCELLING", "CANCELLING"),
    Phase.CANCELLED: ("CANCELLED", "CANCELLED"),
}
JOB_STATUSES = frozenset(job for job, _ in STATUSES.values())
RUN_STATUSES = frozenset({"PENDING", "ASSIGNED", "PREPARING", "RUNNING", "COMPLETED", "FAILING", "FAILED",
                          "CANCELLING", "CANCELLED"})
TASKS = ("BATCH", "PERSISTENT")

MAX_RUNS = 4
CANCEL_TAKES = 2.0
DEFAULT_LIMIT, MAX_LIMIT = 20, 50
_NONCE = re.compile(r"[0-9a-f]{32}")
_SIGNING_HEADERS = ("X-API-Key", "X-Time", "X-Nonce", "X-Signature")


# -- create-body validation (CreateJobRequest of the spec), table-driven ---------------------------------------------

Check = Callable[[Any], bool]


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _is_str(value: Any) -> bool:
    return isinstance(value, str)


def _list_of(check: Check) -> Check:
    return lambda value: isinstance(value, list) and all(check(item) for item in value)


def _object_of(fields: dict[str, Check]) -> Check:
    """An object whose listed fields (all optional) pass their checks; other fields are allowed."""
    return lambda value: isinstance(value, dict) and all(check(value[k]) for k, check in fields.items() if k in value)


_VOLUME = _object_of({name: _is_str for name in ("image", "tag", "mount", "registry", "user", "secret")})
_CONTAINER = _object_of({
    **{name: _is_str for name in ("image", "tag", "imagesrc", "host", "user", "secret", "sshkey")},
    "env": lambda value: isinstance(value, dict),
    "ports": _list_of(_is_int),
    "allowed_ips": _list_of(_is_str),
    "volumes": _list_of(_VOLUME),
})


def _docker_parameters(value: Any) -> bool:
    return isinstance(value, dict) and value.get("type") == "docker" and "parameters" in value \
        and _CONTAINER(value["parameters"])


#: Create field -> (check, minimum or None, what the 422 message says it must be).
CREATE_FIELDS: dict[str, tuple[Check, float | None, str]] = {
    "title": (_is_str, None, "a string"),
    "description": (_is_str, None, "a string"),
    "cpu_count": (_is_int, 0, "an integer >= 0"),
    "gpu_count": (_is_int, 0, "an integer >= 0"),
    "gpu_name": (_is_str, None, "a string"),
    "gpu_registry_uuid": (_is_str, None, "a string"),
    "min_ram_gb": (_is_number, 0, "a number >= 0"),
    "min_vram_gb": (_is_number, 0, "a number >= 0"),
    "min_storage_gb": (_is_number, 0, "a number >= 0"),
    "max_node_count": (_is_int, None, "an integer"),
    "max_retry_count": (_is_int, 0, "an integer >= 0"),
    "max_timeout_assign_ms": (_is_int, 300_000, "an integer >= 300000"),
    "max_timeout_start_ms": (_is_int, 120_000, "an integer >= 120000"),
    "allowed_region_codes": (_list_of(_is_str), None, "an array of strings"),
    "parameters": (_docker_parameters, None, 'an object {"type": "docker", "parameters": {...}} as documented'),
}


def validate_create(body: Any) -> dict[str, Any]:
    """The create body if it matches the spec's CreateJobRequest; else ApiError(422) naming the first problem."""
    if not isinstance(body, dict):
        raise ApiError(422, "the request body must be a JSON object", code="validation_error")
    task = body.get("task")
    if task not in TASKS:
        raise ApiError(422, "task must be BATCH or PERSISTENT", code="validation_error")
    if "max_timeout_run_ms" not in body:
        raise ApiError(422, f"max_timeout_run_ms is required for {task} jobs"
                       + (" (send null)" if task == "PERSISTENT" else ""), code="validation_error")
    run_ms = body["max_timeout_run_ms"]
    if task == "BATCH" and not (_is_int(run_ms) and run_ms >= 60_000):
        raise ApiError(422, "max_timeout_run_ms must be an integer >= 60000 for BATCH jobs", code="validation_error")
    if task == "PERSISTENT" and run_ms is not None:
        raise ApiError(422, "max_timeout_run_ms must be null for PERSISTENT jobs", code="validation_error")
    for name, (check, minimum, must_be) in CREATE_FIELDS.items():
        if name in body and not (check(body[name]) and (minimum is None or body[name] >= minimum)):
            raise ApiError(422, f"{name} must be {must_be}", code="validation_error")
    if "gpu_name" in body and "gpu_registry_uuid" in body:
        raise ApiError(422, "set at most one of gpu_name and gpu_registry_uuid", code="validation_error")
    return body


# -- seeded payloads ------------------------------------------------------------------------------------------------

_WORKLOADS: tuple[tuple[str, str, str, str, tuple[int, ...]], ...] = (
    # (task, title, image, tag, ports)
    ("BATCH", "resnet50-finetune", "pytorch/pytorch", "2.3.1-cuda12.1-cudnn8-runtime", ()),
    ("BATCH", "octane-render-shot-042", "otoy/octane-render", "2024.1", ()),
    ("BATCH", "whisper-transcribe-podcasts", "ghcr.io/openai/whisper", "v20231117", ()),
    ("BATCH", "sdxl-batch-generate", "stabilityai/sdxl-runner", "1.0", ()),
    ("PERSISTENT", "jupyter-notebook", "jupyter/pytorch-notebook", "latest", (8888,)),
    ("PERSISTENT", "vllm-llama3-8b-server", "vllm/vllm-openai", "v0.5.3", (8000,)),
)
_GPUS = ("NVIDIA RTX 4090", "NVIDIA A100 80GB", "NVIDIA H100 80GB", "NVIDIA L40S", "NVIDIA RTX A6000")
_REGIONS = ("us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-northeast-1")
_FAILURES = ("Container exited with code 1", "Container exited with code 137 (OOMKilled)",
             "Image pull failed: manifest unknown", "Run exceeded max_timeout_run_ms")
_SEEDED_KINDS = (Phase.QUEUED, Phase.RUNNING, Phase.SUCCEEDED, Phase.FAILED, Phase.CANCELLED)
_DATE_ONLY_SEEDS = frozenset({2, 4})  # seeded job indexes whose timestamps are plain dates


@attrs.define
class SimRun:
    """One execution of a job on a node; with `fixed_status`, an earlier attempt that ended (not following the job)."""

    id: str
    job_id: str
    hostname: str
    fixed_status: str | None = None
    started_at: float | None = None  # only for an earlier attempt


def _rfc3339(at: float) -> str:
    return datetime.datetime.fromtimestamp(at, datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _date(at: float) -> str:
    return datetime.datetime.fromtimestamp(at, datetime.UTC).strftime("%Y-%m-%d")


def _parse_instant(text: str, *, end_of_day: bool) -> float:
    """A date or RFC 3339 date-time as Unix seconds (a date is midnight UTC, or the next midnight for `end_of_day`)."""
    try:
        day = datetime.date.fromisoformat(text)
    except ValueError:
        moment = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=datetime.UTC)
        return moment.timestamp()
    start = datetime.datetime(day.year, day.month, day.day, tzinfo=datetime.UTC).timestamp()
    return start + 86_400 if end_of_day else start


def _page_params(request: SimRequest) -> tuple[int, int]:
    values: dict[str, int] = {}
    for name, default, low, high in (("page", 1, 1, None), ("limit", DEFAULT_LIMIT, 1, MAX_LIMIT)):
        raw = request.param(name)
        try:
            value = default if raw is None else int(raw)
        except ValueError:
            value = low - 1
        if value < low or (high is not None and value > high):
            bounds = f"between {low} and {high}" if high is not None else f">= {low}"
            raise ApiError(422, f"{name} must be an integer {bounds}", code="validation_error")
        values[name] = value
    return values["page"], values["limit"]


def _status_filter(request: SimRequest, known: frozenset[str]) -> frozenset[str] | None:
    raw = request.param("filter[status]")
    if raw is None or raw == "":
        return None
    wanted = frozenset(s.strip() for s in raw.split(",") if s.strip())
    if unknown := sorted(wanted - known):
        raise ApiError(422, f"filter[status]: unknown status {', '.join(unknown)}", code="validation_error")
    return wanted


def _range(request: SimRequest, name: str, *, exact: bool, instants: bool = False) -> Callable[[Any], bool] | None:
    """The test for a `filter[...]` range ("min,max", either end may be empty; a single value when `exact`)."""
    raw = request.param(name)
    if raw is None or raw == "":
        return None
    parts = raw.split(",")
    if len(parts) == 1 and exact:
        parts = [parts[0], parts[0]]
    if len(parts) != 2:
        raise ApiError(422, f'{name} must be a range "min,max"', code="validation_error")
    try:
        if instants:
            low = _parse_instant(parts[0], end_of_day=False) if parts[0] else -math.inf
            high = _parse_instant(parts[1], end_of_day=True) if parts[1] else math.inf
            if parts[1] and len(parts[1]) == 10:  # a date `to`: the whole day, i.e. before the next midnight
                return lambda value: value is not None and low <= value < high
        else:
            low = float(parts[0]) if parts[0] else -math.inf
            high = float(parts[1]) if parts[1] else math.inf
    except ValueError:
        raise ApiError(422, f"{name} has a malformed bound: {raw!r}", code="validation_error") from None
    return lambda value: value is not None and low <= value <= high


def _canonical(public_key: str, stamp: str, nonce: str, method: str, pathname: str, raw_query: str,
               body: bytes) -> str:
    """What a request's signature covers: `publicKey|timestamp|nonce|METHOD|pathname|queryString|bodySha256`."""
    # The vendor signs what urlencode makes of the sorted pairs (form encoding), so decode the query the same way
    # first: a client may have sent a space as %20 or +, and both must verify.
    query = urlencode(sorted(parse_qsl(raw_query, keep_blank_values=True)))
    return "|".join((public_key, stamp, nonce, method.upper(), pathname, query, hashlib.sha256(body).hexdigest()))


def _page_of(items: list[Any], page: int, limit: int) -> dict[str, Any]:
    return {"data": items[(page - 1) * limit: page * limit], "page": page, "limit": limit, "total": len(items)}


class DispersedSimulator(VendorSimulator):
    """Dispersed's jobs API with HMAC-signed requests. Credentials: `credentials` (the environment variables anyjob
    reads), or `public_key` / `secret_key`."""

    vendor: ClassVar[str] = "dispersed"
    unknown_status: ClassVar[str] = "SUSPENDED"
    status_fields: ClassVar[frozenset[str]] = frozenset({"status"})
    # The Job's nullable fields, less `uuid`: job runs share that name and theirs may not be null, and the nulls fault
    # writes into every object of a response.
    nullable_fields: ClassVar[frozenset[str]] = frozenset({
        "created_at", "updated_at", "started_at", "completed_at", "status_reason", "description", "cpu_count",
        "gpu_count", "gpu_name", "gpu_registry_uuid", "timeout_assign_at_ms", "max_timeout_assign_ms",
        "max_timeout_run_ms", "max_timeout_start_ms", "max_retry_count", "max_node_count", "image_size_bytes",
        "source_recipe_uuid",
    })

    def __init__(self, *, public_key: str = "pk_simulator", secret_key: str = "sk_simulator_secret",
                 max_skew_seconds: float = 300.0, **kwargs: Any) -> None:
        self.public_key = public_key
        self.secret_key = secret_key
        self.max_skew_seconds = max_skew_seconds
        self._runs: dict[str, SimRun] = {}  # by run uuid, in creation order
        self._nonces: dict[str, int] = {}  # nonce -> the X-Time (ms) it was first seen with
        self._nonce_expiry: collections.deque[tuple[float, str]] = collections.deque()  # (forget at ms, nonce)
        self._lock = threading.RLock()
        super().__init__(**kwargs)

    @property
    def run_ids(self) -> list[str]:
        """Every job run's uuid, oldest first."""
        return list(self._runs)

    # -- VendorSimulator ----------------------------------------------------------------------------------------------

    def operations(self) -> list[Operation]:
        return [
            Operation("POST", "/v1/jobs", "create_job", self._create_job),
            Operation("GET", "/v1/jobs", "list_jobs", self._list_jobs),
            Operation("GET", "/v1/jobs/{uuid}", "get_job", self._get_job),
            Operation("PUT", "/v1/jobs/{uuid}/cancel", "cancel_job", self._cancel_job),
            Operation("GET", "/v1/job-runs", "list_job_runs", self._list_job_runs),
            Operation("GET", "/v1/job-runs/{uuid}", "get_job_run", self._get_job_run),
        ]

    @property
    def credentials(self) -> dict[str, str]:
        return {"DISPERSED_PUBLIC_KEY": self.public_key, "DISPERSED_SECRET_KEY": self.secret_key}

    # -- the vendor contract ----------------------------------------------------------------------------------------

    status_filters: ClassVar[frozenset[str]] = frozenset({"filter[status]"})

    def job_routes(self, job_id: str) -> JobRoutes:
        return JobRoutes("get_job", "cancel_job", "list_jobs", {"uuid": job_id})

    def vendor_status(self, job: SimJob, now: float) -> str:
        return self._statuses(job, now)[0]

    def unknown_job_id(self) -> str:
        return str(uuid.UUID(int=7, version=4))

    def error_code(self, status: int) -> str | None:
        return http.HTTPStatus(status).phrase  # the error body's `error` is the reason phrase

    def error_message(self, case: str, job_id: str) -> str:
        if case == "not_found":
            return "Job not found"
        if case == "conflict":
            job = self.jobs.get(job_id)
            assert job is not None
            return f"Job is {self.vendor_status(job, self.clock.now())} and can no longer be cancelled"
        return "invalid signature"

    def new_job(self) -> str:
        body = {"task": "BATCH", "title": "render a shot", "max_timeout_run_ms": 3_600_000,
                "parameters": {"type": "docker", "parameters": {"image": "otoy/octane-render", "tag": "2024.1"}}}
        return str(self.invoke("create_job", body).body["uuid"])

    def error_body(self, status: int, message: str, code: str | None) -> Any:
        try:
            phrase = http.HTTPStatus(status).phrase
        except ValueError:
            phrase = "Error"
        return {"message": message, "error": phrase}

    def authenticate(self, request: SimRequest) -> None:
        missing = [name for name in _SIGNING_HEADERS if not request.headers.get(name)]
        if missing:
            raise ApiError(401, f"missing signature headers: {', '.join(missing)}", code="unauthorized")
        key, stamp, nonce, signature = (request.headers[name] for name in _SIGNING_HEADERS)
        if not hmac.compare_digest(key.encode(), self.public_key.encode()):
            raise ApiError(401, "unknown API key", code="unauthorized")
        if not stamp.isascii() or not stamp.isdigit():
            raise ApiError(401, "X-Time must be the Unix time in milliseconds", code="unauthorized")
        if abs(time.time() * 1000 - int(stamp)) > self.max_skew_seconds * 1000:
            raise ApiError(401, "X-Time is outside the allowed clock skew", code="unauthorized")
        if not _NONCE.fullmatch(nonce):
            raise ApiError(401, "X-Nonce must be 32 lowercase hex characters", code="unauthorized")
        expected = hmac.new(self.secret_key.encode(), self.canonical_string(request).encode(), hashlib.sha256)
        if not hmac.compare_digest(expected.hexdigest(), signature):
            raise ApiError(401, "invalid signature", code="unauthorized")
        with self._lock:
            now_ms = time.time() * 1000
            # Forget nonces once no request carrying them could pass the skew check any more: a stamp lies within the
            # skew of its first arrival, so arrival + 2 * skew is late enough. Arrival order keeps this O(1).
            while self._nonce_expiry and self._nonce_expiry[0][0] < now_ms:
                del self._nonces[self._nonce_expiry.popleft()[1]]
            if nonce in self._nonces:
                raise ApiError(401, "nonce already used (replayed request)", code="unauthorized")
            self._nonces[nonce] = int(stamp)
            self._nonce_expiry.append((now_ms + 2 * self.max_skew_seconds * 1000, nonce))

    def canonical_string(self, request: SimRequest) -> str:
        """`publicKey|timestamp|nonce|METHOD|pathname|queryString|bodySha256` for a received request."""
        pathname = request.raw_path.split("?", 1)[0]  # the reference is silent on path encoding: as sent
        return _canonical(request.headers["X-API-Key"], request.headers["X-Time"], request.headers["X-Nonce"],
                          request.method, pathname, request.raw_query, request.body)

    def auth_headers(self, method: str, url: str, body: bytes = b"") -> dict[str, str]:
        """Signs the request as the vendor documents it, with this simulator's keys (written from the docs, like the
        check in `authenticate`, and independently of dispersed_client.signing): a new nonce, the real time."""
        parts = urlsplit(url)
        stamp, nonce = str(int(time.time() * 1000)), secrets.token_hex(16)
        message = _canonical(self.public_key, stamp, nonce, method, parts.path, parts.query, body)
        return {"X-API-Key": self.public_key, "X-Time": stamp, "X-Nonce": nonce,
                "X-Signature": hmac.new(self.secret_key.encode(), message.encode(), hashlib.sha256).hexdigest()}

    def sample_path_params(self, operation_id: str, rng: random.Random | None = None) -> dict[str, str]:
        rng = rng if rng is not None else random.Random(0)
        # `uuid` names a job run in get_job_run and a job everywhere else
        ids = self.run_ids if operation_id == "get_job_run" else self.job_ids
        return {name: rng.choice(ids) for name in path_parameters(self.operation(operation_id).path)}

    def seed_jobs(self, count: int) -> None:
        now = self.clock.now()
        rnd = self.random
        for i in range(count):
            kind = _SEEDED_KINDS[i % len(_SEEDED_KINDS)]
            task, title, image, tag, ports = rnd.choice(
                [w for w in _WORKLOADS if kind not in (Phase.SUCCEEDED, Phase.FAILED) or w[0] == "BATCH"])
            queued_for = float(rnd.randint(5, 120))
            runs_for = float(rnd.randint(120, 3600)) if task == "BATCH" else math.inf
            cancel_after: float | None = None
            if kind is Phase.QUEUED:
                age = float(rnd.randint(1, 20))
                queued_for = age + rnd.randint(10, 60)
            elif kind is Phase.RUNNING:
                age = queued_for + rnd.randint(10, 110)
            elif kind is Phase.CANCELLED:
                cancel_after = queued_for + rnd.randint(10, 100)  # before any outcome
                age = cancel_after + CANCEL_TAKES + rnd.randint(60, 86_400)
            else:
                age = queued_for + runs_for + rnd.randint(60, 86_400)
            gpu = rnd.choice(_GPUS)
            body: dict[str, Any] = {
                "task": task,
                "title": title,
                "description": rnd.choice([None, f"{title} (seeded by the anyjob simulator)"]),
                "cpu_count": rnd.choice([4, 8, 16, 32]),
                "gpu_count": rnd.choice([1, 1, 2, 4]),
                "min_ram_gb": rnd.choice([16, 32, 64, 128]),
                "min_vram_gb": rnd.choice([16, 24, 48, 80]),
                "min_storage_gb": rnd.choice([50, 100, 250, 500]),
                "max_node_count": rnd.choice([1, 1, 1, 2]),
                "max_retry_count": rnd.choice([0, 1, 2]),
                "max_timeout_assign_ms": rnd.choice([300_000, 600_000, 3_600_000]),
                "max_timeout_start_ms": rnd.choice([120_000, 300_000]),
                "max_timeout_run_ms": None if task == "PERSISTENT" else rnd.choice([3_600_000, 7_200_000, 14_400_000]),
                "allowed_region_codes": rnd.sample(_REGIONS, rnd.randint(0, 2)),
                "parameters": {"type": "docker", "parameters": {
                    "image": image, "tag": tag, "env": {"SEED_INDEX": str(i)},
                    **({"ports": list(ports), "allowed_ips": ["203.0.113.0/24"]} if ports else {}),
                }},
            }
            if rnd.random() < 0.5:
                body["gpu_name"] = gpu
            else:
                body["gpu_registry_uuid"] = self._new_uuid()
            job = self._add_job(body, created_at=float(round(now - age)), queued_for=queued_for, runs_for=runs_for,
                                outcome=Phase.FAILED if kind is Phase.FAILED else Phase.SUCCEEDED,
                                date_only=i in _DATE_ONLY_SEEDS)
            job.fields["source_recipe_uuid"] = self._new_uuid() if rnd.random() < 0.3 else None
            if cancel_after is not None:
                job.cancel_requested_at = job.created_at + cancel_after
                job.fields["cancel_reason"] = "Cancelled by user"
            if kind in (Phase.RUNNING, Phase.FAILED) and body["max_retry_count"] > 0:
                self._add_run(job, fixed_status="FAILED", started_at=job.created_at + queued_for / 3)

    # -- handlers -------------------------------------------------------------------------------------------------

    def _create_job(self, request: SimRequest) -> Reply:
        body = validate_create(request.json())
        job = self._add_job(body, created_at=self.clock.now(), queued_for=5.0,
                            runs_for=60.0 if body["task"] == "BATCH" else math.inf, outcome=Phase.SUCCEEDED)
        return Reply(200, self._job_json(job, self.clock.now()))

    def _list_jobs(self, request: SimRequest) -> Reply:
        page, limit = _page_params(request)
        sort = request.param("sort") or "-created_at"
        if sort not in ("created_at", "-created_at"):
            raise ApiError(422, "sort must be created_at or -created_at", code="validation_error")
        statuses = _status_filter(request, JOB_STATUSES)
        task = request.param("filter[task]")
        if task and task not in TASKS:
            raise ApiError(422, "filter[task] must be BATCH or PERSISTENT", code="validation_error")
        wanted_uuid = request.param("filter[uuid]")
        ranges = [(field, _range(request, f"filter[{field}]", exact=field == "cpu_count"))
                  for field in ("cpu_count", "min_ram_gb", "min_vram_gb", "min_storage_gb")]
        created = _range(request, "filter[created_at]", exact=False, instants=True)
        now = self.clock.now()
        with self.jobs.lock:
            ordered = sorted(enumerate(self.jobs), key=lambda pair: (pair[1].created_at, pair[0]),
                             reverse=sort == "-created_at")
            jobs = [job for _, job in ordered]
        picked = [
            job for job in jobs
            if (statuses is None or self._statuses(job, now)[0] in statuses)
            and (not task or job.fields["task"] == task)
            and (not wanted_uuid or job.id == wanted_uuid)
            and all(test is None or test(job.fields[field]) for field, test in ranges)
            and (created is None or created(job.created_at))
        ]
        return Reply(200, _page_of([self._job_json(job, now) for job in picked], page, limit))

    def _get_job(self, request: SimRequest) -> Reply:
        return Reply(200, self._job_json(self._job(request.path_params["uuid"]), self.clock.now()))

    def _cancel_job(self, request: SimRequest) -> Reply:
        job = self._job(request.path_params["uuid"])
        body = request.json()
        if body is None:
            body = {}
        if not isinstance(body, dict) or not isinstance(body.get("reason", ""), str):
            raise ApiError(422, 'the body must be an object {"reason": string}', code="validation_error")
        now = self.clock.now()
        with self.jobs.lock:
            phase = job.phase(now)
            if phase in (Phase.SUCCEEDED, Phase.FAILED):
                status = STATUSES[phase][0]
                raise ApiError(409, f"Job is {status} and can no longer be cancelled", code="conflict")
            if job.request_cancel(now):
                job.fields["cancel_reason"] = body.get("reason")
        return Reply(200, self._job_json(job, now))

    def _list_job_runs(self, request: SimRequest) -> Reply:
        page, limit = _page_params(request)
        statuses = _status_filter(request, RUN_STATUSES)
        job_uuid = request.param("filter[job_uuid]")
        now = self.clock.now()
        order = {job.id: (job.created_at, i) for i, job in enumerate(self.jobs)}
        with self._lock:
            indexed = list(enumerate(self._runs.values()))
        # newest job first; within a job its current runs, then any earlier attempt
        indexed.sort(key=lambda pair: (order[pair[1].job_id], pair[1].fixed_status is None, pair[0]), reverse=True)
        runs = [run for _, run in indexed]
        picked = [run for run in runs
                  if (not job_uuid or run.job_id == job_uuid)
                  and (statuses is None or self._run_status(run, now) in statuses)]
        return Reply(200, _page_of([self._run_json(run, now) for run in picked], page, limit))

    def _get_job_run(self, request: SimRequest) -> Reply:
        run = self._runs.get(request.path_params["uuid"])
        if run is None:
            raise ApiError(404, "Job run not found", code="not_found")
        return Reply(200, self._run_json(run, self.clock.now(), with_logs=True))

    # -- state ----------------------------------------------------------------------------------------------------

    def _new_uuid(self) -> str:
        return str(uuid.UUID(int=self.random.getrandbits(128), version=4))

    def _add_job(self, body: dict[str, Any], *, created_at: float, queued_for: float, runs_for: float,
                 outcome: Phase, date_only: bool = False) -> SimJob:
        fields: dict[str, Any] = {
            "task": body["task"],
            "title": body.get("title", "Untitled job"),
            "description": body.get("description"),
            "cpu_count": body.get("cpu_count"),
            "gpu_count": body.get("gpu_count"),
            "gpu_name": body.get("gpu_name"),
            "gpu_registry_uuid": body.get("gpu_registry_uuid"),
            "min_ram_gb": body.get("min_ram_gb", 0),
            "min_vram_gb": body.get("min_vram_gb", 0),
            "min_storage_gb": body.get("min_storage_gb", 0),
            "parameters": body.get("parameters", {}),
            "max_timeout_assign_ms": body.get("max_timeout_assign_ms"),
            "max_timeout_run_ms": body["max_timeout_run_ms"],
            "max_timeout_start_ms": body.get("max_timeout_start_ms"),
            "max_retry_count": body.get("max_retry_count", 0),
            "max_node_count": body.get("max_node_count", 1),
            "image_size_bytes": self.random.randint(1, 16) * 512 * 1024 * 1024,
            "source_recipe_uuid": None,
            "cancel_reason": None,
            "failure_reason": self.random.choice(_FAILURES) if outcome is Phase.FAILED else None,
            "date_only": date_only,
        }
        job = SimJob(id=self._new_uuid(), created_at=created_at, queued_for=queued_for, runs_for=runs_for,
                     outcome=outcome, cancel_takes=CANCEL_TAKES, fields=fields)
        with self.jobs.lock:
            self.jobs.add(job)
            for _ in range(max(1, min(MAX_RUNS, fields["max_node_count"]))):
                self._add_run(job)
        return job

    def _add_run(self, job: SimJob, *, fixed_status: str | None = None, started_at: float | None = None) -> None:
        run = SimRun(id=self._new_uuid(), job_id=job.id, hostname=f"203.0.113.{self.random.randint(1, 254)}",
                     fixed_status=fixed_status, started_at=started_at)
        with self._lock:
            self._runs[run.id] = run

    def _job(self, job_id: str) -> SimJob:
        job = self.jobs.get(job_id)
        if job is None:  # also every id that is not a UUID: no job has one
            raise ApiError(404, "Job not found", code="not_found")
        return job

    def _stage(self, job: SimJob, now: float) -> str:
        phase = job.phase(now)
        if phase is Phase.QUEUED and now >= job.created_at + job.queued_for - ASSIGNED_FOR:
            return ASSIGNED
        return phase

    def _statuses(self, job: SimJob, now: float) -> tuple[str, str]:
        return STATUSES[self._stage(job, now)]

    def _run_status(self, run: SimRun, now: float) -> str:
        job = self.jobs.get(run.job_id)
        assert job is not None
        return run.fixed_status or self._statuses(job, now)[1]

    # -- payloads -------------------------------------------------------------------------------------------------

    def _job_json(self, job: SimJob, now: float) -> dict[str, Any]:
        f = job.fields
        stamp = _date if f["date_only"] else _rfc3339
        started, finished = job.started_at(now), job.finished_at(now)
        cancel_at = job.cancel_requested_at
        cancelled = cancel_at is not None and now >= cancel_at
        assigned_at: float | None = job.created_at + job.queued_for - ASSIGNED_FOR
        if cancel_at is not None and assigned_at is not None and cancel_at < assigned_at:
            assigned_at = None
        events = (job.created_at, assigned_at, started, cancel_at, finished)
        updated = max((t for t in events if t is not None and t <= now), default=job.created_at)
        status = self._statuses(job, now)[0]
        assign_ms = f["max_timeout_assign_ms"]
        return {
            "object": "job",
            "uuid": job.id,
            "created_at": stamp(job.created_at),
            "updated_at": stamp(updated),
            "status": status,
            "status_reason": f["cancel_reason"] if cancelled else f["failure_reason"] if status == "FAILED" else None,
            "task": f["task"],
            "title": f["title"],
            "description": f["description"],
            "cpu_count": f["cpu_count"],
            "gpu_count": f["gpu_count"],
            "gpu_name": f["gpu_name"],
            "gpu_registry_uuid": f["gpu_registry_uuid"],
            "min_ram_gb": f["min_ram_gb"],
            "min_vram_gb": f["min_vram_gb"],
            "min_storage_gb": f["min_storage_gb"],
            "parameters": f["parameters"],
            "timeout_assign_at_ms": None if assign_ms is None else int(job.created_at * 1000) + assign_ms,
            "started_at": None if started is None else stamp(started),
            "completed_at": None if finished is None else stamp(finished),
            "max_timeout_assign_ms": assign_ms,
            "max_timeout_run_ms": f["max_timeout_run_ms"],
            "max_timeout_start_ms": f["max_timeout_start_ms"],
            "max_retry_count": f["max_retry_count"],
            "max_node_count": f["max_node_count"],
            "image_size_bytes": f["image_size_bytes"] if started is not None else None,
            "container_access_tokens": [],
            "source_recipe_uuid": f["source_recipe_uuid"],
        }

    def _run_json(self, run: SimRun, now: float, *, with_logs: bool = False) -> dict[str, Any]:
        job = self.jobs.get(run.job_id)
        assert job is not None
        status = self._run_status(run, now)
        started = run.started_at if run.fixed_status else job.started_at(now)
        ports = job.fields["parameters"].get("parameters", {}).get("ports", [])
        node_urls: list[dict[str, Any]] | None
        if started is None:
            node_urls = None
        elif status == "RUNNING":
            node_urls = [{"description": f"container port {port}", "hostname": run.hostname, "port": port,
                          "protocol": "https", "tls": True} for port in ports]
        else:
            node_urls = []
        payload: dict[str, Any] = {
            "uuid": run.id,
            "job_uuid": job.id,
            "status": status,
            "started_at_ms": None if started is None else int(started * 1000),
            "node_urls": node_urls,
            "job_snapshot": self._job_json(job, job.created_at),
            "container_access_tokens": [],
        }
        if with_logs:
            payload["logs"] = None if started is None else "\n".join(self._log_lines(job, run, started, status, now))
        return payload

    def _log_lines(self, job: SimJob, run: SimRun, started: float, status: str, now: float) -> Iterable[str]:
        container = job.fields["parameters"].get("parameters", {})
        image = f"{container.get('image', 'unknown')}:{container.get('tag', 'latest')}"
        yield f"[{_rfc3339(started)}] node {run.hostname}: pulled {image}"
        yield f"[{_rfc3339(started)}] container started"
        if run.fixed_status == "FAILED":
            yield f"[{_rfc3339(started + 30)}] container exited with code 1; retrying on another node"
            return
        if math.isfinite(job.runs_for):
            yield f"[{_rfc3339(now)}] progress {job.progress(now):.0%}"
        if status in ("COMPLETED", "FAILED", "CANCELLING", "CANCELLED"):
            reason = {"COMPLETED": "container exited with code 0", "FAILED": job.fields["failure_reason"]}
            yield f"[{_rfc3339(now)}] {reason.get(status, 'stop requested: ' + str(job.fields['cancel_reason']))}"

