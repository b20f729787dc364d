# Generated from specs/anthropic.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_type import ErrorType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_details import ErrorDetails


T = TypeVar("T", bound="ErrorObject")


@_attrs_define
class ErrorObject:
    """What went wrong. Match on `type` (and `details.error_code` where present), not on `message`.

    Attributes:
        type_ (ErrorType): The kind of error. Documented: `invalid_request_error` (400), `authentication_error` (401),
            `billing_error`
            (402), `permission_error` (403), `not_found_error` (404), `request_too_large` (413), `rate_limit_error` (429),
            `api_error` (500), `timeout_error` (504), `overloaded_error` (529). The SDK 2.17.0 also lists
            `memory_precondition_failed_error`, `memory_path_conflict_error` and `conflict_error` (other APIs), and does
            not list `request_too_large`: its ErrorResponse model (a union of nine error objects) rejects a body with that
            type, though Anthropic's errors page documents it for a 413 (found by anyjob's SDK oracle).
             Example: invalid_request_error.
        message (str): A human-readable explanation; its wording can change. Example: Invalid request.
        details (ErrorDetails | None | Unset): Machine-readable detail with a stable `error_code` (SDK 2.17.0's
            ErrorDetails); absent on most errors.
    """

    type_: ErrorType
    message: str
    details: ErrorDetails | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_details import ErrorDetails  # noqa: PLC0415

        type_ = self.type_.value

        message = self.message

        details: dict[str, Any] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, ErrorDetails):
            details = self.details.to_dict()
        else:
            details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "message": message,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_details import ErrorDetails  # noqa: PLC0415

        d = dict(src_dict)
        type_ = ErrorType(d.pop("type"))

        message = d.pop("message")

        def _parse_details(data: object) -> ErrorDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                details_type_0 = ErrorDetails.from_dict(data)

                return details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorDetails | None | Unset, data)

        details = _parse_details(d.pop("details", UNSET))

        error_object = cls(
            type_=type_,
            message=message,
            details=details,
        )

        error_object.additional_properties = d
        return error_object

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
