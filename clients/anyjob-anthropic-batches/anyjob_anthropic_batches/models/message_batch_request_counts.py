# Generated from specs/anthropic.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageBatchRequestCounts")


@_attrs_define
class MessageBatchRequestCounts:
    """Tallies of the batch's requests by status; their sum is the number of requests in the batch. "Requests start
    as `processing` and move to one of the other statuses only once processing of the entire batch ends": the
    other four are 0 until then.

        Attributes:
            processing (int): Requests still processing (all of them until the batch ends). Example: 100.
            succeeded (int): Requests that completed successfully (0 until the batch ends). Example: 50.
            errored (int): Requests that encountered an error (0 until the batch ends). They are not billed. Example: 30.
            canceled (int): Requests canceled before they were sent to the model (0 until the batch ends). Example: 10.
            expired (int): Requests not sent to the model before the batch's 24-hour expiry (0 until the batch ends).
                Example: 10.
    """

    processing: int
    succeeded: int
    errored: int
    canceled: int
    expired: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        processing = self.processing

        succeeded = self.succeeded

        errored = self.errored

        canceled = self.canceled

        expired = self.expired

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "processing": processing,
                "succeeded": succeeded,
                "errored": errored,
                "canceled": canceled,
                "expired": expired,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        processing = d.pop("processing")

        succeeded = d.pop("succeeded")

        errored = d.pop("errored")

        canceled = d.pop("canceled")

        expired = d.pop("expired")

        message_batch_request_counts = cls(
            processing=processing,
            succeeded=succeeded,
            errored=errored,
            canceled=canceled,
            expired=expired,
        )

        message_batch_request_counts.additional_properties = d
        return message_batch_request_counts

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
