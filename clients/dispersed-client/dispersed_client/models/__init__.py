# Generated from specs/dispersed.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
"""Contains all the data models used in inputs/outputs"""

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
