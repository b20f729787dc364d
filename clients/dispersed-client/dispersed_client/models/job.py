# Generated from specs/dispersed.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus
from ..models.job_task import JobTask
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_access_token import ContainerAccessToken
    from ..models.job_parameters import JobParameters


T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """A compute job, as returned by create, get, list and cancel. Required fields and nullability follow the vendor's
    "Stop Job" reference page exactly.

        Attributes:
            object_ (Literal['job']): Always `job`.
            created_at (datetime.date | datetime.datetime | None): When the job was created (a date or a date-time).
            updated_at (datetime.date | datetime.datetime | None): When the job was last updated (a date or a date-time).
            status (JobStatus): A job's status. The seed page lists PENDING, ASSIGNED, RUNNING, COMPLETED, CANCELLED and
                FAILED; the
                job-monitoring guide's lifecycle adds CANCELLING ("cancel requested").

                - `PENDING`: waiting to be assigned to a node
                - `ASSIGNED`: assigned to a node, not yet running
                - `RUNNING`: running
                - `COMPLETED`: finished successfully (BATCH)
                - `CANCELLING`: cancel requested, not yet stopped
                - `CANCELLED`: cancelled
                - `FAILED`: failed (after any retries)
            task (JobTask): The kind of job: `BATCH` runs to completion within `max_timeout_run_ms`; `PERSISTENT` is a long-
                running service that runs until cancelled.
            title (str): The job's title.
            cpu_count (float | None): Number of CPUs required.
            gpu_count (float | None): Number of GPUs required.
            min_ram_gb (float): Minimum RAM per node, in GB.
            min_vram_gb (float): Minimum GPU memory per node, in GB.
            min_storage_gb (float): Minimum storage per node, in GB.
            parameters (JobParameters): A job's parameters as returned by the service. The seed page types this only as
                `object`; its example is the Docker shape (`{type: "docker", parameters: {...}}`). `type` is a free string here
                so that an undocumented workload type does not break parsing.
            timeout_assign_at_ms (float | None): Unix time in ms at which the job times out if it is still not assigned.
            uuid (None | str | Unset): The job's UUID.
            started_at (datetime.date | datetime.datetime | None | Unset): When the job started running (a date or a date-
                time); null before that.
            completed_at (datetime.date | datetime.datetime | None | Unset): When the job finished (a date or a date-time);
                null while it has not.
            status_reason (None | str | Unset): Why the job is in its status (e.g. the cancel reason or a failure message).
            description (None | str | Unset): The job's description.
            gpu_name (None | str | Unset): GPU model required (mutually exclusive with `gpu_registry_uuid`).
            gpu_registry_uuid (None | str | Unset): GPU registry entry required (mutually exclusive with `gpu_name`).
            max_timeout_assign_ms (float | None | Unset): Maximum time to wait for assignment, in ms.
            max_timeout_start_ms (float | None | Unset): Maximum time to wait for the start after assignment, in ms.
            max_timeout_run_ms (float | None | Unset): Maximum run time, in ms; null for PERSISTENT jobs.
            max_retry_count (float | None | Unset): Maximum number of retries of a failed run.
            max_node_count (float | None | Unset): Maximum number of nodes.
            image_size_bytes (float | None | Unset): Size of the container image, in bytes.
            container_access_tokens (list[ContainerAccessToken] | Unset): Access tokens for the job's containers.
            source_recipe_uuid (None | str | Unset): UUID of the recipe (template) the job was created from, if any.
    """

    object_: Literal["job"]
    created_at: datetime.date | datetime.datetime | None
    updated_at: datetime.date | datetime.datetime | None
    status: JobStatus
    task: JobTask
    title: str
    cpu_count: float | None
    gpu_count: float | None
    min_ram_gb: float
    min_vram_gb: float
    min_storage_gb: float
    parameters: JobParameters
    timeout_assign_at_ms: float | None
    uuid: None | str | Unset = UNSET
    started_at: datetime.date | datetime.datetime | None | Unset = UNSET
    completed_at: datetime.date | datetime.datetime | None | Unset = UNSET
    status_reason: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    gpu_name: None | str | Unset = UNSET
    gpu_registry_uuid: None | str | Unset = UNSET
    max_timeout_assign_ms: float | None | Unset = UNSET
    max_timeout_start_ms: float | None | Unset = UNSET
    max_timeout_run_ms: float | None | Unset = UNSET
    max_retry_count: float | None | Unset = UNSET
    max_node_count: float | None | Unset = UNSET
    image_size_bytes: float | None | Unset = UNSET
    container_access_tokens: list[ContainerAccessToken] | Unset = UNSET
    source_recipe_uuid: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        created_at: None | str
        if isinstance(self.created_at, datetime.date):
            created_at = self.created_at.isoformat()
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str
        if isinstance(self.updated_at, datetime.date):
            updated_at = self.updated_at.isoformat()
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        status = self.status.value

        task = self.task.value

        title = self.title

        cpu_count: float | None
        cpu_count = self.cpu_count

        gpu_count: float | None
        gpu_count = self.gpu_count

        min_ram_gb = self.min_ram_gb

        min_vram_gb = self.min_vram_gb

        min_storage_gb = self.min_storage_gb

        parameters = self.parameters.to_dict()

        timeout_assign_at_ms: float | None
        timeout_assign_at_ms = self.timeout_assign_at_ms

        uuid: None | str | Unset
        if isinstance(self.uuid, Unset):
            uuid = UNSET
        else:
            uuid = self.uuid

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.date):
            started_at = self.started_at.isoformat()
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.date):
            completed_at = self.completed_at.isoformat()
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        status_reason: None | str | Unset
        if isinstance(self.status_reason, Unset):
            status_reason = UNSET
        else:
            status_reason = self.status_reason

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        gpu_name: None | str | Unset
        if isinstance(self.gpu_name, Unset):
            gpu_name = UNSET
        else:
            gpu_name = self.gpu_name

        gpu_registry_uuid: None | str | Unset
        if isinstance(self.gpu_registry_uuid, Unset):
            gpu_registry_uuid = UNSET
        else:
            gpu_registry_uuid = self.gpu_registry_uuid

        max_timeout_assign_ms: float | None | Unset
        if isinstance(self.max_timeout_assign_ms, Unset):
            max_timeout_assign_ms = UNSET
        else:
            max_timeout_assign_ms = self.max_timeout_assign_ms

        max_timeout_start_ms: float | None | Unset
        if isinstance(self.max_timeout_start_ms, Unset):
            max_timeout_start_ms = UNSET
        else:
            max_timeout_start_ms = self.max_timeout_start_ms

        max_timeout_run_ms: float | None | Unset
        if isinstance(self.max_timeout_run_ms, Unset):
            max_timeout_run_ms = UNSET
        else:
            max_timeout_run_ms = self.max_timeout_run_ms

        max_retry_count: float | None | Unset
        if isinstance(self.max_retry_count, Unset):
            max_retry_count = UNSET
        else:
            max_retry_count = self.max_retry_count

        max_node_count: float | None | Unset
        if isinstance(self.max_node_count, Unset):
            max_node_count = UNSET
        else:
            max_node_count = self.max_node_count

        image_size_bytes: float | None | Unset
        if isinstance(self.image_size_bytes, Unset):
            image_size_bytes = UNSET
        else:
            image_size_bytes = self.image_size_bytes

        container_access_tokens: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.container_access_tokens, Unset):
            container_access_tokens = []
            for container_access_tokens_item_data in self.container_access_tokens:
                container_access_tokens_item = container_access_tokens_item_data.to_dict()
                container_access_tokens.append(container_access_tokens_item)

        source_recipe_uuid: None | str | Unset
        if isinstance(self.source_recipe_uuid, Unset):
            source_recipe_uuid = UNSET
        else:
            source_recipe_uuid = self.source_recipe_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "created_at": created_at,
                "updated_at": updated_at,
                "status": status,
                "task": task,
                "title": title,
                "cpu_count": cpu_count,
                "gpu_count": gpu_count,
                "min_ram_gb": min_ram_gb,
                "min_vram_gb": min_vram_gb,
                "min_storage_gb": min_storage_gb,
                "parameters": parameters,
                "timeout_assign_at_ms": timeout_assign_at_ms,
            }
        )
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if status_reason is not UNSET:
            field_dict["status_reason"] = status_reason
        if description is not UNSET:
            field_dict["description"] = description
        if gpu_name is not UNSET:
            field_dict["gpu_name"] = gpu_name
        if gpu_registry_uuid is not UNSET:
            field_dict["gpu_registry_uuid"] = gpu_registry_uuid
        if max_timeout_assign_ms is not UNSET:
            field_dict["max_timeout_assign_ms"] = max_timeout_assign_ms
        if max_timeout_start_ms is not UNSET:
            field_dict["max_timeout_start_ms"] = max_timeout_start_ms
        if max_timeout_run_ms is not UNSET:
            field_dict["max_timeout_run_ms"] = max_timeout_run_ms
        if max_retry_count is not UNSET:
            field_dict["max_retry_count"] = max_retry_count
        if max_node_count is not UNSET:
            field_dict["max_node_count"] = max_node_count
        if image_size_bytes is not UNSET:
            field_dict["image_size_bytes"] = image_size_bytes
        if container_access_tokens is not UNSET:
            field_dict["container_access_tokens"] = container_access_tokens
        if source_recipe_uuid is not UNSET:
            field_dict["source_recipe_uuid"] = source_recipe_uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_access_token import ContainerAccessToken  # noqa: PLC0415
        from ..models.job_parameters import JobParameters  # noqa: PLC0415

        d = dict(src_dict)
        object_ = cast(Literal["job"], d.pop("object"))
        if object_ != "job":
            raise ValueError(f"object must match const 'job', got '{object_}'")

        def _parse_created_at(data: object) -> datetime.date | datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.date.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_1 = datetime.datetime.fromisoformat(data)

                return created_at_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | datetime.datetime | None, data)

        created_at = _parse_created_at(d.pop("created_at"))

        def _parse_updated_at(data: object) -> datetime.date | datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.date.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_1 = datetime.datetime.fromisoformat(data)

                return updated_at_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        status = JobStatus(d.pop("status"))

        task = JobTask(d.pop("task"))

        title = d.pop("title")

        def _parse_cpu_count(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        cpu_count = _parse_cpu_count(d.pop("cpu_count"))

        def _parse_gpu_count(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        gpu_count = _parse_gpu_count(d.pop("gpu_count"))

        min_ram_gb = d.pop("min_ram_gb")

        min_vram_gb = d.pop("min_vram_gb")

        min_storage_gb = d.pop("min_storage_gb")

        parameters = JobParameters.from_dict(d.pop("parameters"))

        def _parse_timeout_assign_at_ms(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        timeout_assign_at_ms = _parse_timeout_assign_at_ms(d.pop("timeout_assign_at_ms"))

        def _parse_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uuid = _parse_uuid(d.pop("uuid", UNSET))

        def _parse_started_at(data: object) -> datetime.date | datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.date.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_1 = datetime.datetime.fromisoformat(data)

                return started_at_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_completed_at(data: object) -> datetime.date | datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.date.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_1 = datetime.datetime.fromisoformat(data)

                return completed_at_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_status_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_reason = _parse_status_reason(d.pop("status_reason", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_gpu_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gpu_name = _parse_gpu_name(d.pop("gpu_name", UNSET))

        def _parse_gpu_registry_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gpu_registry_uuid = _parse_gpu_registry_uuid(d.pop("gpu_registry_uuid", UNSET))

        def _parse_max_timeout_assign_ms(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_timeout_assign_ms = _parse_max_timeout_assign_ms(d.pop("max_timeout_assign_ms", UNSET))

        def _parse_max_timeout_start_ms(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_timeout_start_ms = _parse_max_timeout_start_ms(d.pop("max_timeout_start_ms", UNSET))

        def _parse_max_timeout_run_ms(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_timeout_run_ms = _parse_max_timeout_run_ms(d.pop("max_timeout_run_ms", UNSET))

        def _parse_max_retry_count(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_retry_count = _parse_max_retry_count(d.pop("max_retry_count", UNSET))

        def _parse_max_node_count(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_node_count = _parse_max_node_count(d.pop("max_node_count", UNSET))

        def _parse_image_size_bytes(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        image_size_bytes = _parse_image_size_bytes(d.pop("image_size_bytes", UNSET))

        _container_access_tokens = d.pop("container_access_tokens", UNSET)
        container_access_tokens: list[ContainerAccessToken] | Unset = UNSET
        if _container_access_tokens is not UNSET:
            container_access_tokens = []
            for container_access_tokens_item_data in _container_access_tokens:
                container_access_tokens_item = ContainerAccessToken.from_dict(container_access_tokens_item_data)

                container_access_tokens.append(container_access_tokens_item)

        def _parse_source_recipe_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_recipe_uuid = _parse_source_recipe_uuid(d.pop("source_recipe_uuid", UNSET))

        job = cls(
            object_=object_,
            created_at=created_at,
            updated_at=updated_at,
            status=status,
            task=task,
            title=title,
            cpu_count=cpu_count,
            gpu_count=gpu_count,
            min_ram_gb=min_ram_gb,
            min_vram_gb=min_vram_gb,
            min_storage_gb=min_storage_gb,
            parameters=parameters,
            timeout_assign_at_ms=timeout_assign_at_ms,
            uuid=uuid,
            started_at=started_at,
            completed_at=completed_at,
            status_reason=status_reason,
            description=description,
            gpu_name=gpu_name,
            gpu_registry_uuid=gpu_registry_uuid,
            max_timeout_assign_ms=max_timeout_assign_ms,
            max_timeout_start_ms=max_timeout_start_ms,
            max_timeout_run_ms=max_timeout_run_ms,
            max_retry_count=max_retry_count,
            max_node_count=max_node_count,
            image_size_bytes=image_size_bytes,
            container_access_tokens=container_access_tokens,
            source_recipe_uuid=source_recipe_uuid,
        )

        job.additional_properties = d
        return job

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
