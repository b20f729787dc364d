# Generated from specs/dispersed.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.docker_container_parameters import DockerContainerParameters


T = TypeVar("T", bound="JobParameters")


@_attrs_define
class JobParameters:
    """A job's parameters as returned by the service. The seed page types this only as `object`; its example is the Docker
    shape (`{type: "docker", parameters: {...}}`). `type` is a free string here so that an undocumented workload type
    does not break parsing.

        Attributes:
            type_ (str | Unset): Workload type; `docker` is the only documented value.
            parameters (DockerContainerParameters | Unset): The Docker container to run. Not documented by the vendor: which
                fields are required and the exact meaning of `host`, `imagesrc`, `user`, `secret` and `sshkey` beyond their
                names.
    """

    type_: str | Unset = UNSET
    parameters: DockerContainerParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.docker_container_parameters import DockerContainerParameters  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        _parameters = d.pop("parameters", UNSET)
        parameters: DockerContainerParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = DockerContainerParameters.from_dict(_parameters)

        job_parameters = cls(
            type_=type_,
            parameters=parameters,
        )

        job_parameters.additional_properties = d
        return job_parameters

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
