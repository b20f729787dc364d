# Generated from specs/anthropic.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_source_media_type import ImageSourceMediaType
from ..models.image_source_type import ImageSourceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageSource")


@_attrs_define
class ImageSource:
    """Where an image comes from, `base64` (with `media_type` and `data`) or `url`.

    Attributes:
        type_ (ImageSourceType):
        media_type (ImageSourceMediaType | Unset):
        data (str | Unset): The image, base64-encoded.
        url (str | Unset): The image's URL.
    """

    type_: ImageSourceType
    media_type: ImageSourceMediaType | Unset = UNSET
    data: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        media_type: str | Unset = UNSET
        if not isinstance(self.media_type, Unset):
            media_type = self.media_type.value

        data = self.data

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if media_type is not UNSET:
            field_dict["media_type"] = media_type
        if data is not UNSET:
            field_dict["data"] = data
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = ImageSourceType(d.pop("type"))

        _media_type = d.pop("media_type", UNSET)
        media_type: ImageSourceMediaType | Unset
        if isinstance(_media_type, Unset):
            media_type = UNSET
        else:
            media_type = ImageSourceMediaType(_media_type)

        data = d.pop("data", UNSET)

        url = d.pop("url", UNSET)

        image_source = cls(
            type_=type_,
            media_type=media_type,
            data=data,
            url=url,
        )

        image_source.additional_properties = d
        return image_source

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
