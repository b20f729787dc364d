# Generated from specs/veryfront.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ArtifactsResult")


@_attrs_define
class ArtifactsResult:
    """Full result of a job whose result is a list of artifacts.

    Attributes:
        kind (Literal['artifacts']): Always `artifacts`.
        artifacts (list[Any]): The artifacts the job produced; their shape is not documented.
    """

    kind: Literal["artifacts"]
    artifacts: list[Any]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        artifacts = self.artifacts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "artifacts": artifacts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = cast(Literal["artifacts"], d.pop("kind"))
        if kind != "artifacts":
            raise ValueError(f"kind must match const 'artifacts', got '{kind}'")

        artifacts = cast(list[Any], d.pop("artifacts"))

        artifacts_result = cls(
            kind=kind,
            artifacts=artifacts,
        )

        artifacts_result.additional_properties = d
        return artifacts_result

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
