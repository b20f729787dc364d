"""`VeryfrontSimulator`: the routes of specs/veryfront.yaml and their handlers, over the package's other modules."""

from __future__ import annotations

import copy
import random
import uuid
from collections.abc import Callable
from typing import Any, ClassVar

from .._jobs import Phase, SimJob
from .._vendor import ApiError, JobRoutes, Operation, Reply, SimRequest, VendorSimulator, path_parameters
from ._auth import check_credentials, error_body
from ._create import validate_create
from ._model import (
    CREATED_QUEUED_FOR,
    CREATED_RUNS_FOR,
    DIRECTIONS,
    DOCUMENTS_400,
    EVENTS_LIMIT,
    JOB_STATUSES,
    JSON,
    KNOWLEDGE_INGEST,
    LIST_LIMIT,
    PROJECT_REFERENCE,
    STATUSES,
    Project,
    canonical_uuid,
    rfc3339,
)
from ._params import choice_param, decode_cursor, encode_cursor, int_param, uuid_param
from ._render import job_body, job_events, job_fields, processed_sources, source_counts
from ._seed import seed_project_jobs

ProjectHandler = Callable[[SimRequest, Project], Reply]


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
        if project_id is not None and canonical_uuid(project_id) is None:
            raise ValueError(f"project_id must be a UUID, not {project_id!r}")
        self.token = token
        self.api_key = api_key
        self._project_slug = project_slug
        self._project_id = canonical_uuid(project_id)
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
        check_credentials(request, token=self.token, api_key=self.api_key)

    def error_body(self, status: int, message: str, code: str | None) -> Any:
        return error_body(message)

    @property
    def credentials(self) -> dict[str, str]:
        return {"VERYFRONT_API_TOKEN": self.token}

    @property
    def environment(self) -> dict[str, str]:
        # anyjob's `list veryfront` needs a project, and reads it from here
        return {**super().environment, "VERYFRONT_PROJECT_SLUG": self.project.slug}

    def seed_jobs(self, count: int) -> None:
        # The order of draws from self.random decides every id: keep it (project, user, environment, cron, batch).
        self.project = Project(id=self._project_id or self.new_uuid(), slug=self._project_slug)
        self.user_id = self.new_uuid()
        self.environment_id = self.new_uuid()
        self.cron_job_id = self.new_uuid()
        self.batch_id = self.new_uuid()
        seed_project_jobs(self, count)

    # -- the vendor contract ----------------------------------------------------------------------------------------

    status_filters: ClassVar[frozenset[str]] = frozenset({"status"})
    phases: ClassVar[frozenset[Phase]] = frozenset(Phase) - {Phase.CANCELLING}  # a cancel answers it canceled

    def job_routes(self, job_id: str) -> JobRoutes:
        return JobRoutes("get_job", "cancel_job", "list_jobs", {"job_id": job_id})

    def ref(self, job_id: str) -> str:
        return f"{self.vendor}:{self.project.slug}/{job_id}"

    def vendor_status(self, job: SimJob, now: float) -> str:
        return STATUSES[job.phase(now)]

    def unknown_job_id(self) -> str:
        return str(uuid.UUID(int=7, version=4))

    def error_message(self, case: str, job_id: str) -> str:
        if case == "not_found":
            return f"Job '{job_id}' not found"
        if case == "conflict":
            job = self.jobs.get(job_id)
            assert job is not None
            return f"Job '{job_id}' is already {STATUSES[job.phase(self.clock.now())]} and cannot be canceled"
        return "Invalid or expired token"

    def auth_headers(self, method: str, url: str, body: bytes = b"") -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def sample_path_params(self, operation_id: str, rng: random.Random | None = None) -> dict[str, str]:
        rng = rng if rng is not None else random.Random(0)
        values = {"project_reference": rng.choice([self.project.slug, self.project.id]),
                  "job_id": rng.choice(self.job_ids), "batch_id": self.batch_id}
        return {name: values[name] for name in path_parameters(self.operation(operation_id).path)}

    def new_job(self) -> str:
        body = {"name": "knowledge ingest", "target": "task:knowledge-ingest",
                "config": {"paths": [f"docs/chapter-{n}.md" for n in range(1, 7)]}}
        created = self.invoke("create_job", body, project_reference=self.project.slug).body
        return str(created["id"])

    def new_uuid(self) -> str:
        """A UUID drawn from the simulator's seeded generator (ids are the same on every run with the same seed)."""
        return str(uuid.UUID(int=self.random.getrandbits(128), version=4))

    # -- the job as rendered at an instant: tests/facade reads these by their names from before the split ----------

    def _job_body(self, job: SimJob, now: float, *, full: bool) -> JSON:
        return job_body(job, now, full=full)

    def _counts(self, job: SimJob, now: float) -> JSON:
        return source_counts(job, now)

    def _processed(self, job: SimJob, now: float) -> list[JSON]:
        return processed_sources(job, now)

    # -- request plumbing ---------------------------------------------------------------------------------------------

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
        job = self.jobs.get(canonical_uuid(job_id) or "")
        if job is None or job.fields["payload"]["project_id"] != self.project.id:
            raise ApiError(404, f"Job '{job_id}' not found", code="not_found")
        return job

    def _project_jobs(self, project: Project) -> list[SimJob]:
        return [job for job in self.jobs if job.fields["payload"]["project_id"] == project.id]

    # -- handlers -----------------------------------------------------------------------------------------------------

    def _create_job(self, request: SimRequest, project: Project) -> Reply:
        body = request.json()
        fields = validate_create(body)
        now = self.clock.now()
        config: JSON = fields.get("config", {})
        timeout = fields.get("timeout_seconds", 3600)
        runtime = fields.get("runtime_target_kind", "main_branch")
        payload: JSON = {
            "canonical_run_id": None,  # filled in below, after the job id (the order of draws from self.random)
            "project_id": project.id,
            "environment_id": canonical_uuid(fields.get("runtime_target_environment_id"))
            if runtime == "environment" else None,
            "branch_id": fields.get("runtime_target_branch_id") if runtime == "preview_branch" else None,
            "cron_job_id": None,
            "batch_id": canonical_uuid(fields.get("batch_id")),
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
            job = SimJob(id=self.new_uuid(), created_at=now, queued_for=CREATED_QUEUED_FOR,
                         runs_for=float(timeout) if timed_out else CREATED_RUNS_FOR,
                         outcome=Phase.FAILED if timed_out else Phase.SUCCEEDED)
            payload["canonical_run_id"] = self.new_uuid()
            job.fields.update(job_fields(payload, "knowledge_ingest" if knowledge else "value", {"ok": True},
                                           failing=False, work_seconds=CREATED_RUNS_FOR, rng=self.random))
            if timed_out:
                job.fields["failure_detail"] = f"Job exceeded its timeout of {timeout} seconds"
                job.fields["failed_reason"] = "Job timed out"
            self.jobs.add(job)
        return Reply(201, job_body(job, now, full=True))

    def _list_jobs(self, request: SimRequest, project: Project) -> Reply:
        status = choice_param(request, "status", JOB_STATUSES)
        filters = {name: uuid_param(request, name) for name in ("cron_job_id", "environment_id", "batch_id")}
        wanted = {name: value for name, value in filters.items() if value is not None}
        jobs = [job for job in self._project_jobs(project)
                if all(job.fields["payload"].get(name) == value for name, value in wanted.items())]
        return self._page(request, jobs, status)

    def _get_job(self, request: SimRequest, project: Project) -> Reply:
        return Reply(200, job_body(self._job(request), self.clock.now(), full=True))

    def _cancel_job(self, request: SimRequest, project: Project) -> Reply:
        with self.jobs.lock:
            job = self._job(request)
            now = self.clock.now()
            phase = job.phase(now)
            if phase in (Phase.SUCCEEDED, Phase.FAILED):
                raise ApiError(409, f"Job '{job.id}' is already {STATUSES[phase]} and cannot be canceled",
                               code="conflict")
            job.request_cancel(now)  # a no-op for a job already canceled
            return Reply(200, job_body(job, now, full=True))

    def _list_job_events(self, request: SimRequest, project: Project) -> Reply:
        job = self._job(request)
        limit = int_param(request, "limit", EVENTS_LIMIT)
        direction = choice_param(request, "direction", DIRECTIONS) or "backward"
        events = job_events(job, self.clock.now())
        cursor = request.param("cursor")
        if cursor:
            state = decode_cursor(cursor)
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
            "next_cursor": None if following is None else encode_cursor({"sequence": following,
                                                                          "direction": direction}),
            "stats": {"bytes_processed": scanned, "lines_processed": len(events), "query_time_ms": 3 + scanned // 512},
        })

    def _get_job_logs(self, request: SimRequest, project: Project) -> Reply:
        job = self._job(request)
        now = self.clock.now()
        if job.started_at(now) is None:
            return Reply(200, {"logs": None})
        lines = [f"{rfc3339(event.at)} {event.message}" for event in job_events(job, now)[1:]]
        return Reply(200, {"logs": "".join(f"{line}\n" for line in lines)})

    def _batch_jobs(self, request: SimRequest, project: Project) -> list[SimJob]:
        batch_id = request.path_params["batch_id"]
        wanted = canonical_uuid(batch_id)
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
            "updated_at": max(job_body(job, now, full=False)["updated_at"] for job in jobs),
            "result": None,
        })

    def _list_job_batch_jobs(self, request: SimRequest, project: Project) -> Reply:
        status = choice_param(request, "status", JOB_STATUSES)
        return self._page(request, self._batch_jobs(request, project), status)

    def _page(self, request: SimRequest, jobs: list[SimJob], status: str | None) -> Reply:
        """One page of `jobs` (newest first, optionally of one status) with keyset cursors naming a page's first job."""
        limit = int_param(request, "limit", LIST_LIMIT)
        now = self.clock.now()
        order = {job.id: n for n, job in enumerate(self.jobs)}

        def key(job: SimJob) -> tuple[int, int]:
            return round(job.created_at * 1000), order[job.id]

        def cursor_of(job: SimJob) -> str:
            return encode_cursor({"created_at": rfc3339(job.created_at), "id": job.id})

        listed = sorted((job for job in jobs if status is None or STATUSES[job.phase(now)] == status),
                        key=key, reverse=True)
        start = 0
        cursor = request.param("cursor")
        if cursor:
            state = decode_cursor(cursor)
            anchor = self.jobs.get(canonical_uuid(state.get("id")) or "")
            if anchor is None or rfc3339(anchor.created_at) != state.get("created_at"):
                raise ApiError(400, f"Invalid cursor: {cursor!r}", code="bad_request")
            start = next((n for n, job in enumerate(listed) if key(job) <= key(anchor)), len(listed))
        page = listed[start:start + limit]
        return Reply(200, {
            "data": [job_body(job, now, full=False) for job in page],
            "page_info": {
                "self": cursor_of(page[0]) if page else None,
                "first": None,
                "next": cursor_of(listed[start + limit]) if start + limit < len(listed) else None,
                "prev": cursor_of(listed[max(0, start - limit)]) if start > 0 and listed else None,
            },
        })
