"""The vendor-neutral view of a job."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Literal

from ._errors import WRONG_SHAPE, DecodeError, short_repr
from ._value import Value

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


class Progress(Value):
    """Work done out of work known: DigitalOcean data sources, Veryfront ingest items."""

    __slots__ = ("done", "total")
    done: int
    total: int

    def __init__(self, done: int, total: int) -> None:
        if not isinstance(done, int) or not isinstance(total, int):
            name, value = ("done", done) if not isinstance(done, int) else ("total", total)
            raise TypeError(f"Progress.{name} must be an int, not {type(value).__name__}: {value!r}")
        object.__setattr__(self, "done", done)
        object.__setattr__(self, "total", total)

    @property
    def fraction(self) -> float | None:
        return self.done / self.total if self.total else None

    def __str__(self) -> str:
        return f"{self.done}/{self.total}"


class Deferred:
    """A generated model not built yet: `load()` imports the model's class (`model`, "module:Class") and builds it
    from the JSON object it came from.

    Plugins read the few fields a `Job` needs straight from the body and leave the vendor's typed model to be built
    when `Job.model` is first read: most callers never read it, and building one costs more than everything else
    anyjob does with an answer (a list page of 20 jobs builds 20). `load()` raises `DecodeError` when the object does
    not fit the generated model, its text passed through `redact` (the engine's, which hides credentials). `redact`
    is never pickled or copied with a job (it holds the credentials): without it, the error quotes nothing of the body.
    """

    __slots__ = ("data", "model", "redact", "ref", "what")

    def __init__(self, ref: JobRef, model: str, data: Mapping[str, Any], what: str,
                 redact: Callable[[str], str] | None) -> None:
        self.ref, self.model, self.data, self.what, self.redact = ref, model, data, what, redact

    def load(self) -> object:
        from ._vendors import import_object  # the registry imports this module

        model = import_object(self.model)
        try:
            return model.from_dict(self.data)
        except WRONG_SHAPE as exc:
            problem, excerpt = f"{self.what} does not match the spec: {type(exc).__name__}", ""
            if self.redact is not None:
                problem = self.redact(f"{problem}: {exc}")
                excerpt = self.redact(short_repr(self.data, 4096))[:200]
            raise DecodeError(self.ref.vendor, 200, problem, excerpt, ref=self.ref) from None

    def __reduce__(self) -> tuple[Any, ...]:
        return Deferred, (self.ref, self.model, self.data, self.what, None)

    def __repr__(self) -> str:
        return f"<{self.model.rpartition(':')[2]} not built yet>"


class Job(Value):
    """One job at one vendor, as last seen.

    `raw_status` is the vendor's own status string (kept even when `state` is UNKNOWN); `model` is the typed model of
    the vendor's generated client (e.g. `veryfront_client.models.Job`) for everything else, built from the vendor's
    answer when first read (`DecodeError` then if that answer does not fit it).
    """

    __slots__ = ("ref", "state", "raw_status", "created_at", "started_at", "finished_at", "progress", "error",
                 "_model")
    _hidden = _uncompared = ("_model",)
    ref: JobRef
    state: JobState
    raw_status: str
    created_at: datetime.datetime | None
    started_at: datetime.datetime | None
    finished_at: datetime.datetime | None
    progress: Progress | None
    error: str | None
    _model: object

    def __init__(self, ref: JobRef, state: JobState, raw_status: str, created_at: datetime.datetime | None = None,
                 started_at: datetime.datetime | None = None, finished_at: datetime.datetime | None = None,
                 progress: Progress | None = None, error: str | None = None, model: object = None) -> None:
        setattr_ = object.__setattr__
        setattr_(self, "ref", ref)
        setattr_(self, "state", state)
        setattr_(self, "raw_status", raw_status)
        setattr_(self, "created_at", created_at)
        setattr_(self, "started_at", started_at)
        setattr_(self, "finished_at", finished_at)
        setattr_(self, "progress", progress)
        setattr_(self, "error", error)
        setattr_(self, "_model", model)

    @property
    def model(self) -> object:
        """The vendor's generated model of this job (None for a job made without one)."""
        model = self._model
        if type(model) is Deferred:
            model = model.load()
            object.__setattr__(self, "_model", model)  # built once; two threads racing build equal models
        return model

    @property
    def vendor(self) -> str:
        return self.ref.vendor

    @property
    def id(self) -> str:
        return self.ref.job_id


class Cancelled(Value):
    """`cancel_many`'s outcome for a ref whose cancel the vendor confirmed: `job` as it stood then (CANCELLING or
    CANCELLED, or another terminal state when the job ended before the cancel could tell)."""

    __slots__ = ("ref", "job")
    ref: JobRef
    job: Job

    def __init__(self, ref: JobRef, job: Job) -> None:
        object.__setattr__(self, "ref", ref)
        object.__setattr__(self, "job", job)

    @property
    def ok(self) -> Literal[True]:
        return True

    @property
    def error(self) -> None:
        return None


class CancelFailed(Value):
    """`cancel_many`'s outcome for a ref that could not be cancelled: `error` says why, and `sent` whether a cancel
    request left anyjob (False: a bad ref, an unconfigured vendor, the batch's deadline or an interruption came
    first, so the vendor cannot have acted)."""

    __slots__ = ("ref", "error", "sent")
    ref: JobRef | str
    error: AnyjobError
    sent: bool

    def __init__(self, ref: JobRef | str, error: AnyjobError, sent: bool = True) -> None:
        object.__setattr__(self, "ref", ref)
        object.__setattr__(self, "error", error)
        object.__setattr__(self, "sent", sent)

    @property
    def ok(self) -> Literal[False]:
        return False

    @property
    def job(self) -> None:
        return None


#: One ref's outcome in `cancel_many`: `if outcome.ok:` narrows it to `Cancelled` (whose `job` is a `Job`).
CancelOutcome = Cancelled | CancelFailed
