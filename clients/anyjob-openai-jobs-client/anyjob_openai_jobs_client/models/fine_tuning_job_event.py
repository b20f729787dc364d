# Generated from specs/openai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fine_tuning_job_event_level import FineTuningJobEventLevel
from ..models.fine_tuning_job_event_object import FineTuningJobEventObject
from ..models.fine_tuning_job_event_type import FineTuningJobEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fine_tuning_job_event_data_type_0 import FineTuningJobEventDataType0


T = TypeVar("T", bound="FineTuningJobEvent")


@_attrs_define
class FineTuningJobEvent:
    """One event of a fine-tuning job.

    Attributes:
        object_ (FineTuningJobEventObject): Always `fine_tuning.job.event`.
        id (str): The event's id (`ftevent-...`). Example: ftevent-Hs2Jd7Kf4Lg9Qw1Ez6Rx3Tc.
        created_at (int): When the event happened (Unix seconds). Example: 1767230874.
        level (FineTuningJobEventLevel): The event's log level.
        message (str): What happened. Example: The job has successfully completed.
        type_ (FineTuningJobEventType | Unset): A status message, or training metrics (in `data`).
        data (FineTuningJobEventDataType0 | None | Unset): Data of the event (the metrics, for a `metrics` event).
    """

    object_: FineTuningJobEventObject
    id: str
    created_at: int
    level: FineTuningJobEventLevel
    message: str
    type_: FineTuningJobEventType | Unset = UNSET
    data: FineTuningJobEventDataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fine_tuning_job_event_data_type_0 import FineTuningJobEventDataType0  # noqa: PLC0415

        object_ = self.object_.value

        id = self.id

        created_at = self.created_at

        level = self.level.value

        message = self.message

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, FineTuningJobEventDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
                "created_at": created_at,
                "level": level,
                "message": message,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fine_tuning_job_event_data_type_0 import FineTuningJobEventDataType0  # noqa: PLC0415

        d = dict(src_dict)
        object_ = FineTuningJobEventObject(d.pop("object"))

        id = d.pop("id")

        created_at = d.pop("created_at")

        level = FineTuningJobEventLevel(d.pop("level"))

        message = d.pop("message")

        _type_ = d.pop("type", UNSET)
        type_: FineTuningJobEventType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = FineTuningJobEventType(_type_)

        def _parse_data(data: object) -> FineTuningJobEventDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = FineTuningJobEventDataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FineTuningJobEventDataType0 | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        fine_tuning_job_event = cls(
            object_=object_,
            id=id,
            created_at=created_at,
            level=level,
            message=message,
            type_=type_,
            data=data,
        )

        fine_tuning_job_event.additional_properties = d
        return fine_tuning_job_event

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
