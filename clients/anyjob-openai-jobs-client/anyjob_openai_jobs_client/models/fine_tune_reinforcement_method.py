# Generated from specs/openai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fine_tune_reinforcement_hyperparameters import FineTuneReinforcementHyperparameters
    from ..models.fine_tune_reinforcement_method_grader import FineTuneReinforcementMethodGrader


T = TypeVar("T", bound="FineTuneReinforcementMethod")


@_attrs_define
class FineTuneReinforcementMethod:
    """Configuration of reinforcement fine-tuning.

    Attributes:
        grader (FineTuneReinforcementMethodGrader): The grader, one of OpenAI's grader objects (string check, text
            similarity, python, score model, multi); not modelled here.
        hyperparameters (FineTuneReinforcementHyperparameters | Unset): Hyperparameters of reinforcement fine-tuning;
            each is `auto` (or `default`) or a value.
    """

    grader: FineTuneReinforcementMethodGrader
    hyperparameters: FineTuneReinforcementHyperparameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grader = self.grader.to_dict()

        hyperparameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hyperparameters, Unset):
            hyperparameters = self.hyperparameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grader": grader,
            }
        )
        if hyperparameters is not UNSET:
            field_dict["hyperparameters"] = hyperparameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fine_tune_reinforcement_hyperparameters import FineTuneReinforcementHyperparameters  # noqa: PLC0415
        from ..models.fine_tune_reinforcement_method_grader import FineTuneReinforcementMethodGrader  # noqa: PLC0415

        d = dict(src_dict)
        grader = FineTuneReinforcementMethodGrader.from_dict(d.pop("grader"))

        _hyperparameters = d.pop("hyperparameters", UNSET)
        hyperparameters: FineTuneReinforcementHyperparameters | Unset
        if isinstance(_hyperparameters, Unset):
            hyperparameters = UNSET
        else:
            hyperparameters = FineTuneReinforcementHyperparameters.from_dict(_hyperparameters)

        fine_tune_reinforcement_method = cls(
            grader=grader,
            hyperparameters=hyperparameters,
        )

        fine_tune_reinforcement_method.additional_properties = d
        return fine_tune_reinforcement_method

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
