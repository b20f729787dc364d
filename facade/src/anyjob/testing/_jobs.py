"""A simulated job's life, vendor-neutral: each vendor adapter maps `Phase` to its own status strings."""

from __future__ import annotations

import math
import threading
from collections.abc import Iterator
from enum import StrEnum
from typing import Any

import attrs


class Phase(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    CANCELLING = "cancelling"
    CANCELLED = "cancelled"
    SUCCEEDED = "succeeded"
    FAILED = "failed"

    @property
    def is_terminal(self) -> bool:
        return self in (Phase.CANCELLED, Phase.SUCCEEDED, Phase.FAILED)


@attrs.define
class SimJob:
    """A job whose phase is a function of the clock: queued, then running, then its outcome, unless cancelled.

    A cancel takes `cancel_takes` seconds; during that time the job is CANCELLING (Dispersed shows it; vendors that do
    not have such a status use 0).
    """

    id: str
    created_at: float
    queued_for: float = 5.0
    runs_for: float = 60.0
    outcome: Phase = Phase.SUCCEEDED
    cancel_takes: float = 0.0
    cancel_requested_at: float | None = None
    fields: dict[str, Any] = attrs.field(factory=dict)  # vendor-specific payload (names, targets, sizes, ...)

    def phase(self, now: float) -> Phase:
        if self.cancel_requested_at is not None:
            return Phase.CANCELLED if now >= self.cancel_requested_at + self.cancel_takes else Phase.CANCELLING
        if now < self.created_at + self.queued_for:
            return Phase.QUEUED
        if now < self.created_at + self.queued_for + self.runs_for:
            return Phase.RUNNING
        return self.outcome

    def started_at(self, now: float) -> float | None:
        start = self.created_at + self.queued_for
        if self.cancel_requested_at is not None and self.cancel_requested_at < start:
            return None
        return start if now >= start else None

    def finished_at(self, now: float) -> float | None:
        if self.cancel_requested_at is not None:
            end = self.cancel_requested_at + self.cancel_takes
        else:
            end = self.created_at + self.queued_for + self.runs_for
        return end if now >= end else None

    def progress(self, now: float) -> float:
        """Fraction of the work done, 0.0 to 1.0 (frozen at cancel time for a cancelled job)."""
        at = min(now, self.cancel_requested_at) if self.cancel_requested_at is not None else now
        done = (at - self.created_at - self.queued_for) / self.runs_for if self.runs_for > 0 else 1.0
        return max(0.0, min(1.0, done))

    def ends_at(self) -> float | None:
        """When the job ends on its own if nothing cancels it (None: never, or not foreseeable)."""
        end = self.created_at + self.queued_for + self.runs_for
        return end if math.isfinite(end) else None

    def request_cancel(self, now: float) -> bool:
        """Start cancelling; False (and no change) when the job is already finished or being cancelled."""
        if self.phase(now).is_terminal or self.cancel_requested_at is not None:
            return False
        self.cancel_requested_at = now
        return True


class JobStore:
    """The simulator's jobs, in creation order. Safe to use from the test thread while the server runs."""

    def __init__(self) -> None:
        self._jobs: dict[str, SimJob] = {}
        self._lock = threading.RLock()

    def add(self, job: SimJob) -> SimJob:
        with self._lock:
            self._jobs[job.id] = job
        return job

    def get(self, job_id: str) -> SimJob | None:
        return self._jobs.get(job_id)

    def __iter__(self) -> Iterator[SimJob]:
        with self._lock:
            return iter(list(self._jobs.values()))

    def __len__(self) -> int:
        return len(self._jobs)

    @property
    def lock(self) -> threading.RLock:
        return self._lock
