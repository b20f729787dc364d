# Generated from specs/digitalocean-genai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.indexed_data_source_status import IndexedDataSourceStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="IndexedDataSource")


@_attrs_define
class IndexedDataSource:
    """Progress and outcome of indexing one data source within an indexing job. Every field is optional.

    Attributes:
        data_source_uuid (str | Unset): UUID of the indexed data source. Example: 9a825ee0-bbb1-11ef-bf8f-4e013e2ddde4.
        status (IndexedDataSourceStatus | Unset): Indexing status of one data source within an indexing job. UNKNOWN is
            the unset value. Example: DATA_SOURCE_STATUS_UPDATED.
        started_at (datetime.datetime | Unset): When the data source started indexing. Example: 2025-01-10T18:05:31Z.
        completed_at (datetime.datetime | Unset): When the data source completed indexing. Example:
            2025-01-10T18:09:12Z.
        error_msg (str | Unset): A string code hinting which part of the system experienced an error.
        error_details (str | Unset): A detailed error description.
        total_file_count (str | Unset): Total file count in the data source (uint64, sent as a decimal string). Example:
            140.
        indexed_file_count (str | Unset): Count of files that have been indexed (uint64, sent as a decimal string).
            Example: 140.
        indexed_item_count (str | Unset): Count of items that have been indexed (uint64, sent as a decimal string;
            upstream describes it as "Total count of files that have been indexed"). Example: 140.
        skipped_item_count (str | Unset): Count of files that have been skipped (uint64, sent as a decimal string).
            Example: 0.
        failed_item_count (str | Unset): Count of files that have failed (uint64, sent as a decimal string). Example: 0.
        removed_item_count (str | Unset): Count of files that have been removed (uint64, sent as a decimal string).
            Example: 0.
        total_bytes (str | Unset): Total size of the data source's files in bytes (uint64, sent as a decimal string).
            Example: 18350122.
        total_bytes_indexed (str | Unset): Size in bytes of the data source's files that have been indexed (uint64, sent
            as a decimal string). Example: 18350122.
    """

    data_source_uuid: str | Unset = UNSET
    status: IndexedDataSourceStatus | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    error_msg: str | Unset = UNSET
    error_details: str | Unset = UNSET
    total_file_count: str | Unset = UNSET
    indexed_file_count: str | Unset = UNSET
    indexed_item_count: str | Unset = UNSET
    skipped_item_count: str | Unset = UNSET
    failed_item_count: str | Unset = UNSET
    removed_item_count: str | Unset = UNSET
    total_bytes: str | Unset = UNSET
    total_bytes_indexed: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_source_uuid = self.data_source_uuid

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        error_msg = self.error_msg

        error_details = self.error_details

        total_file_count = self.total_file_count

        indexed_file_count = self.indexed_file_count

        indexed_item_count = self.indexed_item_count

        skipped_item_count = self.skipped_item_count

        failed_item_count = self.failed_item_count

        removed_item_count = self.removed_item_count

        total_bytes = self.total_bytes

        total_bytes_indexed = self.total_bytes_indexed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_source_uuid is not UNSET:
            field_dict["data_source_uuid"] = data_source_uuid
        if status is not UNSET:
            field_dict["status"] = status
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg
        if error_details is not UNSET:
            field_dict["error_details"] = error_details
        if total_file_count is not UNSET:
            field_dict["total_file_count"] = total_file_count
        if indexed_file_count is not UNSET:
            field_dict["indexed_file_count"] = indexed_file_count
        if indexed_item_count is not UNSET:
            field_dict["indexed_item_count"] = indexed_item_count
        if skipped_item_count is not UNSET:
            field_dict["skipped_item_count"] = skipped_item_count
        if failed_item_count is not UNSET:
            field_dict["failed_item_count"] = failed_item_count
        if removed_item_count is not UNSET:
            field_dict["removed_item_count"] = removed_item_count
        if total_bytes is not UNSET:
            field_dict["total_bytes"] = total_bytes
        if total_bytes_indexed is not UNSET:
            field_dict["total_bytes_indexed"] = total_bytes_indexed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data_source_uuid = d.pop("data_source_uuid", UNSET)

        _status = d.pop("status", UNSET)
        status: IndexedDataSourceStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = IndexedDataSourceStatus(_status)

        _started_at = d.pop("started_at", UNSET)
        started_at: datetime.datetime | Unset
        if isinstance(_started_at, Unset):
            started_at = UNSET
        else:
            started_at = datetime.datetime.fromisoformat(_started_at)

        _completed_at = d.pop("completed_at", UNSET)
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at)

        error_msg = d.pop("error_msg", UNSET)

        error_details = d.pop("error_details", UNSET)

        total_file_count = d.pop("total_file_count", UNSET)

        indexed_file_count = d.pop("indexed_file_count", UNSET)

        indexed_item_count = d.pop("indexed_item_count", UNSET)

        skipped_item_count = d.pop("skipped_item_count", UNSET)

        failed_item_count = d.pop("failed_item_count", UNSET)

        removed_item_count = d.pop("removed_item_count", UNSET)

        total_bytes = d.pop("total_bytes", UNSET)

        total_bytes_indexed = d.pop("total_bytes_indexed", UNSET)

        indexed_data_source = cls(
            data_source_uuid=data_source_uuid,
            status=status,
            started_at=started_at,
            completed_at=completed_at,
            error_msg=error_msg,
            error_details=error_details,
            total_file_count=total_file_count,
            indexed_file_count=indexed_file_count,
            indexed_item_count=indexed_item_count,
            skipped_item_count=skipped_item_count,
            failed_item_count=failed_item_count,
            removed_item_count=removed_item_count,
            total_bytes=total_bytes,
            total_bytes_indexed=total_bytes_indexed,
        )

        indexed_data_source.additional_properties = d
        return indexed_data_source

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
