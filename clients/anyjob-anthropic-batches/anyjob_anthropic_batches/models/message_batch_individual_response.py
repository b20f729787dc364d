# Generated from specs/anthropic.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.message_batch_canceled_result import MessageBatchCanceledResult
    from ..models.message_batch_errored_result import MessageBatchErroredResult
    from ..models.message_batch_expired_result import MessageBatchExpiredResult
    from ..models.message_batch_succeeded_result import MessageBatchSucceededResult


T = TypeVar("T", bound="MessageBatchIndividualResponse")


@_attrs_define
class MessageBatchIndividualResponse:
    """One line of the results file (not the file as a whole).

    Attributes:
        custom_id (str): The request's `custom_id`. Example: my-custom-id-1.
        result (MessageBatchCanceledResult | MessageBatchErroredResult | MessageBatchExpiredResult |
            MessageBatchSucceededResult): The outcome of the request, by its `type`.
    """

    custom_id: str
    result: (
        MessageBatchCanceledResult | MessageBatchErroredResult | MessageBatchExpiredResult | MessageBatchSucceededResult
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.message_batch_canceled_result import MessageBatchCanceledResult  # noqa: PLC0415
        from ..models.message_batch_errored_result import MessageBatchErroredResult  # noqa: PLC0415
        from ..models.message_batch_succeeded_result import MessageBatchSucceededResult  # noqa: PLC0415

        custom_id = self.custom_id

        result: dict[str, Any]
        if isinstance(self.result, MessageBatchSucceededResult):
            result = self.result.to_dict()
        elif isinstance(self.result, MessageBatchErroredResult):
            result = self.result.to_dict()
        elif isinstance(self.result, MessageBatchCanceledResult):
            result = self.result.to_dict()
        else:
            result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_id": custom_id,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_batch_canceled_result import MessageBatchCanceledResult  # noqa: PLC0415
        from ..models.message_batch_errored_result import MessageBatchErroredResult  # noqa: PLC0415
        from ..models.message_batch_expired_result import MessageBatchExpiredResult  # noqa: PLC0415
        from ..models.message_batch_succeeded_result import MessageBatchSucceededResult  # noqa: PLC0415

        d = dict(src_dict)
        custom_id = d.pop("custom_id")

        def _parse_result(
            data: object,
        ) -> (
            MessageBatchCanceledResult
            | MessageBatchErroredResult
            | MessageBatchExpiredResult
            | MessageBatchSucceededResult
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0 = MessageBatchSucceededResult.from_dict(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_1 = MessageBatchErroredResult.from_dict(data)

                return result_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_2 = MessageBatchCanceledResult.from_dict(data)

                return result_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            result_type_3 = MessageBatchExpiredResult.from_dict(data)

            return result_type_3

        result = _parse_result(d.pop("result"))

        message_batch_individual_response = cls(
            custom_id=custom_id,
            result=result,
        )

        message_batch_individual_response.additional_properties = d
        return message_batch_individual_response

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
