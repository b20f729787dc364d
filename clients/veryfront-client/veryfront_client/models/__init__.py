# Generated from specs/veryfront.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
"""Contains all the data models used in inputs/outputs.

Each model's module is imported the first time the model is used (PEP 562), not when this package is: a program that
reads one kind of answer loads the models of that answer only. Type checkers see every model as a plain import.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .artifacts_result import ArtifactsResult
    from .artifacts_result_summary import ArtifactsResultSummary
    from .create_job_request import CreateJobRequest
    from .error import Error
    from .job import Job
    from .job_batch import JobBatch
    from .job_batch_status_counts import JobBatchStatusCounts
    from .job_config import JobConfig
    from .job_event_direction import JobEventDirection
    from .job_event_list import JobEventList
    from .job_event_stats import JobEventStats
    from .job_kind import JobKind
    from .job_list import JobList
    from .job_list_item import JobListItem
    from .job_logs import JobLogs
    from .job_status import JobStatus
    from .knowledge_ingest_counts import KnowledgeIngestCounts
    from .knowledge_ingest_failed_source import KnowledgeIngestFailedSource
    from .knowledge_ingest_failure_reason import KnowledgeIngestFailureReason
    from .knowledge_ingest_ingested_source import KnowledgeIngestIngestedSource
    from .knowledge_ingest_metadata import KnowledgeIngestMetadata
    from .knowledge_ingest_result import KnowledgeIngestResult
    from .knowledge_ingest_result_summary import KnowledgeIngestResultSummary
    from .knowledge_ingest_skip_reason import KnowledgeIngestSkipReason
    from .knowledge_ingest_skipped_source import KnowledgeIngestSkippedSource
    from .knowledge_ingest_source_mode import KnowledgeIngestSourceMode
    from .knowledge_ingest_source_stats import KnowledgeIngestSourceStats
    from .knowledge_ingest_state import KnowledgeIngestState
    from .page_info import PageInfo
    from .runtime_target_kind import RuntimeTargetKind
    from .value_result import ValueResult
    from .value_result_summary import ValueResultSummary
else:
    import importlib

    _MODULES = {
        "ArtifactsResult": ".artifacts_result",
        "ArtifactsResultSummary": ".artifacts_result_summary",
        "CreateJobRequest": ".create_job_request",
        "Error": ".error",
        "Job": ".job",
        "JobBatch": ".job_batch",
        "JobBatchStatusCounts": ".job_batch_status_counts",
        "JobConfig": ".job_config",
        "JobEventDirection": ".job_event_direction",
        "JobEventList": ".job_event_list",
        "JobEventStats": ".job_event_stats",
        "JobKind": ".job_kind",
        "JobList": ".job_list",
        "JobListItem": ".job_list_item",
        "JobLogs": ".job_logs",
        "JobStatus": ".job_status",
        "KnowledgeIngestCounts": ".knowledge_ingest_counts",
        "KnowledgeIngestFailedSource": ".knowledge_ingest_failed_source",
        "KnowledgeIngestFailureReason": ".knowledge_ingest_failure_reason",
        "KnowledgeIngestIngestedSource": ".knowledge_ingest_ingested_source",
        "KnowledgeIngestMetadata": ".knowledge_ingest_metadata",
        "KnowledgeIngestResult": ".knowledge_ingest_result",
        "KnowledgeIngestResultSummary": ".knowledge_ingest_result_summary",
        "KnowledgeIngestSkipReason": ".knowledge_ingest_skip_reason",
        "KnowledgeIngestSkippedSource": ".knowledge_ingest_skipped_source",
        "KnowledgeIngestSourceMode": ".knowledge_ingest_source_mode",
        "KnowledgeIngestSourceStats": ".knowledge_ingest_source_stats",
        "KnowledgeIngestState": ".knowledge_ingest_state",
        "PageInfo": ".page_info",
        "RuntimeTargetKind": ".runtime_target_kind",
        "ValueResult": ".value_result",
        "ValueResultSummary": ".value_result_summary",
    }

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value  # the next lookup finds it without this function
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *_MODULES})


__all__ = (
    "ArtifactsResult",
    "ArtifactsResultSummary",
    "CreateJobRequest",
    "Error",
    "Job",
    "JobBatch",
    "JobBatchStatusCounts",
    "JobConfig",
    "JobEventDirection",
    "JobEventList",
    "JobEventStats",
    "JobKind",
    "JobList",
    "JobListItem",
    "JobLogs",
    "JobStatus",
    "KnowledgeIngestCounts",
    "KnowledgeIngestFailedSource",
    "KnowledgeIngestFailureReason",
    "KnowledgeIngestIngestedSource",
    "KnowledgeIngestMetadata",
    "KnowledgeIngestResult",
    "KnowledgeIngestResultSummary",
    "KnowledgeIngestSkippedSource",
    "KnowledgeIngestSkipReason",
    "KnowledgeIngestSourceMode",
    "KnowledgeIngestSourceStats",
    "KnowledgeIngestState",
    "PageInfo",
    "RuntimeTargetKind",
    "ValueResult",
    "ValueResultSummary",
)
