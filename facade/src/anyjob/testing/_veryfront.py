"""A simulated Veryfront jobs API (specs/veryfront.yaml), written from the vendor's docs and our spec.

Every operation of the spec is served at its path under its operationId: `create_job`, `list_jobs`, `get_job`,
`cancel_job`, `list_job_events`, `get_job_logs`, `get_job_batch`, `list_job_batch_jobs`, all under
`/projects/{project_reference}`. One project is seeded (`project_slug`, default "demo-project", and a UUID
`project_id`); either reference works in the path. Auth is `Authorization: Bearer <token>` with the configured token
(a JWT or a `vf_` API key) or the configured `vf_` API key, or `X-API-Key: <vf_ API key>`.

Choices made where the vendor's docs are silent:

- Statuses (the table `STATUSES`): submitted while queued, working while running, then completed / failed. Veryfront
  has no "canceling" status: a cancel takes effect at once (`cancel_takes` = 0) and Phase.CANCELLING would map to
  canceled anyway.
- Cancel (the same choice for every anyjob simulator): a submitted or working job -> 200 with the job, now canceled; a
  canceled job -> 200 with the job unchanged (idempotent, so a client retrying a cancel whose answer was lost gets no
  error); a completed or failed job -> 409 (served under the spec's `default` response); an unknown job, or a job id
  that is not a UUID -> 404. A request body, if any, is ignored.
- Project references: an ID (matched case-insensitively) or the slug (matched exactly). An unknown reference -> 404
  `{"detail": "Project '<ref>' not found"}` (the vendor SDK's fixture). A reference that breaks the documented
  pattern (1-128 of `[a-zA-Z0-9_-]`) -> 400 on the operations whose spec documents 400 (create, both job lists,
  events), otherwise 404 as for an unknown project.
- Errors: `{"detail": message}` for every error status (the SDK reads `detail` first). 401s also carry
  `WWW-Authenticate: Bearer`. Missing credentials and wrong credentials get distinct messages; when both headers are
  sent, both must be valid. `X-API-Key` accepts only the API key (a `vf_` key), `Authorization: Bearer` either.
- Create answers 201 (the spec accepts 200 and 201). Malformed JSON -> 400; a body that breaks CreateJobRequest
  (missing or non-string `name`/`target`, wrong types, a non-UUID `batch_id` or `runtime_target_environment_id`,
  `timeout_seconds` <= 0, `backoff_limit` < 0, `runtime_target_kind` environment / preview_branch without its id,
  a `task:knowledge-ingest` config that is not exactly one of `upload_ids` (UUIDs) / `paths` / `path_prefix`) -> 422
  `{"detail": "<field>: <problem>"}` (zod-style, like the spec's example). Unknown fields are ignored. Defaults:
  `config` {}, `timeout_seconds` 3600, `backoff_limit` 3. A created job is queued 5 s and runs 60 s, then completes;
  a `timeout_seconds` under 60 makes it fail when the timeout is reached. `created_by` is the simulated user behind
  the credentials, `context_id` null, `environment_id` / `branch_id` come from the runtime target (null on the main
  branch).
- Results: jobs with target `task:knowledge-ingest` have `kind` "knowledge_ingest"; their sources (the `paths`, the
  `upload_ids`, or five files under the `path_prefix`) are processed one by one while the job works, so
  `result_summary` and `result` (full Job only) grow with progress: null until the first source is done. Hidden
  paths, `node_modules/` and unsupported file types are skipped; a file named like "scan*" fails to parse. A canceled
  job keeps what it had done; a failed ingest has the counts but `result` null (as in the spec's failed example).
  Other created jobs have `kind` null and complete with `{"kind": "value", "value": {"ok": true}}`; seeded ones show
  value, artifacts and no result at all.
- Lists (`list_jobs`, `list_job_batch_jobs`): newest first (creation time, then creation order). Cursors are opaque
  base64url JSON naming the first job of a page (keyset pagination, so jobs created meanwhile never shift a walk):
  `page_info.self` is this page's cursor, `next` / `prev` the next / previous page's (null when none; `self` null on
  an empty page), `first` always null (as documented). `limit` defaults to 20, 1..100 (like the vendor's api-keys
  list). An empty `cursor` means none. Bad `limit`, `status`, UUID filters or cursors -> 400. Unknown query
  parameters are ignored.
- Events (the entry shape is undocumented): `{"sequence", "timestamp", "level", "type", "message"}` for submitted,
  started, every source processed, and the final state. Cursors are base64url JSON of the next event's sequence and
  the direction (a cursor used with the other direction -> 400); `next_cursor` is null when nothing more exists yet.
  `stats` are deterministic: the bytes and lines of the job's whole event stream, and a query time derived from them.
- Logs: null until the job starts (and for a job canceled before it started), then the events as
  "<timestamp> <message>" lines.
- Job batches exist while some job of the project carries their `batch_id`: `target` is the jobs' common target
  (null if they differ), `created_at` / `updated_at` the earliest creation and latest update of its jobs, `result` null.
- Timestamps are RFC 3339 UTC with milliseconds ("2026-01-01T00:00:05.000Z"), as in the vendor's examples.
- Seeded jobs: the oldest third are "older payloads" without `canonical_run_id` and `branch_id`; the rest carry both.
"""

from __future__ import annotations

import base64
import binascii
import copy
import datetime
import json
import random
import re
import uuid
from collections.abc import Callable
from typing import Any, ClassVar

import attrs

from ._jobs import Phase, SimJob
from ._vendor import ApiError, Operation, Reply, SimRequest, VendorSimulator

JSON = dict[str, Any]

#: The one status table: simulated phase -> Veryfront's Job.status.
STATUSES: dict[Phase, str] = {
    Phase.QUEUED: "submitted",
    Phase.RUNNING: "working",
    Phase.CANCELLING: "canceled",  # Veryfront has no such status; cancels here take no time (cancel_takes=0)
    Phase.CANCELLED: "canceled",
    Phase.SUCCEEDED: "completed",
    Phase.FAILED: "failed",
}
JOB_STATUSES = ("submitted", "working", "completed", "failed", "canceled")
RUNTIME_TARGET_KINDS = ("main_branch", "environment", "preview_branch")
DIRECTIONS = ("forward", "backward")
KNOWLEDGE_INGEST = "task:knowledge-ingest"

PROJECT_REFERENCE = re.compile(r"[a-zA-Z0-9_-]{1,128}")
UUID_PATTERN = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
INTEGER = re.compile(r"[+-]?[0-9]+")

#: Operations whose spec documents a 400 (an invalid project reference answers 400 there, 404 elsewhere).
DOCUMENTS_400 = frozenset({"create_job", "list_jobs", "list_job_events", "list_job_batch_jobs"})

LIST_LIMIT = (20, 1, 100)  # default, minimum, maximum of the job lists' `limit`
EVENTS_LIMIT = (100, 1, 1000)  # the same for list_job_events (documented)
CREATED_QUEUED_FOR = 5.0
CREATED_RUNS_FOR = 60.0

SUPPORTED_EXTENSIONS = frozenset({"md", "mdx", "txt", "pdf", "docx", "html", "csv", "json"})
IGNORED_DIRECTORIES = frozenset({"node_modules", "dist", "build"})
PREFIX_FILES = ("getting-started.md", "api-reference.md", "faq.pdf", ".draft-notes.md", "architecture.png")
KNOWLEDGE_PATH = "knowledge"
WORK_DIR = "/tmp/knowledge-ingest"

#: The seeded jobs' phases, in turn.
SEED_PHASES = (Phase.SUCCEEDED, Phase.RUNNING, Phase.FAILED, Phase.QUEUED, Phase.CANCELLED)


@attrs.frozen
class _Template:
    """What a seeded job runs; seeded jobs take these in turn."""

    name: str
    target: str
    config: JSON
    result_kind: str | None  # knowledge_ingest, value, artifacts, or None (no result at all)
    timeout_seconds: int
    backoff_limit: int
    runtime: str = "main_branch"  # main_branch, environment or preview_branch
    batched: bool = False  # in the seeded job batch
    cron: bool = False  # spawned by the seeded cron job (created_by null)
    uploads: int = 0  # config {"upload_ids": [...]} with this many seeded upload ids


TEMPLATES = (
    _Template("Ingest onboarding documents", KNOWLEDGE_INGEST,
              {"paths": ["handbook.pdf", "benefits.docx", ".DS_Store", "scan.pdf"]}, "knowledge_ingest", 3600, 3,
              runtime="environment"),
    _Template("Re-ingest docs folder", KNOWLEDGE_INGEST, {"path_prefix": "docs/"}, "knowledge_ingest", 1800, 2,
              batched=True),
    _Template("Nightly report", "workflow:nightly-report", {}, "value", 600, 0, runtime="preview_branch", cron=True),
    _Template("Ingest uploaded contracts", KNOWLEDGE_INGEST, {}, "knowledge_ingest", 3600, 3, batched=True, uploads=3),
    _Template("Export sitemap", "task:export-sitemap", {}, "artifacts", 900, 1, runtime="environment"),
    _Template("Rebuild search index", "workflow:rebuild-search-index", {"full": True}, None, 1200, 1),
    _Template("Ingest product catalogue", KNOWLEDGE_INGEST, {"path_prefix": "catalogue/"}, "knowledge_ingest", 3600, 3,
              runtime="environment", batched=True),
)

FAILED_REASON = "Job failed after exhausting its retries"
FAILURE_DETAILS = {
    "knowledge_ingest": "Upload to knowledge storage failed after 3 retries: connection reset",
    None: "Process exited with code 1: TypeError: Cannot read properties of undefined (reading 'url')",
}


@attrs.frozen
class Project:
    id: str
    slug: str

    def matches(self, reference: str) -> bool:
        return reference == self.slug or reference.lower() == self.id


@attrs.frozen
class _Event:
    at: float
    level: str
    type: str
    message: str


ProjectHandler = Callable[[SimRequest, Project], Reply]


def rfc3339(t: float) -> str:
    """RFC 3339 UTC with milliseconds, as the vendor writes timestamps."""
    ms = round(t * 1000)
    moment = datetime.datetime.fromtimestamp(ms // 1000, datetime.UTC)
    return f"{moment:%Y-%m-%dT%H:%M:%S}.{ms % 1000:03d}Z"


def _canonical_uuid(value: Any) -> str | None:
    """`value` as a lower-case hyphenated UUID, or None when it is not one."""
    return value.lower() if isinstance(value, str) and UUID_PATTERN.fullmatch(value) else None


def _encode_cursor(state: JSON) -> str:
    return base64.urlsafe_b64encode(json.dumps(state, separators=(",", ":")).encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> JSON:
    try:
        state = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError):  # also UnicodeDecodeError and JSONDecodeError
        raise ApiError(400, f"Invalid cursor: {cursor!r}", code="bad_request") from None
    if not isinstance(state, dict):
        raise ApiError(400, f"Invalid cursor: {cursor!r}", code="bad_request")
    return state


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


class VeryfrontSimulator(VendorSimulator):
    """Veryfront's jobs API on a loopback HTTP server: `with VeryfrontSimulator() as sim: sim.base_url`."""

    vendor: ClassVar[str] = "veryfront"
    unknown_status: ClassVar[str] = "paused"
    status_fields: ClassVar[frozenset[str]] = frozenset({"status"})
    nullable_fields: ClassVar[frozenset[str]] = frozenset({
        "environment_id", "branch_id", "cron_job_id", "batch_id", "context_id", "exit_code", "started_at",
        "completed_at", "created_by", "kind", "failure_detail", "result_summary", "failed_reason", "result",
    })

    project: Project
    user_id: str  # who the credentials belong to: `created_by` of the jobs they create
    environment_id: str  # the project's one environment
    cron_job_id: str  # the seeded cron job
    batch_id: str  # the seeded job batch

    def __init__(
        self,
        *,
        token: str = "vf_sim_0123456789abcdef",
        api_key: str | None = "vf_sim_0123456789abcdef",
        project_slug: str = "demo-project",
        project_id: str | None = None,
        **kwargs: Any,
    ) -> None:
        if not token:
            raise ValueError("token must not be empty")
        if api_key is not None and not api_key.startswith("vf_"):
            raise ValueError(f"a Veryfront API key looks like vf_<prefix>_<secret>, not {api_key!r}")
        if not PROJECT_REFERENCE.fullmatch(project_slug):
            raise ValueError(f"project_slug must match ^[a-zA-Z0-9_-]{{1,128}}$, not {project_slug!r}")
        if project_id is not None and _canonical_uuid(project_id) is None:
            raise ValueError(f"project_id must be a UUID, not {project_id!r}")
        self.token = token
        self.api_key = api_key
        self._project_slug = project_slug
        self._project_id = _canonical_uuid(project_id)
        super().__init__(**kwargs)

    # -- what the base class asks for ---------------------------------------------------------------------------------

    def operations(self) -> list[Operation]:
        base = "/projects/{project_reference}"
        routes: list[tuple[str, str, str, ProjectHandler]] = [
            ("POST", f"{base}/jobs", "create_job", self._create_job),
            ("GET", f"{base}/jobs", "list_jobs", self._list_jobs),
            ("GET", f"{base}/jobs/{{job_id}}", "get_job", self._get_job),
            ("POST", f"{base}/jobs/{{job_id}}/cancel", "cancel_job", self._cancel_job),
            ("GET", f"{base}/jobs/{{job_id}}/events", "list_job_events", self._list_job_events),
            ("GET", f"{base}/jobs/{{job_id}}/logs", "get_job_logs", self._get_job_logs),
            ("GET", f"{base}/job-batches/{{batch_id}}", "get_job_batch", self._get_job_batch),
            ("GET", f"{base}/job-batches/{{batch_id}}/jobs", "list_job_batch_jobs", self._list_job_batch_jobs),
        ]
        return [Operation(method, path, name, self._in_project(name, handler))
                for method, path, name, handler in routes]

    def authenticate(self, request: SimRequest) -> None:
        authorization = request.headers.get("authorization")
        api_key = request.headers.get("x-api-key")
        if authorization is None and api_key is None:
            raise self._unauthorized("Missing authentication: send Authorization: Bearer <token> or X-API-Key")
        if authorization is not None:
            scheme, _, credential = authorization.strip().partition(" ")
            if scheme.lower() != "bearer" or not credential.strip():
                raise self._unauthorized("Invalid authorization header: expected Bearer <token>")
            if credential.strip() not in {self.token, self.api_key}:
                raise self._unauthorized("Invalid or expired token")
        if api_key is not None and (self.api_key is None or api_key.strip() != self.api_key):
            raise self._unauthorized("Invalid API key")

    def error_body(self, status: int, message: str, code: str | None) -> Any:
        return {"detail": message}

    @property
    def credentials(self) -> dict[str, str]:
        return {"VERYFRONT_API_TOKEN": self.token}

    def seed_jobs(self, count: int) -> None:
        rng = self.random
        self.project = Project(id=self._project_id or self._uuid(), slug=self._project_slug)
        self.user_id = self._uuid()
        self.environment_id = self._uuid()
        self.cron_job_id = self._uuid()
        self.batch_id = self._uuid()
        now = self.clock.now()
        for i in range(count):
            phase = SEED_PHASES[i % len(SEED_PHASES)]
            template = TEMPLATES[i % len(TEMPLATES)]
            age = (count - i) * 900 - rng.uniform(0, 300)  # oldest first, the newest at least 600 s ago
            created = round(now - age, 3)
            queued_for = rng.uniform(2, 30)
            cancel_at: float | None = None
            if phase is Phase.QUEUED:
                queued_for = age + rng.uniform(30, 300)
                runs_for = rng.uniform(60, 300)
            elif phase is Phase.RUNNING:
                runs_for = (age - queued_for) * rng.uniform(1.2, 3.0)
            elif phase is Phase.CANCELLED:
                cancel_after = rng.uniform(5, age - queued_for - 5)
                runs_for = cancel_after + rng.uniform(60, 600)
                cancel_at = created + queued_for + cancel_after
            else:
                runs_for = rng.uniform(30, min(900, age - queued_for - 1))
            outcome = Phase.FAILED if phase is Phase.FAILED else Phase.SUCCEEDED
            if template.uploads:
                config: JSON = {"upload_ids": [self._uuid() for _ in range(template.uploads)]}
            else:
                config = copy.deepcopy(template.config)
            payload: JSON = {}
            if i >= count // 3:  # newer payloads
                payload["canonical_run_id"] = self._uuid()
            payload.update(
                project_id=self.project.id,
                environment_id=self.environment_id if template.runtime == "environment" else None,
                branch_id="feature-pricing-page" if template.runtime == "preview_branch" else None,
                cron_job_id=self.cron_job_id if template.cron else None,
                batch_id=self.batch_id if template.batched else None,
                name=template.name,
                target=template.target,
                config=config,
                context_id=self._uuid() if rng.random() < 0.5 else None,
                timeout_seconds=template.timeout_seconds,
                backoff_limit=template.backoff_limit,
                created_by=None if template.cron else self.user_id,
            )
            if "canonical_run_id" not in payload:
                del payload["branch_id"]  # older payloads lack it
            if template.result_kind == "value":
                result: Any = {"pages_checked": rng.randint(50, 400), "broken_links": rng.randint(0, 9)}
            elif template.result_kind == "artifacts":
                result = ["sitemap.xml", "sitemap-index.xml"][: rng.randint(1, 2)]
            else:
                result = None
            job = SimJob(id=self._uuid(), created_at=created, queued_for=queued_for, runs_for=runs_for,
                         outcome=outcome, cancel_requested_at=cancel_at)
            job.fields.update(self._fields(payload, template.result_kind, result, failing=outcome is Phase.FAILED,
                                           work_seconds=runs_for, rng=rng))
            self.jobs.add(job)

    # -- job payloads -------------------------------------------------------------------------------------------------

    def _uuid(self) -> str:
        return str(uuid.UUID(int=self.random.getrandbits(128), version=4))

    def _fields(self, payload: JSON, result_kind: str | None, result: Any, *, failing: bool, work_seconds: float,
                rng: random.Random) -> JSON:
        """SimJob.fields: the static part of the Job (`payload`) and what the job will produce."""
        knowledge = result_kind == "knowledge_ingest"
        sources = _plan_sources(payload["config"], failing=failing, rng=rng) if knowledge else []
        return {
            "payload": payload,
            "kind": "knowledge_ingest" if knowledge else None,
            "result_kind": result_kind,
            "result": result,  # the value or the artifacts list
            "sources": sources,  # knowledge ingest: one planned outcome per source, processed in turn
            "source_mode": "path_prefix" if "path_prefix" in payload["config"] else "explicit_sources",
            "work_seconds": work_seconds,  # how long the sources take (more than runs_for when the job times out)
            "failure_detail": FAILURE_DETAILS["knowledge_ingest" if knowledge else None],
            "failed_reason": FAILED_REASON,
        }

    def _processed(self, job: SimJob, now: float) -> list[JSON]:
        """The planned sources a knowledge-ingest job has processed by `now`."""
        sources: list[JSON] = job.fields["sources"]
        start = job.started_at(now)
        if start is None or not sources:
            return []
        until = min(now, job.created_at + job.queued_for + job.runs_for)
        if job.cancel_requested_at is not None:
            until = min(until, job.cancel_requested_at)
        step = job.fields["work_seconds"] / (len(sources) + 1)
        return [source for k, source in enumerate(sources) if start + step * (k + 1) <= until]

    def _events(self, job: SimJob, now: float) -> list[_Event]:
        """What happened to the job by `now`, oldest first (append-only as the clock moves)."""
        f, payload = job.fields, job.fields["payload"]
        submitted = f"Job submitted: {payload['name']} ({payload['target']})"
        events = [_Event(job.created_at, "info", "job.submitted", submitted)]
        start = job.started_at(now)
        if start is not None:
            if f["kind"] == "knowledge_ingest":
                events.append(_Event(start, "info", "job.started",
                                     f"Starting knowledge ingest ({len(f['sources'])} sources)"))
            else:
                events.append(_Event(start, "info", "job.started", f"Starting {payload['target']}"))
            step = f["work_seconds"] / (len(f["sources"]) + 1)
            for k, source in enumerate(self._processed(job, now)):
                entry, at = source["entry"], start + step * (k + 1)
                if source["outcome"] == "ingested":
                    message = f"Ingested {entry['source']} -> {entry['outputPath']}"
                    events.append(_Event(at, "info", "source.ingested", message))
                elif source["outcome"] == "skipped":
                    message = f"Skipped {entry['source']}: {entry['message']}"
                    events.append(_Event(at, "warn", "source.skipped", message))
                else:
                    events.append(_Event(at, "error", "source.failed", entry["message"]))
        end = job.finished_at(now)
        if end is not None:
            phase = job.phase(now)
            if phase is Phase.SUCCEEDED:
                counts = self._counts(job, now)
                message = (f"Done: {counts['ingested_count']} ingested, {counts['skipped_count']} skipped, "
                           f"{counts['failed_count']} failed") if f["kind"] == "knowledge_ingest" else "Job completed"
                events.append(_Event(end, "info", "job.completed", message))
            elif phase is Phase.FAILED:
                events.append(_Event(end, "error", "job.failed", self._failure_detail(job)))
            else:
                events.append(_Event(end, "warn", "job.canceled", "Job canceled"))
        return events

    def _failure_detail(self, job: SimJob) -> str:
        detail: str = job.fields["failure_detail"]
        return detail

    def _counts(self, job: SimJob, now: float) -> JSON:
        processed = self._processed(job, now)
        outcomes = [source["outcome"] for source in processed]
        return {
            "requested_count": len(job.fields["sources"]),
            "ingested_count": outcomes.count("ingested"),
            "skipped_count": outcomes.count("skipped"),
            "failed_count": outcomes.count("failed"),
        }

    def _results(self, job: SimJob, now: float, phase: Phase) -> tuple[JSON | None, JSON | None]:
        """(result_summary, result) at `now`."""
        f = job.fields
        if f["result_kind"] == "knowledge_ingest":
            processed = self._processed(job, now)
            if not processed:
                return None, None
            counts = self._counts(job, now)
            done = counts["ingested_count"] + counts["skipped_count"] + counts["failed_count"]
            if counts["ingested_count"] == 0 and counts["failed_count"] > 0:
                state = "failed"
            elif counts["failed_count"] > 0 or (phase.is_terminal and done < counts["requested_count"]):
                state = "partial_success"
            else:
                state = "success"
            summary = {"kind": "knowledge_ingest", "state": state, **counts}
            if phase is Phase.FAILED:
                return summary, None
            by_outcome: dict[str, list[JSON]] = {"ingested": [], "skipped": [], "failed": []}
            for source in processed:
                by_outcome[source["outcome"]].append(source["entry"])
            result = {
                "kind": "knowledge_ingest",
                "version": 1,
                "metadata": {"requested_count": counts["requested_count"], "source_mode": f["source_mode"],
                             "knowledge_path": KNOWLEDGE_PATH},
                "summary": counts,
                **by_outcome,
            }
            return summary, result
        if phase is not Phase.SUCCEEDED:
            return None, None
        if f["result_kind"] == "value":
            return {"kind": "value"}, {"kind": "value", "value": f["result"]}
        if f["result_kind"] == "artifacts":
            return ({"kind": "artifacts", "artifact_count": len(f["result"])},
                    {"kind": "artifacts", "artifacts": f["result"]})
        return None, None

    def _job_body(self, job: SimJob, now: float, *, full: bool) -> JSON:
        """The Job (`full`) or the JobListItem, as JSON (a fresh copy: faults may change it)."""
        payload = job.fields["payload"]
        phase = job.phase(now)
        started, finished = job.started_at(now), job.finished_at(now)
        summary, result = self._results(job, now, phase)
        failed = phase is Phase.FAILED
        body: JSON = {"id": job.id}
        body.update({k: v for k, v in payload.items() if k in ("canonical_run_id", "project_id", "environment_id",
                                                                "branch_id", "cron_job_id", "batch_id", "name")})
        body["status"] = STATUSES[phase]
        body.update({k: payload[k] for k in ("target", "config", "context_id", "timeout_seconds", "backoff_limit")})
        body["exit_code"] = 0 if phase is Phase.SUCCEEDED else 1 if failed else None
        if full:
            body["failed_reason"] = job.fields["failed_reason"] if failed else None
        body.update(
            started_at=None if started is None else rfc3339(started),
            completed_at=None if finished is None else rfc3339(finished),
            created_by=payload["created_by"],
            created_at=rfc3339(job.created_at),
            updated_at=rfc3339(max(event.at for event in self._events(job, now))),
            kind=job.fields["kind"],
            failure_detail=self._failure_detail(job) if failed else None,
            result_summary=summary,
        )
        if full:
            body["result"] = result
        return copy.deepcopy(body)

    # -- request plumbing ---------------------------------------------------------------------------------------------

    def _unauthorized(self, message: str) -> ApiError:
        return ApiError(401, message, code="unauthorized", headers={"WWW-Authenticate": 'Bearer realm="veryfront"'})

    def _in_project(self, name: str, handler: ProjectHandler) -> Callable[[SimRequest], Reply]:
        """Resolve `project_reference` first: unknown -> 404; malformed -> 400 where the spec documents 400."""

        def handle(request: SimRequest) -> Reply:
            reference = request.path_params["project_reference"]
            if not PROJECT_REFERENCE.fullmatch(reference) and name in DOCUMENTS_400:
                raise ApiError(400, "Invalid project reference: expected 1-128 letters, digits, '_' or '-'",
                               code="bad_request")
            if not self.project.matches(reference):
                raise ApiError(404, f"Project '{reference}' not found", code="not_found")
            return handler(request, self.project)

        return handle

    def _job(self, request: SimRequest) -> SimJob:
        job_id = request.path_params["job_id"]
        job = self.jobs.get(_canonical_uuid(job_id) or "")
        if job is None or job.fields["payload"]["project_id"] != self.project.id:
            raise ApiError(404, f"Job '{job_id}' not found", code="not_found")
        return job

    def _project_jobs(self, project: Project) -> list[SimJob]:
        return [job for job in self.jobs if job.fields["payload"]["project_id"] == project.id]

    @staticmethod
    def _int_param(request: SimRequest, name: str, bounds: tuple[int, int, int]) -> int:
        default, low, high = bounds
        raw = request.param(name)
        if raw is None:
            return default
        if not INTEGER.fullmatch(raw) or not low <= int(raw) <= high:
            raise ApiError(400, f"Invalid query parameter {name}: expected an integer from {low} to {high}",
                           code="bad_request")
        return int(raw)

    @staticmethod
    def _choice_param(request: SimRequest, name: str, choices: tuple[str, ...]) -> str | None:
        raw = request.param(name)
        if raw is not None and raw not in choices:
            raise ApiError(400, f"Invalid query parameter {name}: expected one of {', '.join(choices)}",
                           code="bad_request")
        return raw

    @staticmethod
    def _uuid_param(request: SimRequest, name: str) -> str | None:
        raw = request.param(name)
        if raw is None:
            return None
        value = _canonical_uuid(raw)
        if value is None:
            raise ApiError(400, f"Invalid query parameter {name}: expected a UUID", code="bad_request")
        return value

    # -- handlers -----------------------------------------------------------------------------------------------------

    def _create_job(self, request: SimRequest, project: Project) -> Reply:
        body = request.json()
        fields = _validate_create(body)
        now = self.clock.now()
        config: JSON = fields.get("config", {})
        timeout = fields.get("timeout_seconds", 3600)
        runtime = fields.get("runtime_target_kind", "main_branch")
        payload: JSON = {
            "canonical_run_id": None,  # filled in below, after the job id (the order of draws from self.random)
            "project_id": project.id,
            "environment_id": _canonical_uuid(fields.get("runtime_target_environment_id"))
            if runtime == "environment" else None,
            "branch_id": fields.get("runtime_target_branch_id") if runtime == "preview_branch" else None,
            "cron_job_id": None,
            "batch_id": _canonical_uuid(fields.get("batch_id")),
            "name": fields["name"],
            "target": fields["target"],
            "config": copy.deepcopy(config),
            "context_id": None,
            "timeout_seconds": timeout,
            "backoff_limit": fields.get("backoff_limit", 3),
            "created_by": self.user_id,
        }
        knowledge = fields["target"] == KNOWLEDGE_INGEST
        timed_out = timeout < CREATED_RUNS_FOR
        with self.jobs.lock:
            job = SimJob(id=self._uuid(), created_at=now, queued_for=CREATED_QUEUED_FOR,
                         runs_for=float(timeout) if timed_out else CREATED_RUNS_FOR,
                         outcome=Phase.FAILED if timed_out else Phase.SUCCEEDED)
            payload["canonical_run_id"] = self._uuid()
            job.fields.update(self._fields(payload, "knowledge_ingest" if knowledge else "value", {"ok": True},
                                           failing=False, work_seconds=CREATED_RUNS_FOR, rng=self.random))
            if timed_out:
                job.fields["failure_detail"] = f"Job exceeded its timeout of {timeout} seconds"
                job.fields["failed_reason"] = "Job timed out"
            self.jobs.add(job)
        return Reply(201, self._job_body(job, now, full=True))

    def _list_jobs(self, request: SimRequest, project: Project) -> Reply:
        status = self._choice_param(request, "status", JOB_STATUSES)
        filters = {name: self._uuid_param(request, name) for name in ("cron_job_id", "environment_id", "batch_id")}
        wanted = {name: value for name, value in filters.items() if value is not None}
        jobs = [job for job in self._project_jobs(project)
                if all(job.fields["payload"].get(name) == value for name, value in wanted.items())]
        return self._page(request, jobs, status)

    def _get_job(self, request: SimRequest, project: Project) -> Reply:
        return Reply(200, self._job_body(self._job(request), self.clock.now(), full=True))

    def _cancel_job(self, request: SimRequest, project: Project) -> Reply:
        with self.jobs.lock:
            job = self._job(request)
            now = self.clock.now()
            phase = job.phase(now)
            if phase in (Phase.SUCCEEDED, Phase.FAILED):
                raise ApiError(409, f"Job '{job.id}' is already {STATUSES[phase]} and cannot be canceled",
                               code="conflict")
            job.request_cancel(now)  # a no-op for a job already canceled
            return Reply(200, self._job_body(job, now, full=True))

    def _list_job_events(self, request: SimRequest, project: Project) -> Reply:
        job = self._job(request)
        limit = self._int_param(request, "limit", EVENTS_LIMIT)
        direction = self._choice_param(request, "direction", DIRECTIONS) or "backward"
        events = self._events(job, self.clock.now())
        cursor = request.param("cursor")
        if cursor:
            state = _decode_cursor(cursor)
            position = state.get("sequence")
            if (state.get("direction") != direction or not isinstance(position, int) or isinstance(position, bool)
                    or not 0 <= position < len(events)):
                raise ApiError(400, f"Invalid cursor: {cursor!r}", code="bad_request")
        else:
            position = 0 if direction == "forward" else len(events) - 1
        if direction == "forward":
            indices = list(range(position, min(position + limit, len(events))))
            following = position + limit if position + limit < len(events) else None
        else:
            indices = list(range(position, max(position - limit, -1), -1))
            following = position - limit if position - limit >= 0 else None
        entries = [{"sequence": i, "timestamp": rfc3339(events[i].at), "level": events[i].level,
                    "type": events[i].type, "message": events[i].message} for i in indices]
        scanned = sum(len(event.message) + 40 for event in events)
        return Reply(200, {
            "entries": entries,
            "next_cursor": None if following is None else _encode_cursor({"sequence": following,
                                                                          "direction": direction}),
            "stats": {"bytes_processed": scanned, "lines_processed": len(events), "query_time_ms": 3 + scanned // 512},
        })

    def _get_job_logs(self, request: SimRequest, project: Project) -> Reply:
        job = self._job(request)
        now = self.clock.now()
        if job.started_at(now) is None:
            return Reply(200, {"logs": None})
        lines = [f"{rfc3339(event.at)} {event.message}" for event in self._events(job, now)[1:]]
        return Reply(200, {"logs": "".join(f"{line}\n" for line in lines)})

    def _batch_jobs(self, request: SimRequest, project: Project) -> list[SimJob]:
        batch_id = request.path_params["batch_id"]
        wanted = _canonical_uuid(batch_id)
        jobs = [job for job in self._project_jobs(project) if wanted and job.fields["payload"]["batch_id"] == wanted]
        if not jobs:
            raise ApiError(404, f"Job batch '{batch_id}' not found", code="not_found")
        return jobs

    def _get_job_batch(self, request: SimRequest, project: Project) -> Reply:
        jobs = self._batch_jobs(request, project)
        now = self.clock.now()
        counts = dict.fromkeys(JOB_STATUSES, 0)
        for job in jobs:
            counts[STATUSES[job.phase(now)]] += 1
        targets = {job.fields["payload"]["target"] for job in jobs}
        return Reply(200, {
            "id": jobs[0].fields["payload"]["batch_id"],
            "project_id": project.id,
            "target": targets.pop() if len(targets) == 1 else None,
            "job_count": len(jobs),
            "status_counts": counts,
            "created_at": rfc3339(min(job.created_at for job in jobs)),
            "updated_at": max(self._job_body(job, now, full=False)["updated_at"] for job in jobs),
            "result": None,
        })

    def _list_job_batch_jobs(self, request: SimRequest, project: Project) -> Reply:
        status = self._choice_param(request, "status", JOB_STATUSES)
        return self._page(request, self._batch_jobs(request, project), status)

    def _page(self, request: SimRequest, jobs: list[SimJob], status: str | None) -> Reply:
        """One page of `jobs` (newest first, optionally of one status) with keyset cursors naming a page's first job."""
        limit = self._int_param(request, "limit", LIST_LIMIT)
        now = self.clock.now()
        order = {job.id: n for n, job in enumerate(self.jobs)}

        def key(job: SimJob) -> tuple[int, int]:
            return round(job.created_at * 1000), order[job.id]

        def cursor_of(job: SimJob) -> str:
            return _encode_cursor({"created_at": rfc3339(job.created_at), "id": job.id})

        listed = sorted((job for job in jobs if status is None or STATUSES[job.phase(now)] == status),
                        key=key, reverse=True)
        start = 0
        cursor = request.param("cursor")
        if cursor:
            state = _decode_cursor(cursor)
            anchor = self.jobs.get(_canonical_uuid(state.get("id")) or "")
            if anchor is None or rfc3339(anchor.created_at) != state.get("created_at"):
                raise ApiError(400, f"Invalid cursor: {cursor!r}", code="bad_request")
            start = next((n for n, job in enumerate(listed) if key(job) <= key(anchor)), len(listed))
        page = listed[start:start + limit]
        return Reply(200, {
            "data": [self._job_body(job, now, full=False) for job in page],
            "page_info": {
                "self": cursor_of(page[0]) if page else None,
                "first": None,
                "next": cursor_of(listed[start + limit]) if start + limit < len(listed) else None,
                "prev": cursor_of(listed[max(0, start - limit)]) if start > 0 and listed else None,
            },
        })


# -- create_job's body ------------------------------------------------------------------------------------------------


def _invalid(message: str) -> ApiError:
    return ApiError(422, message, code="validation_error")


def _validate_create(body: Any) -> JSON:
    """The CreateJobRequest's fields, checked; 422 `{"detail": "<field>: <problem>"}` on the first problem."""
    if not isinstance(body, dict):
        raise _invalid(f"body: Expected object, received {_json_type(body)}")
    for name in ("name", "target"):
        if name not in body:
            raise _invalid(f"{name}: Required")
        if not isinstance(body[name], str):
            raise _invalid(f"{name}: Expected string, received {_json_type(body[name])}")
        if not body[name].strip():
            raise _invalid(f"{name}: String must contain at least 1 character(s)")
    checks: dict[str, tuple[Callable[[Any], bool], str]] = {
        "config": (lambda v: isinstance(v, dict), "Expected object"),
        "batch_id": (lambda v: _canonical_uuid(v) is not None, "Invalid uuid"),
        "timeout_seconds": (lambda v: _is_number(v) and v > 0, "Expected a number greater than 0"),
        "backoff_limit": (lambda v: _is_number(v) and v >= 0, "Expected a number greater than or equal to 0"),
        "runtime_target_kind": (lambda v: v in RUNTIME_TARGET_KINDS,
                                f"Expected one of {', '.join(RUNTIME_TARGET_KINDS)}"),
        "runtime_target_environment_id": (lambda v: _canonical_uuid(v) is not None, "Invalid uuid"),
        "runtime_target_branch_id": (lambda v: isinstance(v, str) and bool(v), "Expected a non-empty string"),
    }
    for name, (valid, problem) in checks.items():
        if name in body and not valid(body[name]):
            raise _invalid(f"{name}: {problem}")
    runtime = body.get("runtime_target_kind")
    if runtime == "environment" and "runtime_target_environment_id" not in body:
        raise _invalid("runtime_target_environment_id: Required when runtime_target_kind is environment")
    if runtime == "preview_branch" and "runtime_target_branch_id" not in body:
        raise _invalid("runtime_target_branch_id: Required when runtime_target_kind is preview_branch")
    if body["target"] == KNOWLEDGE_INGEST:
        _validate_knowledge_config(body.get("config", {}))
    return body


def _validate_knowledge_config(config: JSON) -> None:
    given = [key for key in ("upload_ids", "paths", "path_prefix") if key in config]
    if len(given) != 1:
        raise _invalid("config: Expected exactly one of upload_ids, paths or path_prefix")
    value = config[given[0]]
    if given[0] == "path_prefix":
        if not isinstance(value, str):
            raise _invalid("config.path_prefix: Expected string")
        return
    if not isinstance(value, list) or not value:
        raise _invalid(f"config.{given[0]}: Expected a non-empty array")
    for n, item in enumerate(value):
        if given[0] == "upload_ids" and _canonical_uuid(item) is None:
            raise _invalid(f"config.upload_ids.{n}: Invalid uuid")
        if given[0] == "paths" and not (isinstance(item, str) and item):
            raise _invalid(f"config.paths.{n}: Expected a non-empty string")


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if _is_number(value):
        return "number"
    names: dict[type, str] = {str: "string", list: "array", dict: "object"}
    return names.get(type(value), type(value).__name__)


# -- knowledge ingest -------------------------------------------------------------------------------------------------


def _plan_sources(config: JSON, *, failing: bool, rng: random.Random) -> list[JSON]:
    """What a knowledge ingest will do with each source: `{"outcome": ingested|skipped|failed, "entry": {...}}`."""
    if "upload_ids" in config:
        return [_plan_source(str(upload), upload=True, failing=failing, rng=rng) for upload in config["upload_ids"]]
    if "paths" in config:
        return [_plan_source(str(path), upload=False, failing=failing, rng=rng) for path in config["paths"]]
    prefix = str(config.get("path_prefix", ""))
    if prefix and not prefix.endswith("/"):
        prefix += "/"
    return [_plan_source(prefix + name, upload=False, failing=failing, rng=rng) for name in PREFIX_FILES]


def _plan_source(source: str, *, upload: bool, failing: bool, rng: random.Random) -> JSON:
    parts = [part for part in source.split("/") if part]
    name = parts[-1] if parts else source
    extension = name.rsplit(".", 1)[-1].lower() if "." in name.lstrip(".") else ""
    local = f"{WORK_DIR}/uploads/{source}" if upload else f"{WORK_DIR}/{source.lstrip('/')}"
    if not upload and any(part.startswith(".") for part in parts):
        return _skipped(source, "hidden_path", "Hidden files are not ingested")
    if not upload and any(part in IGNORED_DIRECTORIES for part in parts[:-1]):
        return _skipped(source, "ignored_directory", "Files in ignored directories are not ingested")
    if not upload and extension not in SUPPORTED_EXTENSIONS:
        return _skipped(source, "unsupported_file_type", f"Unsupported file type: {extension or name}")
    if failing:
        return _failed(source, local, "upload_error", f"Failed to upload {name}: connection reset")
    if not upload and name.lower().startswith("scan"):
        return _failed(source, local, "parser_error", f"Failed to parse {name}: no extractable text")
    stem = f"upload-{source[:8]}" if upload else name.rsplit(".", 1)[0] if extension else name
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-") or "document"
    output = f"{KNOWLEDGE_PATH}/{slug}.md"
    stats: JSON = {"characters": rng.randint(2_000, 90_000)}
    if extension == "pdf":
        stats["pages"] = rng.randint(2, 60)
    warnings = ["Embedded image without alt text was dropped"] if rng.random() < 0.25 else []
    return {"outcome": "ingested", "entry": {
        "source": source, "localSourcePath": local, "outputPath": output, "remotePath": output, "slug": slug,
        "sourceType": "upload" if upload else extension, "summary": f"Knowledge extracted from {name}.",
        "stats": stats, "warnings": warnings,
    }}


def _skipped(source: str, reason: str, message: str) -> JSON:
    return {"outcome": "skipped", "entry": {"source": source, "localSourcePath": None, "reason": reason,
                                            "message": message}}


def _failed(source: str, local: str, reason: str, message: str) -> JSON:
    return {"outcome": "failed", "entry": {"source": source, "localSourcePath": local, "reason": reason,
                                           "message": message}}
