# Generated from specs/veryfront.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_event_stats import JobEventStats


T = TypeVar("T", bound="JobEventList")


@_attrs_define
class JobEventList:
    """One page of a job's events with query statistics.

    Attributes:
        entries (list[Any]): The events on this page; their shape is not documented.
        next_cursor (None | str): Cursor for the next page (pass it as `cursor`), or null when there are no more events.
        stats (JobEventStats | Unset): Statistics of the query that produced the events page.
    """

    entries: list[Any]
    next_cursor: None | str
    stats: JobEventStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entries = self.entries

        next_cursor: None | str
        next_cursor = self.next_cursor

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entries": entries,
                "next_cursor": next_cursor,
            }
        )
        if stats is not UNSET:
            field_dict["stats"] = stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_event_stats import JobEventStats  # noqa: PLC0415

        d = dict(src_dict)
        entries = cast(list[Any], d.pop("entries"))

        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor"))

        _stats = d.pop("stats", UNSET)
        stats: JobEventStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = JobEventStats.from_dict(_stats)

        job_event_list = cls(
            entries=entries,
            next_cursor=next_cursor,
            stats=stats,
        )

        job_event_list.additional_properties = d
        return job_event_list

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
