"""When to try again: the retry policy. A plain decision function; the engine's loop applies it.

anyjob used tenacity for this once. With the engine written as a step machine, a retry is two lines of that machine
(a `Sleep` step, then the same request), and a retry decision needs what tenacity does not know: the call's
deadline, the vendor's shared rate budget, and whether a cancel may have acted already. So the loop is the engine's
own and tenacity is no longer a dependency.
"""

from __future__ import annotations

import random
from typing import Any

from ._errors import DecodeError, RateLimited, ServerError, TransportError
from ._value import Value, replace

# Worth another try for idempotent calls (get, list, cancel). DecodeError is here because a 200 carrying a proxy's
# HTML page or a cut-off body says nothing about the job; asking again usually does.
RETRYABLE = (RateLimited, ServerError, TransportError, DecodeError)


class RetryPolicy(Value):
    """How anyjob retries get, list and cancel.

    attempts: tries in all for failures (5xx, connection errors, unreadable answers), the first included; 1 = never
        retry. Rate limits (429) do not use attempts up: they wait for the vendor's budget while the call's
        deadline allows.
    budget: seconds from the call's start after which no retry of a failure starts (the call's `timeout=`, when
        given, is a hard deadline on top of this).
    backoff, max_backoff: the first wait and its cap; each wait doubles, with jitter (half to all of it).
    max_retry_after: the longest wait a failing vendor may ask for (a 5xx's Retry-After); a longer ask raises the
        error at once.
    rate_limit_wait: for a call without a deadline, the longest it waits in all for the vendor's rate budget.
    """

    __slots__ = ("attempts", "budget", "backoff", "max_backoff", "max_retry_after", "rate_limit_wait")
    attempts: int
    budget: float
    backoff: float
    max_backoff: float
    max_retry_after: float
    rate_limit_wait: float

    def __init__(self, attempts: int = 3, budget: float = 60.0, backoff: float = 0.5, max_backoff: float = 8.0,
                 max_retry_after: float = 60.0, rate_limit_wait: float = 600.0) -> None:
        if attempts < 1:
            raise ValueError("RetryPolicy.attempts must be at least 1")
        if min(budget, backoff, max_backoff, max_retry_after, rate_limit_wait) < 0:
            raise ValueError("RetryPolicy durations must not be negative")
        for name, value in (("attempts", attempts), ("budget", budget), ("backoff", backoff),
                            ("max_backoff", max_backoff), ("max_retry_after", max_retry_after),
                            ("rate_limit_wait", rate_limit_wait)):
            object.__setattr__(self, name, value)

    def replace(self, **changes: Any) -> RetryPolicy:
        """A copy with `changes` (e.g. ``policy.replace(attempts=1)``), checked as a new policy is."""
        return replace(self, **changes)

    def delay(self, error: BaseException, failures: int, elapsed: float) -> float | None:
        """Seconds to wait after the `failures`-th failure (not counting rate limits), `elapsed` seconds into the
        call; None when no further attempt should be made."""
        if not isinstance(error, RETRYABLE) or failures >= self.attempts or elapsed >= self.budget:
            return None
        hinted = getattr(error, "retry_after", None)
        if hinted is not None:
            return None if hinted > self.max_retry_after else float(hinted)
        return self.backoff_delay(failures)

    def backoff_delay(self, failures: int) -> float:
        cap = min(self.max_backoff, self.backoff * 2 ** max(0, failures - 1))
        return random.uniform(cap / 2, cap)
