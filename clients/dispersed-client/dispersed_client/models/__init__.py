# Generated from specs/dispersed.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
"""Contains all the data models used in inputs/outputs.

Each model's module is imported the first time the model is used (PEP 562), not when this package is: a program that
reads one kind of answer loads the models of that answer only. Type checkers see every model as a plain import.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .cancel_job_request import CancelJobRequest
    from .container_access_token import ContainerAccessToken
    from .create_batch_job_request import CreateBatchJobRequest
    from .create_persistent_job_request import CreatePersistentJobRequest
    from .docker_container_parameters import DockerContainerParameters
    from .docker_environment import DockerEnvironment
    from .docker_parameters import DockerParameters
    from .docker_volume import DockerVolume
    from .error import Error
    from .job import Job
    from .job_create_fields import JobCreateFields
    from .job_list import JobList
    from .job_parameters import JobParameters
    from .job_run import JobRun
    from .job_run_list import JobRunList
    from .job_run_status import JobRunStatus
    from .job_snapshot import JobSnapshot
    from .job_sort import JobSort
    from .job_status import JobStatus
    from .job_task import JobTask
    from .node_url import NodeUrl
else:
    import importlib

    _MODULES = {
        "CancelJobRequest": ".cancel_job_request",
        "ContainerAccessToken": ".container_access_token",
        "CreateBatchJobRequest": ".create_batch_job_request",
        "CreatePersistentJobRequest": ".create_persistent_job_request",
        "DockerContainerParameters": ".docker_container_parameters",
        "DockerEnvironment": ".docker_environment",
        "DockerParameters": ".docker_parameters",
        "DockerVolume": ".docker_volume",
        "Error": ".error",
        "Job": ".job",
        "JobCreateFields": ".job_create_fields",
        "JobList": ".job_list",
        "JobParameters": ".job_parameters",
        "JobRun": ".job_run",
        "JobRunList": ".job_run_list",
        "JobRunStatus": ".job_run_status",
        "JobSnapshot": ".job_snapshot",
        "JobSort": ".job_sort",
        "JobStatus": ".job_status",
        "JobTask": ".job_task",
        "NodeUrl": ".node_url",
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
    "CancelJobRequest",
    "ContainerAccessToken",
    "CreateBatchJobRequest",
    "CreatePersistentJobRequest",
    "DockerContainerParameters",
    "DockerEnvironment",
    "DockerParameters",
    "DockerVolume",
    "Error",
    "Job",
    "JobCreateFields",
    "JobList",
    "JobParameters",
    "JobRun",
    "JobRunList",
    "JobRunStatus",
    "JobSnapshot",
    "JobSort",
    "JobStatus",
    "JobTask",
    "NodeUrl",
)
