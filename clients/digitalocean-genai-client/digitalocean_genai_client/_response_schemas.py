# Generated from specs/digitalocean-genai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
"""The response schemas of the spec, compiled for strict response validation (see _responses.py).

RESPONSES maps (operationId, status) to the schema of a JSON success body; DEFINITIONS holds the named
component schemas that {"$ref": name} points to. Enum values are not listed on purpose: a value the spec
does not list must still parse."""

from typing import Any

DEFINITIONS: dict[str, Any] = {
    "IndexingJobPhase": {"type": ["string"]},
    "IndexingJobStatus": {"type": ["string"]},
    "IndexedDataSourceStatus": {"type": ["string"]},
    "IndexedDataSource": {
        "type": ["object"],
        "properties": {
            "data_source_uuid": {"type": ["string"]},
            "status": {"$ref": "IndexedDataSourceStatus"},
            "started_at": {"type": ["string"], "format": "date-time"},
            "completed_at": {"type": ["string"], "format": "date-time"},
            "error_msg": {"type": ["string"]},
            "error_details": {"type": ["string"]},
            "total_file_count": {"type": ["string"], "format": "uint64", "pattern": "^[0-9]+$"},
            "indexed_file_count": {"type": ["string"], "format": "uint64", "pattern": "^[0-9]+$"},
            "indexed_item_count": {"type": ["string"], "format": "uint64", "pattern": "^[0-9]+$"},
            "skipped_item_count": {"type": ["string"], "format": "uint64", "pattern": "^[0-9]+$"},
            "failed_item_count": {"type": ["string"], "format": "uint64", "pattern": "^[0-9]+$"},
            "removed_item_count": {"type": ["string"], "format": "uint64", "pattern": "^[0-9]+$"},
            "total_bytes": {"type": ["string"], "format": "uint64", "pattern": "^[0-9]+$"},
            "total_bytes_indexed": {"type": ["string"], "format": "uint64", "pattern": "^[0-9]+$"},
        },
    },
    "IndexingJob": {
        "type": ["object"],
        "properties": {
            "uuid": {"type": ["string"]},
            "knowledge_base_uuid": {"type": ["string"]},
            "data_source_uuids": {"type": ["array"], "items": {"type": ["string"]}},
            "phase": {"$ref": "IndexingJobPhase"},
            "status": {"$ref": "IndexingJobStatus"},
            "created_at": {"type": ["string"], "format": "date-time"},
            "started_at": {"type": ["string"], "format": "date-time"},
            "finished_at": {"type": ["string"], "format": "date-time"},
            "updated_at": {"type": ["string"], "format": "date-time"},
            "completed_datasources": {"type": ["integer"], "format": "int64"},
            "total_datasources": {"type": ["integer"], "format": "int64"},
            "tokens": {"type": ["integer"], "format": "int64"},
            "total_tokens": {"type": ["string"], "format": "uint64", "pattern": "^[0-9]+$"},
            "is_report_available": {"type": ["boolean"]},
            "data_source_jobs": {"type": ["array"], "items": {"$ref": "IndexedDataSource"}},
            "total_items_failed": {"type": ["string"], "format": "uint64", "pattern": "^[0-9]+$"},
            "total_items_indexed": {"type": ["string"], "format": "uint64", "pattern": "^[0-9]+$"},
            "total_items_skipped": {"type": ["string"], "format": "uint64", "pattern": "^[0-9]+$"},
        },
    },
    "Pages": {
        "type": ["object"],
        "properties": {
            "first": {"type": ["string"]},
            "last": {"type": ["string"]},
            "next": {"type": ["string"]},
            "previous": {"type": ["string"]},
        },
    },
    "Links": {"type": ["object"], "properties": {"pages": {"$ref": "Pages"}}},
    "Meta": {
        "type": ["object"],
        "properties": {
            "page": {"type": ["integer"], "format": "int64"},
            "pages": {"type": ["integer"], "format": "int64"},
            "total": {"type": ["integer"], "format": "int64"},
        },
    },
    "IndexingJobList": {
        "type": ["object"],
        "properties": {
            "jobs": {"type": ["array"], "items": {"$ref": "IndexingJob"}},
            "links": {"$ref": "Links"},
            "meta": {"$ref": "Meta"},
        },
    },
    "CreateIndexingJobRequest": {
        "type": ["object"],
        "properties": {
            "knowledge_base_uuid": {"type": ["string"]},
            "data_source_uuids": {"type": ["array"], "items": {"type": ["string"]}},
        },
    },
    "CancelIndexingJobRequest": {"type": ["object"], "properties": {"uuid": {"type": ["string"]}}},
    "IndexingJobResponse": {"type": ["object"], "properties": {"job": {"$ref": "IndexingJob"}}},
    "IndexingJobDataSourceList": {
        "type": ["object"],
        "properties": {"indexed_data_sources": {"type": ["array"], "items": {"$ref": "IndexedDataSource"}}},
    },
    "IndexingJobDetailsSignedUrl": {"type": ["object"], "properties": {"signed_url": {"type": ["string"]}}},
    "Error": {
        "type": ["object"],
        "properties": {"id": {"type": ["string"]}, "message": {"type": ["string"]}, "request_id": {"type": ["string"]}},
        "required": ["id", "message"],
    },
}

RESPONSES: dict[tuple[str, str], Any] = {
    ("list_indexing_jobs", "200"): {"$ref": "IndexingJobList"},
    ("create_indexing_job", "200"): {"$ref": "IndexingJobResponse"},
    ("get_indexing_job", "200"): {"$ref": "IndexingJobResponse"},
    ("cancel_indexing_job", "200"): {"$ref": "IndexingJobResponse"},
    ("list_indexing_job_data_sources", "200"): {"$ref": "IndexingJobDataSourceList"},
    ("get_indexing_job_details_signed_url", "200"): {"$ref": "IndexingJobDetailsSignedUrl"},
    ("list_knowledge_base_indexing_jobs", "200"): {"$ref": "IndexingJobList"},
}
