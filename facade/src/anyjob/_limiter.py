"""Pacing requests to a vendor's rate budget, learnt from its answers. No I/O: callers pass the time in.

One `RateLimiter` per vendor is shared by every call of one `Jobs` / `AsyncJobs` (and by the threads of a sync
`cancel_many`). It knows what the vendor said last: `ratelimit-remaining` and `ratelimit-reset` (DigitalOcean, and
the IETF draft's names), and a 429's Retry-After. It admits a request only while the budget, less the requests
still in flight, is not spent; once it is, it holds every caller until the reset, then lets one request through to
learn the new budget before admitting the rest. Vendors that send no such headers are never held, except after a
429.
"""

from __future__ import annotations

import threading

import attrs

# Waiting for the one request that learns the budget after a reset: how often the others look again.
_PROBE_POLL = 0.05


@attrs.define
class RateLimiter:
    remaining: int | None = None  # requests the budget still allows, less those admitted since we learnt it
    reset_at: float | None = None  # monotonic time at which the vendor said the budget frees up
    blocked_until: float = 0.0  # after a 429: no request before this
    in_flight: int = 0
    probing: bool = False
    refused: int = 0  # 429s seen, for figures
    _lock: threading.Lock = attrs.field(factory=threading.Lock, repr=False)

    def acquire(self, now: float) -> float:
        """0.0 when a request may go now (it is then counted in flight: call `settle` once it is answered or failed);
        otherwise how long to wait before asking again."""
        with self._lock:
            if now < self.blocked_until:
                return self.blocked_until - now
            if self.remaining is not None and self.remaining <= 0:
                if self.reset_at is not None and now < self.reset_at:
                    return self.reset_at - now
                if self.probing:
                    return _PROBE_POLL
                self.probing = True  # the budget should have freed up: one request finds out how much
            if self.remaining is not None:
                self.remaining -= 1
            self.in_flight += 1
            return 0.0

    def settle(self, now: float, remaining: int | None = None, reset_in: float | None = None,
               retry_after: float | None = None, refused: bool = False) -> None:
        """A request admitted by `acquire` ended; what its answer said of the budget (all None when it had no answer
        or said nothing)."""
        with self._lock:
            self.in_flight = max(0, self.in_flight - 1)
            self.probing = False
            if refused:
                self.refused += 1
                wait = retry_after if retry_after is not None else reset_in
                if wait is not None:  # a refusal that says nothing of when is the engine's to back off from
                    self.blocked_until = max(self.blocked_until, now + wait)
                    self.remaining, self.reset_at = 0, now + wait
                return
            if remaining is None:
                self.remaining = self.reset_at = None  # a vendor that says nothing of its budget is not held
                return
            # Requests still in flight may not be counted in `remaining` yet: assume they are not.
            self.remaining = remaining - self.in_flight
            self.reset_at = now + reset_in if reset_in is not None else None
