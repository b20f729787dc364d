# Generated from specs/digitalocean-genai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateIndexingJobRequest")


@_attrs_define
class CreateIndexingJobRequest:
    """Body of `create_indexing_job`. Every field is optional, as upstream declares them.

    Attributes:
        knowledge_base_uuid (str | Unset): UUID of the knowledge base to index. Example: 9758a232-b351-11ef-
            bf8f-4e013e2ddde4.
        data_source_uuids (list[str] | Unset): UUIDs of the data sources to index. If none are provided (empty list),
            all data sources of the knowledge base are indexed. Example: ['9a825ee0-bbb1-11ef-bf8f-4e013e2ddde4'].
    """

    knowledge_base_uuid: str | Unset = UNSET
    data_source_uuids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        knowledge_base_uuid = self.knowledge_base_uuid

        data_source_uuids: list[str] | Unset = UNSET
        if not isinstance(self.data_source_uuids, Unset):
            data_source_uuids = self.data_source_uuids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if knowledge_base_uuid is not UNSET:
            field_dict["knowledge_base_uuid"] = knowledge_base_uuid
        if data_source_uuids is not UNSET:
            field_dict["data_source_uuids"] = data_source_uuids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        knowledge_base_uuid = d.pop("knowledge_base_uuid", UNSET)

        data_source_uuids = cast(list[str], d.pop("data_source_uuids", UNSET))

        create_indexing_job_request = cls(
            knowledge_base_uuid=knowledge_base_uuid,
            data_source_uuids=data_source_uuids,
        )

        create_indexing_job_request.additional_properties = d
        return create_indexing_job_request

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
