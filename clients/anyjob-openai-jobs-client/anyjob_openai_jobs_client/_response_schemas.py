# Generated from specs/openai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
"""The response schemas of the spec, compiled for strict response validation (see _responses.py).

RESPONSES maps (operationId, status) to the schema of a JSON success body; DEFINITIONS holds the named
component schemas that {"$ref": name} points to. Enum values are not listed on purpose: a value the spec
does not list must still parse."""

from typing import Any

DEFINITIONS: dict[str, Any] = {
    "ErrorResponse": {"type": ["object"], "properties": {"error": {"$ref": "Error"}}, "required": ["error"]},
    "Error": {
        "type": ["object"],
        "properties": {
            "message": {"type": ["string"]},
            "type": {"type": ["string"]},
            "param": {"type": ["string", "null"]},
            "code": {"type": ["string", "null"]},
        },
        "required": ["message", "type", "param", "code"],
    },
    "Metadata": {"type": ["object"], "additionalProperties": {"type": ["string"]}},
    "BatchStatus": {"type": ["string"]},
    "BatchRequestCounts": {
        "type": ["object"],
        "properties": {
            "total": {"type": ["integer"]},
            "completed": {"type": ["integer"]},
            "failed": {"type": ["integer"]},
        },
        "required": ["total", "completed", "failed"],
    },
    "BatchError": {
        "type": ["object"],
        "properties": {
            "code": {"type": ["string"]},
            "message": {"type": ["string"]},
            "param": {"type": ["string", "null"]},
            "line": {"type": ["integer", "null"]},
        },
    },
    "BatchErrors": {
        "type": ["object"],
        "properties": {"object": {"type": ["string"]}, "data": {"type": ["array"], "items": {"$ref": "BatchError"}}},
    },
    "BatchUsage": {
        "type": ["object"],
        "properties": {
            "input_tokens": {"type": ["integer"]},
            "input_tokens_details": {
                "type": ["object"],
                "properties": {"cached_tokens": {"type": ["integer"]}},
                "required": ["cached_tokens"],
            },
            "output_tokens": {"type": ["integer"]},
            "output_tokens_details": {
                "type": ["object"],
                "properties": {"reasoning_tokens": {"type": ["integer"]}},
                "required": ["reasoning_tokens"],
            },
            "total_tokens": {"type": ["integer"]},
        },
        "required": ["input_tokens", "input_tokens_details", "output_tokens", "output_tokens_details", "total_tokens"],
    },
    "Batch": {
        "type": ["object"],
        "properties": {
            "id": {"type": ["string"]},
            "object": {"type": ["string"]},
            "endpoint": {"type": ["string"]},
            "model": {"type": ["string", "null"]},
            "errors": {"anyOf": [{"$ref": "BatchErrors"}, {"type": ["null"]}]},
            "input_file_id": {"type": ["string"]},
            "completion_window": {"type": ["string"]},
            "status": {"$ref": "BatchStatus"},
            "output_file_id": {"type": ["string", "null"]},
            "error_file_id": {"type": ["string", "null"]},
            "created_at": {"type": ["integer"], "format": "unixtime"},
            "in_progress_at": {"type": ["integer", "null"], "format": "unixtime"},
            "expires_at": {"type": ["integer", "null"], "format": "unixtime"},
            "finalizing_at": {"type": ["integer", "null"], "format": "unixtime"},
            "completed_at": {"type": ["integer", "null"], "format": "unixtime"},
            "failed_at": {"type": ["integer", "null"], "format": "unixtime"},
            "expired_at": {"type": ["integer", "null"], "format": "unixtime"},
            "cancelling_at": {"type": ["integer", "null"], "format": "unixtime"},
            "cancelled_at": {"type": ["integer", "null"], "format": "unixtime"},
            "request_counts": {"anyOf": [{"$ref": "BatchRequestCounts"}, {"type": ["null"]}]},
            "usage": {"anyOf": [{"$ref": "BatchUsage"}, {"type": ["null"]}]},
            "metadata": {"anyOf": [{"$ref": "Metadata"}, {"type": ["null"]}]},
        },
        "required": ["id", "object", "endpoint", "input_file_id", "completion_window", "status", "created_at"],
    },
    "BatchList": {
        "type": ["object"],
        "properties": {
            "object": {"type": ["string"]},
            "data": {"type": ["array"], "items": {"$ref": "Batch"}},
            "first_id": {"type": ["string", "null"]},
            "last_id": {"type": ["string", "null"]},
            "has_more": {"type": ["boolean"]},
        },
        "required": ["object", "data", "has_more"],
    },
    "BatchFileExpirationAfter": {
        "type": ["object"],
        "properties": {
            "anchor": {"type": ["string"]},
            "seconds": {"type": ["integer"], "format": "int64", "minimum": 3600},
        },
        "required": ["anchor", "seconds"],
    },
    "CreateBatchRequest": {
        "type": ["object"],
        "properties": {
            "input_file_id": {"type": ["string"]},
            "endpoint": {"type": ["string"]},
            "completion_window": {"type": ["string"]},
            "metadata": {"anyOf": [{"$ref": "Metadata"}, {"type": ["null"]}]},
            "output_expires_after": {"$ref": "BatchFileExpirationAfter"},
        },
        "required": ["input_file_id", "endpoint", "completion_window"],
    },
    "FineTuningJobStatus": {"type": ["string"]},
    "Auto": {"type": ["string"]},
    "FineTuneSupervisedHyperparameters": {
        "type": ["object"],
        "properties": {
            "batch_size": {"anyOf": [{"$ref": "Auto"}, {"type": ["integer"], "minimum": 1}]},
            "learning_rate_multiplier": {"anyOf": [{"$ref": "Auto"}, {"type": ["number"]}]},
            "n_epochs": {"anyOf": [{"$ref": "Auto"}, {"type": ["integer"], "minimum": 1}]},
        },
    },
    "FineTuneDPOHyperparameters": {
        "type": ["object"],
        "properties": {
            "beta": {"anyOf": [{"$ref": "Auto"}, {"type": ["number"]}]},
            "batch_size": {"anyOf": [{"$ref": "Auto"}, {"type": ["integer"], "minimum": 1}]},
            "learning_rate_multiplier": {"anyOf": [{"$ref": "Auto"}, {"type": ["number"]}]},
            "n_epochs": {"anyOf": [{"$ref": "Auto"}, {"type": ["integer"], "minimum": 1}]},
        },
    },
    "FineTuneReinforcementHyperparameters": {
        "type": ["object"],
        "properties": {
            "batch_size": {"anyOf": [{"$ref": "Auto"}, {"type": ["integer"], "minimum": 1}]},
            "learning_rate_multiplier": {"anyOf": [{"$ref": "Auto"}, {"type": ["number"]}]},
            "n_epochs": {"anyOf": [{"$ref": "Auto"}, {"type": ["integer"], "minimum": 1}]},
            "reasoning_effort": {"type": ["string"]},
            "compute_multiplier": {"anyOf": [{"$ref": "Auto"}, {"type": ["number"]}]},
            "eval_interval": {"anyOf": [{"$ref": "Auto"}, {"type": ["integer"], "minimum": 1}]},
            "eval_samples": {"anyOf": [{"$ref": "Auto"}, {"type": ["integer"], "minimum": 1}]},
        },
    },
    "FineTuneSupervisedMethod": {
        "type": ["object"],
        "properties": {"hyperparameters": {"$ref": "FineTuneSupervisedHyperparameters"}},
    },
    "FineTuneDPOMethod": {
        "type": ["object"],
        "properties": {"hyperparameters": {"$ref": "FineTuneDPOHyperparameters"}},
    },
    "FineTuneReinforcementMethod": {
        "type": ["object"],
        "properties": {
            "grader": {"type": ["object"]},
            "hyperparameters": {"$ref": "FineTuneReinforcementHyperparameters"},
        },
        "required": ["grader"],
    },
    "FineTuneMethod": {
        "type": ["object"],
        "properties": {
            "type": {"type": ["string"]},
            "supervised": {"$ref": "FineTuneSupervisedMethod"},
            "dpo": {"$ref": "FineTuneDPOMethod"},
            "reinforcement": {"$ref": "FineTuneReinforcementMethod"},
        },
        "required": ["type"],
    },
    "FineTuningIntegration": {
        "type": ["object"],
        "properties": {
            "type": {"type": ["string"]},
            "wandb": {
                "type": ["object"],
                "properties": {
                    "project": {"type": ["string"]},
                    "name": {"type": ["string", "null"]},
                    "entity": {"type": ["string", "null"]},
                    "tags": {"type": ["array"], "items": {"type": ["string"]}},
                },
                "required": ["project"],
            },
        },
        "required": ["type", "wandb"],
    },
    "FineTuningJobHyperparameters": {
        "type": ["object"],
        "properties": {
            "batch_size": {"anyOf": [{"$ref": "Auto"}, {"type": ["integer"], "minimum": 1}, {"type": ["null"]}]},
            "learning_rate_multiplier": {"anyOf": [{"$ref": "Auto"}, {"type": ["number"]}]},
            "n_epochs": {"anyOf": [{"$ref": "Auto"}, {"type": ["integer"], "minimum": 1}]},
        },
    },
    "FineTuningJobError": {
        "type": ["object"],
        "properties": {
            "code": {"type": ["string"]},
            "message": {"type": ["string"]},
            "param": {"type": ["string", "null"]},
        },
    },
    "FineTuningJob": {
        "type": ["object"],
        "properties": {
            "id": {"type": ["string"]},
            "object": {"type": ["string"]},
            "created_at": {"type": ["integer"], "format": "unixtime"},
            "error": {"anyOf": [{"$ref": "FineTuningJobError"}, {"type": ["null"]}]},
            "fine_tuned_model": {"type": ["string", "null"]},
            "finished_at": {"type": ["integer", "null"], "format": "unixtime"},
            "hyperparameters": {"anyOf": [{"$ref": "FineTuningJobHyperparameters"}, {"type": ["null"]}]},
            "model": {"type": ["string"]},
            "organization_id": {"type": ["string"]},
            "result_files": {"type": ["array"], "items": {"type": ["string"]}},
            "status": {"$ref": "FineTuningJobStatus"},
            "trained_tokens": {"type": ["integer", "null"]},
            "training_file": {"type": ["string"]},
            "validation_file": {"type": ["string", "null"]},
            "integrations": {"type": ["array", "null"], "items": {"$ref": "FineTuningIntegration"}},
            "seed": {"type": ["integer"]},
            "estimated_finish": {"type": ["integer", "null"], "format": "unixtime"},
            "method": {"$ref": "FineTuneMethod"},
            "metadata": {"anyOf": [{"$ref": "Metadata"}, {"type": ["null"]}]},
        },
        "required": [
            "id",
            "object",
            "created_at",
            "fine_tuned_model",
            "model",
            "organization_id",
            "result_files",
            "status",
            "training_file",
            "validation_file",
        ],
    },
    "FineTuningJobList": {
        "type": ["object"],
        "properties": {
            "object": {"type": ["string"]},
            "data": {"type": ["array"], "items": {"$ref": "FineTuningJob"}},
            "has_more": {"type": ["boolean"]},
        },
        "required": ["object", "data", "has_more"],
    },
    "FineTuningJobEvent": {
        "type": ["object"],
        "properties": {
            "object": {"type": ["string"]},
            "id": {"type": ["string"]},
            "created_at": {"type": ["integer"], "format": "unixtime"},
            "level": {"type": ["string"]},
            "message": {"type": ["string"]},
            "type": {"type": ["string"]},
            "data": {"type": ["object", "null"]},
        },
        "required": ["id", "object", "created_at", "level", "message"],
    },
    "FineTuningJobEventList": {
        "type": ["object"],
        "properties": {
            "object": {"type": ["string"]},
            "data": {"type": ["array"], "items": {"$ref": "FineTuningJobEvent"}},
            "has_more": {"type": ["boolean"]},
        },
        "required": ["object", "data", "has_more"],
    },
    "CreateFineTuningJobRequest": {
        "type": ["object"],
        "properties": {
            "model": {"type": ["string"]},
            "training_file": {"type": ["string"]},
            "hyperparameters": {"allOf": [{"$ref": "FineTuneSupervisedHyperparameters"}]},
            "suffix": {"type": ["string", "null"]},
            "validation_file": {"type": ["string", "null"]},
            "integrations": {"type": ["array", "null"], "items": {"$ref": "FineTuningIntegration"}},
            "seed": {"type": ["integer", "null"], "minimum": 0},
            "method": {"$ref": "FineTuneMethod"},
            "metadata": {"anyOf": [{"$ref": "Metadata"}, {"type": ["null"]}]},
        },
        "required": ["model", "training_file"],
    },
}

RESPONSES: dict[tuple[str, str], Any] = {
    ("list_batches", "200"): {"$ref": "BatchList"},
    ("create_batch", "200"): {"$ref": "Batch"},
    ("retrieve_batch", "200"): {"$ref": "Batch"},
    ("cancel_batch", "200"): {"$ref": "Batch"},
    ("list_fine_tuning_jobs", "200"): {"$ref": "FineTuningJobList"},
    ("create_fine_tuning_job", "200"): {"$ref": "FineTuningJob"},
    ("retrieve_fine_tuning_job", "200"): {"$ref": "FineTuningJob"},
    ("cancel_fine_tuning_job", "200"): {"$ref": "FineTuningJob"},
    ("pause_fine_tuning_job", "200"): {"$ref": "FineTuningJob"},
    ("resume_fine_tuning_job", "200"): {"$ref": "FineTuningJob"},
    ("list_fine_tuning_events", "200"): {"$ref": "FineTuningJobEventList"},
}
