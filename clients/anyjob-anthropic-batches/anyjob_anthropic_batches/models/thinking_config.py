# Generated from specs/anthropic.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thinking_config_type import ThinkingConfigType
from ..models.thinking_display import ThinkingDisplay
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThinkingConfig")


@_attrs_define
class ThinkingConfig:
    """Extended thinking. `enabled` needs `budget_tokens` (at least 1024); `adaptive` lets the model decide.

    Attributes:
        type_ (ThinkingConfigType):
        budget_tokens (int | Unset):
        display (None | ThinkingDisplay | Unset): Whether thinking is shown summarized or omitted in the answer.
    """

    type_: ThinkingConfigType
    budget_tokens: int | Unset = UNSET
    display: None | ThinkingDisplay | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        budget_tokens = self.budget_tokens

        display: None | str | Unset
        if isinstance(self.display, Unset):
            display = UNSET
        elif isinstance(self.display, ThinkingDisplay):
            display = self.display.value
        else:
            display = self.display

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if budget_tokens is not UNSET:
            field_dict["budget_tokens"] = budget_tokens
        if display is not UNSET:
            field_dict["display"] = display

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = ThinkingConfigType(d.pop("type"))

        budget_tokens = d.pop("budget_tokens", UNSET)

        def _parse_display(data: object) -> None | ThinkingDisplay | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                display_type_0 = ThinkingDisplay(data)

                return display_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ThinkingDisplay | Unset, data)

        display = _parse_display(d.pop("display", UNSET))

        thinking_config = cls(
            type_=type_,
            budget_tokens=budget_tokens,
            display=display,
        )

        thinking_config.additional_properties = d
        return thinking_config

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
