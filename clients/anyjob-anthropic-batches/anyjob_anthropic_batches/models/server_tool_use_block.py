# Generated from specs/anthropic.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.server_tool_use_block_input import ServerToolUseBlockInput


T = TypeVar("T", bound="ServerToolUseBlock")


@_attrs_define
class ServerToolUseBlock:
    """A call of a server tool (web search, code execution, ...), run by Anthropic.

    Attributes:
        type_ (Literal['server_tool_use']):  Default: 'server_tool_use'.
        id (str):
        name (str):  Example: web_search.
        input_ (ServerToolUseBlockInput):
    """

    id: str
    name: str
    input_: ServerToolUseBlockInput
    type_: Literal["server_tool_use"] = "server_tool_use"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        name = self.name

        input_ = self.input_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "name": name,
                "input": input_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.server_tool_use_block_input import ServerToolUseBlockInput  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["server_tool_use"], d.pop("type"))
        if type_ != "server_tool_use":
            raise ValueError(f"type must match const 'server_tool_use', got '{type_}'")

        id = d.pop("id")

        name = d.pop("name")

        input_ = ServerToolUseBlockInput.from_dict(d.pop("input"))

        server_tool_use_block = cls(
            type_=type_,
            id=id,
            name=name,
            input_=input_,
        )

        server_tool_use_block.additional_properties = d
        return server_tool_use_block

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
