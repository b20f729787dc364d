# Generated from specs/anthropic.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.message import Message


T = TypeVar("T", bound="MessageBatchSucceededResult")


@_attrs_define
class MessageBatchSucceededResult:
    """The request succeeded; `message` is what the Messages API would have answered.

    Attributes:
        type_ (Literal['succeeded']):  Default: 'succeeded'.
        message (Message): A Messages API answer (the SDK's Message), as a succeeded result carries it.
    """

    message: Message
    type_: Literal["succeeded"] = "succeeded"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        message = self.message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message import Message  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["succeeded"], d.pop("type"))
        if type_ != "succeeded":
            raise ValueError(f"type must match const 'succeeded', got '{type_}'")

        message = Message.from_dict(d.pop("message"))

        message_batch_succeeded_result = cls(
            type_=type_,
            message=message,
        )

        message_batch_succeeded_result.additional_properties = d
        return message_batch_succeeded_result

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
