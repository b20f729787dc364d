# Generated from specs/veryfront.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.job_batch_status_counts import JobBatchStatusCounts


T = TypeVar("T", bound="JobBatch")


@_attrs_define
class JobBatch:
    """A batch of jobs created with the same `batch_id`, with per-status counts.

    Attributes:
        id (UUID): Job batch UUID.
        project_id (UUID): UUID of the project the batch belongs to.
        target (None | str): Target the batch's jobs run, or null.
        job_count (int): Number of jobs in the batch.
        status_counts (JobBatchStatusCounts): Number of the batch's jobs in each status.
        created_at (str): When the batch was created.
        updated_at (str): When the batch was last updated.
        result (Any): The batch's result (any JSON value, shape not documented), or null.
    """

    id: UUID
    project_id: UUID
    target: None | str
    job_count: int
    status_counts: JobBatchStatusCounts
    created_at: str
    updated_at: str
    result: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        project_id = str(self.project_id)

        target: None | str
        target = self.target

        job_count = self.job_count

        status_counts = self.status_counts.to_dict()

        created_at = self.created_at

        updated_at = self.updated_at

        result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "target": target,
                "job_count": job_count,
                "status_counts": status_counts,
                "created_at": created_at,
                "updated_at": updated_at,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_batch_status_counts import JobBatchStatusCounts  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        project_id = UUID(d.pop("project_id"))

        def _parse_target(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        target = _parse_target(d.pop("target"))

        job_count = d.pop("job_count")

        status_counts = JobBatchStatusCounts.from_dict(d.pop("status_counts"))

        created_at = d.pop("created_at")

        updated_at = d.pop("updated_at")

        result = d.pop("result")

        job_batch = cls(
            id=id,
            project_id=project_id,
            target=target,
            job_count=job_count,
            status_counts=status_counts,
            created_at=created_at,
            updated_at=updated_at,
            result=result,
        )

        job_batch.additional_properties = d
        return job_batch

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
