"""The vendor-neutral view of a job."""

from __future__ import annotations

import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Literal

import attrs

if TYPE_CHECKING:
    from ._errors import AnyjobError
    from ._refs import JobRef


class JobState(StrEnum):
    """A job's state, the same for every vendor. UNKNOWN is a vendor status that no spec lists (yet).

    PAUSED: held, neither running nor ended, until someone resumes it (OpenAI's paused fine-tuning jobs). CANCELLING:
    the vendor accepted a cancel and has not finished it (a cancel of such a job is a success; `wait` goes on).
    """

    QUEUED = "queued"
    RUNNING = "running"
    PAUSED = "paused"
    CANCELLING = "cancelling"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"

    @property
    def is_terminal(self) -> bool:
        return self in _TERMINAL


_TERMINAL = frozenset({JobState.SUCCEEDED, JobState.FAILED, JobState.CANCELLED})


@attrs.frozen
class Progress:
    """Work done out of work known: DigitalOcean data sources, Veryfront ingest items."""

    done: int = attrs.field(validator=attrs.validators.instance_of(int))
    total: int = attrs.field(validator=attrs.validators.instance_of(int))

    @property
    def fraction(self) -> float | None:
        return self.done / self.total if self.total else None

    def __str__(self) -> str:
        return f"{self.done}/{self.total}"


@attrs.frozen
class Job:
    """One job at one vendor, as last seen.

    `raw_status` is the vendor's own status string (kept even when `state` is UNKNOWN); `model` is the typed model of
    the vendor's generated client (e.g. `veryfront_client.models.Job`) for everything else.
    """

    ref: JobRef
    state: JobState
    raw_status: str
    created_at: datetime.datetime | None = None
    started_at: datetime.datetime | None = None
    finished_at: datetime.datetime | None = None
    progress: Progress | None = None
    error: str | None = None
    model: object = attrs.field(default=None, repr=False, eq=False)

    @property
    def vendor(self) -> str:
        return self.ref.vendor

    @property
    def id(self) -> str:
        return self.ref.job_id


@attrs.frozen
class Cancelled:
    """`cancel_many`'s outcome for a ref whose cancel the vendor confirmed: `job` as it stood then (CANCELLING or
    CANCELLED, or another terminal state when the job ended before the cancel could tell)."""

    ref: JobRef
    job: Job

    @property
    def ok(self) -> Literal[True]:
        return True

    @property
    def error(self) -> None:
        return None


@attrs.frozen
class CancelFailed:
    """`cancel_many`'s outcome for a ref that could not be cancelled: `error` says why, and `sent` whether a cancel
    request left anyjob (False: a bad ref, an unconfigured vendor, the batch's deadline or an interruption came
    first, so the vendor cannot have acted)."""

    ref: JobRef | str
    error: AnyjobError
    sent: bool = True

    @property
    def ok(self) -> Literal[False]:
        return False

    @property
    def job(self) -> None:
        return None


#: One ref's outcome in `cancel_many`: `if outcome.ok:` narrows it to `Cancelled` (whose `job` is a `Job`).
CancelOutcome = Cancelled | CancelFailed
