"""Fault injection: per route, deterministic for a seed, countable."""

from __future__ import annotations

import random
import threading
from collections.abc import Mapping
from enum import StrEnum

import attrs


class FaultKind(StrEnum):
    STATUS = "status"  # an error status in the vendor's error format (429 and 503 may carry Retry-After)
    LATENCY = "latency"  # wait before answering (real seconds); combines with any other fault
    DROP = "drop"  # headers promise a body, part of it is sent, then the connection closes
    TRUNCATE = "truncate"  # 200 with a JSON body cut in half
    HTML = "html"  # an HTML error page instead of JSON (with 200 or 502, as proxies do)
    UNKNOWN_ENUM = "unknown_enum"  # status fields carry a value no spec lists
    EXTRA_FIELDS = "extra_fields"  # objects carry fields no spec lists
    NULLS = "nulls"  # every nullable field present is null


@attrs.frozen
class Fault:
    """What to do to one response. Build one with the class methods."""

    kind: FaultKind
    status: int = 200
    retry_after: str | None = None
    seconds: float = 0.0

    @classmethod
    def http_status(cls, status: int, retry_after: str | float | None = None) -> Fault:
        """Answer `status` (e.g. 429, 500, 502, 503, 504) with the vendor's error body and optional Retry-After
        (seconds, or an HTTP date string)."""
        if not 400 <= status <= 599:
            raise ValueError(f"a status fault needs a 4xx or 5xx status, not {status}")
        return cls(FaultKind.STATUS, status=status, retry_after=None if retry_after is None else str(retry_after))

    @classmethod
    def latency(cls, seconds: float) -> Fault:
        return cls(FaultKind.LATENCY, seconds=seconds)

    @classmethod
    def drop_connection(cls) -> Fault:
        return cls(FaultKind.DROP)

    @classmethod
    def truncated_json(cls) -> Fault:
        return cls(FaultKind.TRUNCATE)

    @classmethod
    def html_page(cls, status: int = 502) -> Fault:
        return cls(FaultKind.HTML, status=status)

    @classmethod
    def unknown_enum(cls) -> Fault:
        return cls(FaultKind.UNKNOWN_ENUM)

    @classmethod
    def extra_fields(cls) -> Fault:
        return cls(FaultKind.EXTRA_FIELDS)

    @classmethod
    def nulls(cls) -> Fault:
        return cls(FaultKind.NULLS)


@attrs.define
class FaultRule:
    fault: Fault
    route: str  # an operationId of the vendor's spec, or "*"
    match: Mapping[str, str]  # path parameters that must equal these values
    times: int | None  # how many more requests it applies to; None = all
    probability: float

    def matches(self, route: str, params: Mapping[str, str]) -> bool:
        if self.times == 0 or self.route not in ("*", route):
            return False
        return all(params.get(k) == v for k, v in self.match.items())


class FaultPlan:
    """The faults a simulator injects. Rules are checked in the order added; every matching rule fires.

    >>> plan.add(Fault.http_status(503), route="cancel_job", times=2, job_id=job_id)  # next 2 cancels of one job
    >>> plan.add(Fault.latency(0.05), probability=0.1)  # 10% of all requests, same picks for the same seed
    """

    def __init__(self, seed: int = 0) -> None:
        self._rules: list[FaultRule] = []
        self._random = random.Random(seed)
        self._lock = threading.Lock()

    def add(
        self, fault: Fault, *, route: str = "*", times: int | None = None, probability: float = 1.0, **match: str
    ) -> FaultRule:
        if times is not None and times < 1:
            raise ValueError("times must be at least 1 (or None for every request)")
        if not 0.0 < probability <= 1.0:
            raise ValueError("probability must be in (0, 1]")
        rule = FaultRule(fault, route, {k: str(v) for k, v in match.items()}, times, probability)
        with self._lock:
            self._rules.append(rule)
        return rule

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    def pick(self, route: str, params: Mapping[str, str]) -> list[Fault]:
        """The faults for one request to `route`; consumes one use of each rule that fires."""
        fired = []
        with self._lock:
            for rule in self._rules:
                if not rule.matches(route, params):
                    continue
                if rule.probability < 1.0 and self._random.random() >= rule.probability:
                    continue
                if rule.times is not None:
                    rule.times -= 1
                fired.append(rule.fault)
        return fired
