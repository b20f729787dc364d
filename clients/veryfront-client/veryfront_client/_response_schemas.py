# Generated from specs/veryfront.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
"""The response schemas of the spec, compiled for strict response validation (see _responses.py).

RESPONSES maps (operationId, status) to the schema of a JSON success body; DEFINITIONS holds the named
component schemas that {"$ref": name} points to. Enum values are not listed on purpose: a value the spec
does not list must still parse."""

from typing import Any

DEFINITIONS: dict[str, Any] = {
    "Error": {
        "type": ["object"],
        "properties": {"detail": {"type": ["string"]}, "message": {"type": ["string"]}, "error": {"type": ["string"]}},
    },
    "JobStatus": {"type": ["string"]},
    "JobKind": {"type": ["string"]},
    "RuntimeTargetKind": {"type": ["string"]},
    "JobEventDirection": {"type": ["string"]},
    "JobConfig": {"type": ["object"]},
    "CreateJobRequest": {
        "type": ["object"],
        "properties": {
            "name": {"type": ["string"]},
            "target": {"type": ["string"]},
            "config": {"$ref": "JobConfig"},
            "batch_id": {"type": ["string"], "format": "uuid"},
            "timeout_seconds": {"type": ["number"]},
            "backoff_limit": {"type": ["number"]},
            "runtime_target_kind": {"$ref": "RuntimeTargetKind"},
            "runtime_target_environment_id": {"type": ["string"]},
            "runtime_target_branch_id": {"type": ["string"]},
        },
        "required": ["name", "target"],
    },
    "JobListItem": {
        "type": ["object"],
        "properties": {
            "id": {"type": ["string"], "format": "uuid"},
            "canonical_run_id": {"type": ["string"]},
            "project_id": {"type": ["string"], "format": "uuid"},
            "environment_id": {"type": ["string", "null"], "format": "uuid"},
            "branch_id": {"type": ["string", "null"]},
            "cron_job_id": {"type": ["string", "null"], "format": "uuid"},
            "batch_id": {"type": ["string", "null"], "format": "uuid"},
            "name": {"type": ["string"]},
            "status": {"$ref": "JobStatus"},
            "target": {"type": ["string"]},
            "config": {"$ref": "JobConfig"},
            "context_id": {"type": ["string", "null"], "format": "uuid"},
            "timeout_seconds": {"type": ["number"]},
            "backoff_limit": {"type": ["number"]},
            "exit_code": {"type": ["number", "null"]},
            "started_at": {"type": ["string", "null"]},
            "completed_at": {"type": ["string", "null"]},
            "created_by": {"type": ["string", "null"], "format": "uuid"},
            "created_at": {"type": ["string"]},
            "updated_at": {"type": ["string"]},
            "kind": {"anyOf": [{"$ref": "JobKind"}, {"type": ["null"]}]},
            "failure_detail": {"type": ["string", "null"]},
            "result_summary": {"anyOf": [{"$ref": "JobResultSummary"}, {"type": ["null"]}]},
        },
        "required": [
            "id",
            "project_id",
            "environment_id",
            "cron_job_id",
            "batch_id",
            "name",
            "status",
            "target",
            "config",
            "context_id",
            "timeout_seconds",
            "backoff_limit",
            "exit_code",
            "started_at",
            "completed_at",
            "created_by",
            "created_at",
            "updated_at",
            "kind",
            "failure_detail",
            "result_summary",
        ],
    },
    "Job": {
        "allOf": [
            {"$ref": "JobListItem"},
            {
                "type": ["object"],
                "properties": {
                    "failed_reason": {"type": ["string", "null"]},
                    "result": {"anyOf": [{"$ref": "JobResult"}, {"type": ["null"]}]},
                },
                "required": ["failed_reason", "result"],
            },
        ]
    },
    "JobList": {
        "type": ["object"],
        "properties": {
            "data": {"type": ["array"], "items": {"$ref": "JobListItem"}},
            "page_info": {"$ref": "PageInfo"},
        },
        "required": ["data", "page_info"],
    },
    "PageInfo": {
        "type": ["object"],
        "properties": {
            "self": {"type": ["string", "null"]},
            "first": {"type": ["string", "null"]},
            "next": {"type": ["string", "null"]},
            "prev": {"type": ["string", "null"]},
        },
        "required": ["self", "first", "next", "prev"],
    },
    "JobResultSummary": {
        "anyOf": [
            {"$ref": "KnowledgeIngestResultSummary"},
            {"$ref": "ValueResultSummary"},
            {"$ref": "ArtifactsResultSummary"},
        ],
        "discriminator": {
            "propertyName": "kind",
            "mapping": {
                "knowledge_ingest": "KnowledgeIngestResultSummary",
                "value": "ValueResultSummary",
                "artifacts": "ArtifactsResultSummary",
            },
        },
    },
    "KnowledgeIngestResultSummary": {
        "type": ["object"],
        "properties": {
            "kind": {"type": ["string"], "const": "knowledge_ingest"},
            "state": {"$ref": "KnowledgeIngestState"},
            "requested_count": {"type": ["integer"]},
            "ingested_count": {"type": ["integer"]},
            "skipped_count": {"type": ["integer"]},
            "failed_count": {"type": ["integer"]},
        },
        "required": ["kind", "state", "requested_count", "ingested_count", "skipped_count", "failed_count"],
    },
    "KnowledgeIngestState": {"type": ["string"]},
    "ValueResultSummary": {
        "type": ["object"],
        "properties": {"kind": {"type": ["string"], "const": "value"}},
        "required": ["kind"],
    },
    "ArtifactsResultSummary": {
        "type": ["object"],
        "properties": {"kind": {"type": ["string"], "const": "artifacts"}, "artifact_count": {"type": ["integer"]}},
        "required": ["kind", "artifact_count"],
    },
    "JobResult": {
        "anyOf": [{"$ref": "KnowledgeIngestResult"}, {"$ref": "ValueResult"}, {"$ref": "ArtifactsResult"}],
        "discriminator": {
            "propertyName": "kind",
            "mapping": {
                "knowledge_ingest": "KnowledgeIngestResult",
                "value": "ValueResult",
                "artifacts": "ArtifactsResult",
            },
        },
    },
    "KnowledgeIngestResult": {
        "type": ["object"],
        "properties": {
            "kind": {"type": ["string"], "const": "knowledge_ingest"},
            "version": {"type": ["integer"]},
            "metadata": {"$ref": "KnowledgeIngestMetadata"},
            "summary": {"$ref": "KnowledgeIngestCounts"},
            "ingested": {"type": ["array"], "items": {"$ref": "KnowledgeIngestIngestedSource"}},
            "skipped": {"type": ["array"], "items": {"$ref": "KnowledgeIngestSkippedSource"}},
            "failed": {"type": ["array"], "items": {"$ref": "KnowledgeIngestFailedSource"}},
        },
        "required": ["kind", "version", "metadata", "summary", "ingested", "skipped", "failed"],
    },
    "KnowledgeIngestMetadata": {
        "type": ["object"],
        "properties": {
            "requested_count": {"type": ["integer"]},
            "source_mode": {"$ref": "KnowledgeIngestSourceMode"},
            "knowledge_path": {"type": ["string"]},
        },
        "required": ["requested_count", "source_mode", "knowledge_path"],
    },
    "KnowledgeIngestSourceMode": {"type": ["string"]},
    "KnowledgeIngestCounts": {
        "type": ["object"],
        "properties": {
            "requested_count": {"type": ["integer"]},
            "ingested_count": {"type": ["integer"]},
            "skipped_count": {"type": ["integer"]},
            "failed_count": {"type": ["integer"]},
        },
        "required": ["requested_count", "ingested_count", "skipped_count", "failed_count"],
    },
    "KnowledgeIngestIngestedSource": {
        "type": ["object"],
        "properties": {
            "source": {"type": ["string"]},
            "localSourcePath": {"type": ["string"]},
            "outputPath": {"type": ["string"]},
            "remotePath": {"type": ["string"]},
            "slug": {"type": ["string"]},
            "sourceType": {"type": ["string"]},
            "summary": {"type": ["string"]},
            "stats": {"$ref": "KnowledgeIngestSourceStats"},
            "warnings": {"type": ["array"], "items": {"type": ["string"]}},
        },
        "required": [
            "source",
            "localSourcePath",
            "outputPath",
            "remotePath",
            "slug",
            "sourceType",
            "summary",
            "stats",
            "warnings",
        ],
    },
    "KnowledgeIngestSourceStats": {"type": ["object"]},
    "KnowledgeIngestSkippedSource": {
        "type": ["object"],
        "properties": {
            "source": {"type": ["string"]},
            "localSourcePath": {"type": ["string", "null"]},
            "reason": {"$ref": "KnowledgeIngestSkipReason"},
            "message": {"type": ["string"]},
        },
        "required": ["source", "localSourcePath", "reason", "message"],
    },
    "KnowledgeIngestSkipReason": {"type": ["string"]},
    "KnowledgeIngestFailedSource": {
        "type": ["object"],
        "properties": {
            "source": {"type": ["string"]},
            "localSourcePath": {"type": ["string"]},
            "reason": {"$ref": "KnowledgeIngestFailureReason"},
            "message": {"type": ["string"]},
        },
        "required": ["source", "localSourcePath", "reason", "message"],
    },
    "KnowledgeIngestFailureReason": {"type": ["string"]},
    "ValueResult": {
        "type": ["object"],
        "properties": {"kind": {"type": ["string"], "const": "value"}, "value": {}},
        "required": ["kind", "value"],
    },
    "ArtifactsResult": {
        "type": ["object"],
        "properties": {
            "kind": {"type": ["string"], "const": "artifacts"},
            "artifacts": {"type": ["array"], "items": {}},
        },
        "required": ["kind", "artifacts"],
    },
    "JobEventList": {
        "type": ["object"],
        "properties": {
            "entries": {"type": ["array"], "items": {}},
            "next_cursor": {"type": ["string", "null"]},
            "stats": {"$ref": "JobEventStats"},
        },
        "required": ["entries", "next_cursor"],
    },
    "JobEventStats": {
        "type": ["object"],
        "properties": {
            "bytes_processed": {"type": ["number"]},
            "lines_processed": {"type": ["number"]},
            "query_time_ms": {"type": ["number"]},
        },
    },
    "JobLogs": {"type": ["object"], "properties": {"logs": {"type": ["string", "null"]}}, "required": ["logs"]},
    "JobBatch": {
        "type": ["object"],
        "properties": {
            "id": {"type": ["string"], "format": "uuid"},
            "project_id": {"type": ["string"], "format": "uuid"},
            "target": {"type": ["string", "null"]},
            "job_count": {"type": ["integer"]},
            "status_counts": {"$ref": "JobBatchStatusCounts"},
            "created_at": {"type": ["string"]},
            "updated_at": {"type": ["string"]},
            "result": {},
        },
        "required": ["id", "project_id", "target", "job_count", "status_counts", "created_at", "updated_at", "result"],
    },
    "JobBatchStatusCounts": {
        "type": ["object"],
        "properties": {
            "submitted": {"type": ["integer"]},
            "working": {"type": ["integer"]},
            "completed": {"type": ["integer"]},
            "failed": {"type": ["integer"]},
            "canceled": {"type": ["integer"]},
        },
        "required": ["submitted", "working", "completed", "failed", "canceled"],
    },
}

RESPONSES: dict[tuple[str, str], Any] = {
    ("list_jobs", "200"): {"$ref": "JobList"},
    ("create_job", "200"): {"$ref": "Job"},
    ("create_job", "201"): {"$ref": "Job"},
    ("get_job", "200"): {"$ref": "Job"},
    ("cancel_job", "200"): {"$ref": "Job"},
    ("list_job_events", "200"): {"$ref": "JobEventList"},
    ("get_job_logs", "200"): {"$ref": "JobLogs"},
    ("get_job_batch", "200"): {"$ref": "JobBatch"},
    ("list_job_batch_jobs", "200"): {"$ref": "JobList"},
}
