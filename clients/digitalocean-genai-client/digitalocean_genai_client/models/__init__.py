# Generated from specs/digitalocean-genai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
"""Contains all the data models used in inputs/outputs.

Each model's module is imported the first time the model is used (PEP 562), not when this package is: a program that
reads one kind of answer loads the models of that answer only. Type checkers see every model as a plain import.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
else:
    import importlib

    _MODULES = {
        "CancelIndexingJobRequest": ".cancel_indexing_job_request",
        "CreateIndexingJobRequest": ".create_indexing_job_request",
        "Error": ".error",
        "IndexedDataSource": ".indexed_data_source",
        "IndexedDataSourceStatus": ".indexed_data_source_status",
        "IndexingJob": ".indexing_job",
        "IndexingJobDataSourceList": ".indexing_job_data_source_list",
        "IndexingJobDetailsSignedUrl": ".indexing_job_details_signed_url",
        "IndexingJobList": ".indexing_job_list",
        "IndexingJobPhase": ".indexing_job_phase",
        "IndexingJobResponse": ".indexing_job_response",
        "IndexingJobStatus": ".indexing_job_status",
        "Links": ".links",
        "Meta": ".meta",
        "Pages": ".pages",
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
