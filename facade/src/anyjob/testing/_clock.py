"""Clocks for simulated job lifecycles: step one by hand in tests, or let it follow real time in demos."""

from __future__ import annotations

import threading
import time
from typing import Protocol

# 2026-01-01T00:00:00Z: a fixed, readable start so that tests see the same timestamps on every run.
DEFAULT_START = 1_767_225_600.0


class Clock(Protocol):
    def now(self) -> float:
        """Unix time in seconds, as the simulated vendor sees it."""
        ...


class ManualClock:
    """A clock that moves only when told to: `advance(seconds)`."""

    def __init__(self, start: float = DEFAULT_START) -> None:
        self._now = start
        self._lock = threading.Lock()

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("a clock cannot go backwards")
        with self._lock:
            self._now += seconds
            return self._now

    def __repr__(self) -> str:
        return f"ManualClock(now={self._now})"


class RealClock:
    """Real time, optionally sped up (speed=10 makes a 30 s job finish in 3 s)."""

    def __init__(self, speed: float = 1.0) -> None:
        if speed <= 0:
            raise ValueError("speed must be positive")
        self.speed = speed
        self._wall0 = time.time()
        self._mono0 = time.monotonic()

    def now(self) -> float:
        return self._wall0 + (time.monotonic() - self._mono0) * self.speed

    def __repr__(self) -> str:
        return f"RealClock(speed={self.speed})"
