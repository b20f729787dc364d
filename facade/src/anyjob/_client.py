"""`Jobs`: get, cancel, wait, list and cancel_many over every configured vendor, and what `AsyncJobs` shares."""

from __future__ import annotations

import builtins
import importlib
import json
import random
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from types import TracebackType
from typing import Any, Self, TypeVar

import attrs
import httpx

from ._config import Config, Endpoint, endpoint
from ._errors import (
    AnyjobError,
    ApiError,
    BadRequest,
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
    WaitTimeout,
)
from ._model import Job, JobState
from ._refs import JobRef, Vendor, check_project, check_vendor, parse_ref
from ._retry import RETRYABLE, RetryPolicy, log_first_retry
from ._vendors._base import Adapter, Call

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)

_ADAPTERS: dict[Vendor, tuple[str, str]] = {
    "veryfront": ("anyjob._vendors.veryfront", "VeryfrontAdapter"),
    "dispersed": ("anyjob._vendors.dispersed", "DispersedAdapter"),
    "digitalocean": ("anyjob._vendors.digitalocean", "DigitalOceanAdapter"),
}
_ERRORS: dict[int, type[ApiError]] = {
    400: BadRequest, 401: Unauthorized, 403: Forbidden, 404: NotFound, 408: ServerError, 409: Conflict,
    422: BadRequest, 429: RateLimited,
}
_SPACE = re.compile(r"\s+")
_T = TypeVar("_T")


@attrs.frozen
class CancelOutcome:
    """What happened to one reference given to `cancel_many`: the cancelled `job`, or the `error`."""

    ref: JobRef | str
    job: Job | None = None
    error: AnyjobError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


class _Core:
    """Configuration, adapters, and turning calls into requests and responses into results; no I/O."""

    def __init__(self, config: Config | None, retry: RetryPolicy | None, timeout: httpx.Timeout | float | None,
                 credentials: dict[str, str | None]) -> None:
        if config is None:
            config = Config(**credentials)  # type: ignore[arg-type,unused-ignore]
        elif credentials:
            config = attrs.evolve(config, **credentials)  # type: ignore[arg-type,unused-ignore]
        self.config = config
        self.retry = retry or RetryPolicy()
        self.timeout = httpx.Timeout(timeout) if timeout is not None else DEFAULT_TIMEOUT
        self._secrets = config.secrets()
        self._vendors: dict[Vendor, tuple[Adapter, Endpoint]] = {}
        self._lock = threading.Lock()

    def vendor(self, vendor: Vendor) -> tuple[Adapter, Endpoint]:
        found = self._vendors.get(vendor)
        if found is None:
            with self._lock:
                module, name = _ADAPTERS[vendor]
                adapter: Adapter = getattr(importlib.import_module(module), name)()
                found = self._vendors[vendor] = (adapter, endpoint(self.config, vendor, adapter.default_base_url))
        return found

    def request(self, where: Endpoint, call: Call, timeout: httpx.Timeout | float | None) -> dict[str, Any]:
        args: dict[str, Any] = {
            "method": call.method,
            "url": where.base_url + call.url,
            "headers": {**where.headers, **(call.headers or {})},
            "timeout": timeout if timeout is not None else self.timeout,
        }
        if call.params:
            args["params"] = call.params
        if call.json is not None:
            args["json"] = call.json
        if where.auth is not None:
            args["auth"] = where.auth
        return args

    def redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "<hidden>")
        return text

    def excerpt(self, content: bytes, size: int = 160) -> str:
        # Redact before cutting: a secret straddling the cut would otherwise leave its first characters behind.
        text = self.redact(_SPACE.sub(" ", content[: size + 4096].decode("utf-8", errors="replace")).strip())
        return text[:size]

    def body(self, adapter: Adapter, ref: JobRef | None, response: httpx.Response) -> Any:
        """The JSON body of a success response, or the typed error the response stands for."""
        vendor, status = adapter.vendor, response.status_code
        if 200 <= status < 300:
            if not response.content:
                return None
            try:
                return json.loads(response.content)
            except ValueError:
                kind = "HTML" if response.content.lstrip()[:1] == b"<" else "malformed JSON"
                raise DecodeError(vendor, status, kind, self.excerpt(response.content)) from None
        try:
            payload = json.loads(response.content) if response.content else None
        except ValueError:
            payload = None
        info = adapter.error(payload) if payload is not None else None
        message = self.redact(info.message) if info else (
            f"non-JSON error body: {self.excerpt(response.content)}" if response.content else "empty error body")
        request_id = (info.request_id if info else None) or response.headers.get("x-request-id")
        cls = _ERRORS.get(status, ServerError if status >= 500 else ApiError)
        kwargs: dict[str, Any] = {"code": info.code if info else None, "request_id": request_id, "ref": ref}
        if cls in (RateLimited, ServerError):
            kwargs["retry_after"] = adapter.retry_after(response.headers, time.time())
        raise cls(vendor, status, message, **kwargs)

    def read(self, adapter: Adapter, body: Any, read: Callable[[], _T]) -> _T:
        """`read()`: the adapter turning a vendor's body into jobs. Whatever a body of the wrong shape makes it raise
        is a DecodeError (a bad id in a body too, not an InvalidJobRef), with credentials hidden: its excerpt quotes
        the body, which a misdirected URL may have echoed them into."""
        try:
            return read()
        except DecodeError as exc:
            raise DecodeError(exc.vendor, exc.status, self.redact(exc.problem),
                              self.excerpt(exc.excerpt.encode(), 200)) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            problem = self.redact(f"the body does not match the spec: {type(exc).__name__}: {exc}")
            raise DecodeError(adapter.vendor, 200, problem, self.excerpt(repr(body).encode(), 200)) from None

    def read_page(self, adapter: Adapter, call: Call, body: Any, project: str | None) -> tuple[list[Job], Call | None]:
        """One page of a list: its jobs, and the call for the next page (None after the last)."""
        return self.read(adapter, body, lambda: (adapter.jobs(body, project), adapter.next_page(call, body)))

    def transport_error(self, vendor: str, exc: httpx.TransportError) -> TransportError:
        problem = self.redact(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)
        if isinstance(exc, httpx.TimeoutException):
            return RequestTimeout(vendor, problem)
        return TransportError(vendor, problem)

    def list_start(
        self, vendor: str, project: str | None, state: JobState | Iterable[JobState] | None
    ) -> tuple[Vendor, str | None, frozenset[JobState] | None]:
        checked = check_vendor(vendor)
        if checked == "veryfront":
            project = project or self.config.veryfront_project
            if project is None:
                raise InvalidJobRef("veryfront", "project_reference", "is required to list jobs (project=...)", "")
            check_project(project)
        states = frozenset([state] if isinstance(state, JobState) else state) if state is not None else None
        return checked, project, states


def _poll_delays(first: float, cap: float) -> Iterator[float]:
    """Exponential waits between polls, with jitter (each in [delay/2, delay]), capped."""
    delay = first
    while True:
        yield random.uniform(delay / 2, delay)
        delay = min(delay * 2, cap)


def _unique(refs: Iterable[JobRef | str]) -> tuple[list[JobRef | str], dict[int, JobRef | AnyjobError]]:
    """Each input parsed once; duplicates map to the same JobRef so each job is cancelled once."""
    items = list(refs)
    parsed: dict[int, JobRef | AnyjobError] = {}
    for i, item in enumerate(items):
        try:
            parsed[i] = parse_ref(item)
        except InvalidJobRef as exc:
            parsed[i] = exc
    return items, parsed


class _Pages:
    """Reads a list's pages, refusing a vendor that answers with a page it already gave (which would otherwise
    loop forever) and never yielding a job twice (offset pagination shifts when jobs are created meanwhile)."""

    def __init__(self, core: _Core, adapter: Adapter, project: str | None) -> None:
        self._core, self._adapter, self._project = core, adapter, project
        self._seen: set[str] = set()

    def read(self, call: Call, body: Any) -> tuple[builtins.list[Job], Call | None]:
        jobs, following = self._core.read_page(self._adapter, call, body, self._project)
        fresh = [job for job in jobs if job.id not in self._seen]
        if jobs and not fresh and following is not None:
            raise DecodeError(self._adapter.vendor, 200, "the vendor answered a page it had already given",
                              f"{call.url} {dict(call.params or {})}")
        self._seen.update(job.id for job in fresh)
        return fresh, following


class _Configured:
    """What Jobs and AsyncJobs share besides the vendors' logic in `_Core`: construction from the environment, repr."""

    _core: _Core

    def __init__(self, config: Config | None = None, **kwargs: Any) -> None:
        raise NotImplementedError  # Jobs and AsyncJobs construct themselves

    @classmethod
    def from_env(cls, **kwargs: Any) -> Self:
        """Credentials and URLs from the environment (see `Config.from_env`); keyword arguments as for the class."""
        return cls(Config.from_env(), **kwargs)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(vendors={self._core.config.vendors})"

    @property
    def vendors(self) -> builtins.list[Vendor]:
        """The vendors this instance has credentials for."""
        return self._core.config.vendors


class Jobs(_Configured):
    """Jobs at every configured vendor, synchronously.

    >>> with Jobs.from_env() as jobs:
    ...     job = jobs.get("digitalocean:79ca9798-cf7d-11ef-bf8f-4e013e2ddde4")
    ...     outcomes = jobs.cancel_many(stuck_refs, concurrency=16)

    Retries (idempotent calls only: get, list, cancel) follow `retry`; every request has `timeout` unless a call
    gives its own. `http_client` or `transport` replace the httpx client or transport anyjob would create.
    """

    def __init__(
        self,
        config: Config | None = None,
        *,
        retry: RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        **credentials: str | None,
    ) -> None:
        self._core = _Core(config, retry, timeout, credentials)
        self._owns_client = http_client is None
        self._http = http_client or httpx.Client(
            transport=transport, limits=httpx.Limits(max_connections=200, max_keepalive_connections=200)
        )

    def close(self) -> None:
        if self._owns_client:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    def _once(self, adapter: Adapter, ref: JobRef | None, args: dict[str, Any]) -> Any:
        try:
            response = self._http.request(**args)
        except httpx.TransportError as exc:
            raise self._core.transport_error(adapter.vendor, exc) from None
        return self._core.body(adapter, ref, response)

    def _send(self, adapter: Adapter, where: Endpoint, ref: JobRef | None, call: Call,
              timeout: httpx.Timeout | float | None) -> Any:
        args = self._core.request(where, call, timeout)
        started = time.monotonic()
        try:
            return self._once(adapter, ref, args)
        except RETRYABLE as exc:
            delay = self._core.retry.delay(exc, 1, time.monotonic() - started)
            if delay is None:
                raise
            log_first_retry(exc, delay)
        time.sleep(delay)
        import tenacity  # only now: most calls never retry, and tenacity imports asyncio

        for attempt in tenacity.Retrying(**self._core.retry.tenacity_arguments(1, started)):
            with attempt:
                return self._once(adapter, ref, args)
        raise AssertionError("unreachable: tenacity reraises the last error")  # pragma: no cover

    def get(self, ref: JobRef | str, *, timeout: httpx.Timeout | float | None = None) -> Job:
        """The job as the vendor sees it now."""
        ref = parse_ref(ref)
        adapter, where = self._core.vendor(ref.vendor)
        body = self._send(adapter, where, ref, adapter.get(ref), timeout)
        return self._core.read(adapter, body, lambda: adapter.job(ref, body, ref.project))

    def cancel(self, ref: JobRef | str, reason: str | None = None, *,
               timeout: httpx.Timeout | float | None = None) -> Job:
        """Ask the vendor to cancel the job; returns the job as the vendor answered (often CANCELLING or CANCELLED).

        `reason` is sent where the vendor takes one (Dispersed). A job that already finished raises `Conflict`.
        """
        ref = parse_ref(ref)
        adapter, where = self._core.vendor(ref.vendor)
        body = self._send(adapter, where, ref, adapter.cancel(ref, reason), timeout)
        if body is None:  # 204: the vendor accepted the cancel without saying more
            return self.get(ref, timeout=timeout)
        return self._core.read(adapter, body, lambda: adapter.job(ref, body, ref.project))

    def wait(
        self,
        ref: JobRef | str,
        *,
        timeout: float | None = None,
        poll_interval: float = 1.0,
        max_poll_interval: float = 30.0,
        on_progress: Callable[[Job], None] | None = None,
        cancel_on_timeout: bool = False,
    ) -> Job:
        """Poll until the job reaches a terminal state and return it.

        Waits between polls grow exponentially from `poll_interval` to `max_poll_interval`, with jitter. `timeout`
        (seconds, on a monotonic clock; None = no limit) raises `WaitTimeout` carrying the last job seen, after asking
        for a cancel when `cancel_on_timeout` is set. `on_progress` is called with every job seen.
        """
        ref = parse_ref(ref)
        start = time.monotonic()
        deadline = None if timeout is None else start + timeout
        for delay in _poll_delays(poll_interval, max_poll_interval):
            job = self.get(ref)
            if on_progress is not None:
                on_progress(job)
            if job.state.is_terminal:
                return job
            now = time.monotonic()
            if deadline is not None and now + min(delay, deadline - now) >= deadline:
                if deadline > now:
                    time.sleep(deadline - now)
                    job = self.get(ref)
                    if on_progress is not None:
                        on_progress(job)
                    if job.state.is_terminal:
                        return job
                cancelled = False
                if cancel_on_timeout:
                    job, cancelled = self.cancel(ref), True
                raise WaitTimeout(job, time.monotonic() - start, cancelled)
            time.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def list(
        self,
        vendor: Vendor | str,
        *,
        project: str | None = None,
        state: JobState | Iterable[JobState] | None = None,
        page_size: int | None = None,
    ) -> Iterator[Job]:
        """Every job at `vendor`, page after page as the iteration goes, optionally only those in `state`.

        Veryfront lists one project's jobs: `project`, or the configured default project.
        """
        checked, project, states = self._core.list_start(vendor, project, state)
        adapter, where = self._core.vendor(checked)
        pages = _Pages(self._core, adapter, project)
        call: Call | None = adapter.first_page(project, states, page_size)
        while call is not None:
            body = self._send(adapter, where, None, call, None)
            page, call = pages.read(call, body)
            for job in page:
                if states is None or job.state in states:
                    yield job

    def cancel_many(self, refs: Iterable[JobRef | str], *, concurrency: int = 16,
                    reason: str | None = None) -> builtins.list[CancelOutcome]:
        """Cancel many jobs, across vendors, `concurrency` at a time. One outcome per ref, in order, never raises for
        one job's failure; a ref given twice is cancelled once (both outcomes share the result)."""
        items, parsed = _unique(refs)
        distinct = list(dict.fromkeys(p for p in parsed.values() if isinstance(p, JobRef)))

        def one(ref: JobRef) -> Job | AnyjobError:
            try:
                return self.cancel(ref, reason)
            except AnyjobError as exc:
                return exc

        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
            results = dict(zip(distinct, pool.map(one, distinct), strict=True))
        return [_outcome(item, parsed[i], results) for i, item in enumerate(items)]


def _outcome(item: JobRef | str, parsed: JobRef | AnyjobError,
             results: dict[JobRef, Job | AnyjobError]) -> CancelOutcome:
    if isinstance(parsed, AnyjobError):
        return CancelOutcome(item, error=parsed)
    result = results[parsed]
    return CancelOutcome(parsed, error=result) if isinstance(result, AnyjobError) else CancelOutcome(parsed, job=result)
