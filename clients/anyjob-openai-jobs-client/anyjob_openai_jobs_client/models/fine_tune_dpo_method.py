# Generated from specs/openai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fine_tune_dpo_hyperparameters import FineTuneDPOHyperparameters


T = TypeVar("T", bound="FineTuneDPOMethod")


@_attrs_define
class FineTuneDPOMethod:
    """Configuration of DPO fine-tuning.

    Attributes:
        hyperparameters (FineTuneDPOHyperparameters | Unset): Hyperparameters of DPO fine-tuning; each is `auto` or a
            value.
    """

    hyperparameters: FineTuneDPOHyperparameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hyperparameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hyperparameters, Unset):
            hyperparameters = self.hyperparameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hyperparameters is not UNSET:
            field_dict["hyperparameters"] = hyperparameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fine_tune_dpo_hyperparameters import FineTuneDPOHyperparameters  # noqa: PLC0415

        d = dict(src_dict)
        _hyperparameters = d.pop("hyperparameters", UNSET)
        hyperparameters: FineTuneDPOHyperparameters | Unset
        if isinstance(_hyperparameters, Unset):
            hyperparameters = UNSET
        else:
            hyperparameters = FineTuneDPOHyperparameters.from_dict(_hyperparameters)

        fine_tune_dpo_method = cls(
            hyperparameters=hyperparameters,
        )

        fine_tune_dpo_method.additional_properties = d
        return fine_tune_dpo_method

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
