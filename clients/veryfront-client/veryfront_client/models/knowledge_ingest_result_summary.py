# Generated from specs/veryfront.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.knowledge_ingest_state import KnowledgeIngestState

T = TypeVar("T", bound="KnowledgeIngestResultSummary")


@_attrs_define
class KnowledgeIngestResultSummary:
    """Result summary of a knowledge-ingest job.

    Attributes:
        kind (Literal['knowledge_ingest']): Always `knowledge_ingest`.
        state (KnowledgeIngestState): Overall outcome of a knowledge ingest.
        requested_count (int): Number of sources requested.
        ingested_count (int): Number of sources ingested.
        skipped_count (int): Number of sources skipped.
        failed_count (int): Number of sources that failed.
    """

    kind: Literal["knowledge_ingest"]
    state: KnowledgeIngestState
    requested_count: int
    ingested_count: int
    skipped_count: int
    failed_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        state = self.state.value

        requested_count = self.requested_count

        ingested_count = self.ingested_count

        skipped_count = self.skipped_count

        failed_count = self.failed_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "state": state,
                "requested_count": requested_count,
                "ingested_count": ingested_count,
                "skipped_count": skipped_count,
                "failed_count": failed_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = cast(Literal["knowledge_ingest"], d.pop("kind"))
        if kind != "knowledge_ingest":
            raise ValueError(f"kind must match const 'knowledge_ingest', got '{kind}'")

        state = KnowledgeIngestState(d.pop("state"))

        requested_count = d.pop("requested_count")

        ingested_count = d.pop("ingested_count")

        skipped_count = d.pop("skipped_count")

        failed_count = d.pop("failed_count")

        knowledge_ingest_result_summary = cls(
            kind=kind,
            state=state,
            requested_count=requested_count,
            ingested_count=ingested_count,
            skipped_count=skipped_count,
            failed_count=failed_count,
        )

        knowledge_ingest_result_summary.additional_properties = d
        return knowledge_ingest_result_summary

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
