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
    ├── DecodeError                           a response body that is not what the vendor sends: HTML, truncated JSON
    ├── TransportError                        the request did not complete: connection refused, reset, dropped
    │   └── RequestTimeout                    connect, read or write timed out
    └── WaitTimeout (also a TimeoutError)     wait() ran out of time; `job` is the last state seen

Messages and reprs never contain credentials.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._model import Job
    from ._refs import JobRef


class AnyjobError(Exception):
    """Base class of every error anyjob raises."""


class InvalidJobRef(AnyjobError, ValueError):
    """A job reference (or one of its fields) broke a rule. Raised before any request is sent."""

    def __init__(self, vendor: str | None, field: str, rule: str, value: str) -> None:
        self.vendor = vendor
        self.field = field
        self.rule = rule
        self.value = value
        shown = value if len(value) <= 80 else value[:77] + "..."
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
    vendor sends one.
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
    ) -> None:
        self.vendor = vendor
        self.status = status
        self.code = code
        self.message = message
        self.request_id = request_id
        self.ref = ref
        about = f" for {ref}" if ref is not None else ""
        details = f" [{code}]" if code else ""
        trailer = f" (request id {request_id})" if request_id else ""
        super().__init__(f"{vendor} answered {status}{about}{details}: {message}{trailer}")


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
    """429: too many requests. `retry_after` is the wait in seconds the vendor asked for, if it said."""

    def __init__(self, *args: object, retry_after: float | None = None, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.retry_after = retry_after


class ServerError(ApiError):
    """5xx (or 408): the vendor failed; usually worth retrying, which anyjob does for you."""

    def __init__(self, *args: object, retry_after: float | None = None, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.retry_after = retry_after


class DecodeError(AnyjobError):
    """The response body could not be read as the vendor's JSON: an HTML error page, a truncated body, a wrong shape."""

    def __init__(self, vendor: str, status: int, problem: str, excerpt: str) -> None:
        self.vendor = vendor
        self.status = status
        self.problem = problem
        self.excerpt = excerpt
        super().__init__(f"{vendor} answered {status} with a body anyjob cannot read ({problem}): {excerpt!r}")


class TransportError(AnyjobError):
    """The request did not complete: the connection was refused, reset or dropped."""

    def __init__(self, vendor: str, problem: str) -> None:
        self.vendor = vendor
        self.problem = problem
        super().__init__(f"{vendor}: {problem}")


class RequestTimeout(TransportError):
    """Connecting, sending or reading took longer than the configured timeout."""


class WaitTimeout(AnyjobError, TimeoutError):
    """wait() reached its deadline before the job finished. `job` is the last state seen."""

    def __init__(self, job: Job, waited: float, cancelled: bool = False) -> None:
        self.job = job
        self.waited = waited
        self.cancelled = cancelled
        then = "; cancel requested" if cancelled else ""
        super().__init__(f"{job.ref} still {job.state} after {waited:.1f}s{then}")
