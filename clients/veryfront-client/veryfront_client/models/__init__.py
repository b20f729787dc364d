# Generated from specs/veryfront.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
"""Contains all the data models used in inputs/outputs"""

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
