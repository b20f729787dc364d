# Generated from specs/veryfront.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PageInfo")


@_attrs_define
class PageInfo:
    """Cursor pagination state of a list response. Not documented by the vendor: whether the values are bare cursors or
    links; pass `next` as the `cursor` query parameter to get the next page.

        Attributes:
            self_ (None | str): Cursor of this page, or null.
            first (None | str): Cursor of the first page; documented as always null.
            next_ (None | str): Cursor of the next page (pass it as `cursor`), or null on the last page.
            prev (None | str): Cursor of the previous page, or null on the first page.
    """

    self_: None | str
    first: None | str
    next_: None | str
    prev: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_: None | str
        self_ = self.self_

        first: None | str
        first = self.first

        next_: None | str
        next_ = self.next_

        prev: None | str
        prev = self.prev

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "self": self_,
                "first": first,
                "next": next_,
                "prev": prev,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_self_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        self_ = _parse_self_(d.pop("self"))

        def _parse_first(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        first = _parse_first(d.pop("first"))

        def _parse_next_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_ = _parse_next_(d.pop("next"))

        def _parse_prev(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        prev = _parse_prev(d.pop("prev"))

        page_info = cls(
            self_=self_,
            first=first,
            next_=next_,
            prev=prev,
        )

        page_info.additional_properties = d
        return page_info

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
