"""anyjob: one typed interface for long-running jobs at Veryfront, Dispersed and DigitalOcean.

    from anyjob import Jobs, JobState

    with Jobs.from_env() as jobs:
        job = jobs.get("dispersed:3c90c3cc-0d44-4b50-8888-8dd25736052a")
        if job.state is JobState.RUNNING:
            jobs.cancel(job.ref, reason="stuck")
        stuck = [j.ref for j in jobs.list("digitalocean", state=JobState.RUNNING)]
        for outcome in jobs.cancel_many(stuck, concurrency=16):
            print(outcome.ref, outcome.job.state if outcome.ok else outcome.error)

Every error is an `AnyjobError`; see `anyjob._errors` for the hierarchy. `anyjob.testing` has vendor simulators.
"""

from typing import TYPE_CHECKING, Any

from ._client import CancelOutcome, Jobs
from ._config import Config
from ._errors import (
    AnyjobError,
    ApiError,
    BadRequest,
    ConfigurationError,
    Conflict,
    DecodeError,
    Forbidden,
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
from ._model import Job, JobState, Progress
from ._refs import VENDORS, JobRef, Vendor, parse_ref
from ._retry import RetryPolicy

__version__ = "0.1.0"

if TYPE_CHECKING:
    from ._async import AsyncJobs


def __getattr__(name: str) -> Any:
    # AsyncJobs pulls in asyncio; load it only for the programs that use it.
    if name == "AsyncJobs":
        from ._async import AsyncJobs

        return AsyncJobs
    raise AttributeError(f"module 'anyjob' has no attribute {name!r}")

__all__ = [
    "VENDORS",
    "AnyjobError",
    "ApiError",
    "AsyncJobs",
    "BadRequest",
    "CancelOutcome",
    "Config",
    "ConfigurationError",
    "Conflict",
    "DecodeError",
    "Forbidden",
    "InvalidJobRef",
    "Job",
    "JobRef",
    "JobState",
    "Jobs",
    "NotFound",
    "Progress",
    "RateLimited",
    "RequestTimeout",
    "RetryPolicy",
    "ServerError",
    "TransportError",
    "Unauthorized",
    "Vendor",
    "VendorUnavailable",
    "WaitTimeout",
    "parse_ref",
]
