"""anyjob: one typed interface for long-running jobs at Veryfront, Dispersed and DigitalOcean (and any vendor you
register).

    from anyjob import Jobs, JobState

    with Jobs.from_env() as jobs:
        job = jobs.get("dispersed:3c90c3cc-0d44-4b50-8888-8dd25736052a", timeout=30)
        if job.state is JobState.RUNNING:
            jobs.cancel(job.ref, reason="stuck")
        stuck = [j.ref for j in jobs.list("digitalocean", state=JobState.RUNNING)]
        for outcome in jobs.cancel_many(stuck, concurrency=16, timeout=1800):
            print(outcome.ref, outcome.job.state if outcome.ok else outcome.error)

Every error is an `AnyjobError`; `anyjob._errors` documents the hierarchy. `anyjob.testing` has vendor simulators.
"""

from typing import TYPE_CHECKING, Any

from ._config import Config
from ._errors import (
    AnyjobError,
    ApiError,
    BadRequest,
    ConfigurationError,
    Conflict,
    DecodeError,
    Forbidden,
    Interrupted,
    InvalidJobRef,
    NotFound,
    RateLimited,
    RequestTimeout,
    ServerError,
    TransportError,
    Unauthorized,
    VendorUnavailable,
    WaitTimeout,
)
from ._model import CancelFailed, Cancelled, CancelOutcome, Job, JobState, Progress
from ._refs import JobRef, Vendor, parse_ref
from ._retry import RetryPolicy
from ._sync import Jobs
from ._vendors import register_vendor, unregister_vendor, vendor_names
from ._vendors._base import BearerAuth, Call, ErrorInfo, Scope, Setting, VendorPlugin
from ._vendors._ratelimits import AnthropicHeaders, Budget, DraftHeaders, OpenAIHeaders, RateHeaders

__version__ = "0.3.0"

if TYPE_CHECKING:
    from ._async import AsyncJobs

    VENDORS: tuple[str, ...]


def __getattr__(name: str) -> Any:
    # AsyncJobs pulls in asyncio; load it only for the programs that use it.
    if name == "AsyncJobs":
        from ._async import AsyncJobs

        return AsyncJobs
    if name == "VENDORS":  # the registered vendors' names, read when asked (see vendor_names)
        return vendor_names()
    raise AttributeError(f"module 'anyjob' has no attribute {name!r}")


__all__ = [
    "VENDORS",
    "AnthropicHeaders",
    "AnyjobError",
    "ApiError",
    "AsyncJobs",
    "BadRequest",
    "BearerAuth",
    "Budget",
    "Call",
    "CancelFailed",
    "CancelOutcome",
    "Cancelled",
    "Config",
    "ConfigurationError",
    "Conflict",
    "DecodeError",
    "DraftHeaders",
    "ErrorInfo",
    "Forbidden",
    "Interrupted",
    "InvalidJobRef",
    "Job",
    "JobRef",
    "JobState",
    "Jobs",
    "NotFound",
    "OpenAIHeaders",
    "Progress",
    "RateHeaders",
    "RateLimited",
    "RequestTimeout",
    "RetryPolicy",
    "Scope",
    "ServerError",
    "Setting",
    "TransportError",
    "Unauthorized",
    "Vendor",
    "VendorPlugin",
    "VendorUnavailable",
    "WaitTimeout",
    "parse_ref",
    "register_vendor",
    "unregister_vendor",
    "vendor_names",
]
