# Generated from specs/anthropic.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeletedMessageBatch")


@_attrs_define
class DeletedMessageBatch:
    """What delete answers.

    Attributes:
        id (str): ID of the deleted Message Batch. Example: msgbatch_013Zva2CMHLNnXjNJJKqJ2EF.
        type_ (Literal['message_batch_deleted']): Always `message_batch_deleted`. Default: 'message_batch_deleted'.
    """

    id: str
    type_: Literal["message_batch_deleted"] = "message_batch_deleted"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["message_batch_deleted"], d.pop("type"))
        if type_ != "message_batch_deleted":
            raise ValueError(f"type must match const 'message_batch_deleted', got '{type_}'")

        deleted_message_batch = cls(
            id=id,
            type_=type_,
        )

        deleted_message_batch.additional_properties = d
        return deleted_message_batch

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
