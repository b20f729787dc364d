"""Veryfront's vocabulary as the simulator uses it: the status table, limits, seeded templates and value formats."""

from __future__ import annotations

import datetime
import re
from typing import Any

import attrs

from .._jobs import Phase

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
class Template:
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
    Template("Ingest onboarding documents", KNOWLEDGE_INGEST,
              {"paths": ["handbook.pdf", "benefits.docx", ".DS_Store", "scan.pdf"]}, "knowledge_ingest", 3600, 3,
              runtime="environment"),
    Template("Re-ingest docs folder", KNOWLEDGE_INGEST, {"path_prefix": "docs/"}, "knowledge_ingest", 1800, 2,
              batched=True),
    Template("Nightly report", "workflow:nightly-report", {}, "value", 600, 0, runtime="preview_branch", cron=True),
    Template("Ingest uploaded contracts", KNOWLEDGE_INGEST, {}, "knowledge_ingest", 3600, 3, batched=True, uploads=3),
    Template("Export sitemap", "task:export-sitemap", {}, "artifacts", 900, 1, runtime="environment"),
    Template("Rebuild search index", "workflow:rebuild-search-index", {"full": True}, None, 1200, 1),
    Template("Ingest product catalogue", KNOWLEDGE_INGEST, {"path_prefix": "catalogue/"}, "knowledge_ingest", 3600, 3,
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
class Event:
    at: float
    level: str
    type: str
    message: str


def rfc3339(t: float) -> str:
    """RFC 3339 UTC with milliseconds, as the vendor writes timestamps."""
    ms = round(t * 1000)
    moment = datetime.datetime.fromtimestamp(ms // 1000, datetime.UTC)
    return f"{moment:%Y-%m-%dT%H:%M:%S}.{ms % 1000:03d}Z"


def canonical_uuid(value: Any) -> str | None:
    """`value` as a lower-case hyphenated UUID, or None when it is not one."""
    return value.lower() if isinstance(value, str) and UUID_PATTERN.fullmatch(value) else None


def is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
