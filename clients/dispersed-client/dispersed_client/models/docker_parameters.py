# Generated from specs/dispersed.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.docker_container_parameters import DockerContainerParameters


T = TypeVar("T", bound="DockerParameters")


@_attrs_define
class DockerParameters:
    """Job parameters for a Docker workload: `{type: "docker", parameters: {...}}`.

    Attributes:
        type_ (Literal['docker']): Always `docker` (the only documented workload type).
        parameters (DockerContainerParameters): The Docker container to run. Not documented by the vendor: which fields
            are required and the exact meaning of `host`, `imagesrc`, `user`, `secret` and `sshkey` beyond their names.
    """

    type_: Literal["docker"]
    parameters: DockerContainerParameters
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "parameters": parameters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.docker_container_parameters import DockerContainerParameters  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["docker"], d.pop("type"))
        if type_ != "docker":
            raise ValueError(f"type must match const 'docker', got '{type_}'")

        parameters = DockerContainerParameters.from_dict(d.pop("parameters"))

        docker_parameters = cls(
            type_=type_,
            parameters=parameters,
        )

        docker_parameters.additional_properties = d
        return docker_parameters

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
