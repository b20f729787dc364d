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

The package, by concern: `_model` (status table, limits, seeded templates, value types and formats), `_auth`
(credentials and the error body), `_params` (query parameters and cursors), `_create` (create_job's body),
`_ingest` (what a knowledge ingest does with each source), `_render` (a job's events, results and JSON at an
instant), `_seed` (the seeded project and jobs) and `_simulator` (`VeryfrontSimulator`: routes and handlers).
"""

from ._model import JOB_STATUSES, STATUSES, Project
from ._simulator import VeryfrontSimulator

__all__ = ["JOB_STATUSES", "STATUSES", "Project", "VeryfrontSimulator"]
