# Generated from specs/digitalocean-genai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.indexed_data_source import IndexedDataSource


T = TypeVar("T", bound="IndexingJobDataSourceList")


@_attrs_define
class IndexingJobDataSourceList:
    """The data sources of an indexing job, with their indexing progress.

    Attributes:
        indexed_data_sources (list[IndexedDataSource] | Unset): One entry per data source of the indexing job.
    """

    indexed_data_sources: list[IndexedDataSource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        indexed_data_sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.indexed_data_sources, Unset):
            indexed_data_sources = []
            for indexed_data_sources_item_data in self.indexed_data_sources:
                indexed_data_sources_item = indexed_data_sources_item_data.to_dict()
                indexed_data_sources.append(indexed_data_sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if indexed_data_sources is not UNSET:
            field_dict["indexed_data_sources"] = indexed_data_sources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.indexed_data_source import IndexedDataSource  # noqa: PLC0415

        d = dict(src_dict)
        _indexed_data_sources = d.pop("indexed_data_sources", UNSET)
        indexed_data_sources: list[IndexedDataSource] | Unset = UNSET
        if _indexed_data_sources is not UNSET:
            indexed_data_sources = []
            for indexed_data_sources_item_data in _indexed_data_sources:
                indexed_data_sources_item = IndexedDataSource.from_dict(indexed_data_sources_item_data)

                indexed_data_sources.append(indexed_data_sources_item)

        indexing_job_data_source_list = cls(
            indexed_data_sources=indexed_data_sources,
        )

        indexing_job_data_source_list.additional_properties = d
        return indexing_job_data_source_list

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
