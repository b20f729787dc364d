# Generated from specs/openai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auto import Auto
from ..models.fine_tune_reinforcement_hyperparameters_reasoning_effort import (
    FineTuneReinforcementHyperparametersReasoningEffort,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FineTuneReinforcementHyperparameters")


@_attrs_define
class FineTuneReinforcementHyperparameters:
    """Hyperparameters of reinforcement fine-tuning; each is `auto` (or `default`) or a value.

    Attributes:
        batch_size (Auto | int | Unset): Examples per batch, 1 to 256.
        learning_rate_multiplier (Auto | float | Unset): Scaling factor for the learning rate, above 0.
        n_epochs (Auto | int | Unset): Epochs to train for, 1 to 50.
        reasoning_effort (FineTuneReinforcementHyperparametersReasoningEffort | Unset): Level of reasoning effort.
        compute_multiplier (Auto | float | Unset): Multiplier on the compute used to explore the search space, above
            0.00001 and at most 10.
        eval_interval (Auto | int | Unset): Training steps between evaluation runs.
        eval_samples (Auto | int | Unset): Evaluation samples to generate per training step.
    """

    batch_size: Auto | int | Unset = UNSET
    learning_rate_multiplier: Auto | float | Unset = UNSET
    n_epochs: Auto | int | Unset = UNSET
    reasoning_effort: FineTuneReinforcementHyperparametersReasoningEffort | Unset = UNSET
    compute_multiplier: Auto | float | Unset = UNSET
    eval_interval: Auto | int | Unset = UNSET
    eval_samples: Auto | int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_size: int | str | Unset
        if isinstance(self.batch_size, Unset):
            batch_size = UNSET
        elif isinstance(self.batch_size, Auto):
            batch_size = self.batch_size.value
        else:
            batch_size = self.batch_size

        learning_rate_multiplier: float | str | Unset
        if isinstance(self.learning_rate_multiplier, Unset):
            learning_rate_multiplier = UNSET
        elif isinstance(self.learning_rate_multiplier, Auto):
            learning_rate_multiplier = self.learning_rate_multiplier.value
        else:
            learning_rate_multiplier = self.learning_rate_multiplier

        n_epochs: int | str | Unset
        if isinstance(self.n_epochs, Unset):
            n_epochs = UNSET
        elif isinstance(self.n_epochs, Auto):
            n_epochs = self.n_epochs.value
        else:
            n_epochs = self.n_epochs

        reasoning_effort: str | Unset = UNSET
        if not isinstance(self.reasoning_effort, Unset):
            reasoning_effort = self.reasoning_effort.value

        compute_multiplier: float | str | Unset
        if isinstance(self.compute_multiplier, Unset):
            compute_multiplier = UNSET
        elif isinstance(self.compute_multiplier, Auto):
            compute_multiplier = self.compute_multiplier.value
        else:
            compute_multiplier = self.compute_multiplier

        eval_interval: int | str | Unset
        if isinstance(self.eval_interval, Unset):
            eval_interval = UNSET
        elif isinstance(self.eval_interval, Auto):
            eval_interval = self.eval_interval.value
        else:
            eval_interval = self.eval_interval

        eval_samples: int | str | Unset
        if isinstance(self.eval_samples, Unset):
            eval_samples = UNSET
        elif isinstance(self.eval_samples, Auto):
            eval_samples = self.eval_samples.value
        else:
            eval_samples = self.eval_samples

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch_size is not UNSET:
            field_dict["batch_size"] = batch_size
        if learning_rate_multiplier is not UNSET:
            field_dict["learning_rate_multiplier"] = learning_rate_multiplier
        if n_epochs is not UNSET:
            field_dict["n_epochs"] = n_epochs
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if compute_multiplier is not UNSET:
            field_dict["compute_multiplier"] = compute_multiplier
        if eval_interval is not UNSET:
            field_dict["eval_interval"] = eval_interval
        if eval_samples is not UNSET:
            field_dict["eval_samples"] = eval_samples

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_batch_size(data: object) -> Auto | int | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                batch_size_type_0 = Auto(data)

                return batch_size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Auto | int | Unset, data)

        batch_size = _parse_batch_size(d.pop("batch_size", UNSET))

        def _parse_learning_rate_multiplier(data: object) -> Auto | float | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                learning_rate_multiplier_type_0 = Auto(data)

                return learning_rate_multiplier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Auto | float | Unset, data)

        learning_rate_multiplier = _parse_learning_rate_multiplier(d.pop("learning_rate_multiplier", UNSET))

        def _parse_n_epochs(data: object) -> Auto | int | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                n_epochs_type_0 = Auto(data)

                return n_epochs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Auto | int | Unset, data)

        n_epochs = _parse_n_epochs(d.pop("n_epochs", UNSET))

        _reasoning_effort = d.pop("reasoning_effort", UNSET)
        reasoning_effort: FineTuneReinforcementHyperparametersReasoningEffort | Unset
        if isinstance(_reasoning_effort, Unset):
            reasoning_effort = UNSET
        else:
            reasoning_effort = FineTuneReinforcementHyperparametersReasoningEffort(_reasoning_effort)

        def _parse_compute_multiplier(data: object) -> Auto | float | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                compute_multiplier_type_0 = Auto(data)

                return compute_multiplier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Auto | float | Unset, data)

        compute_multiplier = _parse_compute_multiplier(d.pop("compute_multiplier", UNSET))

        def _parse_eval_interval(data: object) -> Auto | int | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                eval_interval_type_0 = Auto(data)

                return eval_interval_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Auto | int | Unset, data)

        eval_interval = _parse_eval_interval(d.pop("eval_interval", UNSET))

        def _parse_eval_samples(data: object) -> Auto | int | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                eval_samples_type_0 = Auto(data)

                return eval_samples_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Auto | int | Unset, data)

        eval_samples = _parse_eval_samples(d.pop("eval_samples", UNSET))

        fine_tune_reinforcement_hyperparameters = cls(
            batch_size=batch_size,
            learning_rate_multiplier=learning_rate_multiplier,
            n_epochs=n_epochs,
            reasoning_effort=reasoning_effort,
            compute_multiplier=compute_multiplier,
            eval_interval=eval_interval,
            eval_samples=eval_samples,
        )

        fine_tune_reinforcement_hyperparameters.additional_properties = d
        return fine_tune_reinforcement_hyperparameters

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
