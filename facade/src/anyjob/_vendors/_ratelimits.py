"""How vendors describe their request budget in response headers: each vendor's dialect, read without blind trust.
No I/O.

A plugin names its dialect (`VendorPlugin.rate_limits`): the IETF draft's `DraftHeaders`, or `NamedHeaders` with
the vendor's own header names and reset format; the engine hands every answer's headers to it and the rate limiter
paces requests by what it says. A dialect reads three things, the request budget's limit, what remains of it
and when it resets, and the wait a refusal asks for (`retry-after-ms`, else `retry-after` in seconds or as an HTTP
date). What cannot be trusted is dropped rather than obeyed: a reset later than the vendor's longest window
(`max_reset`), such as epoch milliseconds read as seconds or a date years away, a negative or non-numeric count, a
wait that is not a positive finite number. A dropped reset leaves the limiter to find out with one probing request,
so no misread header makes a call wait past what the vendor could have meant.

Token budgets (the `-tokens` headers some vendors send beside the requests' ones) are not read: anyjob's calls are
small reads and cancels, limited by requests.
"""

from __future__ import annotations

import datetime
import email.utils
import math
import re
from collections.abc import Mapping

from .._value import Value


class Budget(Value):
    """What one answer said of the vendor's request budget (None: it did not say, or not believably)."""

    __slots__ = ("limit", "remaining", "reset_in")
    limit: int | None
    remaining: int | None
    reset_in: float | None  # seconds from the answer until the budget frees up

    def __init__(self, limit: int | None = None, remaining: int | None = None, reset_in: float | None = None) -> None:
        object.__setattr__(self, "limit", limit)
        object.__setattr__(self, "remaining", remaining)
        object.__setattr__(self, "reset_in", reset_in)


NO_BUDGET = Budget()


class RateHeaders:
    """A vendor's rate-limit header dialect. Subclasses say where the three facts are and how a reset is written.

    `max_reset`: the longest reset the vendor could mean (its longest budget window), in seconds.
    """

    max_reset: float = 3600.0

    def __init__(self, *, max_reset: float | None = None) -> None:
        if max_reset is not None:
            self.max_reset = max_reset

    def budget(self, headers: Mapping[str, str], now: float) -> Budget:
        """The budget an answer's headers describe; `now` is wall-clock time (for resets given as times)."""
        limit, remaining, reset = self.read(headers, now)
        return Budget(_count(limit), _count(remaining), self._trusted(reset))

    def read(self, headers: Mapping[str, str], now: float) -> tuple[str | None, str | None, float | None]:
        """(limit text, remaining text, seconds until reset or None): the dialect's own reading."""
        raise NotImplementedError

    def retry_after(self, headers: Mapping[str, str], now: float) -> float | None:
        """Seconds a refusal (429, 503, 529) asks the caller to wait: `retry-after-ms`, else `retry-after` (seconds or
        an HTTP date). None when absent or not a positive finite wait (0, negative, NaN, a date in the past): the
        caller then backs off by its own policy."""
        millis = _number(headers.get("retry-after-ms"))
        if millis is not None and math.isfinite(millis) and millis > 0:
            return millis / 1000
        value = headers.get("retry-after")
        if value is None:
            return None
        seconds = _number(value)
        if seconds is None:
            try:
                when = email.utils.parsedate_to_datetime(value)
            except (TypeError, ValueError, IndexError):
                return None
            if when.tzinfo is None:
                when = when.replace(tzinfo=datetime.UTC)
            seconds = when.timestamp() - now
        return seconds if math.isfinite(seconds) and seconds > 0 else None

    def _trusted(self, reset: float | None) -> float | None:
        # A second of slack: vendors round a reset time up to a whole second.
        if reset is None or not math.isfinite(reset) or reset > self.max_reset + 1.0:
            return None
        return max(0.0, reset)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(max_reset={self.max_reset:g})"


class DraftHeaders(RateHeaders):
    """`ratelimit-limit`, `ratelimit-remaining`, `ratelimit-reset` (the IETF draft's names, and DigitalOcean's), or
    the same with an `x-` prefix. A reset is seconds from now, or a Unix time in seconds when it is larger than a
    day (DigitalOcean sends epoch seconds); anything still out of range (epoch milliseconds) is not trusted."""

    def read(self, headers: Mapping[str, str], now: float) -> tuple[str | None, str | None, float | None]:
        get = headers.get
        limit, remaining, reset_text = get("ratelimit-limit"), get("ratelimit-remaining"), get("ratelimit-reset")
        if limit is None:
            limit = get("x-ratelimit-limit")
        if remaining is None:
            remaining = get("x-ratelimit-remaining")
        if reset_text is None:
            reset_text = get("x-ratelimit-reset")
        reset = _number(reset_text)
        if reset is not None and reset > 86_400:
            reset -= now
        return limit, remaining, reset


class NamedHeaders(RateHeaders):
    """A dialect that names its three headers and says how its reset is written: `seconds` (from now), `duration`
    (Go-style: `1s`, `6m0s`, `12ms`, `1h2m3.5s`; a bare number is seconds) or `rfc3339` (a time). A vendor's plugin
    builds its own, e.g. `NamedHeaders("x-limit", "x-remaining", "x-reset", reset_as="duration", max_reset=86_400)`.
    """

    _READERS = ("seconds", "duration", "rfc3339")

    def __init__(self, limit: str, remaining: str, reset: str, *, reset_as: str, max_reset: float) -> None:
        if reset_as not in self._READERS:
            raise ValueError(f"reset_as must be one of {', '.join(self._READERS)}, not {reset_as!r}")
        super().__init__(max_reset=max_reset)
        self.names = (limit, remaining, reset)
        self.reset_as = reset_as

    def read(self, headers: Mapping[str, str], now: float) -> tuple[str | None, str | None, float | None]:
        limit, remaining, reset = (headers.get(name) for name in self.names)
        if reset is None:
            seconds = None
        elif self.reset_as == "duration":
            seconds = duration(reset)
        elif self.reset_as == "rfc3339":
            seconds = _seconds_until(reset, now)
        else:
            seconds = _number(reset)
        return limit, remaining, seconds

    def __repr__(self) -> str:
        return f"NamedHeaders({', '.join(self.names)}, reset_as={self.reset_as!r}, max_reset={self.max_reset:g})"


_DURATION = re.compile(r"(?P<value>\d+(?:\.\d*)?|\.\d+)(?P<unit>h|ms|us|µs|ns|m|s)")
_UNITS = {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 1e-3, "us": 1e-6, "µs": 1e-6, "ns": 1e-9}


def duration(text: str) -> float | None:
    """Seconds in a Go-style duration (`6m0s`, `12ms`, `1h2m3.5s`) or a bare number of seconds; None if neither."""
    text = text.strip()
    plain = _number(text)
    if plain is not None:
        return plain
    if not text or _DURATION.sub("", text):
        return None
    return sum(float(m["value"]) * _UNITS[m["unit"]] for m in _DURATION.finditer(text))


def _seconds_until(text: str, now: float) -> float | None:
    try:
        when = datetime.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.UTC)
    return when.timestamp() - now


def _number(text: str | None) -> float | None:
    """A float from a header value (the first item of a list, parameters cut off), or None."""
    if text is None:
        return None
    try:
        value = float(text)  # the usual case, "4999": no list, no parameters
    except ValueError:
        try:
            value = float(text.split(",")[0].split(";")[0].strip())
        except ValueError:
            return None
    return value if math.isfinite(value) else None


def _count(text: str | None) -> int | None:
    if text is not None and text.isdigit() and text.isascii():  # the usual case, "4999"
        return int(text)
    value = _number(text)
    return int(value) if value is not None and value >= 0 else None
