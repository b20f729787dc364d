# Generated from specs/dispersed.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.docker_parameters import DockerParameters


T = TypeVar("T", bound="CreateBatchJobRequest")


@_attrs_define
class CreateBatchJobRequest:
    """Create a BATCH job: it runs to completion and must finish within `max_timeout_run_ms` (at least 60000 ms).

    Attributes:
        task (Literal['BATCH']): Always `BATCH` for this shape.
        max_timeout_run_ms (int): Maximum run time, in ms (at least 60000 = 1 min). Required for BATCH.
        title (str | Unset): A title for the job.
        description (str | Unset): A free-text description of the job.
        cpu_count (int | Unset): Number of CPUs required.
        gpu_count (int | Unset): Number of GPUs required.
        gpu_name (str | Unset): GPU model required, e.g. `NVIDIA RTX 4090`. Mutually exclusive with `gpu_registry_uuid`:
            set at most one.
        gpu_registry_uuid (str | Unset): UUID of the GPU entry in the vendor's GPU registry. Mutually exclusive with
            `gpu_name`: set at most one.
        min_ram_gb (float | Unset): Minimum RAM per node, in GB.
        min_vram_gb (float | Unset): Minimum GPU memory per node, in GB.
        min_storage_gb (float | Unset): Minimum storage per node, in GB.
        max_node_count (int | Unset): Maximum number of nodes to run on (default 1). Default: 1.
        max_retry_count (int | Unset): How many times a failed run is retried (default 0). Default: 0.
        max_timeout_assign_ms (int | Unset): How long the job may wait to be assigned to a node, in ms (at least 300000
            = 5 min).
        max_timeout_start_ms (int | Unset): How long an assigned job may take to start, in ms (at least 120000 = 2 min).
        allowed_region_codes (list[str] | Unset): AWS-style region codes the job may run in, e.g. `us-east-1`, `eu-
            west-1`. Empty means anywhere.
        parameters (DockerParameters | Unset): Job parameters for a Docker workload: `{type: "docker", parameters:
            {...}}`.
    """

    task: Literal["BATCH"]
    max_timeout_run_ms: int
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    cpu_count: int | Unset = UNSET
    gpu_count: int | Unset = UNSET
    gpu_name: str | Unset = UNSET
    gpu_registry_uuid: str | Unset = UNSET
    min_ram_gb: float | Unset = UNSET
    min_vram_gb: float | Unset = UNSET
    min_storage_gb: float | Unset = UNSET
    max_node_count: int | Unset = 1
    max_retry_count: int | Unset = 0
    max_timeout_assign_ms: int | Unset = UNSET
    max_timeout_start_ms: int | Unset = UNSET
    allowed_region_codes: list[str] | Unset = UNSET
    parameters: DockerParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task = self.task

        max_timeout_run_ms = self.max_timeout_run_ms

        title = self.title

        description = self.description

        cpu_count = self.cpu_count

        gpu_count = self.gpu_count

        gpu_name = self.gpu_name

        gpu_registry_uuid = self.gpu_registry_uuid

        min_ram_gb = self.min_ram_gb

        min_vram_gb = self.min_vram_gb

        min_storage_gb = self.min_storage_gb

        max_node_count = self.max_node_count

        max_retry_count = self.max_retry_count

        max_timeout_assign_ms = self.max_timeout_assign_ms

        max_timeout_start_ms = self.max_timeout_start_ms

        allowed_region_codes: list[str] | Unset = UNSET
        if not isinstance(self.allowed_region_codes, Unset):
            allowed_region_codes = self.allowed_region_codes

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task": task,
                "max_timeout_run_ms": max_timeout_run_ms,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if cpu_count is not UNSET:
            field_dict["cpu_count"] = cpu_count
        if gpu_count is not UNSET:
            field_dict["gpu_count"] = gpu_count
        if gpu_name is not UNSET:
            field_dict["gpu_name"] = gpu_name
        if gpu_registry_uuid is not UNSET:
            field_dict["gpu_registry_uuid"] = gpu_registry_uuid
        if min_ram_gb is not UNSET:
            field_dict["min_ram_gb"] = min_ram_gb
        if min_vram_gb is not UNSET:
            field_dict["min_vram_gb"] = min_vram_gb
        if min_storage_gb is not UNSET:
            field_dict["min_storage_gb"] = min_storage_gb
        if max_node_count is not UNSET:
            field_dict["max_node_count"] = max_node_count
        if max_retry_count is not UNSET:
            field_dict["max_retry_count"] = max_retry_count
        if max_timeout_assign_ms is not UNSET:
            field_dict["max_timeout_assign_ms"] = max_timeout_assign_ms
        if max_timeout_start_ms is not UNSET:
            field_dict["max_timeout_start_ms"] = max_timeout_start_ms
        if allowed_region_codes is not UNSET:
            field_dict["allowed_region_codes"] = allowed_region_codes
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.docker_parameters import DockerParameters  # noqa: PLC0415

        d = dict(src_dict)
        task = cast(Literal["BATCH"], d.pop("task"))
        if task != "BATCH":
            raise ValueError(f"task must match const 'BATCH', got '{task}'")

        max_timeout_run_ms = d.pop("max_timeout_run_ms")

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        cpu_count = d.pop("cpu_count", UNSET)

        gpu_count = d.pop("gpu_count", UNSET)

        gpu_name = d.pop("gpu_name", UNSET)

        gpu_registry_uuid = d.pop("gpu_registry_uuid", UNSET)

        min_ram_gb = d.pop("min_ram_gb", UNSET)

        min_vram_gb = d.pop("min_vram_gb", UNSET)

        min_storage_gb = d.pop("min_storage_gb", UNSET)

        max_node_count = d.pop("max_node_count", UNSET)

        max_retry_count = d.pop("max_retry_count", UNSET)

        max_timeout_assign_ms = d.pop("max_timeout_assign_ms", UNSET)

        max_timeout_start_ms = d.pop("max_timeout_start_ms", UNSET)

        allowed_region_codes = cast(list[str], d.pop("allowed_region_codes", UNSET))

        _parameters = d.pop("parameters", UNSET)
        parameters: DockerParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = DockerParameters.from_dict(_parameters)

        create_batch_job_request = cls(
            task=task,
            max_timeout_run_ms=max_timeout_run_ms,
            title=title,
            description=description,
            cpu_count=cpu_count,
            gpu_count=gpu_count,
            gpu_name=gpu_name,
            gpu_registry_uuid=gpu_registry_uuid,
            min_ram_gb=min_ram_gb,
            min_vram_gb=min_vram_gb,
            min_storage_gb=min_storage_gb,
            max_node_count=max_node_count,
            max_retry_count=max_retry_count,
            max_timeout_assign_ms=max_timeout_assign_ms,
            max_timeout_start_ms=max_timeout_start_ms,
            allowed_region_codes=allowed_region_codes,
            parameters=parameters,
        )

        create_batch_job_request.additional_properties = d
        return create_batch_job_request

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
