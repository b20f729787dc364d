# Generated from specs/anthropic.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
"""Contains all the data models used in inputs/outputs"""

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
