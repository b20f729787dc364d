# Generated from specs/anthropic.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.error_response import ErrorResponse


T = TypeVar("T", bound="MessageBatchErroredResult")


@_attrs_define
class MessageBatchErroredResult:
    """The request failed (an invalid request, or an error on Anthropic's side); it is not billed. `error` is the
    standard error envelope: an `invalid_request_error` needs a fixed request, other types may be retried as is.

        Attributes:
            type_ (Literal['errored']):  Default: 'errored'.
            error (ErrorResponse): Anthropic's error envelope, the body of every error response and the `error` of an
                errored batch result. `request_id` is the response's `request-id` header.
    """

    error: ErrorResponse
    type_: Literal["errored"] = "errored"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_response import ErrorResponse  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["errored"], d.pop("type"))
        if type_ != "errored":
            raise ValueError(f"type must match const 'errored', got '{type_}'")

        error = ErrorResponse.from_dict(d.pop("error"))

        message_batch_errored_result = cls(
            type_=type_,
            error=error,
        )

        message_batch_errored_result.additional_properties = d
        return message_batch_errored_result

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
