# Generated from specs/veryfront.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.knowledge_ingest_source_stats import KnowledgeIngestSourceStats


T = TypeVar("T", bound="KnowledgeIngestIngestedSource")


@_attrs_define
class KnowledgeIngestIngestedSource:
    """A source that was ingested.

    Attributes:
        source (str): The source as requested.
        local_source_path (str): Local path of the source while it was processed.
        output_path (str): Path of the generated knowledge file.
        remote_path (str): Remote path the knowledge file was uploaded to.
        slug (str): Slug of the ingested document.
        source_type (str): Type of the source (for example the file type).
        summary (str): Summary of the ingested document.
        stats (KnowledgeIngestSourceStats): Processing statistics of an ingested source; its keys are not documented.
        warnings (list[str]): Warnings raised while ingesting this source.
    """

    source: str
    local_source_path: str
    output_path: str
    remote_path: str
    slug: str
    source_type: str
    summary: str
    stats: KnowledgeIngestSourceStats
    warnings: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        local_source_path = self.local_source_path

        output_path = self.output_path

        remote_path = self.remote_path

        slug = self.slug

        source_type = self.source_type

        summary = self.summary

        stats = self.stats.to_dict()

        warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "localSourcePath": local_source_path,
                "outputPath": output_path,
                "remotePath": remote_path,
                "slug": slug,
                "sourceType": source_type,
                "summary": summary,
                "stats": stats,
                "warnings": warnings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.knowledge_ingest_source_stats import KnowledgeIngestSourceStats  # noqa: PLC0415

        d = dict(src_dict)
        source = d.pop("source")

        local_source_path = d.pop("localSourcePath")

        output_path = d.pop("outputPath")

        remote_path = d.pop("remotePath")

        slug = d.pop("slug")

        source_type = d.pop("sourceType")

        summary = d.pop("summary")

        stats = KnowledgeIngestSourceStats.from_dict(d.pop("stats"))

        warnings = cast(list[str], d.pop("warnings"))

        knowledge_ingest_ingested_source = cls(
            source=source,
            local_source_path=local_source_path,
            output_path=output_path,
            remote_path=remote_path,
            slug=slug,
            source_type=source_type,
            summary=summary,
            stats=stats,
            warnings=warnings,
        )

        knowledge_ingest_ingested_source.additional_properties = d
        return knowledge_ingest_ingested_source

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
