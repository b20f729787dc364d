# Generated from specs/digitalocean-genai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
"""Contains all the data models used in inputs/outputs"""

from .cancel_indexing_job_request import CancelIndexingJobRequest
from .create_indexing_job_request import CreateIndexingJobRequest
from .error import Error
from .indexed_data_source import IndexedDataSource
from .indexed_data_source_status import IndexedDataSourceStatus
from .indexing_job import IndexingJob
from .indexing_job_data_source_list import IndexingJobDataSourceList
from .indexing_job_details_signed_url import IndexingJobDetailsSignedUrl
from .indexing_job_list import IndexingJobList
from .indexing_job_phase import IndexingJobPhase
from .indexing_job_response import IndexingJobResponse
from .indexing_job_status import IndexingJobStatus
from .links import Links
from .meta import Meta
from .pages import Pages

__all__ = (
    "CancelIndexingJobRequest",
    "CreateIndexingJobRequest",
    "Error",
    "IndexedDataSource",
    "IndexedDataSourceStatus",
    "IndexingJob",
    "IndexingJobDataSourceList",
    "IndexingJobDetailsSignedUrl",
    "IndexingJobList",
    "IndexingJobPhase",
    "IndexingJobResponse",
    "IndexingJobStatus",
    "Links",
    "Meta",
    "Pages",
)
