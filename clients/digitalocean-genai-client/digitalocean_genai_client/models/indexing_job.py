# Generated from specs/digitalocean-genai.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
from __future__ import annotations

import datetime
import sys
import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.indexing_job_phase import IndexingJobPhase
from ..models.indexing_job_status import IndexingJobStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.indexed_data_source import IndexedDataSource


T = TypeVar("T", bound="IndexingJob")


# anyjob: deprecated properties (scripts/codegen/postprocess.py)
_DEPRECATED_PROPERTIES = {
    "tokens": "IndexingJob.tokens is deprecated",
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
class IndexingJob:
    """An indexing job of a knowledge base. Every field is optional. Some fields appear only in upstream's spec
    (`total_tokens`, `is_report_available`, `data_source_jobs`) and some only on the API reference page
    (`total_items_failed`, `total_items_indexed`, `total_items_skipped`); this schema accepts both.

        Attributes:
            uuid (str | Unset): Unique ID of the indexing job. Example: 79ca9798-cf7d-11ef-bf8f-4e013e2ddde4.
            knowledge_base_uuid (str | Unset): UUID of the knowledge base being indexed. Example: 9758a232-b351-11ef-
                bf8f-4e013e2ddde4.
            data_source_uuids (list[str] | Unset): UUIDs of the data sources this job indexes. Example:
                ['9a825ee0-bbb1-11ef-bf8f-4e013e2ddde4'].
            phase (IndexingJobPhase | Unset): Lifecycle phase of an indexing job (a batch job). PENDING and RUNNING are
                transient; SUCCEEDED, FAILED, ERROR and CANCELLED are terminal (DigitalOcean's SDK waits for SUCCEEDED and
                treats FAILED, ERROR and CANCELLED as failures). UNKNOWN is the unset value.
                 Example: BATCH_JOB_PHASE_RUNNING.
            status (IndexingJobStatus | Unset): Indexing status of a job (pending, in progress, completed, partial, failed,
                no changes, cancelled). Not documented by the vendor: the exact meaning of each value. UNKNOWN is the unset
                (protobuf zero) value. INDEX_JOB_STATUS_CANCELLED appears in upstream's spec but not on the API reference page.
                 Example: INDEX_JOB_STATUS_IN_PROGRESS.
            created_at (datetime.datetime | Unset): Creation date and time. Example: 2025-01-10T18:05:29Z.
            started_at (datetime.datetime | Unset): When the job started running. Example: 2025-01-10T18:05:31Z.
            finished_at (datetime.datetime | Unset): When the job finished. Example: 2025-01-10T18:11:40Z.
            updated_at (datetime.datetime | Unset): Last modified. Example: 2025-01-10T18:11:40Z.
            completed_datasources (int | Unset): Number of data sources whose indexing has completed. Example: 1.
            total_datasources (int | Unset): Number of data sources being indexed. Example: 1.
            tokens (int | Unset): Number of tokens. Deprecated upstream; use `total_tokens`. Example: 0.
            total_tokens (str | Unset): Total tokens consumed by the indexing job (uint64, sent as a decimal string).
                Upstream only. Example: 48213.
            is_report_available (bool | Unset): Whether the indexing job's details report is available (see
                `get_indexing_job_details_signed_url`). Upstream only. Example: True.
            data_source_jobs (list[IndexedDataSource] | Unset): Details on the data sources included in the indexing job.
                Upstream only.
            total_items_failed (str | Unset): Total items failed (uint64, sent as a decimal string). On the API reference
                page only, not in upstream's spec. Example: 3.
            total_items_indexed (str | Unset): Total items indexed (uint64, sent as a decimal string). On the API reference
                page only, not in upstream's spec. Example: 137.
            total_items_skipped (str | Unset): Total items skipped (uint64, sent as a decimal string). On the API reference
                page only, not in upstream's spec. Example: 0.
    """

    uuid: str | Unset = UNSET
    knowledge_base_uuid: str | Unset = UNSET
    data_source_uuids: list[str] | Unset = UNSET
    phase: IndexingJobPhase | Unset = UNSET
    status: IndexingJobStatus | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    finished_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    completed_datasources: int | Unset = UNSET
    total_datasources: int | Unset = UNSET
    tokens: int | Unset = UNSET
    total_tokens: str | Unset = UNSET
    is_report_available: bool | Unset = UNSET
    data_source_jobs: list[IndexedDataSource] | Unset = UNSET
    total_items_failed: str | Unset = UNSET
    total_items_indexed: str | Unset = UNSET
    total_items_skipped: str | Unset = UNSET
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
        uuid = self.uuid

        knowledge_base_uuid = self.knowledge_base_uuid

        data_source_uuids: list[str] | Unset = UNSET
        if not isinstance(self.data_source_uuids, Unset):
            data_source_uuids = self.data_source_uuids

        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        finished_at: str | Unset = UNSET
        if not isinstance(self.finished_at, Unset):
            finished_at = self.finished_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        completed_datasources = self.completed_datasources

        total_datasources = self.total_datasources

        tokens = self.tokens

        total_tokens = self.total_tokens

        is_report_available = self.is_report_available

        data_source_jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_source_jobs, Unset):
            data_source_jobs = []
            for data_source_jobs_item_data in self.data_source_jobs:
                data_source_jobs_item = data_source_jobs_item_data.to_dict()
                data_source_jobs.append(data_source_jobs_item)

        total_items_failed = self.total_items_failed

        total_items_indexed = self.total_items_indexed

        total_items_skipped = self.total_items_skipped

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if knowledge_base_uuid is not UNSET:
            field_dict["knowledge_base_uuid"] = knowledge_base_uuid
        if data_source_uuids is not UNSET:
            field_dict["data_source_uuids"] = data_source_uuids
        if phase is not UNSET:
            field_dict["phase"] = phase
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if completed_datasources is not UNSET:
            field_dict["completed_datasources"] = completed_datasources
        if total_datasources is not UNSET:
            field_dict["total_datasources"] = total_datasources
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        if is_report_available is not UNSET:
            field_dict["is_report_available"] = is_report_available
        if data_source_jobs is not UNSET:
            field_dict["data_source_jobs"] = data_source_jobs
        if total_items_failed is not UNSET:
            field_dict["total_items_failed"] = total_items_failed
        if total_items_indexed is not UNSET:
            field_dict["total_items_indexed"] = total_items_indexed
        if total_items_skipped is not UNSET:
            field_dict["total_items_skipped"] = total_items_skipped

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.indexed_data_source import IndexedDataSource  # noqa: PLC0415

        d = dict(src_dict)
        uuid = d.pop("uuid", UNSET)

        knowledge_base_uuid = d.pop("knowledge_base_uuid", UNSET)

        data_source_uuids = cast(list[str], d.pop("data_source_uuids", UNSET))

        _phase = d.pop("phase", UNSET)
        phase: IndexingJobPhase | Unset
        if isinstance(_phase, Unset):
            phase = UNSET
        else:
            phase = IndexingJobPhase(_phase)

        _status = d.pop("status", UNSET)
        status: IndexingJobStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = IndexingJobStatus(_status)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _started_at = d.pop("started_at", UNSET)
        started_at: datetime.datetime | Unset
        if isinstance(_started_at, Unset):
            started_at = UNSET
        else:
            started_at = datetime.datetime.fromisoformat(_started_at)

        _finished_at = d.pop("finished_at", UNSET)
        finished_at: datetime.datetime | Unset
        if isinstance(_finished_at, Unset):
            finished_at = UNSET
        else:
            finished_at = datetime.datetime.fromisoformat(_finished_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        completed_datasources = d.pop("completed_datasources", UNSET)

        total_datasources = d.pop("total_datasources", UNSET)

        tokens = d.pop("tokens", UNSET)

        total_tokens = d.pop("total_tokens", UNSET)

        is_report_available = d.pop("is_report_available", UNSET)

        _data_source_jobs = d.pop("data_source_jobs", UNSET)
        data_source_jobs: list[IndexedDataSource] | Unset = UNSET
        if _data_source_jobs is not UNSET:
            data_source_jobs = []
            for data_source_jobs_item_data in _data_source_jobs:
                data_source_jobs_item = IndexedDataSource.from_dict(data_source_jobs_item_data)

                data_source_jobs.append(data_source_jobs_item)

        total_items_failed = d.pop("total_items_failed", UNSET)

        total_items_indexed = d.pop("total_items_indexed", UNSET)

        total_items_skipped = d.pop("total_items_skipped", UNSET)

        indexing_job = cls(
            uuid=uuid,
            knowledge_base_uuid=knowledge_base_uuid,
            data_source_uuids=data_source_uuids,
            phase=phase,
            status=status,
            created_at=created_at,
            started_at=started_at,
            finished_at=finished_at,
            updated_at=updated_at,
            completed_datasources=completed_datasources,
            total_datasources=total_datasources,
            tokens=tokens,
            total_tokens=total_tokens,
            is_report_available=is_report_available,
            data_source_jobs=data_source_jobs,
            total_items_failed=total_items_failed,
            total_items_indexed=total_items_indexed,
            total_items_skipped=total_items_skipped,
        )

        indexing_job.additional_properties = d
        return indexing_job

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
