# Generated from specs/dispersed.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DockerVolume")


@_attrs_define
class DockerVolume:
    """A volume to mount into the container, provided as a container image. Not documented by the vendor: field semantics
    beyond their names and which fields are required.

        Attributes:
            image (str | Unset): Image that provides the volume's content.
            tag (str | Unset): Tag of `image`.
            mount (str | Unset): Path inside the container where the volume is mounted.
            registry (str | Unset): Registry hosting `image`.
            user (str | Unset): Registry user name, for a private image.
            secret (str | Unset): Registry secret / password, for a private image.
    """

    image: str | Unset = UNSET
    tag: str | Unset = UNSET
    mount: str | Unset = UNSET
    registry: str | Unset = UNSET
    user: str | Unset = UNSET
    secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        tag = self.tag

        mount = self.mount

        registry = self.registry

        user = self.user

        secret = self.secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image is not UNSET:
            field_dict["image"] = image
        if tag is not UNSET:
            field_dict["tag"] = tag
        if mount is not UNSET:
            field_dict["mount"] = mount
        if registry is not UNSET:
            field_dict["registry"] = registry
        if user is not UNSET:
            field_dict["user"] = user
        if secret is not UNSET:
            field_dict["secret"] = secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image = d.pop("image", UNSET)

        tag = d.pop("tag", UNSET)

        mount = d.pop("mount", UNSET)

        registry = d.pop("registry", UNSET)

        user = d.pop("user", UNSET)

        secret = d.pop("secret", UNSET)

        docker_volume = cls(
            image=image,
            tag=tag,
            mount=mount,
            registry=registry,
            user=user,
            secret=secret,
        )

        docker_volume.additional_properties = d
        return docker_volume

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
