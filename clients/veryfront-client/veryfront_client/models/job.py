# Generated from specs/veryfront.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_kind import JobKind
from ..models.job_status import JobStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artifacts_result import ArtifactsResult
    from ..models.artifacts_result_summary import ArtifactsResultSummary
    from ..models.job_config import JobConfig
    from ..models.knowledge_ingest_result import KnowledgeIngestResult
    from ..models.knowledge_ingest_result_summary import KnowledgeIngestResultSummary
    from ..models.value_result import ValueResult
    from ..models.value_result_summary import ValueResultSummary


T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """A job: a run of a task or workflow target in a project. The full form returned by create, get and cancel; it
    adds `failed_reason` and the typed `result` to `JobListItem`.

        Attributes:
            id (UUID): Job UUID.
            project_id (UUID): UUID of the project the job belongs to.
            environment_id (None | UUID): UUID of the environment the job runs in, or null.
            cron_job_id (None | UUID): UUID of the cron job that spawned this job, or null.
            batch_id (None | UUID): UUID of the job batch this job belongs to, or null.
            name (str): Human-readable job name.
            status (JobStatus): Lifecycle status of a job: `submitted` (created, not started), `working` (running), then one
                of the final
                statuses `completed`, `failed` or `canceled`.
            target (str): What the job runs, as `task:<id>` or `workflow:<id>`.
            config (JobConfig): Target-specific configuration, passed through unchanged. For `task:knowledge-ingest` it is
                one of
                `{"upload_ids": [<upload uuid>, ...]}`, `{"paths": [<path>, ...]}` or `{"path_prefix": "<prefix>"}`.
            context_id (None | UUID): UUID of the job's context, or null.
            timeout_seconds (float): Maximum run time in seconds.
            backoff_limit (float): How many times a failing job is retried.
            exit_code (float | None): Exit code of the finished job, or null while it has none.
            started_at (None | str): When the job started, or null if it has not started.
            completed_at (None | str): When the job finished, or null if it has not finished.
            created_by (None | UUID): UUID of the user who created the job, or null.
            created_at (str): When the job was created.
            updated_at (str): When the job was last updated.
            kind (JobKind | None): The job's kind, or null for untyped jobs.
            failure_detail (None | str): Detail about why the job failed, or null.
            result_summary (ArtifactsResultSummary | KnowledgeIngestResultSummary | None | ValueResultSummary): Short
                summary of the job's result, discriminated on `kind`, or null (for example while the job runs).
            failed_reason (None | str): Why the job failed, or null.
            result (ArtifactsResult | KnowledgeIngestResult | None | ValueResult): The job's full result, discriminated on
                `kind`, or null (for example until the job completes).
            canonical_run_id (str | Unset): ID of the run this job corresponds to (the vendor moved from jobs to "runs" on
                2026-05-31). Present on newer
                payloads only.
            branch_id (None | str | Unset): ID of the branch the job runs on, or null. May be absent altogether.
    """

    id: UUID
    project_id: UUID
    environment_id: None | UUID
    cron_job_id: None | UUID
    batch_id: None | UUID
    name: str
    status: JobStatus
    target: str
    config: JobConfig
    context_id: None | UUID
    timeout_seconds: float
    backoff_limit: float
    exit_code: float | None
    started_at: None | str
    completed_at: None | str
    created_by: None | UUID
    created_at: str
    updated_at: str
    kind: JobKind | None
    failure_detail: None | str
    result_summary: ArtifactsResultSummary | KnowledgeIngestResultSummary | None | ValueResultSummary
    failed_reason: None | str
    result: ArtifactsResult | KnowledgeIngestResult | None | ValueResult
    canonical_run_id: str | Unset = UNSET
    branch_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.artifacts_result import ArtifactsResult  # noqa: PLC0415
        from ..models.artifacts_result_summary import ArtifactsResultSummary  # noqa: PLC0415
        from ..models.knowledge_ingest_result import KnowledgeIngestResult  # noqa: PLC0415
        from ..models.knowledge_ingest_result_summary import KnowledgeIngestResultSummary  # noqa: PLC0415
        from ..models.value_result import ValueResult  # noqa: PLC0415
        from ..models.value_result_summary import ValueResultSummary  # noqa: PLC0415

        id = str(self.id)

        project_id = str(self.project_id)

        environment_id: None | str
        if isinstance(self.environment_id, UUID):
            environment_id = str(self.environment_id)
        else:
            environment_id = self.environment_id

        cron_job_id: None | str
        if isinstance(self.cron_job_id, UUID):
            cron_job_id = str(self.cron_job_id)
        else:
            cron_job_id = self.cron_job_id

        batch_id: None | str
        if isinstance(self.batch_id, UUID):
            batch_id = str(self.batch_id)
        else:
            batch_id = self.batch_id

        name = self.name

        status = self.status.value

        target = self.target

        config = self.config.to_dict()

        context_id: None | str
        if isinstance(self.context_id, UUID):
            context_id = str(self.context_id)
        else:
            context_id = self.context_id

        timeout_seconds = self.timeout_seconds

        backoff_limit = self.backoff_limit

        exit_code: float | None
        exit_code = self.exit_code

        started_at: None | str
        started_at = self.started_at

        completed_at: None | str
        completed_at = self.completed_at

        created_by: None | str
        if isinstance(self.created_by, UUID):
            created_by = str(self.created_by)
        else:
            created_by = self.created_by

        created_at = self.created_at

        updated_at = self.updated_at

        kind: None | str
        if isinstance(self.kind, JobKind):
            kind = self.kind.value
        else:
            kind = self.kind

        failure_detail: None | str
        failure_detail = self.failure_detail

        result_summary: dict[str, Any] | None
        if isinstance(self.result_summary, KnowledgeIngestResultSummary):
            result_summary = self.result_summary.to_dict()
        elif isinstance(self.result_summary, ValueResultSummary):
            result_summary = self.result_summary.to_dict()
        elif isinstance(self.result_summary, ArtifactsResultSummary):
            result_summary = self.result_summary.to_dict()
        else:
            result_summary = self.result_summary

        failed_reason: None | str
        failed_reason = self.failed_reason

        result: dict[str, Any] | None
        if isinstance(self.result, KnowledgeIngestResult):
            result = self.result.to_dict()
        elif isinstance(self.result, ValueResult):
            result = self.result.to_dict()
        elif isinstance(self.result, ArtifactsResult):
            result = self.result.to_dict()
        else:
            result = self.result

        canonical_run_id = self.canonical_run_id

        branch_id: None | str | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "environment_id": environment_id,
                "cron_job_id": cron_job_id,
                "batch_id": batch_id,
                "name": name,
                "status": status,
                "target": target,
                "config": config,
                "context_id": context_id,
                "timeout_seconds": timeout_seconds,
                "backoff_limit": backoff_limit,
                "exit_code": exit_code,
                "started_at": started_at,
                "completed_at": completed_at,
                "created_by": created_by,
                "created_at": created_at,
                "updated_at": updated_at,
                "kind": kind,
                "failure_detail": failure_detail,
                "result_summary": result_summary,
                "failed_reason": failed_reason,
                "result": result,
            }
        )
        if canonical_run_id is not UNSET:
            field_dict["canonical_run_id"] = canonical_run_id
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.artifacts_result import ArtifactsResult  # noqa: PLC0415
        from ..models.artifacts_result_summary import ArtifactsResultSummary  # noqa: PLC0415
        from ..models.job_config import JobConfig  # noqa: PLC0415
        from ..models.knowledge_ingest_result import KnowledgeIngestResult  # noqa: PLC0415
        from ..models.knowledge_ingest_result_summary import KnowledgeIngestResultSummary  # noqa: PLC0415
        from ..models.value_result import ValueResult  # noqa: PLC0415
        from ..models.value_result_summary import ValueResultSummary  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        project_id = UUID(d.pop("project_id"))

        def _parse_environment_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                environment_id_type_0 = UUID(data)

                return environment_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        environment_id = _parse_environment_id(d.pop("environment_id"))

        def _parse_cron_job_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cron_job_id_type_0 = UUID(data)

                return cron_job_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        cron_job_id = _parse_cron_job_id(d.pop("cron_job_id"))

        def _parse_batch_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                batch_id_type_0 = UUID(data)

                return batch_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        batch_id = _parse_batch_id(d.pop("batch_id"))

        name = d.pop("name")

        status = JobStatus(d.pop("status"))

        target = d.pop("target")

        config = JobConfig.from_dict(d.pop("config"))

        def _parse_context_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                context_id_type_0 = UUID(data)

                return context_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        context_id = _parse_context_id(d.pop("context_id"))

        timeout_seconds = d.pop("timeout_seconds")

        backoff_limit = d.pop("backoff_limit")

        def _parse_exit_code(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        exit_code = _parse_exit_code(d.pop("exit_code"))

        def _parse_started_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        started_at = _parse_started_at(d.pop("started_at"))

        def _parse_completed_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        completed_at = _parse_completed_at(d.pop("completed_at"))

        def _parse_created_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_by_type_0 = UUID(data)

                return created_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        created_by = _parse_created_by(d.pop("created_by"))

        created_at = d.pop("created_at")

        updated_at = d.pop("updated_at")

        def _parse_kind(data: object) -> JobKind | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = JobKind(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobKind | None, data)

        kind = _parse_kind(d.pop("kind"))

        def _parse_failure_detail(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        failure_detail = _parse_failure_detail(d.pop("failure_detail"))

        def _parse_result_summary(
            data: object,
        ) -> ArtifactsResultSummary | KnowledgeIngestResultSummary | None | ValueResultSummary:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_job_result_summary_type_0 = KnowledgeIngestResultSummary.from_dict(data)

                return componentsschemas_job_result_summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_job_result_summary_type_1 = ValueResultSummary.from_dict(data)

                return componentsschemas_job_result_summary_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_job_result_summary_type_2 = ArtifactsResultSummary.from_dict(data)

                return componentsschemas_job_result_summary_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ArtifactsResultSummary | KnowledgeIngestResultSummary | None | ValueResultSummary, data)

        result_summary = _parse_result_summary(d.pop("result_summary"))

        def _parse_failed_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        failed_reason = _parse_failed_reason(d.pop("failed_reason"))

        def _parse_result(data: object) -> ArtifactsResult | KnowledgeIngestResult | None | ValueResult:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_job_result_type_0 = KnowledgeIngestResult.from_dict(data)

                return componentsschemas_job_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_job_result_type_1 = ValueResult.from_dict(data)

                return componentsschemas_job_result_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_job_result_type_2 = ArtifactsResult.from_dict(data)

                return componentsschemas_job_result_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ArtifactsResult | KnowledgeIngestResult | None | ValueResult, data)

        result = _parse_result(d.pop("result"))

        canonical_run_id = d.pop("canonical_run_id", UNSET)

        def _parse_branch_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

        job = cls(
            id=id,
            project_id=project_id,
            environment_id=environment_id,
            cron_job_id=cron_job_id,
            batch_id=batch_id,
            name=name,
            status=status,
            target=target,
            config=config,
            context_id=context_id,
            timeout_seconds=timeout_seconds,
            backoff_limit=backoff_limit,
            exit_code=exit_code,
            started_at=started_at,
            completed_at=completed_at,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
            kind=kind,
            failure_detail=failure_detail,
            result_summary=result_summary,
            failed_reason=failed_reason,
            result=result,
            canonical_run_id=canonical_run_id,
            branch_id=branch_id,
        )

        job.additional_properties = d
        return job

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
