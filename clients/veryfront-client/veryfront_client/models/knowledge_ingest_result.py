# Generated from specs/veryfront.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.knowledge_ingest_counts import KnowledgeIngestCounts
    from ..models.knowledge_ingest_failed_source import KnowledgeIngestFailedSource
    from ..models.knowledge_ingest_ingested_source import KnowledgeIngestIngestedSource
    from ..models.knowledge_ingest_metadata import KnowledgeIngestMetadata
    from ..models.knowledge_ingest_skipped_source import KnowledgeIngestSkippedSource


T = TypeVar("T", bound="KnowledgeIngestResult")


@_attrs_define
class KnowledgeIngestResult:
    """Full result of a knowledge-ingest job, listing every source as ingested, skipped or failed.

    Attributes:
        kind (Literal['knowledge_ingest']): Always `knowledge_ingest`.
        version (int): Version of this result format; currently always 1.
        metadata (KnowledgeIngestMetadata): What a knowledge ingest was asked to do.
        summary (KnowledgeIngestCounts): Per-outcome counts of a knowledge ingest.
        ingested (list[KnowledgeIngestIngestedSource]): Sources that were ingested.
        skipped (list[KnowledgeIngestSkippedSource]): Sources that were skipped.
        failed (list[KnowledgeIngestFailedSource]): Sources that failed.
    """

    kind: Literal["knowledge_ingest"]
    version: int
    metadata: KnowledgeIngestMetadata
    summary: KnowledgeIngestCounts
    ingested: list[KnowledgeIngestIngestedSource]
    skipped: list[KnowledgeIngestSkippedSource]
    failed: list[KnowledgeIngestFailedSource]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        version = self.version

        metadata = self.metadata.to_dict()

        summary = self.summary.to_dict()

        ingested = []
        for ingested_item_data in self.ingested:
            ingested_item = ingested_item_data.to_dict()
            ingested.append(ingested_item)

        skipped = []
        for skipped_item_data in self.skipped:
            skipped_item = skipped_item_data.to_dict()
            skipped.append(skipped_item)

        failed = []
        for failed_item_data in self.failed:
            failed_item = failed_item_data.to_dict()
            failed.append(failed_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "version": version,
                "metadata": metadata,
                "summary": summary,
                "ingested": ingested,
                "skipped": skipped,
                "failed": failed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.knowledge_ingest_counts import KnowledgeIngestCounts  # noqa: PLC0415
        from ..models.knowledge_ingest_failed_source import KnowledgeIngestFailedSource  # noqa: PLC0415
        from ..models.knowledge_ingest_ingested_source import KnowledgeIngestIngestedSource  # noqa: PLC0415
        from ..models.knowledge_ingest_metadata import KnowledgeIngestMetadata  # noqa: PLC0415
        from ..models.knowledge_ingest_skipped_source import KnowledgeIngestSkippedSource  # noqa: PLC0415

        d = dict(src_dict)
        kind = cast(Literal["knowledge_ingest"], d.pop("kind"))
        if kind != "knowledge_ingest":
            raise ValueError(f"kind must match const 'knowledge_ingest', got '{kind}'")

        version = d.pop("version")

        metadata = KnowledgeIngestMetadata.from_dict(d.pop("metadata"))

        summary = KnowledgeIngestCounts.from_dict(d.pop("summary"))

        ingested = []
        _ingested = d.pop("ingested")
        for ingested_item_data in _ingested:
            ingested_item = KnowledgeIngestIngestedSource.from_dict(ingested_item_data)

            ingested.append(ingested_item)

        skipped = []
        _skipped = d.pop("skipped")
        for skipped_item_data in _skipped:
            skipped_item = KnowledgeIngestSkippedSource.from_dict(skipped_item_data)

            skipped.append(skipped_item)

        failed = []
        _failed = d.pop("failed")
        for failed_item_data in _failed:
            failed_item = KnowledgeIngestFailedSource.from_dict(failed_item_data)

            failed.append(failed_item)

        knowledge_ingest_result = cls(
            kind=kind,
            version=version,
            metadata=metadata,
            summary=summary,
            ingested=ingested,
            skipped=skipped,
            failed=failed,
        )

        knowledge_ingest_result.additional_properties = d
        return knowledge_ingest_result

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
