"""Every error anyjob raises, in one place.

    AnyjobError
    ├── InvalidJobRef (also a ValueError)     a job reference broke a rule; nothing was sent
    ├── ConfigurationError                    bad configuration, e.g. credentials over plain http to a remote host
    │   └── VendorUnavailable                 no credentials were given for the vendor asked for
    ├── ApiError                              the vendor answered with an error status
    │   ├── BadRequest (400, 422)
    │   ├── Unauthorized (401)
    │   ├── Forbidden (403)
    │   ├── NotFound (404)
    │   ├── Conflict (409), e.g. cancelling a job that already finished
    │   ├── RateLimited (429)                 `retry_after` says how long the vendor asked us to wait
    │   └── ServerError (5xx, and 408)
    ├── DecodeError                           a body anyjob cannot read: HTML, truncated or too deeply nested JSON,
    │                                         a bad gzip stream, a wrong shape, or larger than `max_body_size`
    ├── TransportError                        the request did not complete: connection refused, reset, dropped
    │   └── RequestTimeout                    a request's connect/read timeout, or the call's deadline, ran out
    ├── WaitTimeout (also a TimeoutError)     wait() ran out of time; `job` is the last state seen
    └── Interrupted                           cancel_many was stopped (Ctrl-C) before this ref's cancel was sent

Messages name the ref (or the vendor), the host and, for timeouts, the time that ran out. Vendor text in them has
its control characters removed, so an error printed to a terminal cannot drive it. Messages and reprs never contain
credentials.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._model import Job
    from ._refs import JobRef

# C0 and C1 control characters and DEL; ANSI escape sequences go whole, so no half of one survives.
_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """`text` without escape sequences or control characters (each control character becomes a space)."""
    return _CONTROL.sub(" ", _ANSI.sub("", text))


def _who(vendor: str, ref: JobRef | None, host: str | None) -> str:
    who = str(ref) if ref is not None else vendor
    return f"{who} at {host}" if host else who


#: What code that reads a decoded body raises when the body has the wrong shape (a missing key, a value of the wrong
#: type, a value it refuses, nesting too deep): caught where a body is read, and reported as a DecodeError.
WRONG_SHAPE = (KeyError, TypeError, ValueError, AttributeError, RecursionError)


def short_repr(body: object, size: int = 1000) -> str:
    """The start of a decoded body's repr, for an error's excerpt (before redaction), or a word for a body nested too
    deeply to show."""
    try:
        return repr(body)[:size]
    except RecursionError:
        return "<too deeply nested to show>"


class AnyjobError(Exception):
    """Base class of every error anyjob raises."""


class InvalidJobRef(AnyjobError, ValueError):
    """A job reference (or one of its fields) broke a rule. Raised before any request is sent."""

    def __init__(self, vendor: str | None, field: str, rule: str, value: str) -> None:
        self.vendor = vendor
        self.field = field
        self.rule = rule
        self.value = value
        shown = printable(value if len(value) <= 80 else value[:77] + "...")
        where = f"{vendor} job reference" if vendor else "job reference"
        super().__init__(f"invalid {where}: {field} {shown!r} {rule}")


class ConfigurationError(AnyjobError):
    """anyjob was configured in a way it cannot work with."""


class VendorUnavailable(ConfigurationError):
    """The vendor has no credentials configured, so it cannot be used."""

    def __init__(self, vendor: str, how: str) -> None:
        self.vendor = vendor
        super().__init__(f"{vendor} is not configured: {how}")


class ApiError(AnyjobError):
    """The vendor answered with an error status.

    `code` and `message` come from the vendor's error body (each vendor has its own format), `request_id` where the
    vendor sends one; `retry_after` is the wait the vendor asked for (Retry-After), when it asked.
    """

    def __init__(
        self,
        vendor: str,
        status: int,
        message: str,
        *,
        code: str | None = None,
        request_id: str | None = None,
        ref: JobRef | None = None,
        host: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        self.vendor = vendor
        self.status = status
        self.code = printable(code) if code else code
        self.message = printable(message)
        self.request_id = printable(request_id) if request_id else request_id
        self.ref = ref
        self.host = host
        self.retry_after = retry_after
        details = f" [{self.code}]" if self.code else ""
        trailer = f" (request id {self.request_id})" if self.request_id else ""
        super().__init__(f"{_who(vendor, ref, host)} answered {status}{details}: {self.message}{trailer}")


class BadRequest(ApiError):
    """400 or 422: the vendor refused the request's content."""


class Unauthorized(ApiError):
    """401: missing, wrong or expired credentials (or, for Dispersed, a bad signature)."""


class Forbidden(ApiError):
    """403: the credentials are valid but may not do this."""


class NotFound(ApiError):
    """404: no such job (or project, or knowledge base)."""


class Conflict(ApiError):
    """409: the job is in a state that does not allow this, e.g. cancelling a finished job."""


class RateLimited(ApiError):
    """429: too many requests, past what the call's deadline (or the retry policy) allowed waiting for."""


class ServerError(ApiError):
    """5xx (or 408): the vendor failed; anyjob retries these for you before raising one."""


class DecodeError(AnyjobError):
    """The response body could not be read as the vendor's JSON: an HTML error page, a truncated or too deeply nested
    body, a broken gzip stream, a wrong shape, or a body larger than the configured cap."""

    def __init__(self, vendor: str, status: int, problem: str, excerpt: str, *, ref: JobRef | None = None,
                 host: str | None = None) -> None:
        self.vendor = vendor
        self.status = status
        self.problem = printable(problem)
        self.excerpt = printable(excerpt)
        self.ref = ref
        self.host = host
        super().__init__(f"{_who(vendor, ref, host)} answered {status} with a body anyjob cannot read "
                         f"({self.problem}): {self.excerpt!r}")


class TransportError(AnyjobError):
    """The request did not complete: the connection was refused, reset or dropped."""

    def __init__(self, vendor: str, problem: str, *, ref: JobRef | None = None, host: str | None = None) -> None:
        self.vendor = vendor
        self.problem = printable(problem)
        self.ref = ref
        self.host = host
        super().__init__(f"{_who(vendor, ref, host)}: {self.problem}")


class RequestTimeout(TransportError):
    """Connecting, sending or reading took longer than the request timeout, or the call's deadline (`timeout=`)
    passed. `timeout` is the time, in seconds, that ran out (when known)."""

    def __init__(self, vendor: str, problem: str, *, ref: JobRef | None = None, host: str | None = None,
                 timeout: float | None = None) -> None:
        self.timeout = timeout
        super().__init__(vendor, problem, ref=ref, host=host)


class WaitTimeout(AnyjobError, TimeoutError):
    """wait() reached its deadline before the job finished. `job` is the last state seen."""

    def __init__(self, job: Job, waited: float, cancelled: bool = False) -> None:
        self.job = job
        self.waited = waited
        self.cancelled = cancelled
        then = "; cancel requested" if cancelled else ""
        super().__init__(f"{job.ref} still {job.state} after {waited:.1f}s{then}")


class Interrupted(AnyjobError):
    """cancel_many was interrupted (Ctrl-C, or its task was cancelled) before this ref's cancel was sent."""
