# Generated from specs/veryfront.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobEventStats")


@_attrs_define
class JobEventStats:
    """Statistics of the query that produced the events page.

    Attributes:
        bytes_processed (float | Unset): Bytes processed by the query.
        lines_processed (float | Unset): Lines processed by the query.
        query_time_ms (float | Unset): Query time in milliseconds.
    """

    bytes_processed: float | Unset = UNSET
    lines_processed: float | Unset = UNSET
    query_time_ms: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bytes_processed = self.bytes_processed

        lines_processed = self.lines_processed

        query_time_ms = self.query_time_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bytes_processed is not UNSET:
            field_dict["bytes_processed"] = bytes_processed
        if lines_processed is not UNSET:
            field_dict["lines_processed"] = lines_processed
        if query_time_ms is not UNSET:
            field_dict["query_time_ms"] = query_time_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bytes_processed = d.pop("bytes_processed", UNSET)

        lines_processed = d.pop("lines_processed", UNSET)

        query_time_ms = d.pop("query_time_ms", UNSET)

        job_event_stats = cls(
            bytes_processed=bytes_processed,
            lines_processed=lines_processed,
            query_time_ms=query_time_ms,
        )

        job_event_stats.additional_properties = d
        return job_event_stats

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
