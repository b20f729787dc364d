"""Anthropic's rate-limit headers, as its plugin reads them (its rate-limit docs: the reset is an RFC 3339 time)."""

from __future__ import annotations

import datetime

import pytest
from anyjob import Budget
from anyjob._vendors import plugin_for

NOW = 1_767_225_600.0
DIALECT = plugin_for("anthropic").rate_limits


def at(seconds_from_now: float) -> str:
    return datetime.datetime.fromtimestamp(NOW + seconds_from_now, datetime.UTC).isoformat().replace("+00:00", "Z")


@pytest.mark.parametrize(("headers", "expected"), [
    ({"anthropic-ratelimit-requests-limit": "1000", "anthropic-ratelimit-requests-remaining": "999",
      "anthropic-ratelimit-requests-reset": at(30)}, Budget(1000, 999, 30.0)),
    ({"anthropic-ratelimit-requests-remaining": "0", "anthropic-ratelimit-requests-reset": at(2)},
     Budget(None, 0, 2.0)),
    ({"anthropic-ratelimit-requests-remaining": "0", "anthropic-ratelimit-requests-reset": at(3 * 365 * 86400)},
     Budget(None, 0, None)),  # a date years away is not what Anthropic means
    ({"anthropic-ratelimit-tokens-remaining": "0", "anthropic-ratelimit-tokens-reset": at(30)}, Budget()),
])
def test_anthropic_request_budget(headers: dict[str, str], expected: Budget) -> None:
    assert DIALECT.budget(headers, NOW) == expected
