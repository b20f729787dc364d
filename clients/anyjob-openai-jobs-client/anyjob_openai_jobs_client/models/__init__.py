# Generated from specs/openai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
"""Contains all the data models used in inputs/outputs.

Each model's module is imported the first time the model is used (PEP 562), not when this package is: a program that
reads one kind of answer loads the models of that answer only. Type checkers see every model as a plain import.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
else:
    import importlib

    _MODULES = {
        "Auto": ".auto",
        "Batch": ".batch",
        "BatchError": ".batch_error",
        "BatchErrors": ".batch_errors",
        "BatchFileExpirationAfter": ".batch_file_expiration_after",
        "BatchFileExpirationAfterAnchor": ".batch_file_expiration_after_anchor",
        "BatchList": ".batch_list",
        "BatchListObject": ".batch_list_object",
        "BatchObject": ".batch_object",
        "BatchRequestCounts": ".batch_request_counts",
        "BatchStatus": ".batch_status",
        "BatchUsage": ".batch_usage",
        "BatchUsageInputTokensDetails": ".batch_usage_input_tokens_details",
        "BatchUsageOutputTokensDetails": ".batch_usage_output_tokens_details",
        "CreateBatchRequest": ".create_batch_request",
        "CreateBatchRequestCompletionWindow": ".create_batch_request_completion_window",
        "CreateBatchRequestEndpoint": ".create_batch_request_endpoint",
        "CreateFineTuningJobRequest": ".create_fine_tuning_job_request",
        "Error": ".error",
        "ErrorResponse": ".error_response",
        "FineTuneDPOHyperparameters": ".fine_tune_dpo_hyperparameters",
        "FineTuneDPOMethod": ".fine_tune_dpo_method",
        "FineTuneMethod": ".fine_tune_method",
        "FineTuneMethodType": ".fine_tune_method_type",
        "FineTuneReinforcementHyperparameters": ".fine_tune_reinforcement_hyperparameters",
        "FineTuneReinforcementHyperparametersReasoningEffort": ".fine_tune_reinforcement_hyperparameters_reasoning_effort",
        "FineTuneReinforcementMethod": ".fine_tune_reinforcement_method",
        "FineTuneReinforcementMethodGrader": ".fine_tune_reinforcement_method_grader",
        "FineTuneSupervisedHyperparameters": ".fine_tune_supervised_hyperparameters",
        "FineTuneSupervisedMethod": ".fine_tune_supervised_method",
        "FineTuningIntegration": ".fine_tuning_integration",
        "FineTuningIntegrationType": ".fine_tuning_integration_type",
        "FineTuningIntegrationWandb": ".fine_tuning_integration_wandb",
        "FineTuningJob": ".fine_tuning_job",
        "FineTuningJobError": ".fine_tuning_job_error",
        "FineTuningJobEvent": ".fine_tuning_job_event",
        "FineTuningJobEventDataType0": ".fine_tuning_job_event_data_type_0",
        "FineTuningJobEventLevel": ".fine_tuning_job_event_level",
        "FineTuningJobEventList": ".fine_tuning_job_event_list",
        "FineTuningJobEventListObject": ".fine_tuning_job_event_list_object",
        "FineTuningJobEventObject": ".fine_tuning_job_event_object",
        "FineTuningJobEventType": ".fine_tuning_job_event_type",
        "FineTuningJobHyperparameters": ".fine_tuning_job_hyperparameters",
        "FineTuningJobList": ".fine_tuning_job_list",
        "FineTuningJobListObject": ".fine_tuning_job_list_object",
        "FineTuningJobObject": ".fine_tuning_job_object",
        "FineTuningJobStatus": ".fine_tuning_job_status",
        "ListFineTuningJobsMetadata": ".list_fine_tuning_jobs_metadata",
        "Metadata": ".metadata",
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
