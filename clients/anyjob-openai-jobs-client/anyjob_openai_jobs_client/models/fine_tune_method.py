# Generated from specs/openai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fine_tune_method_type import FineTuneMethodType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fine_tune_dpo_method import FineTuneDPOMethod
    from ..models.fine_tune_reinforcement_method import FineTuneReinforcementMethod
    from ..models.fine_tune_supervised_method import FineTuneSupervisedMethod


T = TypeVar("T", bound="FineTuneMethod")


@_attrs_define
class FineTuneMethod:
    """The fine-tuning method and its configuration.

    Attributes:
        type_ (FineTuneMethodType): Which method; its configuration is in the property of the same name.
        supervised (FineTuneSupervisedMethod | Unset): Configuration of supervised fine-tuning.
        dpo (FineTuneDPOMethod | Unset): Configuration of DPO fine-tuning.
        reinforcement (FineTuneReinforcementMethod | Unset): Configuration of reinforcement fine-tuning.
    """

    type_: FineTuneMethodType
    supervised: FineTuneSupervisedMethod | Unset = UNSET
    dpo: FineTuneDPOMethod | Unset = UNSET
    reinforcement: FineTuneReinforcementMethod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        supervised: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supervised, Unset):
            supervised = self.supervised.to_dict()

        dpo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dpo, Unset):
            dpo = self.dpo.to_dict()

        reinforcement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reinforcement, Unset):
            reinforcement = self.reinforcement.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if supervised is not UNSET:
            field_dict["supervised"] = supervised
        if dpo is not UNSET:
            field_dict["dpo"] = dpo
        if reinforcement is not UNSET:
            field_dict["reinforcement"] = reinforcement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fine_tune_dpo_method import FineTuneDPOMethod  # noqa: PLC0415
        from ..models.fine_tune_reinforcement_method import FineTuneReinforcementMethod  # noqa: PLC0415
        from ..models.fine_tune_supervised_method import FineTuneSupervisedMethod  # noqa: PLC0415

        d = dict(src_dict)
        type_ = FineTuneMethodType(d.pop("type"))

        _supervised = d.pop("supervised", UNSET)
        supervised: FineTuneSupervisedMethod | Unset
        if isinstance(_supervised, Unset):
            supervised = UNSET
        else:
            supervised = FineTuneSupervisedMethod.from_dict(_supervised)

        _dpo = d.pop("dpo", UNSET)
        dpo: FineTuneDPOMethod | Unset
        if isinstance(_dpo, Unset):
            dpo = UNSET
        else:
            dpo = FineTuneDPOMethod.from_dict(_dpo)

        _reinforcement = d.pop("reinforcement", UNSET)
        reinforcement: FineTuneReinforcementMethod | Unset
        if isinstance(_reinforcement, Unset):
            reinforcement = UNSET
        else:
            reinforcement = FineTuneReinforcementMethod.from_dict(_reinforcement)

        fine_tune_method = cls(
            type_=type_,
            supervised=supervised,
            dpo=dpo,
            reinforcement=reinforcement,
        )

        fine_tune_method.additional_properties = d
        return fine_tune_method

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
