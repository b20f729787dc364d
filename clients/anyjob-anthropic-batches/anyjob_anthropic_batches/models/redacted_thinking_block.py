# Generated from specs/anthropic.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RedactedThinkingBlock")


@_attrs_define
class RedactedThinkingBlock:
    """Thinking that was redacted for safety; opaque, pass it back unchanged.

    Attributes:
        type_ (Literal['redacted_thinking']):  Default: 'redacted_thinking'.
        data (str):
    """

    data: str
    type_: Literal["redacted_thinking"] = "redacted_thinking"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["redacted_thinking"], d.pop("type"))
        if type_ != "redacted_thinking":
            raise ValueError(f"type must match const 'redacted_thinking', got '{type_}'")

        data = d.pop("data")

        redacted_thinking_block = cls(
            type_=type_,
            data=data,
        )

        redacted_thinking_block.additional_properties = d
        return redacted_thinking_block

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
