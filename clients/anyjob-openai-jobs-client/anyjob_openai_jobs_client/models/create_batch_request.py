# Generated from specs/openai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_batch_request_completion_window import CreateBatchRequestCompletionWindow
from ..models.create_batch_request_endpoint import CreateBatchRequestEndpoint
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_file_expiration_after import BatchFileExpirationAfter
    from ..models.metadata import Metadata


T = TypeVar("T", bound="CreateBatchRequest")


@_attrs_define
class CreateBatchRequest:
    """Body of `create_batch`.

    Attributes:
        input_file_id (str): The id of an uploaded JSONL file of requests (purpose `batch`; up to 50,000 requests, 200
            MB). Example: file-9GaVqKjTLR2TtrHrG4xtNw.
        endpoint (CreateBatchRequestEndpoint): The endpoint every request goes to. `/v1/embeddings` batches are limited
            to 50,000 embedding inputs in all. Example: /v1/chat/completions.
        completion_window (CreateBatchRequestCompletionWindow): The window the batch must finish in; only `24h`.
        metadata (Metadata | None | Unset):
        output_expires_after (BatchFileExpirationAfter | Unset): When the batch's output and error files expire.
    """

    input_file_id: str
    endpoint: CreateBatchRequestEndpoint
    completion_window: CreateBatchRequestCompletionWindow
    metadata: Metadata | None | Unset = UNSET
    output_expires_after: BatchFileExpirationAfter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.metadata import Metadata  # noqa: PLC0415

        input_file_id = self.input_file_id

        endpoint = self.endpoint.value

        completion_window = self.completion_window.value

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        output_expires_after: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_expires_after, Unset):
            output_expires_after = self.output_expires_after.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_file_id": input_file_id,
                "endpoint": endpoint,
                "completion_window": completion_window,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if output_expires_after is not UNSET:
            field_dict["output_expires_after"] = output_expires_after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_file_expiration_after import BatchFileExpirationAfter  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        input_file_id = d.pop("input_file_id")

        endpoint = CreateBatchRequestEndpoint(d.pop("endpoint"))

        completion_window = CreateBatchRequestCompletionWindow(d.pop("completion_window"))

        def _parse_metadata(data: object) -> Metadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = Metadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Metadata | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        _output_expires_after = d.pop("output_expires_after", UNSET)
        output_expires_after: BatchFileExpirationAfter | Unset
        if isinstance(_output_expires_after, Unset):
            output_expires_after = UNSET
        else:
            output_expires_after = BatchFileExpirationAfter.from_dict(_output_expires_after)

        create_batch_request = cls(
            input_file_id=input_file_id,
            endpoint=endpoint,
            completion_window=completion_window,
            metadata=metadata,
            output_expires_after=output_expires_after,
        )

        create_batch_request.additional_properties = d
        return create_batch_request

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
