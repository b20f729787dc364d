# Generated from specs/anthropic.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.message_batch_request import MessageBatchRequest


T = TypeVar("T", bound="CreateMessageBatchRequest")


@_attrs_define
class CreateMessageBatchRequest:
    """Body of `create_message_batch`. At most 100,000 requests or 256 MB, whichever comes first.

    Attributes:
        requests (list[MessageBatchRequest]): The Messages create requests of the batch, each with its own `custom_id`.
    """

    requests: list[MessageBatchRequest]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requests = []
        for requests_item_data in self.requests:
            requests_item = requests_item_data.to_dict()
            requests.append(requests_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requests": requests,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_batch_request import MessageBatchRequest  # noqa: PLC0415

        d = dict(src_dict)
        requests = []
        _requests = d.pop("requests")
        for requests_item_data in _requests:
            requests_item = MessageBatchRequest.from_dict(requests_item_data)

            requests.append(requests_item)

        create_message_batch_request = cls(
            requests=requests,
        )

        create_message_batch_request.additional_properties = d
        return create_message_batch_request

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
