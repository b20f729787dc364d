"""Rate-limit header dialects, read without blind trust (anyjob._vendors._ratelimits): the IETF draft's, and dialects
named header by header as a vendor's plugin builds them. Each vendor's own headers are tested in tests/vendors/."""

from __future__ import annotations

import datetime
import email.utils

import pytest
from anyjob import Budget, DraftHeaders, NamedHeaders, RateHeaders
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


DURATIONS = NamedHeaders("x-limit", "x-left", "x-reset", reset_as="duration", max_reset=86_400)
TIMES = NamedHeaders("x-limit", "x-left", "x-reset", reset_as="rfc3339", max_reset=3600)
SECONDS = NamedHeaders("x-limit", "x-left", "x-reset", reset_as="seconds", max_reset=60)


@pytest.mark.parametrize(("dialect", "headers", "expected"), [
    (DURATIONS, {"x-limit": "500", "x-left": "499", "x-reset": "120ms", "x-reset-tokens": "6m0s"},
     Budget(500, 499, 0.12)),
    (DURATIONS, {"x-left": "0", "x-reset": "6m0s"}, Budget(None, 0, 360.0)),
    (DURATIONS, {"x-left": "0", "x-reset": "48h"}, Budget(None, 0, None)),  # longer than the vendor's longest window
    (DURATIONS, {"x-left": "0", "x-reset": "whenever"}, Budget(None, 0, None)),
    (DURATIONS, {"ratelimit-limit": "60", "ratelimit-remaining": "0", "ratelimit-reset": "5"}, Budget()),  # not its
    (TIMES, {"x-limit": "1000", "x-left": "999", "x-reset": rfc3339(30)}, Budget(1000, 999, 30.0)),
    (TIMES, {"x-left": "0", "x-reset": rfc3339(2).replace("Z", "+00:00")}, Budget(None, 0, 2.0)),
    (TIMES, {"x-left": "0", "x-reset": rfc3339(3 * 365 * 86400)}, Budget(None, 0, None)),  # a date years away
    (TIMES, {"x-left": "0", "x-reset": "2026-13-45T99:00:00Z"}, Budget(None, 0, None)),
    (TIMES, {"x-left": "0", "x-reset": rfc3339(-30)}, Budget(None, 0, 0.0)),  # already past: free now
    (SECONDS, {"x-limit": "10", "x-left": "3", "x-reset": "12.5"}, Budget(10, 3, 12.5)),
    (SECONDS, {"x-left": "0", "x-reset": str(int(NOW * 1000))}, Budget(None, 0, None)),  # epoch ms as seconds
], ids=lambda value: "" if isinstance(value, dict | Budget) else repr(value).split("(")[0])
def test_named_headers(dialect: NamedHeaders, headers: dict[str, str], expected: Budget) -> None:
    assert dialect.budget(headers, NOW) == expected


def test_a_named_dialect_refuses_a_reset_format_it_does_not_know() -> None:
    with pytest.raises(ValueError, match="reset_as must be one of seconds, duration, rfc3339"):
        NamedHeaders("a", "b", "c", reset_as="epoch-ms", max_reset=60)
    assert "reset_as='duration'" in repr(DURATIONS)


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
    for dialect in (DraftHeaders(), DURATIONS, TIMES, *(plugin.rate_limits for plugin in plugins())):
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
