# Generated from specs/openai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fine_tuning_job_event_list_object import FineTuningJobEventListObject

if TYPE_CHECKING:
    from ..models.fine_tuning_job_event import FineTuningJobEvent


T = TypeVar("T", bound="FineTuningJobEventList")


@_attrs_define
class FineTuningJobEventList:
    """A page of a job's events, newest first. No first_id / last_id.

    Attributes:
        object_ (FineTuningJobEventListObject): Always `list`.
        data (list[FineTuningJobEvent]):
        has_more (bool): Whether there are more (older) events after this page.
    """

    object_: FineTuningJobEventListObject
    data: list[FineTuningJobEvent]
    has_more: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_.value

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "data": data,
                "has_more": has_more,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fine_tuning_job_event import FineTuningJobEvent  # noqa: PLC0415

        d = dict(src_dict)
        object_ = FineTuningJobEventListObject(d.pop("object"))

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = FineTuningJobEvent.from_dict(data_item_data)

            data.append(data_item)

        has_more = d.pop("has_more")

        fine_tuning_job_event_list = cls(
            object_=object_,
            data=data,
            has_more=has_more,
        )

        fine_tuning_job_event_list.additional_properties = d
        return fine_tuning_job_event_list

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
