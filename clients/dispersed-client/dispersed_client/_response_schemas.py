# Generated from specs/dispersed.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
"""The response schemas of the spec, compiled for strict response validation (see _responses.py).

RESPONSES maps (operationId, status) to the schema of a JSON success body; DEFINITIONS holds the named
component schemas that {"$ref": name} points to. Enum values are not listed on purpose: a value the spec
does not list must still parse."""

from typing import Any

DEFINITIONS: dict[str, Any] = {
    "Error": {"type": ["object"], "properties": {"message": {"type": ["string"]}, "error": {"type": ["string"]}}},
    "JobStatus": {"type": ["string"]},
    "JobTask": {"type": ["string"]},
    "JobSort": {"type": ["string"]},
    "JobRunStatus": {"type": ["string"]},
    "DockerVolume": {
        "type": ["object"],
        "properties": {
            "image": {"type": ["string"]},
            "tag": {"type": ["string"]},
            "mount": {"type": ["string"]},
            "registry": {"type": ["string"]},
            "user": {"type": ["string"]},
            "secret": {"type": ["string"]},
        },
    },
    "DockerEnvironment": {"type": ["object"]},
    "DockerContainerParameters": {
        "type": ["object"],
        "properties": {
            "image": {"type": ["string"]},
            "tag": {"type": ["string"]},
            "imagesrc": {"type": ["string"]},
            "host": {"type": ["string"]},
            "user": {"type": ["string"]},
            "secret": {"type": ["string"]},
            "sshkey": {"type": ["string"]},
            "env": {"$ref": "DockerEnvironment"},
            "ports": {"type": ["array"], "items": {"type": ["integer"]}},
            "allowed_ips": {"type": ["array"], "items": {"type": ["string"]}},
            "volumes": {"type": ["array"], "items": {"$ref": "DockerVolume"}},
        },
    },
    "DockerParameters": {
        "type": ["object"],
        "properties": {
            "type": {"type": ["string"], "const": "docker"},
            "parameters": {"$ref": "DockerContainerParameters"},
        },
        "required": ["type", "parameters"],
    },
    "JobParameters": {
        "type": ["object"],
        "properties": {"type": {"type": ["string"]}, "parameters": {"$ref": "DockerContainerParameters"}},
    },
    "ContainerAccessToken": {"type": ["object"]},
    "JobCreateFields": {
        "type": ["object"],
        "properties": {
            "title": {"type": ["string"]},
            "description": {"type": ["string"]},
            "cpu_count": {"type": ["integer"], "minimum": 0},
            "gpu_count": {"type": ["integer"], "minimum": 0},
            "gpu_name": {"type": ["string"]},
            "gpu_registry_uuid": {"type": ["string"]},
            "min_ram_gb": {"type": ["number"], "minimum": 0},
            "min_vram_gb": {"type": ["number"], "minimum": 0},
            "min_storage_gb": {"type": ["number"], "minimum": 0},
            "max_node_count": {"type": ["integer"]},
            "max_retry_count": {"type": ["integer"], "minimum": 0},
            "max_timeout_assign_ms": {"type": ["integer"], "minimum": 300000},
            "max_timeout_start_ms": {"type": ["integer"], "minimum": 120000},
            "allowed_region_codes": {"type": ["array"], "items": {"type": ["string"]}},
            "parameters": {"$ref": "DockerParameters"},
        },
    },
    "CreateBatchJobRequest": {
        "allOf": [
            {"$ref": "JobCreateFields"},
            {
                "type": ["object"],
                "properties": {
                    "task": {"type": ["string"], "const": "BATCH"},
                    "max_timeout_run_ms": {"type": ["integer"], "minimum": 60000},
                },
                "required": ["task", "max_timeout_run_ms"],
            },
        ]
    },
    "CreatePersistentJobRequest": {
        "allOf": [
            {"$ref": "JobCreateFields"},
            {
                "type": ["object"],
                "properties": {
                    "task": {"type": ["string"], "const": "PERSISTENT"},
                    "max_timeout_run_ms": {"type": ["null"]},
                },
                "required": ["task", "max_timeout_run_ms"],
            },
        ]
    },
    "CreateJobRequest": {
        "anyOf": [{"$ref": "CreateBatchJobRequest"}, {"$ref": "CreatePersistentJobRequest"}],
        "discriminator": {
            "propertyName": "task",
            "mapping": {"BATCH": "CreateBatchJobRequest", "PERSISTENT": "CreatePersistentJobRequest"},
        },
    },
    "CancelJobRequest": {"type": ["object"], "properties": {"reason": {"type": ["string"]}}},
    "Job": {
        "type": ["object"],
        "properties": {
            "object": {"type": ["string"], "const": "job"},
            "uuid": {"type": ["string", "null"]},
            "created_at": {
                "anyOf": [
                    {"type": ["string"], "format": "date"},
                    {"type": ["string"], "format": "date-time"},
                    {"type": ["null"]},
                ]
            },
            "updated_at": {
                "anyOf": [
                    {"type": ["string"], "format": "date"},
                    {"type": ["string"], "format": "date-time"},
                    {"type": ["null"]},
                ]
            },
            "started_at": {
                "anyOf": [
                    {"type": ["string"], "format": "date"},
                    {"type": ["string"], "format": "date-time"},
                    {"type": ["null"]},
                ]
            },
            "completed_at": {
                "anyOf": [
                    {"type": ["string"], "format": "date"},
                    {"type": ["string"], "format": "date-time"},
                    {"type": ["null"]},
                ]
            },
            "status": {"$ref": "JobStatus"},
            "status_reason": {"type": ["string", "null"]},
            "task": {"$ref": "JobTask"},
            "title": {"type": ["string"]},
            "description": {"type": ["string", "null"]},
            "cpu_count": {"type": ["number", "null"]},
            "gpu_count": {"type": ["number", "null"]},
            "gpu_name": {"type": ["string", "null"]},
            "gpu_registry_uuid": {"type": ["string", "null"]},
            "min_ram_gb": {"type": ["number"]},
            "min_vram_gb": {"type": ["number"]},
            "min_storage_gb": {"type": ["number"]},
            "parameters": {"$ref": "JobParameters"},
            "timeout_assign_at_ms": {"type": ["number", "null"]},
            "max_timeout_assign_ms": {"type": ["number", "null"]},
            "max_timeout_start_ms": {"type": ["number", "null"]},
            "max_timeout_run_ms": {"type": ["number", "null"]},
            "max_retry_count": {"type": ["number", "null"]},
            "max_node_count": {"type": ["number", "null"]},
            "image_size_bytes": {"type": ["number", "null"]},
            "container_access_tokens": {"type": ["array"], "items": {"$ref": "ContainerAccessToken"}},
            "source_recipe_uuid": {"type": ["string", "null"]},
        },
        "required": [
            "object",
            "created_at",
            "updated_at",
            "status",
            "task",
            "title",
            "cpu_count",
            "gpu_count",
            "min_ram_gb",
            "min_vram_gb",
            "min_storage_gb",
            "parameters",
            "timeout_assign_at_ms",
        ],
    },
    "JobList": {
        "type": ["object"],
        "properties": {
            "data": {"type": ["array"], "items": {"$ref": "Job"}},
            "page": {"type": ["integer"]},
            "limit": {"type": ["integer"]},
            "total": {"type": ["integer"]},
        },
        "required": ["data", "page", "limit", "total"],
    },
    "NodeUrl": {
        "type": ["object"],
        "properties": {
            "description": {"type": ["string"]},
            "hostname": {"type": ["string"]},
            "port": {"type": ["integer"]},
            "protocol": {"type": ["string"]},
            "tls": {"type": ["boolean"]},
        },
    },
    "JobSnapshot": {"type": ["object"]},
    "JobRun": {
        "type": ["object"],
        "properties": {
            "uuid": {"type": ["string"]},
            "job_uuid": {"type": ["string"]},
            "status": {"$ref": "JobRunStatus"},
            "started_at_ms": {"type": ["integer", "null"]},
            "node_urls": {"anyOf": [{"type": ["array"], "items": {"$ref": "NodeUrl"}}, {"type": ["null"]}]},
            "job_snapshot": {"anyOf": [{"$ref": "JobSnapshot"}, {"type": ["null"]}]},
            "container_access_tokens": {
                "anyOf": [{"type": ["array"], "items": {"$ref": "ContainerAccessToken"}}, {"type": ["null"]}]
            },
            "logs": {},
        },
    },
    "JobRunList": {
        "type": ["object"],
        "properties": {
            "data": {"type": ["array"], "items": {"$ref": "JobRun"}},
            "page": {"type": ["integer"]},
            "limit": {"type": ["integer"]},
            "total": {"type": ["integer"]},
        },
        "required": ["data", "page", "limit", "total"],
    },
}

RESPONSES: dict[tuple[str, str], Any] = {
    ("list_jobs", "200"): {"$ref": "JobList"},
    ("create_job", "200"): {"$ref": "Job"},
    ("create_job", "201"): {"$ref": "Job"},
    ("get_job", "200"): {"$ref": "Job"},
    ("cancel_job", "200"): {"$ref": "Job"},
    ("cancel_job", "202"): {"$ref": "Job"},
    ("list_job_runs", "200"): {"$ref": "JobRunList"},
    ("get_job_run", "200"): {"$ref": "JobRun"},
}
