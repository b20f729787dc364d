# Generated from specs/openai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
"""Contains all the data models used in inputs/outputs"""

from .auto import Auto
from .batch import Batch
from .batch_error import BatchError
from .batch_errors import BatchErrors
from .batch_file_expiration_after import BatchFileExpirationAfter
from .batch_file_expiration_after_anchor import BatchFileExpirationAfterAnchor
from .batch_list import BatchList
from .batch_list_object import BatchListObject
from .batch_object import BatchObject
from .batch_request_counts import BatchRequestCounts
from .batch_status import BatchStatus
from .batch_usage import BatchUsage
from .batch_usage_input_tokens_details import BatchUsageInputTokensDetails
from .batch_usage_output_tokens_details import BatchUsageOutputTokensDetails
from .create_batch_request import CreateBatchRequest
from .create_batch_request_completion_window import CreateBatchRequestCompletionWindow
from .create_batch_request_endpoint import CreateBatchRequestEndpoint
from .create_fine_tuning_job_request import CreateFineTuningJobRequest
from .error import Error
from .error_response import ErrorResponse
from .fine_tune_dpo_hyperparameters import FineTuneDPOHyperparameters
from .fine_tune_dpo_method import FineTuneDPOMethod
from .fine_tune_method import FineTuneMethod
from .fine_tune_method_type import FineTuneMethodType
from .fine_tune_reinforcement_hyperparameters import FineTuneReinforcementHyperparameters
from .fine_tune_reinforcement_hyperparameters_reasoning_effort import (
    FineTuneReinforcementHyperparametersReasoningEffort,
)
from .fine_tune_reinforcement_method import FineTuneReinforcementMethod
from .fine_tune_reinforcement_method_grader import FineTuneReinforcementMethodGrader
from .fine_tune_supervised_hyperparameters import FineTuneSupervisedHyperparameters
from .fine_tune_supervised_method import FineTuneSupervisedMethod
from .fine_tuning_integration import FineTuningIntegration
from .fine_tuning_integration_type import FineTuningIntegrationType
from .fine_tuning_integration_wandb import FineTuningIntegrationWandb
from .fine_tuning_job import FineTuningJob
from .fine_tuning_job_error import FineTuningJobError
from .fine_tuning_job_event import FineTuningJobEvent
from .fine_tuning_job_event_data_type_0 import FineTuningJobEventDataType0
from .fine_tuning_job_event_level import FineTuningJobEventLevel
from .fine_tuning_job_event_list import FineTuningJobEventList
from .fine_tuning_job_event_list_object import FineTuningJobEventListObject
from .fine_tuning_job_event_object import FineTuningJobEventObject
from .fine_tuning_job_event_type import FineTuningJobEventType
from .fine_tuning_job_hyperparameters import FineTuningJobHyperparameters
from .fine_tuning_job_list import FineTuningJobList
from .fine_tuning_job_list_object import FineTuningJobListObject
from .fine_tuning_job_object import FineTuningJobObject
from .fine_tuning_job_status import FineTuningJobStatus
from .list_fine_tuning_jobs_metadata import ListFineTuningJobsMetadata
from .metadata import Metadata

__all__ = (
    "Auto",
    "Batch",
    "BatchError",
    "BatchErrors",
    "BatchFileExpirationAfter",
    "BatchFileExpirationAfterAnchor",
    "BatchList",
    "BatchListObject",
    "BatchObject",
    "BatchRequestCounts",
    "BatchStatus",
    "BatchUsage",
    "BatchUsageInputTokensDetails",
    "BatchUsageOutputTokensDetails",
    "CreateBatchRequest",
    "CreateBatchRequestCompletionWindow",
    "CreateBatchRequestEndpoint",
    "CreateFineTuningJobRequest",
    "Error",
    "ErrorResponse",
    "FineTuneDPOHyperparameters",
    "FineTuneDPOMethod",
    "FineTuneMethod",
    "FineTuneMethodType",
    "FineTuneReinforcementHyperparameters",
    "FineTuneReinforcementHyperparametersReasoningEffort",
    "FineTuneReinforcementMethod",
    "FineTuneReinforcementMethodGrader",
    "FineTuneSupervisedHyperparameters",
    "FineTuneSupervisedMethod",
    "FineTuningIntegration",
    "FineTuningIntegrationType",
    "FineTuningIntegrationWandb",
    "FineTuningJob",
    "FineTuningJobError",
    "FineTuningJobEvent",
    "FineTuningJobEventDataType0",
    "FineTuningJobEventLevel",
    "FineTuningJobEventList",
    "FineTuningJobEventListObject",
    "FineTuningJobEventObject",
    "FineTuningJobEventType",
    "FineTuningJobHyperparameters",
    "FineTuningJobList",
    "FineTuningJobListObject",
    "FineTuningJobObject",
    "FineTuningJobStatus",
    "ListFineTuningJobsMetadata",
    "Metadata",
)
