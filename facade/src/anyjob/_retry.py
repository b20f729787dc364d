"""When and how long to retry: a policy, applied with tenacity."""

from __future__ import annotations

import logging
import random
from typing import Any

import attrs
import tenacity

from ._errors import DecodeError, RateLimited, ServerError, TransportError

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

    def tenacity_arguments(self) -> dict[str, Any]:
        return {
            "stop": tenacity.stop_after_attempt(self.attempts) | _OutOfBudget(self),
            "wait": self._wait,
            "retry": tenacity.retry_if_exception_type(RETRYABLE),
            "reraise": True,
            "before_sleep": _log_retry,
        }

    def _hinted(self, state: tenacity.RetryCallState) -> float | None:
        exc = state.outcome.exception() if state.outcome else None
        hinted = getattr(exc, "retry_after", None)
        return float(hinted) if hinted is not None else None

    def _wait(self, state: tenacity.RetryCallState) -> float:
        hinted = self._hinted(state)
        if hinted is not None:
            return hinted
        cap = min(self.max_backoff, self.backoff * 2 ** (state.attempt_number - 1))
        remaining = self.budget - (state.seconds_since_start or 0.0)
        return max(0.0, min(random.uniform(0, cap), remaining))


class _OutOfBudget(tenacity.stop.stop_base):
    """Stop when the wait the vendor asked for is too long, or would end past the budget."""

    def __init__(self, policy: RetryPolicy) -> None:
        self.policy = policy

    def __call__(self, state: tenacity.RetryCallState) -> bool:
        hinted = self.policy._hinted(state) or 0.0
        elapsed = state.seconds_since_start or 0.0
        return hinted > self.policy.max_retry_after or elapsed + hinted > self.policy.budget


def _log_retry(state: tenacity.RetryCallState) -> None:
    exc = state.outcome.exception() if state.outcome else None
    wait = state.next_action.sleep if state.next_action else 0.0
    logger.info("retrying after attempt %d failed (%s); waiting %.2fs", state.attempt_number, exc, wait)
