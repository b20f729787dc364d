# Generated from specs/veryfront.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.runtime_target_kind import RuntimeTargetKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_config import JobConfig


T = TypeVar("T", bound="CreateJobRequest")


@_attrs_define
class CreateJobRequest:
    """Body of `create_job` (snake_case on the wire).

    Attributes:
        name (str): Human-readable job name.
        target (str): What to run, as `task:<id>` or `workflow:<id>` (for example `task:knowledge-ingest`).
        config (JobConfig | Unset): Target-specific configuration, passed through unchanged. For `task:knowledge-ingest`
            it is one of
            `{"upload_ids": [<upload uuid>, ...]}`, `{"paths": [<path>, ...]}` or `{"path_prefix": "<prefix>"}`.
        batch_id (UUID | Unset): Job batch to add the job to; jobs created with the same `batch_id` form one job batch.
        timeout_seconds (float | Unset): Maximum run time in seconds. Not documented by the vendor - the default and the
            allowed range.
        backoff_limit (float | Unset): How many times a failing job is retried. Not documented by the vendor - the
            default and the allowed range.
        runtime_target_kind (RuntimeTargetKind | Unset): Where the job runs: the project's main branch, an environment
            (`runtime_target_environment_id`) or a preview
            branch (`runtime_target_branch_id`).
        runtime_target_environment_id (str | Unset): Environment to run in, with `runtime_target_kind` = `environment`.
        runtime_target_branch_id (str | Unset): Preview branch to run on, with `runtime_target_kind` = `preview_branch`.
    """

    name: str
    target: str
    config: JobConfig | Unset = UNSET
    batch_id: UUID | Unset = UNSET
    timeout_seconds: float | Unset = UNSET
    backoff_limit: float | Unset = UNSET
    runtime_target_kind: RuntimeTargetKind | Unset = UNSET
    runtime_target_environment_id: str | Unset = UNSET
    runtime_target_branch_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        target = self.target

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        batch_id: str | Unset = UNSET
        if not isinstance(self.batch_id, Unset):
            batch_id = str(self.batch_id)

        timeout_seconds = self.timeout_seconds

        backoff_limit = self.backoff_limit

        runtime_target_kind: str | Unset = UNSET
        if not isinstance(self.runtime_target_kind, Unset):
            runtime_target_kind = self.runtime_target_kind.value

        runtime_target_environment_id = self.runtime_target_environment_id

        runtime_target_branch_id = self.runtime_target_branch_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "target": target,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds
        if backoff_limit is not UNSET:
            field_dict["backoff_limit"] = backoff_limit
        if runtime_target_kind is not UNSET:
            field_dict["runtime_target_kind"] = runtime_target_kind
        if runtime_target_environment_id is not UNSET:
            field_dict["runtime_target_environment_id"] = runtime_target_environment_id
        if runtime_target_branch_id is not UNSET:
            field_dict["runtime_target_branch_id"] = runtime_target_branch_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_config import JobConfig  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        target = d.pop("target")

        _config = d.pop("config", UNSET)
        config: JobConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = JobConfig.from_dict(_config)

        _batch_id = d.pop("batch_id", UNSET)
        batch_id: UUID | Unset
        if isinstance(_batch_id, Unset):
            batch_id = UNSET
        else:
            batch_id = UUID(_batch_id)

        timeout_seconds = d.pop("timeout_seconds", UNSET)

        backoff_limit = d.pop("backoff_limit", UNSET)

        _runtime_target_kind = d.pop("runtime_target_kind", UNSET)
        runtime_target_kind: RuntimeTargetKind | Unset
        if isinstance(_runtime_target_kind, Unset):
            runtime_target_kind = UNSET
        else:
            runtime_target_kind = RuntimeTargetKind(_runtime_target_kind)

        runtime_target_environment_id = d.pop("runtime_target_environment_id", UNSET)

        runtime_target_branch_id = d.pop("runtime_target_branch_id", UNSET)

        create_job_request = cls(
            name=name,
            target=target,
            config=config,
            batch_id=batch_id,
            timeout_seconds=timeout_seconds,
            backoff_limit=backoff_limit,
            runtime_target_kind=runtime_target_kind,
            runtime_target_environment_id=runtime_target_environment_id,
            runtime_target_branch_id=runtime_target_branch_id,
        )

        create_job_request.additional_properties = d
        return create_job_request

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
