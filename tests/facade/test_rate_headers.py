"""Each vendor's rate-limit header dialect, read without blind trust (anyjob._vendors._ratelimits)."""

from __future__ import annotations

import datetime
import email.utils

import pytest
from anyjob import AnthropicHeaders, Budget, DraftHeaders, OpenAIHeaders, RateHeaders
from anyjob._vendors import plugins
from anyjob._vendors._ratelimits import duration

NOW = 1_767_225_600.0  # 2026-01-01T00:00:00Z


def rfc3339(seconds_from_now: float) -> str:
    moment = datetime.datetime.fromtimestamp(NOW + seconds_from_now, datetime.UTC)
    return moment.isoformat().replace("+00:00", "Z")


@pytest.mark.parametrize(("headers", "expected"), [
    ({"ratelimit-limit": "5000", "ratelimit-remaining": "4999", "ratelimit-reset": str(int(NOW) + 3600)},
     Budget(5000, 4999, 3600.0)),  # DigitalOcean: a Unix time in seconds
    ({"x-ratelimit-limit": "60", "x-ratelimit-remaining": "0", "x-ratelimit-reset": "12"}, Budget(60, 0, 12.0)),
    ({"ratelimit-remaining": "3", "ratelimit-reset": str(int(NOW * 1000) + 5000)}, Budget(None, 3, None)),  # ms
    ({"ratelimit-remaining": "3", "ratelimit-reset": str(int(NOW) + 5 * 365 * 86400)}, Budget(None, 3, None)),
    ({"ratelimit-remaining": "3", "ratelimit-reset": str(int(NOW) - 10)}, Budget(None, 3, 0.0)),  # already reset
    ({"ratelimit-remaining": "-1", "ratelimit-limit": "many", "ratelimit-reset": "soon"}, Budget()),
    ({"ratelimit-remaining": "nan", "ratelimit-reset": "inf"}, Budget()),
    ({}, Budget()),
])
def test_draft_headers(headers: dict[str, str], expected: Budget) -> None:
    assert DraftHeaders().budget(headers, NOW) == expected


@pytest.mark.parametrize(("text", "seconds"), [
    ("1s", 1.0), ("6m0s", 360.0), ("12ms", 0.012), ("1h2m3.5s", 3723.5), ("0.5s", 0.5), ("20", 20.0),
    ("250us", 0.00025), ("", None), ("6 minutes", None), ("s", None), ("1x", None), ("-1s", None),
])
def test_go_durations(text: str, seconds: float | None) -> None:
    found = duration(text)
    assert found == pytest.approx(seconds) if seconds is not None else found is None


@pytest.mark.parametrize(("headers", "expected"), [
    ({"x-ratelimit-limit-requests": "500", "x-ratelimit-remaining-requests": "499",
      "x-ratelimit-reset-requests": "120ms", "x-ratelimit-reset-tokens": "6m0s"}, Budget(500, 499, 0.12)),
    ({"x-ratelimit-remaining-requests": "0", "x-ratelimit-reset-requests": "6m0s"}, Budget(None, 0, 360.0)),
    ({"x-ratelimit-remaining-requests": "0", "x-ratelimit-reset-requests": "48h"}, Budget(None, 0, None)),
    ({"x-ratelimit-remaining-requests": "0", "x-ratelimit-reset-requests": "whenever"}, Budget(None, 0, None)),
    ({"x-ratelimit-limit": "60", "x-ratelimit-remaining": "0", "x-ratelimit-reset": "5"}, Budget()),  # not its names
])
def test_openai_headers(headers: dict[str, str], expected: Budget) -> None:
    assert OpenAIHeaders().budget(headers, NOW) == expected


@pytest.mark.parametrize(("headers", "expected"), [
    ({"anthropic-ratelimit-requests-limit": "1000", "anthropic-ratelimit-requests-remaining": "999",
      "anthropic-ratelimit-requests-reset": rfc3339(30)}, Budget(1000, 999, 30.0)),
    ({"anthropic-ratelimit-requests-remaining": "0",
      "anthropic-ratelimit-requests-reset": rfc3339(2).replace("Z", "+00:00")}, Budget(None, 0, 2.0)),
    ({"anthropic-ratelimit-requests-remaining": "0", "anthropic-ratelimit-requests-reset": rfc3339(3 * 365 * 86400)},
     Budget(None, 0, None)),  # a date years away is not what Anthropic means
    ({"anthropic-ratelimit-requests-remaining": "0", "anthropic-ratelimit-requests-reset": "2026-13-45T99:00:00Z"},
     Budget(None, 0, None)),
    ({"anthropic-ratelimit-tokens-remaining": "0", "anthropic-ratelimit-tokens-reset": rfc3339(30)}, Budget()),
])
def test_anthropic_headers(headers: dict[str, str], expected: Budget) -> None:
    assert AnthropicHeaders().budget(headers, NOW) == expected


@pytest.mark.parametrize(("headers", "seconds"), [
    ({"retry-after": "2"}, 2.0),
    ({"retry-after-ms": "1500", "retry-after": "2"}, 1.5),  # the finer one wins, as the vendors' SDKs read them
    ({"retry-after-ms": "garbage", "retry-after": "2"}, 2.0),
    ({"retry-after": email.utils.formatdate(NOW + 30, usegmt=True)}, 30.0),
    ({"retry-after": email.utils.formatdate(NOW - 30, usegmt=True)}, None),
    ({"retry-after": "0"}, None), ({"retry-after": "-5"}, None), ({"retry-after": "NaN"}, None),
    ({"retry-after-ms": "0"}, None), ({"retry-after": "tomorrow"}, None), ({}, None),
])
def test_retry_after_in_every_dialect(headers: dict[str, str], seconds: float | None) -> None:
    for dialect in (DraftHeaders(), OpenAIHeaders(), AnthropicHeaders()):
        found = dialect.retry_after(headers, NOW)
        assert found == pytest.approx(seconds) if seconds is not None else found is None


def test_every_vendor_names_its_dialect() -> None:
    for plugin in plugins():
        assert isinstance(plugin.rate_limits, RateHeaders), plugin
        assert plugin.rate_limits.max_reset > 0


def test_max_reset_is_the_bound_of_trust() -> None:
    headers = {"ratelimit-remaining": "0", "ratelimit-reset": "90"}
    assert DraftHeaders(max_reset=60).budget(headers, NOW).reset_in is None
    assert DraftHeaders(max_reset=120).budget(headers, NOW).reset_in == 90.0
    assert "max_reset=60" in repr(DraftHeaders(max_reset=60))
