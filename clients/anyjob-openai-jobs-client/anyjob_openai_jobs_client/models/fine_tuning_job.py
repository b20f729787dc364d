# Generated from specs/openai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fine_tuning_job_object import FineTuningJobObject
from ..models.fine_tuning_job_status import FineTuningJobStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fine_tune_method import FineTuneMethod
    from ..models.fine_tuning_integration import FineTuningIntegration
    from ..models.fine_tuning_job_error import FineTuningJobError
    from ..models.fine_tuning_job_hyperparameters import FineTuningJobHyperparameters
    from ..models.metadata import Metadata


T = TypeVar("T", bound="FineTuningJob")


@_attrs_define
class FineTuningJob:
    """A fine-tuning job (`object` is `fine_tuning.job`). Timestamps are Unix seconds. `finished_at`, `fine_tuned_model`
    and `trained_tokens` are null until the job has ended (succeeded, for the last two); `estimated_finish` is set only
    while it runs.

        Attributes:
            id (str): The job's id (`ftjob-...`). Example: ftjob-Qm3Zx8Rt2Wp7Lk1Vn5Bc9Hd.
            object_ (FineTuningJobObject): Always `fine_tuning.job`.
            created_at (int): When the job was created (Unix seconds). Example: 1767225600.
            fine_tuned_model (None | str): The fine-tuned model's name, once the job has succeeded. Example:
                ft:gpt-4o-mini-2024-07-18:my-org:support-bot:Dk3nZp8q.
            model (str): The base model being fine-tuned. Example: gpt-4o-mini-2024-07-18.
            organization_id (str): The organization that owns the job. Example: org-Aq7Ws2Ed9Rf4Tg1Yh6Uj3Ik.
            result_files (list[str]): The ids of the job's result files (read them with the Files API). Example: ['file-
                Wc5Xs1Qa8Zp3Ol2Ik7Mj4Nu'].
            status (FineTuningJobStatus): A fine-tuning job's status. Transient: validating_files, queued, running, paused.
                Terminal: succeeded, failed, cancelled. `paused` is what upstream's pause example answers, though upstream's
                enum does not list it.
                 Example: running.
            training_file (str): The training file's id. Example: file-BK7bzQj3FfZFXr7DbL6xJwfo.
            validation_file (None | str): The validation file's id, if any. Example: file-Fp4Rt8Wq2Zx6Cv1Bn9Mk3Lj.
            error (FineTuningJobError | None | Unset):
            finished_at (int | None | Unset): When the job ended; null while it has not. Example: 1767230874.
            hyperparameters (FineTuningJobHyperparameters | None | Unset):
            trained_tokens (int | None | Unset): Billable tokens the job processed; null until it has succeeded. Example:
                157284.
            integrations (list[FineTuningIntegration] | None | Unset): The job's integrations (at most 5).
            seed (int | Unset): The seed the job uses. Example: 42.
            estimated_finish (int | None | Unset): When the job should finish; null when it is not running. Example:
                1767231000.
            method (FineTuneMethod | Unset): The fine-tuning method and its configuration.
            metadata (Metadata | None | Unset):
    """

    id: str
    object_: FineTuningJobObject
    created_at: int
    fine_tuned_model: None | str
    model: str
    organization_id: str
    result_files: list[str]
    status: FineTuningJobStatus
    training_file: str
    validation_file: None | str
    error: FineTuningJobError | None | Unset = UNSET
    finished_at: int | None | Unset = UNSET
    hyperparameters: FineTuningJobHyperparameters | None | Unset = UNSET
    trained_tokens: int | None | Unset = UNSET
    integrations: list[FineTuningIntegration] | None | Unset = UNSET
    seed: int | Unset = UNSET
    estimated_finish: int | None | Unset = UNSET
    method: FineTuneMethod | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fine_tuning_job_error import FineTuningJobError  # noqa: PLC0415
        from ..models.fine_tuning_job_hyperparameters import FineTuningJobHyperparameters  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        id = self.id

        object_ = self.object_.value

        created_at = self.created_at

        fine_tuned_model: None | str
        fine_tuned_model = self.fine_tuned_model

        model = self.model

        organization_id = self.organization_id

        result_files = self.result_files

        status = self.status.value

        training_file = self.training_file

        validation_file: None | str
        validation_file = self.validation_file

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, FineTuningJobError):
            error = self.error.to_dict()
        else:
            error = self.error

        finished_at: int | None | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        else:
            finished_at = self.finished_at

        hyperparameters: dict[str, Any] | None | Unset
        if isinstance(self.hyperparameters, Unset):
            hyperparameters = UNSET
        elif isinstance(self.hyperparameters, FineTuningJobHyperparameters):
            hyperparameters = self.hyperparameters.to_dict()
        else:
            hyperparameters = self.hyperparameters

        trained_tokens: int | None | Unset
        if isinstance(self.trained_tokens, Unset):
            trained_tokens = UNSET
        else:
            trained_tokens = self.trained_tokens

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

        seed = self.seed

        estimated_finish: int | None | Unset
        if isinstance(self.estimated_finish, Unset):
            estimated_finish = UNSET
        else:
            estimated_finish = self.estimated_finish

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
                "id": id,
                "object": object_,
                "created_at": created_at,
                "fine_tuned_model": fine_tuned_model,
                "model": model,
                "organization_id": organization_id,
                "result_files": result_files,
                "status": status,
                "training_file": training_file,
                "validation_file": validation_file,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if hyperparameters is not UNSET:
            field_dict["hyperparameters"] = hyperparameters
        if trained_tokens is not UNSET:
            field_dict["trained_tokens"] = trained_tokens
        if integrations is not UNSET:
            field_dict["integrations"] = integrations
        if seed is not UNSET:
            field_dict["seed"] = seed
        if estimated_finish is not UNSET:
            field_dict["estimated_finish"] = estimated_finish
        if method is not UNSET:
            field_dict["method"] = method
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fine_tune_method import FineTuneMethod  # noqa: PLC0415
        from ..models.fine_tuning_integration import FineTuningIntegration  # noqa: PLC0415
        from ..models.fine_tuning_job_error import FineTuningJobError  # noqa: PLC0415
        from ..models.fine_tuning_job_hyperparameters import FineTuningJobHyperparameters  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = FineTuningJobObject(d.pop("object"))

        created_at = d.pop("created_at")

        def _parse_fine_tuned_model(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        fine_tuned_model = _parse_fine_tuned_model(d.pop("fine_tuned_model"))

        model = d.pop("model")

        organization_id = d.pop("organization_id")

        result_files = cast(list[str], d.pop("result_files"))

        status = FineTuningJobStatus(d.pop("status"))

        training_file = d.pop("training_file")

        def _parse_validation_file(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        validation_file = _parse_validation_file(d.pop("validation_file"))

        def _parse_error(data: object) -> FineTuningJobError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = FineTuningJobError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FineTuningJobError | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_finished_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        finished_at = _parse_finished_at(d.pop("finished_at", UNSET))

        def _parse_hyperparameters(data: object) -> FineTuningJobHyperparameters | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hyperparameters_type_0 = FineTuningJobHyperparameters.from_dict(data)

                return hyperparameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FineTuningJobHyperparameters | None | Unset, data)

        hyperparameters = _parse_hyperparameters(d.pop("hyperparameters", UNSET))

        def _parse_trained_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        trained_tokens = _parse_trained_tokens(d.pop("trained_tokens", UNSET))

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

        seed = d.pop("seed", UNSET)

        def _parse_estimated_finish(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        estimated_finish = _parse_estimated_finish(d.pop("estimated_finish", UNSET))

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

        fine_tuning_job = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            fine_tuned_model=fine_tuned_model,
            model=model,
            organization_id=organization_id,
            result_files=result_files,
            status=status,
            training_file=training_file,
            validation_file=validation_file,
            error=error,
            finished_at=finished_at,
            hyperparameters=hyperparameters,
            trained_tokens=trained_tokens,
            integrations=integrations,
            seed=seed,
            estimated_finish=estimated_finish,
            method=method,
            metadata=metadata,
        )

        fine_tuning_job.additional_properties = d
        return fine_tuning_job

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
