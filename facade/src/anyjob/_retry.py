"""When and how long to retry: a policy, applied with tenacity.

The first attempt of every call runs outside tenacity: most calls succeed at once, and building a retry loop for
each of them costs more than the rest of anyjob's per-call work (see `nox -s bench`). tenacity (and the asyncio it
imports) is loaded on the first retry.
"""

from __future__ import annotations

import logging
import random
from typing import TYPE_CHECKING, Any

import attrs

from ._errors import DecodeError, RateLimited, ServerError, TransportError

if TYPE_CHECKING:
    import tenacity

logger = logging.getLogger("anyjob")

# Worth another try for idempotent calls (get, list, cancel). DecodeError is here because a 200 carrying a proxy's
# HTML page or a cut-off body says nothing about the job; asking again usually does.
RETRYABLE = (RateLimited, ServerError, TransportError, DecodeError)


@attrs.frozen
class RetryPolicy:
    """How anyjob retries get, list and cancel.

    attempts: tries in all, the first included (1 = never retry).
    budget: seconds from the first try after which no new try starts.
    backoff, max_backoff: the first wait and its cap; each wait doubles, with full jitter.
    max_retry_after: the longest wait a vendor may ask for (Retry-After, DigitalOcean's ratelimit-reset); a longer
        ask ends the retries with the RateLimited / ServerError at once rather than sleeping through the budget.
    """

    attempts: int = 3
    budget: float = 60.0
    backoff: float = 0.5
    max_backoff: float = 8.0
    max_retry_after: float = 60.0

    def __attrs_post_init__(self) -> None:
        if self.attempts < 1:
            raise ValueError("RetryPolicy.attempts must be at least 1")
        if self.budget < 0 or self.backoff < 0 or self.max_backoff < 0 or self.max_retry_after < 0:
            raise ValueError("RetryPolicy durations must not be negative")

    def delay(self, error: BaseException, attempt: int, elapsed: float) -> float | None:
        """Seconds to wait after failed attempt number `attempt` (1-based), `elapsed` seconds into the call; None
        when no further attempt should be made."""
        if not isinstance(error, RETRYABLE) or attempt >= self.attempts:
            return None
        hinted = getattr(error, "retry_after", None)
        if hinted is not None:
            if hinted > self.max_retry_after or elapsed + hinted > self.budget:
                return None
            return float(hinted)
        remaining = self.budget - elapsed
        if remaining <= 0:
            return None
        cap = min(self.max_backoff, self.backoff * 2 ** (attempt - 1))
        return min(random.uniform(0, cap), remaining)

    def tenacity_arguments(self, done: int, started: float) -> dict[str, Any]:
        """Arguments for a tenacity loop that continues a call after `done` failed attempts, begun at `started`
        (time.monotonic())."""
        import tenacity

        def wait(state: tenacity.RetryCallState) -> float:
            return _delay(state) or 0.0

        def stop(state: tenacity.RetryCallState) -> bool:
            return _delay(state) is None

        def _delay(state: tenacity.RetryCallState) -> float | None:
            error = state.outcome.exception() if state.outcome else None
            if error is None:
                return None
            return self.delay(error, done + state.attempt_number, state.start_time - started
                              + (state.seconds_since_start or 0.0))

        return {"stop": stop, "wait": wait, "retry": tenacity.retry_if_exception_type(RETRYABLE), "reraise": True,
                "before_sleep": _log_retry}


def log_first_retry(error: BaseException, delay: float) -> None:
    logger.info("retrying after attempt %d failed (%s); waiting %.2fs", 1, error, delay)


def _log_retry(state: tenacity.RetryCallState) -> None:
    error = state.outcome.exception() if state.outcome else None
    wait = state.next_action.sleep if state.next_action else 0.0
    logger.info("retrying after attempt %d failed (%s); waiting %.2fs", state.attempt_number + 1, error, wait)
