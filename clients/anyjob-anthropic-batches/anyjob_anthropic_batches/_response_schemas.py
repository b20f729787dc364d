# Generated from specs/anthropic.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
"""The response schemas of the spec, compiled for strict response validation (see _responses.py).

RESPONSES maps (operationId, status) to the schema of a JSON success body; DEFINITIONS holds the named
component schemas that {"$ref": name} points to. Enum values are not listed on purpose: a value the spec
does not list must still parse."""

from typing import Any

DEFINITIONS: dict[str, Any] = {
    "MessageBatchProcessingStatus": {"type": ["string"]},
    "MessageBatchRequestCounts": {
        "type": ["object"],
        "properties": {
            "processing": {"type": ["integer"], "minimum": 0},
            "succeeded": {"type": ["integer"], "minimum": 0},
            "errored": {"type": ["integer"], "minimum": 0},
            "canceled": {"type": ["integer"], "minimum": 0},
            "expired": {"type": ["integer"], "minimum": 0},
        },
        "required": ["processing", "succeeded", "errored", "canceled", "expired"],
    },
    "MessageBatch": {
        "type": ["object"],
        "properties": {
            "id": {"type": ["string"]},
            "type": {"type": ["string"], "const": "message_batch"},
            "processing_status": {"$ref": "MessageBatchProcessingStatus"},
            "request_counts": {"$ref": "MessageBatchRequestCounts"},
            "created_at": {"type": ["string"], "format": "date-time"},
            "expires_at": {"type": ["string"], "format": "date-time"},
            "ended_at": {"type": ["string", "null"], "format": "date-time"},
            "cancel_initiated_at": {"type": ["string", "null"], "format": "date-time"},
            "archived_at": {"type": ["string", "null"], "format": "date-time"},
            "results_url": {"type": ["string", "null"]},
        },
        "required": [
            "id",
            "type",
            "processing_status",
            "request_counts",
            "ended_at",
            "created_at",
            "expires_at",
            "cancel_initiated_at",
            "results_url",
        ],
    },
    "MessageBatchList": {
        "type": ["object"],
        "properties": {
            "data": {"type": ["array"], "items": {"$ref": "MessageBatch"}},
            "has_more": {"type": ["boolean"]},
            "first_id": {"type": ["string", "null"]},
            "last_id": {"type": ["string", "null"]},
        },
        "required": ["data", "has_more"],
    },
    "DeletedMessageBatch": {
        "type": ["object"],
        "properties": {"id": {"type": ["string"]}, "type": {"type": ["string"], "const": "message_batch_deleted"}},
        "required": ["id", "type"],
    },
    "CreateMessageBatchRequest": {
        "type": ["object"],
        "properties": {"requests": {"type": ["array"], "items": {"$ref": "MessageBatchRequest"}}},
        "required": ["requests"],
    },
    "MessageBatchRequest": {
        "type": ["object"],
        "properties": {
            "custom_id": {"type": ["string"], "pattern": "^[a-zA-Z0-9_-]{1,64}$"},
            "params": {"$ref": "MessageCreateParams"},
        },
        "required": ["custom_id", "params"],
    },
    "MessageCreateParams": {
        "type": ["object"],
        "properties": {
            "model": {"type": ["string"]},
            "max_tokens": {"type": ["integer"], "minimum": 1},
            "messages": {"type": ["array"], "items": {"$ref": "MessageParam"}},
            "system": {"anyOf": [{"type": ["string"]}, {"type": ["array"], "items": {"$ref": "TextBlockParam"}}]},
            "temperature": {"type": ["number"], "minimum": 0},
            "top_p": {"type": ["number"], "minimum": 0},
            "top_k": {"type": ["integer"], "minimum": 0},
            "stop_sequences": {"type": ["array"], "items": {"type": ["string"]}},
            "metadata": {"$ref": "Metadata"},
            "tools": {"type": ["array"], "items": {"$ref": "Tool"}},
            "tool_choice": {"$ref": "ToolChoice"},
            "thinking": {"$ref": "ThinkingConfig"},
            "service_tier": {"type": ["string"]},
            "stream": {"type": ["boolean"]},
        },
        "required": ["model", "max_tokens", "messages"],
    },
    "MessageParam": {
        "type": ["object"],
        "properties": {
            "role": {"type": ["string"]},
            "content": {"anyOf": [{"type": ["string"]}, {"type": ["array"], "items": {"$ref": "InputContentBlock"}}]},
        },
        "required": ["role", "content"],
    },
    "InputContentBlock": {
        "anyOf": [
            {"$ref": "TextBlockParam"},
            {"$ref": "ImageBlockParam"},
            {"$ref": "ToolUseBlockParam"},
            {"$ref": "ToolResultBlockParam"},
            {"$ref": "OtherInputContentBlock"},
        ]
    },
    "TextBlockParam": {
        "type": ["object"],
        "properties": {
            "type": {"type": ["string"], "const": "text"},
            "text": {"type": ["string"]},
            "cache_control": {"$ref": "CacheControl"},
        },
        "required": ["type", "text"],
    },
    "ImageBlockParam": {
        "type": ["object"],
        "properties": {
            "type": {"type": ["string"], "const": "image"},
            "source": {"$ref": "ImageSource"},
            "cache_control": {"$ref": "CacheControl"},
        },
        "required": ["type", "source"],
    },
    "ImageSource": {
        "type": ["object"],
        "properties": {
            "type": {"type": ["string"]},
            "media_type": {"type": ["string"]},
            "data": {"type": ["string"]},
            "url": {"type": ["string"]},
        },
        "required": ["type"],
    },
    "ToolUseBlockParam": {
        "type": ["object"],
        "properties": {
            "type": {"type": ["string"], "const": "tool_use"},
            "id": {"type": ["string"]},
            "name": {"type": ["string"]},
            "input": {"type": ["object"]},
        },
        "required": ["type", "id", "name", "input"],
    },
    "ToolResultBlockParam": {
        "type": ["object"],
        "properties": {
            "type": {"type": ["string"], "const": "tool_result"},
            "tool_use_id": {"type": ["string"]},
            "content": {
                "anyOf": [
                    {"type": ["string"]},
                    {"type": ["array"], "items": {"anyOf": [{"$ref": "TextBlockParam"}, {"$ref": "ImageBlockParam"}]}},
                ]
            },
            "is_error": {"type": ["boolean"]},
            "cache_control": {"$ref": "CacheControl"},
        },
        "required": ["type", "tool_use_id"],
    },
    "OtherInputContentBlock": {"type": ["object"], "properties": {"type": {"type": ["string"]}}, "required": ["type"]},
    "CacheControl": {
        "type": ["object"],
        "properties": {"type": {"type": ["string"], "const": "ephemeral"}, "ttl": {"type": ["string"]}},
        "required": ["type"],
    },
    "Metadata": {"type": ["object"], "properties": {"user_id": {"type": ["string", "null"]}}},
    "Tool": {
        "type": ["object"],
        "properties": {
            "name": {"type": ["string"]},
            "type": {"type": ["string"]},
            "description": {"type": ["string"]},
            "input_schema": {"type": ["object"]},
            "cache_control": {"$ref": "CacheControl"},
        },
        "required": ["name"],
    },
    "ToolChoice": {
        "type": ["object"],
        "properties": {
            "type": {"type": ["string"]},
            "name": {"type": ["string"]},
            "disable_parallel_tool_use": {"type": ["boolean"]},
        },
        "required": ["type"],
    },
    "ThinkingConfig": {
        "type": ["object"],
        "properties": {
            "type": {"type": ["string"]},
            "budget_tokens": {"type": ["integer"], "minimum": 1024},
            "display": {"anyOf": [{"$ref": "ThinkingDisplay"}, {"type": ["null"]}]},
        },
        "required": ["type"],
    },
    "ThinkingDisplay": {"type": ["string"]},
    "MessageBatchIndividualResponse": {
        "type": ["object"],
        "properties": {
            "custom_id": {"type": ["string"]},
            "result": {
                "anyOf": [
                    {"$ref": "MessageBatchSucceededResult"},
                    {"$ref": "MessageBatchErroredResult"},
                    {"$ref": "MessageBatchCanceledResult"},
                    {"$ref": "MessageBatchExpiredResult"},
                ],
                "discriminator": {
                    "propertyName": "type",
                    "mapping": {
                        "succeeded": "MessageBatchSucceededResult",
                        "errored": "MessageBatchErroredResult",
                        "canceled": "MessageBatchCanceledResult",
                        "expired": "MessageBatchExpiredResult",
                    },
                },
            },
        },
        "required": ["custom_id", "result"],
    },
    "MessageBatchSucceededResult": {
        "type": ["object"],
        "properties": {"type": {"type": ["string"], "const": "succeeded"}, "message": {"$ref": "Message"}},
        "required": ["type", "message"],
    },
    "MessageBatchErroredResult": {
        "type": ["object"],
        "properties": {"type": {"type": ["string"], "const": "errored"}, "error": {"$ref": "ErrorResponse"}},
        "required": ["type", "error"],
    },
    "MessageBatchCanceledResult": {
        "type": ["object"],
        "properties": {"type": {"type": ["string"], "const": "canceled"}},
        "required": ["type"],
    },
    "MessageBatchExpiredResult": {
        "type": ["object"],
        "properties": {"type": {"type": ["string"], "const": "expired"}},
        "required": ["type"],
    },
    "StopReason": {"type": ["string"]},
    "Message": {
        "type": ["object"],
        "properties": {
            "id": {"type": ["string"]},
            "type": {"type": ["string"], "const": "message"},
            "role": {"type": ["string"], "const": "assistant"},
            "content": {"type": ["array"], "items": {"$ref": "ContentBlock"}},
            "model": {"type": ["string"]},
            "stop_reason": {"anyOf": [{"$ref": "StopReason"}, {"type": ["null"]}]},
            "stop_sequence": {"type": ["string", "null"]},
            "usage": {"$ref": "Usage"},
            "container": {"anyOf": [{"$ref": "Container"}, {"type": ["null"]}]},
            "stop_details": {"anyOf": [{"$ref": "StopDetails"}, {"type": ["null"]}]},
        },
        "required": ["id", "type", "role", "content", "model", "stop_reason", "stop_sequence", "usage"],
    },
    "Container": {
        "type": ["object"],
        "properties": {"id": {"type": ["string"]}, "expires_at": {"type": ["string"], "format": "date-time"}},
        "required": ["id", "expires_at"],
    },
    "StopDetails": {"type": ["object"], "properties": {"type": {"type": ["string"]}}},
    "ContentBlock": {
        "anyOf": [
            {"$ref": "TextBlock"},
            {"$ref": "ThinkingBlock"},
            {"$ref": "RedactedThinkingBlock"},
            {"$ref": "ToolUseBlock"},
            {"$ref": "ServerToolUseBlock"},
            {"$ref": "OtherContentBlock"},
        ]
    },
    "TextBlock": {
        "type": ["object"],
        "properties": {
            "type": {"type": ["string"], "const": "text"},
            "text": {"type": ["string"]},
            "citations": {"anyOf": [{"type": ["array"], "items": {"$ref": "Citation"}}, {"type": ["null"]}]},
        },
        "required": ["type", "text"],
    },
    "Citation": {
        "type": ["object"],
        "properties": {"type": {"type": ["string"]}, "cited_text": {"type": ["string"]}},
        "required": ["type"],
    },
    "ThinkingBlock": {
        "type": ["object"],
        "properties": {
            "type": {"type": ["string"], "const": "thinking"},
            "thinking": {"type": ["string"]},
            "signature": {"type": ["string"]},
        },
        "required": ["type", "thinking", "signature"],
    },
    "RedactedThinkingBlock": {
        "type": ["object"],
        "properties": {"type": {"type": ["string"], "const": "redacted_thinking"}, "data": {"type": ["string"]}},
        "required": ["type", "data"],
    },
    "ToolUseBlock": {
        "type": ["object"],
        "properties": {
            "type": {"type": ["string"], "const": "tool_use"},
            "id": {"type": ["string"]},
            "name": {"type": ["string"]},
            "input": {"type": ["object"]},
        },
        "required": ["type", "id", "name", "input"],
    },
    "ServerToolUseBlock": {
        "type": ["object"],
        "properties": {
            "type": {"type": ["string"], "const": "server_tool_use"},
            "id": {"type": ["string"]},
            "name": {"type": ["string"]},
            "input": {"type": ["object"]},
        },
        "required": ["type", "id", "name", "input"],
    },
    "OtherContentBlock": {"type": ["object"], "properties": {"type": {"type": ["string"]}}, "required": ["type"]},
    "Usage": {
        "type": ["object"],
        "properties": {
            "input_tokens": {"type": ["integer"], "minimum": 0},
            "output_tokens": {"type": ["integer"], "minimum": 0},
            "cache_creation_input_tokens": {"type": ["integer", "null"], "minimum": 0},
            "cache_read_input_tokens": {"type": ["integer", "null"], "minimum": 0},
            "cache_creation": {"anyOf": [{"$ref": "CacheCreation"}, {"type": ["null"]}]},
            "server_tool_use": {"anyOf": [{"$ref": "ServerToolUsage"}, {"type": ["null"]}]},
            "service_tier": {"anyOf": [{"$ref": "ServiceTier"}, {"type": ["null"]}]},
            "inference_geo": {"type": ["string", "null"]},
        },
        "required": ["input_tokens", "output_tokens"],
    },
    "CacheCreation": {
        "type": ["object"],
        "properties": {
            "ephemeral_5m_input_tokens": {"type": ["integer"], "minimum": 0},
            "ephemeral_1h_input_tokens": {"type": ["integer"], "minimum": 0},
        },
        "required": ["ephemeral_5m_input_tokens", "ephemeral_1h_input_tokens"],
    },
    "ServerToolUsage": {
        "type": ["object"],
        "properties": {
            "web_search_requests": {"type": ["integer"], "minimum": 0},
            "web_fetch_requests": {"type": ["integer"], "minimum": 0},
        },
        "required": ["web_search_requests", "web_fetch_requests"],
    },
    "ServiceTier": {"type": ["string"]},
    "ErrorType": {"type": ["string"]},
    "ErrorObject": {
        "type": ["object"],
        "properties": {
            "type": {"$ref": "ErrorType"},
            "message": {"type": ["string"]},
            "details": {"anyOf": [{"$ref": "ErrorDetails"}, {"type": ["null"]}]},
        },
        "required": ["type", "message"],
    },
    "ErrorDetails": {"type": ["object"], "properties": {"error_code": {"type": ["string"]}}},
    "ErrorResponse": {
        "type": ["object"],
        "properties": {
            "type": {"type": ["string"], "const": "error"},
            "error": {"$ref": "ErrorObject"},
            "request_id": {"type": ["string", "null"]},
        },
        "required": ["type", "error"],
    },
}

RESPONSES: dict[tuple[str, str], Any] = {
    ("list_message_batches", "200"): {"$ref": "MessageBatchList"},
    ("create_message_batch", "200"): {"$ref": "MessageBatch"},
    ("get_message_batch", "200"): {"$ref": "MessageBatch"},
    ("delete_message_batch", "200"): {"$ref": "DeletedMessageBatch"},
    ("cancel_message_batch", "200"): {"$ref": "MessageBatch"},
    ("get_message_batch_results", "200"): {"$ref": "MessageBatchIndividualResponse"},
}
