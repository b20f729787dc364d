# Generated from specs/dispersed.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_run_status import JobRunStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_access_token import ContainerAccessToken
    from ..models.job_snapshot import JobSnapshot
    from ..models.node_url import NodeUrl


T = TypeVar("T", bound="JobRun")


@_attrs_define
class JobRun:
    """One execution of a job on a node (job-monitoring guide). Not documented by the vendor: required-ness and
    nullability, so all fields are optional and those that may plausibly be unset are nullable. `logs` is only present
    on `get_job_run`.

        Attributes:
            uuid (str | Unset): The run's UUID.
            job_uuid (str | Unset): UUID of the job this run belongs to.
            status (JobRunStatus | Unset): A job run's status. Values seen in the job-monitoring guide: PENDING, ASSIGNED,
                PREPARING, RUNNING, COMPLETED, FAILING, FAILED, CANCELLING, CANCELLED.
            started_at_ms (int | None | Unset): Unix time in ms when the run started; null before it starts.
            node_urls (list[NodeUrl] | None | Unset): Endpoints of the run on its node (for exposed ports).
            job_snapshot (JobSnapshot | None | Unset): The job as it was when the run was created.
            container_access_tokens (list[ContainerAccessToken] | None | Unset): Access tokens for the run's containers.
            logs (Any | Unset): The run's logs. Only returned by `get_job_run`. Not documented by the vendor: its type (a
                text blob is assumed in the examples; any JSON value is accepted).
    """

    uuid: str | Unset = UNSET
    job_uuid: str | Unset = UNSET
    status: JobRunStatus | Unset = UNSET
    started_at_ms: int | None | Unset = UNSET
    node_urls: list[NodeUrl] | None | Unset = UNSET
    job_snapshot: JobSnapshot | None | Unset = UNSET
    container_access_tokens: list[ContainerAccessToken] | None | Unset = UNSET
    logs: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_snapshot import JobSnapshot  # noqa: PLC0415

        uuid = self.uuid

        job_uuid = self.job_uuid

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        started_at_ms: int | None | Unset
        if isinstance(self.started_at_ms, Unset):
            started_at_ms = UNSET
        else:
            started_at_ms = self.started_at_ms

        node_urls: list[dict[str, Any]] | None | Unset
        if isinstance(self.node_urls, Unset):
            node_urls = UNSET
        elif isinstance(self.node_urls, list):
            node_urls = []
            for node_urls_type_0_item_data in self.node_urls:
                node_urls_type_0_item = node_urls_type_0_item_data.to_dict()
                node_urls.append(node_urls_type_0_item)

        else:
            node_urls = self.node_urls

        job_snapshot: dict[str, Any] | None | Unset
        if isinstance(self.job_snapshot, Unset):
            job_snapshot = UNSET
        elif isinstance(self.job_snapshot, JobSnapshot):
            job_snapshot = self.job_snapshot.to_dict()
        else:
            job_snapshot = self.job_snapshot

        container_access_tokens: list[dict[str, Any]] | None | Unset
        if isinstance(self.container_access_tokens, Unset):
            container_access_tokens = UNSET
        elif isinstance(self.container_access_tokens, list):
            container_access_tokens = []
            for container_access_tokens_type_0_item_data in self.container_access_tokens:
                container_access_tokens_type_0_item = container_access_tokens_type_0_item_data.to_dict()
                container_access_tokens.append(container_access_tokens_type_0_item)

        else:
            container_access_tokens = self.container_access_tokens

        logs = self.logs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if job_uuid is not UNSET:
            field_dict["job_uuid"] = job_uuid
        if status is not UNSET:
            field_dict["status"] = status
        if started_at_ms is not UNSET:
            field_dict["started_at_ms"] = started_at_ms
        if node_urls is not UNSET:
            field_dict["node_urls"] = node_urls
        if job_snapshot is not UNSET:
            field_dict["job_snapshot"] = job_snapshot
        if container_access_tokens is not UNSET:
            field_dict["container_access_tokens"] = container_access_tokens
        if logs is not UNSET:
            field_dict["logs"] = logs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_access_token import ContainerAccessToken  # noqa: PLC0415
        from ..models.job_snapshot import JobSnapshot  # noqa: PLC0415
        from ..models.node_url import NodeUrl  # noqa: PLC0415

        d = dict(src_dict)
        uuid = d.pop("uuid", UNSET)

        job_uuid = d.pop("job_uuid", UNSET)

        _status = d.pop("status", UNSET)
        status: JobRunStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = JobRunStatus(_status)

        def _parse_started_at_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        started_at_ms = _parse_started_at_ms(d.pop("started_at_ms", UNSET))

        def _parse_node_urls(data: object) -> list[NodeUrl] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                node_urls_type_0 = []
                _node_urls_type_0 = data
                for node_urls_type_0_item_data in _node_urls_type_0:
                    node_urls_type_0_item = NodeUrl.from_dict(node_urls_type_0_item_data)

                    node_urls_type_0.append(node_urls_type_0_item)

                return node_urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[NodeUrl] | None | Unset, data)

        node_urls = _parse_node_urls(d.pop("node_urls", UNSET))

        def _parse_job_snapshot(data: object) -> JobSnapshot | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                job_snapshot_type_0 = JobSnapshot.from_dict(data)

                return job_snapshot_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobSnapshot | None | Unset, data)

        job_snapshot = _parse_job_snapshot(d.pop("job_snapshot", UNSET))

        def _parse_container_access_tokens(data: object) -> list[ContainerAccessToken] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                container_access_tokens_type_0 = []
                _container_access_tokens_type_0 = data
                for container_access_tokens_type_0_item_data in _container_access_tokens_type_0:
                    container_access_tokens_type_0_item = ContainerAccessToken.from_dict(
                        container_access_tokens_type_0_item_data
                    )

                    container_access_tokens_type_0.append(container_access_tokens_type_0_item)

                return container_access_tokens_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ContainerAccessToken] | None | Unset, data)

        container_access_tokens = _parse_container_access_tokens(d.pop("container_access_tokens", UNSET))

        logs = d.pop("logs", UNSET)

        job_run = cls(
            uuid=uuid,
            job_uuid=job_uuid,
            status=status,
            started_at_ms=started_at_ms,
            node_urls=node_urls,
            job_snapshot=job_snapshot,
            container_access_tokens=container_access_tokens,
            logs=logs,
        )

        job_run.additional_properties = d
        return job_run

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
