# Generated from specs/veryfront.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JobBatchStatusCounts")


@_attrs_define
class JobBatchStatusCounts:
    """Number of the batch's jobs in each status.

    Attributes:
        submitted (int): Jobs in status `submitted`.
        working (int): Jobs in status `working`.
        completed (int): Jobs in status `completed`.
        failed (int): Jobs in status `failed`.
        canceled (int): Jobs in status `canceled`.
    """

    submitted: int
    working: int
    completed: int
    failed: int
    canceled: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        submitted = self.submitted

        working = self.working

        completed = self.completed

        failed = self.failed

        canceled = self.canceled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "submitted": submitted,
                "working": working,
                "completed": completed,
                "failed": failed,
                "canceled": canceled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        submitted = d.pop("submitted")

        working = d.pop("working")

        completed = d.pop("completed")

        failed = d.pop("failed")

        canceled = d.pop("canceled")

        job_batch_status_counts = cls(
            submitted=submitted,
            working=working,
            completed=completed,
            failed=failed,
            canceled=canceled,
        )

        job_batch_status_counts.additional_properties = d
        return job_batch_status_counts

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
