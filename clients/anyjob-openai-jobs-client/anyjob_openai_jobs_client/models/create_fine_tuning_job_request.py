# Generated from specs/openai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

import sys
import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fine_tune_method import FineTuneMethod
    from ..models.fine_tune_supervised_hyperparameters import FineTuneSupervisedHyperparameters
    from ..models.fine_tuning_integration import FineTuningIntegration
    from ..models.metadata import Metadata


T = TypeVar("T", bound="CreateFineTuningJobRequest")


# anyjob: deprecated properties (scripts/codegen/postprocess.py)
_DEPRECATED_PROPERTIES = {
    "hyperparameters": "CreateFineTuningJobRequest.hyperparameters is deprecated",
}


def _called_from_user_code(depth: int) -> bool:
    """Whether the frame `depth` levels above the caller is user code: not this module (from_dict, to_dict), not a
    method attrs generated (__init__, __repr__, __eq__) and not attrs itself (copy, pickle, asdict, evolve)."""
    frame = sys._getframe(depth + 1)
    module = str(frame.f_globals.get("__name__", ""))
    return not (
        module == __name__
        or module.partition(".")[0] in ("attr", "attrs")
        or frame.f_code.co_filename.startswith("<attrs generated")
    )


@_attrs_define
class CreateFineTuningJobRequest:
    """Body of `create_fine_tuning_job`.

    Attributes:
        model (str): The model to fine-tune, e.g. `gpt-4o-mini-2024-07-18` (upstream suggests babbage-002, davinci-002,
            gpt-3.5-turbo, gpt-4o-mini; any string is accepted). Example: gpt-4o-mini-2024-07-18.
        training_file (str): The id of an uploaded JSONL training file (purpose `fine-tune`). Example: file-
            BK7bzQj3FfZFXr7DbL6xJwfo.
        hyperparameters (FineTuneSupervisedHyperparameters | Unset): Hyperparameters of supervised fine-tuning; each is
            `auto` or a value.
        suffix (None | str | Unset): Up to 64 characters added to the fine-tuned model's name
            (`ft:<model>:<org>:<suffix>:<id>`). Example: support-bot.
        validation_file (None | str | Unset): The id of an uploaded JSONL validation file, if any. Example: file-
            Fp4Rt8Wq2Zx6Cv1Bn9Mk3Lj.
        integrations (list[FineTuningIntegration] | None | Unset): Integrations to enable (at most 5; only `wandb`).
        seed (int | None | Unset): The seed (for reproducibility); OpenAI picks one when absent. Example: 42.
        method (FineTuneMethod | Unset): The fine-tuning method and its configuration.
        metadata (Metadata | None | Unset):
    """

    model: str
    training_file: str
    hyperparameters: FineTuneSupervisedHyperparameters | Unset = UNSET
    suffix: None | str | Unset = UNSET
    validation_file: None | str | Unset = UNSET
    integrations: list[FineTuningIntegration] | None | Unset = UNSET
    seed: int | None | Unset = UNSET
    method: FineTuneMethod | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_post_init__(self) -> None:
        if _called_from_user_code(2):  # the caller of __init__: user code, not from_dict
            for name, message in _DEPRECATED_PROPERTIES.items():
                if object.__getattribute__(self, name) is not UNSET:
                    warnings.warn(message, DeprecationWarning, stacklevel=3)

    def __getattribute__(self, name: str) -> Any:
        if name in _DEPRECATED_PROPERTIES and _called_from_user_code(1):
            warnings.warn(_DEPRECATED_PROPERTIES[name], DeprecationWarning, stacklevel=2)
        return object.__getattribute__(self, name)

    def to_dict(self) -> dict[str, Any]:
        from ..models.metadata import Metadata  # noqa: PLC0415

        model = self.model

        training_file = self.training_file

        hyperparameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hyperparameters, Unset):
            hyperparameters = self.hyperparameters.to_dict()

        suffix: None | str | Unset
        if isinstance(self.suffix, Unset):
            suffix = UNSET
        else:
            suffix = self.suffix

        validation_file: None | str | Unset
        if isinstance(self.validation_file, Unset):
            validation_file = UNSET
        else:
            validation_file = self.validation_file

        integrations: list[dict[str, Any]] | None | Unset
        if isinstance(self.integrations, Unset):
            integrations = UNSET
        elif isinstance(self.integrations, list):
            integrations = []
            for integrations_type_0_item_data in self.integrations:
                integrations_type_0_item = integrations_type_0_item_data.to_dict()
                integrations.append(integrations_type_0_item)

        else:
            integrations = self.integrations

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.to_dict()

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "training_file": training_file,
            }
        )
        if hyperparameters is not UNSET:
            field_dict["hyperparameters"] = hyperparameters
        if suffix is not UNSET:
            field_dict["suffix"] = suffix
        if validation_file is not UNSET:
            field_dict["validation_file"] = validation_file
        if integrations is not UNSET:
            field_dict["integrations"] = integrations
        if seed is not UNSET:
            field_dict["seed"] = seed
        if method is not UNSET:
            field_dict["method"] = method
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fine_tune_method import FineTuneMethod  # noqa: PLC0415
        from ..models.fine_tune_supervised_hyperparameters import FineTuneSupervisedHyperparameters  # noqa: PLC0415
        from ..models.fine_tuning_integration import FineTuningIntegration  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        model = d.pop("model")

        training_file = d.pop("training_file")

        _hyperparameters = d.pop("hyperparameters", UNSET)
        hyperparameters: FineTuneSupervisedHyperparameters | Unset
        if isinstance(_hyperparameters, Unset):
            hyperparameters = UNSET
        else:
            hyperparameters = FineTuneSupervisedHyperparameters.from_dict(_hyperparameters)

        def _parse_suffix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        suffix = _parse_suffix(d.pop("suffix", UNSET))

        def _parse_validation_file(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        validation_file = _parse_validation_file(d.pop("validation_file", UNSET))

        def _parse_integrations(data: object) -> list[FineTuningIntegration] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                integrations_type_0 = []
                _integrations_type_0 = data
                for integrations_type_0_item_data in _integrations_type_0:
                    integrations_type_0_item = FineTuningIntegration.from_dict(integrations_type_0_item_data)

                    integrations_type_0.append(integrations_type_0_item)

                return integrations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FineTuningIntegration] | None | Unset, data)

        integrations = _parse_integrations(d.pop("integrations", UNSET))

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        _method = d.pop("method", UNSET)
        method: FineTuneMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = FineTuneMethod.from_dict(_method)

        def _parse_metadata(data: object) -> Metadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = Metadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Metadata | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        create_fine_tuning_job_request = cls(
            model=model,
            training_file=training_file,
            hyperparameters=hyperparameters,
            suffix=suffix,
            validation_file=validation_file,
            integrations=integrations,
            seed=seed,
            method=method,
            metadata=metadata,
        )

        create_fine_tuning_job_request.additional_properties = d
        return create_fine_tuning_job_request

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
