"""A job as Veryfront shows it at an instant: its events, results and JSON body, all functions of (job, now)."""

from __future__ import annotations

import copy
import random
from typing import Any

from .._jobs import Phase, SimJob
from ._ingest import plan_sources
from ._model import FAILED_REASON, FAILURE_DETAILS, JSON, KNOWLEDGE_PATH, STATUSES, Event, rfc3339


def job_fields(payload: JSON, result_kind: str | None, result: Any, *, failing: bool, work_seconds: float,
               rng: random.Random) -> JSON:
    """SimJob.fields: the static part of the Job (`payload`) and what the job will produce."""
    knowledge = result_kind == "knowledge_ingest"
    sources = plan_sources(payload["config"], failing=failing, rng=rng) if knowledge else []
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


def processed_sources(job: SimJob, now: float) -> list[JSON]:
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


def job_events(job: SimJob, now: float) -> list[Event]:
    """What happened to the job by `now`, oldest first (append-only as the clock moves)."""
    f, payload = job.fields, job.fields["payload"]
    submitted = f"Job submitted: {payload['name']} ({payload['target']})"
    events = [Event(job.created_at, "info", "job.submitted", submitted)]
    start = job.started_at(now)
    if start is not None:
        if f["kind"] == "knowledge_ingest":
            events.append(Event(start, "info", "job.started",
                                 f"Starting knowledge ingest ({len(f['sources'])} sources)"))
        else:
            events.append(Event(start, "info", "job.started", f"Starting {payload['target']}"))
        step = f["work_seconds"] / (len(f["sources"]) + 1)
        for k, source in enumerate(processed_sources(job, now)):
            entry, at = source["entry"], start + step * (k + 1)
            if source["outcome"] == "ingested":
                message = f"Ingested {entry['source']} -> {entry['outputPath']}"
                events.append(Event(at, "info", "source.ingested", message))
            elif source["outcome"] == "skipped":
                message = f"Skipped {entry['source']}: {entry['message']}"
                events.append(Event(at, "warn", "source.skipped", message))
            else:
                events.append(Event(at, "error", "source.failed", entry["message"]))
    end = job.finished_at(now)
    if end is not None:
        phase = job.phase(now)
        if phase is Phase.SUCCEEDED:
            counts = source_counts(job, now)
            message = (f"Done: {counts['ingested_count']} ingested, {counts['skipped_count']} skipped, "
                       f"{counts['failed_count']} failed") if f["kind"] == "knowledge_ingest" else "Job completed"
            events.append(Event(end, "info", "job.completed", message))
        elif phase is Phase.FAILED:
            events.append(Event(end, "error", "job.failed", failure_detail(job)))
        else:
            events.append(Event(end, "warn", "job.canceled", "Job canceled"))
    return events


def failure_detail(job: SimJob) -> str:
    detail: str = job.fields["failure_detail"]
    return detail


def source_counts(job: SimJob, now: float) -> JSON:
    processed = processed_sources(job, now)
    outcomes = [source["outcome"] for source in processed]
    return {
        "requested_count": len(job.fields["sources"]),
        "ingested_count": outcomes.count("ingested"),
        "skipped_count": outcomes.count("skipped"),
        "failed_count": outcomes.count("failed"),
    }


def job_results(job: SimJob, now: float, phase: Phase) -> tuple[JSON | None, JSON | None]:
    """(result_summary, result) at `now`."""
    f = job.fields
    if f["result_kind"] == "knowledge_ingest":
        processed = processed_sources(job, now)
        if not processed:
            return None, None
        counts = source_counts(job, now)
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


def job_body(job: SimJob, now: float, *, full: bool) -> JSON:
    """The Job (`full`) or the JobListItem, as JSON (a fresh copy: faults may change it)."""
    payload = job.fields["payload"]
    phase = job.phase(now)
    started, finished = job.started_at(now), job.finished_at(now)
    summary, result = job_results(job, now, phase)
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
        updated_at=rfc3339(max(event.at for event in job_events(job, now))),
        kind=job.fields["kind"],
        failure_detail=failure_detail(job) if failed else None,
        result_summary=summary,
    )
    if full:
        body["result"] = result
    return copy.deepcopy(body)
