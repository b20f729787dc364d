# Generated from specs/veryfront.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.knowledge_ingest_source_mode import KnowledgeIngestSourceMode

T = TypeVar("T", bound="KnowledgeIngestMetadata")


@_attrs_define
class KnowledgeIngestMetadata:
    """What a knowledge ingest was asked to do.

    Attributes:
        requested_count (int): Number of sources requested.
        source_mode (KnowledgeIngestSourceMode): How the sources were selected - an explicit list (`upload_ids` /
            `paths`) or a `path_prefix`.
        knowledge_path (str): Path in the project where the ingested knowledge is written.
    """

    requested_count: int
    source_mode: KnowledgeIngestSourceMode
    knowledge_path: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requested_count = self.requested_count

        source_mode = self.source_mode.value

        knowledge_path = self.knowledge_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requested_count": requested_count,
                "source_mode": source_mode,
                "knowledge_path": knowledge_path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        requested_count = d.pop("requested_count")

        source_mode = KnowledgeIngestSourceMode(d.pop("source_mode"))

        knowledge_path = d.pop("knowledge_path")

        knowledge_ingest_metadata = cls(
            requested_count=requested_count,
            source_mode=source_mode,
            knowledge_path=knowledge_path,
        )

        knowledge_ingest_metadata.additional_properties = d
        return knowledge_ingest_metadata

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
