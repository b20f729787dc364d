# Generated from specs/anthropic.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.message_create_params import MessageCreateParams


T = TypeVar("T", bound="MessageBatchRequest")


@_attrs_define
class MessageBatchRequest:
    """One request of a batch.

    Attributes:
        custom_id (str): Your id for the request, to match its result (results are not in request order): 1-64
            characters of
            letters, digits, `_` and `-`, unique within the batch.
             Example: my-custom-id-1.
        params (MessageCreateParams): Messages API create parameters for one request (see Anthropic's Messages API
            reference). Only the core is
            modelled here; other fields are passed through (`additional_properties`). Validated while the batch runs: an
            invalid `params` makes the request `errored`. Not allowed in a batch: `stream: true`, `max_tokens: 0`,
            `speed` (fast mode) and a few others (the guide's list).
    """

    custom_id: str
    params: MessageCreateParams
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_id = self.custom_id

        params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_id": custom_id,
                "params": params,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_create_params import MessageCreateParams  # noqa: PLC0415

        d = dict(src_dict)
        custom_id = d.pop("custom_id")

        params = MessageCreateParams.from_dict(d.pop("params"))

        message_batch_request = cls(
            custom_id=custom_id,
            params=params,
        )

        message_batch_request.additional_properties = d
        return message_batch_request

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
