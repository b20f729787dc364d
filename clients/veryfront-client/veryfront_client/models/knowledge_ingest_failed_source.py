# Generated from specs/veryfront.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.knowledge_ingest_failure_reason import KnowledgeIngestFailureReason

T = TypeVar("T", bound="KnowledgeIngestFailedSource")


@_attrs_define
class KnowledgeIngestFailedSource:
    """A source that failed to ingest.

    Attributes:
        source (str): The source as requested.
        local_source_path (str): Local path of the source while it was processed.
        reason (KnowledgeIngestFailureReason): Why a source failed.
        message (str): Human-readable error.
    """

    source: str
    local_source_path: str
    reason: KnowledgeIngestFailureReason
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        local_source_path = self.local_source_path

        reason = self.reason.value

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "localSourcePath": local_source_path,
                "reason": reason,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = d.pop("source")

        local_source_path = d.pop("localSourcePath")

        reason = KnowledgeIngestFailureReason(d.pop("reason"))

        message = d.pop("message")

        knowledge_ingest_failed_source = cls(
            source=source,
            local_source_path=local_source_path,
            reason=reason,
            message=message,
        )

        knowledge_ingest_failed_source.additional_properties = d
        return knowledge_ingest_failed_source

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
