# Generated from specs/anthropic.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
"""Contains all the data models used in inputs/outputs.

Each model's module is imported the first time the model is used (PEP 562), not when this package is: a program that
reads one kind of answer loads the models of that answer only. Type checkers see every model as a plain import.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .cache_control import CacheControl
    from .cache_control_ttl import CacheControlTtl
    from .cache_creation import CacheCreation
    from .citation import Citation
    from .container import Container
    from .create_message_batch_request import CreateMessageBatchRequest
    from .deleted_message_batch import DeletedMessageBatch
    from .error_details import ErrorDetails
    from .error_object import ErrorObject
    from .error_response import ErrorResponse
    from .error_type import ErrorType
    from .image_block_param import ImageBlockParam
    from .image_source import ImageSource
    from .image_source_media_type import ImageSourceMediaType
    from .image_source_type import ImageSourceType
    from .message import Message
    from .message_batch import MessageBatch
    from .message_batch_canceled_result import MessageBatchCanceledResult
    from .message_batch_errored_result import MessageBatchErroredResult
    from .message_batch_expired_result import MessageBatchExpiredResult
    from .message_batch_individual_response import MessageBatchIndividualResponse
    from .message_batch_list import MessageBatchList
    from .message_batch_processing_status import MessageBatchProcessingStatus
    from .message_batch_request import MessageBatchRequest
    from .message_batch_request_counts import MessageBatchRequestCounts
    from .message_batch_succeeded_result import MessageBatchSucceededResult
    from .message_create_params import MessageCreateParams
    from .message_create_params_service_tier import MessageCreateParamsServiceTier
    from .message_param import MessageParam
    from .message_param_role import MessageParamRole
    from .metadata import Metadata
    from .other_content_block import OtherContentBlock
    from .other_input_content_block import OtherInputContentBlock
    from .redacted_thinking_block import RedactedThinkingBlock
    from .server_tool_usage import ServerToolUsage
    from .server_tool_use_block import ServerToolUseBlock
    from .server_tool_use_block_input import ServerToolUseBlockInput
    from .service_tier import ServiceTier
    from .stop_details import StopDetails
    from .stop_reason import StopReason
    from .text_block import TextBlock
    from .text_block_param import TextBlockParam
    from .thinking_block import ThinkingBlock
    from .thinking_config import ThinkingConfig
    from .thinking_config_type import ThinkingConfigType
    from .thinking_display import ThinkingDisplay
    from .tool import Tool
    from .tool_choice import ToolChoice
    from .tool_choice_type import ToolChoiceType
    from .tool_input_schema import ToolInputSchema
    from .tool_result_block_param import ToolResultBlockParam
    from .tool_use_block import ToolUseBlock
    from .tool_use_block_input import ToolUseBlockInput
    from .tool_use_block_param import ToolUseBlockParam
    from .tool_use_block_param_input import ToolUseBlockParamInput
    from .usage import Usage
else:
    import importlib

    _MODULES = {
        "CacheControl": ".cache_control",
        "CacheControlTtl": ".cache_control_ttl",
        "CacheCreation": ".cache_creation",
        "Citation": ".citation",
        "Container": ".container",
        "CreateMessageBatchRequest": ".create_message_batch_request",
        "DeletedMessageBatch": ".deleted_message_batch",
        "ErrorDetails": ".error_details",
        "ErrorObject": ".error_object",
        "ErrorResponse": ".error_response",
        "ErrorType": ".error_type",
        "ImageBlockParam": ".image_block_param",
        "ImageSource": ".image_source",
        "ImageSourceMediaType": ".image_source_media_type",
        "ImageSourceType": ".image_source_type",
        "Message": ".message",
        "MessageBatch": ".message_batch",
        "MessageBatchCanceledResult": ".message_batch_canceled_result",
        "MessageBatchErroredResult": ".message_batch_errored_result",
        "MessageBatchExpiredResult": ".message_batch_expired_result",
        "MessageBatchIndividualResponse": ".message_batch_individual_response",
        "MessageBatchList": ".message_batch_list",
        "MessageBatchProcessingStatus": ".message_batch_processing_status",
        "MessageBatchRequest": ".message_batch_request",
        "MessageBatchRequestCounts": ".message_batch_request_counts",
        "MessageBatchSucceededResult": ".message_batch_succeeded_result",
        "MessageCreateParams": ".message_create_params",
        "MessageCreateParamsServiceTier": ".message_create_params_service_tier",
        "MessageParam": ".message_param",
        "MessageParamRole": ".message_param_role",
        "Metadata": ".metadata",
        "OtherContentBlock": ".other_content_block",
        "OtherInputContentBlock": ".other_input_content_block",
        "RedactedThinkingBlock": ".redacted_thinking_block",
        "ServerToolUsage": ".server_tool_usage",
        "ServerToolUseBlock": ".server_tool_use_block",
        "ServerToolUseBlockInput": ".server_tool_use_block_input",
        "ServiceTier": ".service_tier",
        "StopDetails": ".stop_details",
        "StopReason": ".stop_reason",
        "TextBlock": ".text_block",
        "TextBlockParam": ".text_block_param",
        "ThinkingBlock": ".thinking_block",
        "ThinkingConfig": ".thinking_config",
        "ThinkingConfigType": ".thinking_config_type",
        "ThinkingDisplay": ".thinking_display",
        "Tool": ".tool",
        "ToolChoice": ".tool_choice",
        "ToolChoiceType": ".tool_choice_type",
        "ToolInputSchema": ".tool_input_schema",
        "ToolResultBlockParam": ".tool_result_block_param",
        "ToolUseBlock": ".tool_use_block",
        "ToolUseBlockInput": ".tool_use_block_input",
        "ToolUseBlockParam": ".tool_use_block_param",
        "ToolUseBlockParamInput": ".tool_use_block_param_input",
        "Usage": ".usage",
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
    "CacheControl",
    "CacheControlTtl",
    "CacheCreation",
    "Citation",
    "Container",
    "CreateMessageBatchRequest",
    "DeletedMessageBatch",
    "ErrorDetails",
    "ErrorObject",
    "ErrorResponse",
    "ErrorType",
    "ImageBlockParam",
    "ImageSource",
    "ImageSourceMediaType",
    "ImageSourceType",
    "Message",
    "MessageBatch",
    "MessageBatchCanceledResult",
    "MessageBatchErroredResult",
    "MessageBatchExpiredResult",
    "MessageBatchIndividualResponse",
    "MessageBatchList",
    "MessageBatchProcessingStatus",
    "MessageBatchRequest",
    "MessageBatchRequestCounts",
    "MessageBatchSucceededResult",
    "MessageCreateParams",
    "MessageCreateParamsServiceTier",
    "MessageParam",
    "MessageParamRole",
    "Metadata",
    "OtherContentBlock",
    "OtherInputContentBlock",
    "RedactedThinkingBlock",
    "ServerToolUsage",
    "ServerToolUseBlock",
    "ServerToolUseBlockInput",
    "ServiceTier",
    "StopDetails",
    "StopReason",
    "TextBlock",
    "TextBlockParam",
    "ThinkingBlock",
    "ThinkingConfig",
    "ThinkingConfigType",
    "ThinkingDisplay",
    "Tool",
    "ToolChoice",
    "ToolChoiceType",
    "ToolInputSchema",
    "ToolResultBlockParam",
    "ToolUseBlock",
    "ToolUseBlockInput",
    "ToolUseBlockParam",
    "ToolUseBlockParamInput",
    "Usage",
)
