# Generated from specs/anthropic.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cache_control_ttl import CacheControlTtl
from ..types import UNSET, Unset

T = TypeVar("T", bound="CacheControl")


@_attrs_define
class CacheControl:
    """Marks a prompt-cache breakpoint.

    Attributes:
        type_ (Literal['ephemeral']):  Default: 'ephemeral'.
        ttl (CacheControlTtl | Unset): How long the cache entry lives (default 5 minutes; batches benefit from 1 hour,
            says the guide).
    """

    type_: Literal["ephemeral"] = "ephemeral"
    ttl: CacheControlTtl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        ttl: str | Unset = UNSET
        if not isinstance(self.ttl, Unset):
            ttl = self.ttl.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["ephemeral"], d.pop("type"))
        if type_ != "ephemeral":
            raise ValueError(f"type must match const 'ephemeral', got '{type_}'")

        _ttl = d.pop("ttl", UNSET)
        ttl: CacheControlTtl | Unset
        if isinstance(_ttl, Unset):
            ttl = UNSET
        else:
            ttl = CacheControlTtl(_ttl)

        cache_control = cls(
            type_=type_,
            ttl=ttl,
        )

        cache_control.additional_properties = d
        return cache_control

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
