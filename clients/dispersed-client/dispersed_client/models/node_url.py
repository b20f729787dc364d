# Generated from specs/dispersed.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodeUrl")


@_attrs_define
class NodeUrl:
    """A network endpoint of a running job on a node. Not documented by the vendor: the field types (inferred from the
    names) and which fields are always present.

        Attributes:
            description (str | Unset): What the endpoint is.
            hostname (str | Unset): Host name or IP address of the node.
            port (int | Unset): Port number.
            protocol (str | Unset): Protocol, e.g. `https`.
            tls (bool | Unset): Whether the endpoint uses TLS.
    """

    description: str | Unset = UNSET
    hostname: str | Unset = UNSET
    port: int | Unset = UNSET
    protocol: str | Unset = UNSET
    tls: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        hostname = self.hostname

        port = self.port

        protocol = self.protocol

        tls = self.tls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if port is not UNSET:
            field_dict["port"] = port
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if tls is not UNSET:
            field_dict["tls"] = tls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        hostname = d.pop("hostname", UNSET)

        port = d.pop("port", UNSET)

        protocol = d.pop("protocol", UNSET)

        tls = d.pop("tls", UNSET)

        node_url = cls(
            description=description,
            hostname=hostname,
            port=port,
            protocol=protocol,
            tls=tls,
        )

        node_url.additional_properties = d
        return node_url

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
