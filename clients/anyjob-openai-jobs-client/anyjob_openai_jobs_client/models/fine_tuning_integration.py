# Generated from specs/openai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fine_tuning_integration_type import FineTuningIntegrationType

if TYPE_CHECKING:
    from ..models.fine_tuning_integration_wandb import FineTuningIntegrationWandb


T = TypeVar("T", bound="FineTuningIntegration")


@_attrs_define
class FineTuningIntegration:
    """An integration of the job; only Weights and Biases (`wandb`) exists.

    Attributes:
        type_ (FineTuningIntegrationType): Always `wandb`.
        wandb (FineTuningIntegrationWandb): Where the job reports its metrics in Weights and Biases.
    """

    type_: FineTuningIntegrationType
    wandb: FineTuningIntegrationWandb
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        wandb = self.wandb.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "wandb": wandb,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fine_tuning_integration_wandb import FineTuningIntegrationWandb  # noqa: PLC0415

        d = dict(src_dict)
        type_ = FineTuningIntegrationType(d.pop("type"))

        wandb = FineTuningIntegrationWandb.from_dict(d.pop("wandb"))

        fine_tuning_integration = cls(
            type_=type_,
            wandb=wandb,
        )

        fine_tuning_integration.additional_properties = d
        return fine_tuning_integration

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
