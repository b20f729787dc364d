"""What an adapter is, and the small helpers every adapter uses.

An adapter turns anyjob's operations into requests (`Call`) built by the vendor's generated client, and the vendor's
JSON back into `Job`s, using the generated client's typed models. It does no I/O, so the sync and async clients share
it, and it can be tested as plain functions.
"""

from __future__ import annotations

import datetime
import email.utils
from collections.abc import Mapping
from typing import Any, ClassVar, Protocol

import attrs

from .._errors import DecodeError
from .._model import Job, JobState
from .._refs import JobRef, Vendor


@attrs.frozen
class Call:
    """One HTTP request, relative to the vendor's base URL."""

    method: str
    url: str
    params: Mapping[str, Any] | None = None
    json: Any = None
    headers: Mapping[str, str] | None = None

    @classmethod
    def from_generated(cls, kwargs: Mapping[str, Any]) -> Call:
        """From the `_get_kwargs` of a generated endpoint module (the spec's path template and parameters)."""
        params = kwargs.get("params")
        if params:
            params = {k: v for k, v in params.items() if v is not None}
        return cls(kwargs["method"].upper(), kwargs["url"], params or None, kwargs.get("json"), kwargs.get("headers"))


@attrs.frozen
class ErrorInfo:
    message: str
    code: str | None = None
    request_id: str | None = None


class Adapter(Protocol):
    vendor: ClassVar[Vendor]
    default_base_url: ClassVar[str]

    def get(self, ref: JobRef) -> Call: ...

    def cancel(self, ref: JobRef, reason: str | None) -> Call: ...

    def first_page(self, project: str | None, states: frozenset[JobState] | None, page_size: int | None) -> Call: ...

    def next_page(self, call: Call, body: Any) -> Call | None: ...

    def job(self, ref: JobRef | None, body: Any, project: str | None) -> Job: ...

    def jobs(self, body: Any, project: str | None) -> list[Job]: ...

    def error(self, body: Any) -> ErrorInfo: ...

    def retry_after(self, headers: Mapping[str, str], now: float) -> float | None: ...


def state_of(table: Mapping[str, JobState], raw: str | None) -> JobState:
    """The normalised state of a vendor status; a status no table lists is UNKNOWN, never an error."""
    return table.get(raw, JobState.UNKNOWN) if raw is not None else JobState.UNKNOWN


def aware(value: object) -> datetime.datetime | None:
    """A timezone-aware datetime from what a generated model holds: datetime, date, ISO string, None or UNSET.

    Vendors that send no offset mean UTC; a plain date means its midnight, UTC.
    """
    if isinstance(value, str):
        try:
            value = datetime.datetime.fromisoformat(value)
        except ValueError:
            return None
    if isinstance(value, datetime.datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=datetime.UTC)
    if isinstance(value, datetime.date):
        return datetime.datetime(value.year, value.month, value.day, tzinfo=datetime.UTC)
    return None


def present(value: Any) -> Any:
    """`value`, or None when the generated model says it was absent (UNSET)."""
    return None if type(value).__name__ == "Unset" else value


def raw_value(value: Any) -> str | None:
    """The raw string of a generated enum member (kept even for values the spec does not list)."""
    value = present(value)
    return None if value is None else str(getattr(value, "value", value))


def parse_model(vendor: str, model: Any, body: Any, what: str) -> Any:
    """`model.from_dict(body)`, turning the ways a wrong shape fails into a DecodeError (whose excerpt the client
    redacts and shortens)."""
    if not isinstance(body, dict):
        raise DecodeError(vendor, 200, f"expected a JSON object for {what}", repr(body))
    try:
        return model.from_dict(body)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise DecodeError(vendor, 200, f"{what} does not match the spec: {type(exc).__name__}: {exc}",
                          repr(body)) from None


def retry_after_header(headers: Mapping[str, str], now: float) -> float | None:
    """Seconds from a Retry-After header: a number of seconds or an HTTP date."""
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.UTC)
    return max(0.0, when.timestamp() - now)


def first_text(body: Any, *keys: str) -> str | None:
    """The first non-empty string among `keys` of a JSON object."""
    if isinstance(body, dict):
        for key in keys:
            value = body.get(key)
            if isinstance(value, str) and value:
                return value
    return None
