# Generated from specs/veryfront.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ArtifactsResultSummary")


@_attrs_define
class ArtifactsResultSummary:
    """Result summary of a job whose result is a list of artifacts.

    Attributes:
        kind (Literal['artifacts']): Always `artifacts`.
        artifact_count (int): Number of artifacts produced.
    """

    kind: Literal["artifacts"]
    artifact_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        artifact_count = self.artifact_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "artifact_count": artifact_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = cast(Literal["artifacts"], d.pop("kind"))
        if kind != "artifacts":
            raise ValueError(f"kind must match const 'artifacts', got '{kind}'")

        artifact_count = d.pop("artifact_count")

        artifacts_result_summary = cls(
            kind=kind,
            artifact_count=artifact_count,
        )

        artifacts_result_summary.additional_properties = d
        return artifacts_result_summary

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
