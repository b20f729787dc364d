# Generated from specs/anthropic.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_batch_processing_status import MessageBatchProcessingStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_batch_request_counts import MessageBatchRequestCounts


T = TypeVar("T", bound="MessageBatch")


@_attrs_define
class MessageBatch:
    """A Message Batch. Times are RFC 3339 strings (with microseconds in Anthropic's examples), not Unix numbers.
    `ended_at`, `cancel_initiated_at`, `archived_at` and `results_url` are null until what they describe happens.

        Attributes:
            id (str): Unique object identifier (`msgbatch_...`). The format and length of IDs may change over time. Example:
                msgbatch_013Zva2CMHLNnXjNJJKqJ2EF.
            type_ (Literal['message_batch']): Object type; always `message_batch`. Default: 'message_batch'.
            processing_status (MessageBatchProcessingStatus): Processing status of the batch: `in_progress`, `canceling`
                (one l: a cancel was initiated, running requests
                may still finish) or `ended` (every request succeeded, errored, was canceled or expired). Only `ended` is
                terminal; the outcome is in `request_counts`.
                 Example: in_progress.
            request_counts (MessageBatchRequestCounts): Tallies of the batch's requests by status; their sum is the number
                of requests in the batch. "Requests start
                as `processing` and move to one of the other statuses only once processing of the entire batch ends": the
                other four are 0 until then.
            created_at (datetime.datetime): When the batch was created. Example: 2024-08-20T18:37:24.100435Z.
            expires_at (datetime.datetime): When the batch will expire and end processing, 24 hours after creation. Example:
                2024-08-21T18:37:24.100435Z.
            ended_at (datetime.datetime | None): When processing ended; null until then. Processing ends when every request
                has succeeded, errored, been
                canceled or expired.
                 Example: 2024-08-20T18:52:10.503124Z.
            cancel_initiated_at (datetime.datetime | None): When cancellation was initiated; null unless it was. Example:
                2024-08-20T18:39:03.114875Z.
            results_url (None | str): Absolute URL of the batch's results (a `.jsonl` file, `get_message_batch_results`);
                null until processing
                ends. Results are not in request order: match them by `custom_id`.
                 Example: https://api.anthropic.com/v1/messages/batches/msgbatch_013Zva2CMHLNnXjNJJKqJ2EF/results.
            archived_at (datetime.datetime | None | Unset): When the batch was archived and its results became unavailable
                (29 days after creation, per the guide);
                null before. Required by the reference, absent from the guide's examples: may be absent here.
                 Example: 2024-09-18T18:37:24.100435Z.
    """

    id: str
    processing_status: MessageBatchProcessingStatus
    request_counts: MessageBatchRequestCounts
    created_at: datetime.datetime
    expires_at: datetime.datetime
    ended_at: datetime.datetime | None
    cancel_initiated_at: datetime.datetime | None
    results_url: None | str
    type_: Literal["message_batch"] = "message_batch"
    archived_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        processing_status = self.processing_status.value

        request_counts = self.request_counts.to_dict()

        created_at = self.created_at.isoformat()

        expires_at = self.expires_at.isoformat()

        ended_at: None | str
        if isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        cancel_initiated_at: None | str
        if isinstance(self.cancel_initiated_at, datetime.datetime):
            cancel_initiated_at = self.cancel_initiated_at.isoformat()
        else:
            cancel_initiated_at = self.cancel_initiated_at

        results_url: None | str
        results_url = self.results_url

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "processing_status": processing_status,
                "request_counts": request_counts,
                "created_at": created_at,
                "expires_at": expires_at,
                "ended_at": ended_at,
                "cancel_initiated_at": cancel_initiated_at,
                "results_url": results_url,
            }
        )
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_batch_request_counts import MessageBatchRequestCounts  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["message_batch"], d.pop("type"))
        if type_ != "message_batch":
            raise ValueError(f"type must match const 'message_batch', got '{type_}'")

        processing_status = MessageBatchProcessingStatus(d.pop("processing_status"))

        request_counts = MessageBatchRequestCounts.from_dict(d.pop("request_counts"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        def _parse_ended_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_at_type_0 = datetime.datetime.fromisoformat(data)

                return ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ended_at = _parse_ended_at(d.pop("ended_at"))

        def _parse_cancel_initiated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancel_initiated_at_type_0 = datetime.datetime.fromisoformat(data)

                return cancel_initiated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        cancel_initiated_at = _parse_cancel_initiated_at(d.pop("cancel_initiated_at"))

        def _parse_results_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        results_url = _parse_results_url(d.pop("results_url"))

        def _parse_archived_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archived_at_type_0 = datetime.datetime.fromisoformat(data)

                return archived_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        archived_at = _parse_archived_at(d.pop("archived_at", UNSET))

        message_batch = cls(
            id=id,
            type_=type_,
            processing_status=processing_status,
            request_counts=request_counts,
            created_at=created_at,
            expires_at=expires_at,
            ended_at=ended_at,
            cancel_initiated_at=cancel_initiated_at,
            results_url=results_url,
            archived_at=archived_at,
        )

        message_batch.additional_properties = d
        return message_batch

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
