# Generated from specs/digitalocean-genai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.indexing_job import IndexingJob


T = TypeVar("T", bound="IndexingJobResponse")


@_attrs_define
class IndexingJobResponse:
    """An indexing job wrapped in a `job` envelope (returned by create, get and cancel).

    Attributes:
        job (IndexingJob | Unset): An indexing job of a knowledge base. Every field is optional. Some fields appear only
            in upstream's spec (`total_tokens`, `is_report_available`, `data_source_jobs`) and some only on the API
            reference page (`total_items_failed`, `total_items_indexed`, `total_items_skipped`); this schema accepts both.
    """

    job: IndexingJob | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job, Unset):
            job = self.job.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job is not UNSET:
            field_dict["job"] = job

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.indexing_job import IndexingJob  # noqa: PLC0415

        d = dict(src_dict)
        _job = d.pop("job", UNSET)
        job: IndexingJob | Unset
        if isinstance(_job, Unset):
            job = UNSET
        else:
            job = IndexingJob.from_dict(_job)

        indexing_job_response = cls(
            job=job,
        )

        indexing_job_response.additional_properties = d
        return indexing_job_response

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
