# Generated from specs/dispersed.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.docker_environment import DockerEnvironment
    from ..models.docker_volume import DockerVolume


T = TypeVar("T", bound="DockerContainerParameters")


@_attrs_define
class DockerContainerParameters:
    """The Docker container to run. Not documented by the vendor: which fields are required and the exact meaning of
    `host`, `imagesrc`, `user`, `secret` and `sshkey` beyond their names.

        Attributes:
            image (str | Unset): Container image name, e.g. `pytorch/pytorch`.
            tag (str | Unset): Image tag, e.g. `2.3.1-cuda12.1-cudnn8-runtime`.
            imagesrc (str | Unset): Image source (by its name; not documented further).
            host (str | Unset): Registry host (by its name; not documented further).
            user (str | Unset): Registry user name, for a private image (by its name; not documented further).
            secret (str | Unset): Registry secret / password, for a private image (by its name; not documented further).
            sshkey (str | Unset): SSH public key for access to the container (by its name; not documented further).
            env (DockerEnvironment | Unset): Environment variables for the container, as name → value. The vendor shows only
                `{}`; values are normally strings, but any JSON value is kept.
            ports (list[int] | Unset): Container ports to expose, e.g. `[8888]`.
            allowed_ips (list[str] | Unset): IP addresses / ranges allowed to reach the exposed ports.
            volumes (list[DockerVolume] | Unset): Volumes to mount.
    """

    image: str | Unset = UNSET
    tag: str | Unset = UNSET
    imagesrc: str | Unset = UNSET
    host: str | Unset = UNSET
    user: str | Unset = UNSET
    secret: str | Unset = UNSET
    sshkey: str | Unset = UNSET
    env: DockerEnvironment | Unset = UNSET
    ports: list[int] | Unset = UNSET
    allowed_ips: list[str] | Unset = UNSET
    volumes: list[DockerVolume] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        tag = self.tag

        imagesrc = self.imagesrc

        host = self.host

        user = self.user

        secret = self.secret

        sshkey = self.sshkey

        env: dict[str, Any] | Unset = UNSET
        if not isinstance(self.env, Unset):
            env = self.env.to_dict()

        ports: list[int] | Unset = UNSET
        if not isinstance(self.ports, Unset):
            ports = self.ports

        allowed_ips: list[str] | Unset = UNSET
        if not isinstance(self.allowed_ips, Unset):
            allowed_ips = self.allowed_ips

        volumes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.volumes, Unset):
            volumes = []
            for volumes_item_data in self.volumes:
                volumes_item = volumes_item_data.to_dict()
                volumes.append(volumes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image is not UNSET:
            field_dict["image"] = image
        if tag is not UNSET:
            field_dict["tag"] = tag
        if imagesrc is not UNSET:
            field_dict["imagesrc"] = imagesrc
        if host is not UNSET:
            field_dict["host"] = host
        if user is not UNSET:
            field_dict["user"] = user
        if secret is not UNSET:
            field_dict["secret"] = secret
        if sshkey is not UNSET:
            field_dict["sshkey"] = sshkey
        if env is not UNSET:
            field_dict["env"] = env
        if ports is not UNSET:
            field_dict["ports"] = ports
        if allowed_ips is not UNSET:
            field_dict["allowed_ips"] = allowed_ips
        if volumes is not UNSET:
            field_dict["volumes"] = volumes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.docker_environment import DockerEnvironment  # noqa: PLC0415
        from ..models.docker_volume import DockerVolume  # noqa: PLC0415

        d = dict(src_dict)
        image = d.pop("image", UNSET)

        tag = d.pop("tag", UNSET)

        imagesrc = d.pop("imagesrc", UNSET)

        host = d.pop("host", UNSET)

        user = d.pop("user", UNSET)

        secret = d.pop("secret", UNSET)

        sshkey = d.pop("sshkey", UNSET)

        _env = d.pop("env", UNSET)
        env: DockerEnvironment | Unset
        if isinstance(_env, Unset):
            env = UNSET
        else:
            env = DockerEnvironment.from_dict(_env)

        ports = cast(list[int], d.pop("ports", UNSET))

        allowed_ips = cast(list[str], d.pop("allowed_ips", UNSET))

        _volumes = d.pop("volumes", UNSET)
        volumes: list[DockerVolume] | Unset = UNSET
        if _volumes is not UNSET:
            volumes = []
            for volumes_item_data in _volumes:
                volumes_item = DockerVolume.from_dict(volumes_item_data)

                volumes.append(volumes_item)

        docker_container_parameters = cls(
            image=image,
            tag=tag,
            imagesrc=imagesrc,
            host=host,
            user=user,
            secret=secret,
            sshkey=sshkey,
            env=env,
            ports=ports,
            allowed_ips=allowed_ips,
            volumes=volumes,
        )

        docker_container_parameters.additional_properties = d
        return docker_container_parameters

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
