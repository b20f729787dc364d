"""Request budgets for every simulator: sliding windows of admitted requests, on a clock. Vendor-neutral: each vendor
adapter renders a budget's state in its own header dialect (`VendorSimulator.rate_limit_headers`).

A simulator has up to two windows, a minute's and an hour's (`minute_limit`, `hourly_limit`; either may be None),
with lengths that tests may shorten (`minute_window`, `hourly_window`). A request is admitted when every window has
room, and then counted in all of them; a refused request is not counted. The headers describe one window, the
vendor's headline budget (DigitalOcean: the hour's; OpenAI and Anthropic: the minute's), at the instant the decision
was made: on a real clock, headers read at another instant could describe another window than the one that decided.
"""

from __future__ import annotations

import math
import threading
from collections import deque

import attrs

MINUTE, HOUR = 60.0, 3600.0


@attrs.frozen
class Window:
    """At most `limit` requests in any `seconds` (a sliding window)."""

    limit: int
    seconds: float

    def __attrs_post_init__(self) -> None:
        if self.limit < 1:
            raise ValueError("a budget allows at least 1 request (or is None for no limit)")
        if not (math.isfinite(self.seconds) and self.seconds > 0):
            raise ValueError("a budget's window is a positive number of seconds")


@attrs.frozen
class BudgetState:
    """The headline window as a decision left it: its limit, what remains, and when the next request fits again
    (clock time: the oldest counted request leaves the window then; `now` when nothing is counted)."""

    limit: int
    remaining: int
    resets_at: float
    window: float


class Refused(Exception):
    """A request the budget has no room for: `wait` seconds until it would be admitted."""

    def __init__(self, wait: float, state: BudgetState | None) -> None:
        super().__init__(f"rate budget spent for {wait:.2f}s")
        self.wait = wait
        self.state = state


class RequestBudget:
    """Sliding windows of admitted requests; `headline` is the window the vendor's headers describe."""

    def __init__(self, windows: list[Window], headline: int = 0) -> None:
        self.windows = windows
        self._headline = windows[headline] if windows else None
        self._spent: deque[float] = deque()  # clock times of the admitted requests, oldest first
        self._lock = threading.Lock()

    def admit(self, now: float) -> BudgetState | None:
        """Count one request at `now` and return the headline's state after it; raise `Refused` when a window is
        full. None when there is no budget at all."""
        with self._lock:
            wait = self._wait(now)
            if wait is not None:
                raise Refused(wait, self._state(now))
            if self.windows:
                self._spent.append(now)
            return self._state(now)

    def peek(self, now: float) -> BudgetState | None:
        """The headline's state as a request admitted at `now` would see it, without counting one (for answers that
        never reach the budget: unknown paths, fault answers). A full budget reads as it is: no room."""
        with self._lock:
            return self._state(now, one_more=self._wait(now) is None)

    def _state(self, now: float, *, one_more: bool = False) -> BudgetState | None:
        window = self._headline
        if window is None:
            return None
        in_window = [t for t in self._spent if t > now - window.seconds] + ([now] if one_more else [])
        oldest = in_window[0] if in_window else now
        return BudgetState(window.limit, max(0, window.limit - len(in_window)), oldest + window.seconds,
                           window.seconds)

    def _wait(self, now: float) -> float | None:
        """Seconds until a request at `now` fits every window; None when it fits now. Hold the lock."""
        longest = max((w.seconds for w in self.windows), default=0.0)
        while self._spent and self._spent[0] <= now - longest:
            self._spent.popleft()
        waits: list[float] = []
        for window in self.windows:
            in_window = [t for t in self._spent if t > now - window.seconds]
            if len(in_window) >= window.limit:  # the request that must leave the window before one more fits
                waits.append(in_window[len(in_window) - window.limit] + window.seconds - now)
        return max(waits) if waits else None
