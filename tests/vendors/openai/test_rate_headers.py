"""OpenAI's rate-limit headers, as its plugin reads them (its rate-limit guide: resets are durations)."""

from __future__ import annotations

import pytest
from anyjob import Budget
from anyjob._vendors import plugin_for

NOW = 1_767_225_600.0
DIALECT = plugin_for("openai").rate_limits


@pytest.mark.parametrize(("headers", "expected"), [
    ({"x-ratelimit-limit-requests": "500", "x-ratelimit-remaining-requests": "499",
      "x-ratelimit-reset-requests": "120ms", "x-ratelimit-reset-tokens": "6m0s"}, Budget(500, 499, 0.12)),
    ({"x-ratelimit-remaining-requests": "0", "x-ratelimit-reset-requests": "6m0s"}, Budget(None, 0, 360.0)),
    ({"x-ratelimit-remaining-requests": "0", "x-ratelimit-reset-requests": "1h2m3.5s"}, Budget(None, 0, 3723.5)),
    ({"x-ratelimit-remaining-requests": "0", "x-ratelimit-reset-requests": "48h"}, Budget(None, 0, None)),
    ({"x-ratelimit-remaining-tokens": "0", "x-ratelimit-reset-tokens": "1s"}, Budget()),  # tokens are not read
])
def test_openai_request_budget(headers: dict[str, str], expected: Budget) -> None:
    assert DIALECT.budget(headers, NOW) == expected


def test_retry_after_ms_is_finer_than_retry_after() -> None:
    assert DIALECT.retry_after({"retry-after-ms": "1500", "retry-after": "2"}, NOW) == 1.5
