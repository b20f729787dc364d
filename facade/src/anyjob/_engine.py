"""get, cancel, wait, list and cancel_many, written once as step machines. No I/O.

Each operation is a generator that yields `Send` ("send this request, answer within this deadline") and `Sleep`
steps and receives a `Reply` (or has the driver's `AnyjobError` thrown in). `anyjob._sync` and `anyjob._async` are
the two drivers that run them; everything else (retries, the call's deadline, the vendor's rate budget, confirming
a cancel whose answer was lost, ending lists) is decided here, once.
"""

from __future__ import annotations

import builtins
import functools
import logging
import random
import threading
import time
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import Any, TypeVar

import attrs
import httpx2

from . import _wire
from ._config import Config, Endpoint, endpoint
from ._errors import (
    AnyjobError,
    Conflict,
    DecodeError,
    Interrupted,
    InvalidJobRef,
    RateLimited,
    RequestTimeout,
    WaitTimeout,
)
from ._limiter import RateLimiter
from ._model import CancelFailed, Cancelled, CancelOutcome, Job, JobState
from ._refs import JobRef, check_scope, parse_ref
from ._retry import RETRYABLE, RetryPolicy
from ._vendors import plugin_for
from ._vendors._base import Call

logger = logging.getLogger("anyjob")

DEFAULT_REQUEST_TIMEOUT = httpx2.Timeout(30.0, connect=5.0)
DEFAULT_MAX_BODY_SIZE = 16 * 1024 * 1024
DEFAULT_MAX_CONNECTIONS = 100
# wait(cancel_on_timeout=True) sends its cancel once the deadline has passed: it gets this long to be answered.
CANCEL_GRACE = 5.0
_T = TypeVar("_T")


@attrs.frozen
class Deadline:
    """A call's deadline on the monotonic clock (`at` None: none), and the `timeout=` it came from, for messages."""

    at: float | None
    timeout: float | None

    @classmethod
    def after(cls, timeout: float | None, now: float) -> Deadline:
        if timeout is not None and not timeout >= 0:  # also refuses NaN
            raise ValueError(f"timeout must be a number of seconds >= 0 or None, not {timeout!r}")
        return cls(None if timeout is None else now + timeout, timeout)

    def left(self, now: float) -> float | None:
        return None if self.at is None else self.at - now


@attrs.frozen
class Send:
    """Send `call` to `where` and answer with the whole `Reply`; give up at `deadline` (checked while reading the
    body) or when a per-request `timeout` runs out."""

    where: Endpoint
    call: Call
    ref: JobRef | None
    timeout: httpx2.Timeout
    deadline: Deadline


@attrs.frozen
class Sleep:
    seconds: float


Step = Send | Sleep
Machine = Generator[Step, Any, _T]


@attrs.define
class _Sent:
    """Whether a cancel request left anyjob (for `CancelFailed.sent`)."""

    sent: bool = False


class Engine:
    """What a `Jobs` or `AsyncJobs` knows: configuration, policies, one rate limiter per vendor; and the operations
    as step machines."""

    def __init__(self, config: Config | None, *, retry: RetryPolicy | None, timeout: float | None,
                 request_timeout: httpx2.Timeout | float | None, max_body_size: int, max_connections: int,
                 settings: dict[str, str | None], clock: Callable[[], float] = time.monotonic) -> None:
        if config is None:
            config = Config(**settings)
        elif settings:
            config = Config(**{**config.values, **settings})
        if max_body_size < 1 or max_connections < 1:
            raise ValueError("max_body_size and max_connections must be at least 1")
        Deadline.after(timeout, 0.0)  # validates it
        self.config = config
        self.retry = retry or RetryPolicy()
        self.timeout = timeout
        self.request_timeout = httpx2.Timeout(request_timeout) if request_timeout is not None else \
            DEFAULT_REQUEST_TIMEOUT
        self.max_body_size = max_body_size
        self.max_connections = max_connections
        self.clock = clock
        self.redact = _wire.Redactor(config.secrets())
        self._endpoints: dict[str, Endpoint] = {}
        self._limiters: dict[str, RateLimiter] = {}
        self._lock = threading.Lock()

    # -- plumbing -----------------------------------------------------------------------------------------------------

    def endpoint(self, vendor: str) -> Endpoint:
        found = self._endpoints.get(vendor)
        if found is None:
            with self._lock:
                found = self._endpoints[vendor] = endpoint(self.config, vendor)
                self._limiters.setdefault(vendor, RateLimiter())
        return found

    def limiter(self, vendor: str) -> RateLimiter:
        return self._limiters[vendor]

    def deadline(self, timeout: float | None) -> Deadline:
        return Deadline.after(self.timeout if timeout is None else timeout, self.clock())

    def _request_timeout(self, where: Endpoint, ref: JobRef | None, deadline: Deadline) -> httpx2.Timeout:
        left = deadline.left(self.clock())
        if left is None:
            return self.request_timeout
        if left <= 0:
            raise _wire.deadline_passed(where, ref, deadline.timeout, "waiting to send a request")
        base = self.request_timeout

        def cap(value: float | None) -> float:
            return left if value is None else min(value, left)

        return httpx2.Timeout(connect=cap(base.connect), read=cap(base.read), write=cap(base.write),
                             pool=cap(base.pool))

    def _sleep(self, seconds: float, deadline: Deadline, error: AnyjobError) -> Machine[None]:
        """Sleep before trying again, or raise `error` at once when the sleep would pass the deadline."""
        left = deadline.left(self.clock())
        if left is not None and seconds > left:
            raise error
        yield Sleep(seconds)

    def _back_off(self, error: AnyjobError, failures: int, started: float, deadline: Deadline) -> Machine[None]:
        """After the `failures`-th failure: wait as the retry policy says, or raise `error` when it says stop."""
        delay = self.retry.delay(error, failures, self.clock() - started)
        if delay is None:
            raise error
        logger.info("retrying after attempt %d failed (%s); waiting %.2fs", failures, error, delay)
        yield from self._sleep(delay, deadline, error)

    def _wait_for_budget(self, error: RateLimited, deadline: Deadline) -> None:
        """After a 429 that says when to come back: raise it at once when that is past the deadline (or, with no
        deadline, past `RetryPolicy.rate_limit_wait`); else the next `_admit` waits."""
        wait = error.retry_after or 0.0
        left = deadline.left(self.clock())
        if wait > (left if left is not None else self.retry.rate_limit_wait):
            raise error
        logger.info("retrying after attempt %d was rate limited (%s); waiting %.2fs", 1, error, wait)

    def _admit(self, where: Endpoint, ref: JobRef | None, deadline: Deadline) -> Machine[None]:
        """Wait until the vendor's rate budget allows one more request."""
        limiter = self.limiter(where.plugin.name)
        waited = 0.0
        while (wait := limiter.acquire(self.clock())) > 0:
            left = deadline.left(self.clock())
            if left is not None and wait > left:
                raise _wire.deadline_passed(
                    where, ref, deadline.timeout, f"waiting {wait:.1f}s for the vendor's rate budget")
            if left is None and waited + wait > self.retry.rate_limit_wait:
                raise RateLimited(where.plugin.name, 429, f"the vendor's rate budget allows no request for "
                                  f"{wait:.1f}s more, after {waited:.1f}s of waiting (RetryPolicy.rate_limit_wait)",
                                  ref=ref, host=where.host, retry_after=wait)
            waited += wait
            yield Sleep(wait)

    def _attempt(self, where: Endpoint, call: Call, ref: JobRef | None, deadline: Deadline,
                 sent: _Sent | None = None) -> Machine[Any]:
        """One request, once the rate budget allows it: the JSON body, or the error it stands for."""
        yield from self._admit(where, ref, deadline)
        limiter = self.limiter(where.plugin.name)
        settled = False
        try:
            timeout = self._request_timeout(where, ref, deadline)
            if sent is not None:
                sent.sent = True
            reply: _wire.Reply = yield Send(where, call, ref, timeout, deadline)
            now, wall = self.clock(), time.time()
            dialect = where.plugin.rate_limits
            budget = dialect.budget(reply.headers, wall)
            refused = reply.status == 429
            limiter.settle(now, budget.remaining, budget.reset_in,
                           dialect.retry_after(reply.headers, wall) if refused else None, refused=refused)
            settled = True
            return _wire.body(where, ref, reply, self.redact, wall)
        finally:
            if not settled:
                limiter.settle(self.clock())

    def _request(self, where: Endpoint, call: Call, ref: JobRef | None, deadline: Deadline) -> Machine[Any]:
        """`_attempt`, retried as the policy says: rate limits wait for the budget, failures back off."""
        started, failures = self.clock(), 0
        while True:
            try:
                return (yield from self._attempt(where, call, ref, deadline))
            except RateLimited as exc:
                if exc.retry_after is not None:
                    self._wait_for_budget(exc, deadline)  # the limiter holds requests until then; `_admit` waits
                    continue
                failures += 1  # a refusal that says nothing of when: backed off like a failure
                yield from self._back_off(exc, failures, started, deadline)
            except RETRYABLE as exc:
                failures += 1
                yield from self._back_off(exc, failures, started, deadline)

    def read(self, where: Endpoint, ref: JobRef | None, body: Any, read: Callable[[], _T]) -> _T:
        """`read()`: the plugin turning a vendor's body into jobs. Whatever a body of the wrong shape makes it raise
        is a DecodeError (a bad id in a body too, not an InvalidJobRef), with credentials hidden."""
        vendor, host = where.plugin.name, where.host
        try:
            return read()
        except DecodeError as exc:
            raise DecodeError(vendor, exc.status, self.redact(exc.problem),
                              self.redact.excerpt(exc.excerpt.encode(), 200), ref=ref, host=host) from None
        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
            problem = self.redact(f"the body does not match the spec: {type(exc).__name__}: {exc}")
            excerpt = self.redact.excerpt(_short_repr(body).encode(), 200)
            raise DecodeError(vendor, 200, problem, excerpt, ref=ref, host=host) from None

    # -- operations ---------------------------------------------------------------------------------------------------

    def get(self, ref: JobRef, deadline: Deadline) -> Machine[Job]:
        where = self.endpoint(ref.vendor)
        body = yield from self._request(where, where.plugin.get(ref.job_id, ref.project), ref, deadline)
        return self.read(where, ref, body, lambda: where.plugin.job(ref, body))

    def cancel(self, ref: JobRef, reason: str | None, deadline: Deadline, sent: _Sent | None = None) -> Machine[Job]:
        """Cancel, confirmed rather than resent blindly: after an attempt whose outcome is unknown (the answer was
        lost, unreadable or a 5xx), read the job. CANCELLING or ended is the answer; still active means send again. A
        409 after such an attempt is answered the same way."""
        where = self.endpoint(ref.vendor)
        call = where.plugin.cancel(ref.job_id, ref.project, reason)
        started, failures, uncertain = self.clock(), 0, False
        while True:
            try:
                body = yield from self._attempt(where, call, ref, deadline, sent)
            except RateLimited as exc:  # the vendor refused it, so it did nothing: wait and send again
                if exc.retry_after is not None:
                    self._wait_for_budget(exc, deadline)
                else:
                    failures += 1
                    yield from self._back_off(exc, failures, started, deadline)
                continue
            except Conflict:
                if not uncertain:
                    raise
                job = yield from self.get(ref, deadline)
                if _cancelled_or_ended(job):
                    return job
                raise
            except RETRYABLE as exc:
                failures += 1
                if not _wire.never_sent(exc):
                    uncertain = True
                    seen = yield from self._confirm(ref, deadline, exc)
                    if _cancelled_or_ended(seen):
                        return seen
                yield from self._back_off(exc, failures, started, deadline)
                continue
            if body is None:  # 204: the vendor accepted the cancel without saying more
                return (yield from self.get(ref, deadline))
            return self.read(where, ref, body, functools.partial(where.plugin.job, ref, body))

    def _confirm(self, ref: JobRef, deadline: Deadline, error: AnyjobError) -> Machine[Job]:
        """The job, read to learn what an uncertain cancel did; `error` (the cancel's) when it cannot be read."""
        try:
            return (yield from self.get(ref, deadline))
        except RETRYABLE:
            raise error from None

    def wait(self, ref: JobRef, timeout: float | None, poll_interval: float, max_poll_interval: float,
             on_progress: Callable[[Job], None] | None, cancel_on_timeout: bool) -> Machine[Job]:
        started = self.clock()
        deadline = Deadline.after(timeout, started)
        job: Job | None = None
        for delay in _poll_delays(poll_interval, max_poll_interval):
            try:
                job = yield from self.get(ref, deadline)
            except AnyjobError:
                if job is None or not _past(deadline, self.clock()):
                    raise
                break
            if on_progress is not None:
                on_progress(job)
            if job.state.is_terminal:
                return job
            left = deadline.left(self.clock())
            if left is not None and left <= 0:
                break
            yield Sleep(delay if left is None else min(delay, left))
            if _past(deadline, self.clock()):
                break
        assert job is not None
        cancelled = False
        if cancel_on_timeout:
            grace = Deadline.after(CANCEL_GRACE, self.clock())
            try:
                job = yield from self.cancel(ref, None, grace)
            except Conflict:
                job = yield from self.get(ref, grace)
                if not job.state.is_terminal:
                    raise
            if job.state.is_terminal and job.state is not JobState.CANCELLED:
                return job  # it ended on its own, just in time
            cancelled = True
        raise WaitTimeout(job, self.clock() - started, cancelled)

    def pager(self, vendor: str, project: str | None, state: JobState | Iterable[JobState] | None,
              page_size: int | None, timeout: float | None, kind: str | None = None) -> Pager:
        plugin = plugin_for(vendor)
        if kind is not None and kind not in plugin.kinds:
            rule = f"is not one of {', '.join(plugin.kinds)}" if plugin.kinds else "is not used: it lists one kind"
            raise InvalidJobRef(vendor, "kind", rule, str(kind))
        scope = plugin.scope
        if scope is not None:
            if project is None and scope.setting is not None:
                project = getattr(self.config, f"{vendor}_{scope.setting}")
            if project is None:
                raise InvalidJobRef(vendor, scope.name, "is required to list jobs (project=...)", "")
            check_scope(vendor, project)
        elif project is not None:
            raise InvalidJobRef(vendor, "project", f"is not used by {vendor}", project)
        if page_size is not None and page_size < 1:
            raise ValueError("page_size must be at least 1")
        states = frozenset([state] if isinstance(state, JobState) else state) if state is not None else None
        where = self.endpoint(vendor)
        return Pager(self, where, project, states, where.plugin.first_pages(project, states, page_size, kind),
                     self.deadline(timeout))

    def bulk(self, refs: Iterable[JobRef | str]) -> Bulk:
        return Bulk(builtins.list(refs))

    def bulk_cancel(self, ref: JobRef, reason: str | None, deadline: Deadline) -> tuple[Machine[Job], _Sent]:
        """The cancel machine of one bulk ref, and the record of whether its request left."""
        sent = _Sent()
        return self.cancel(ref, reason, deadline, sent), sent

    def bulk_concurrency(self, concurrency: int) -> int:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        return min(concurrency, self.max_connections)


class Pager:
    """A list, one page at a time: `page()` is the machine for the next page (its jobs, filtered by state); `done`
    after the last. A vendor that lists several kinds of job gives one first page per kind, walked in turn. A kind's
    list ends when a page is empty (whatever cursor it carries); a page the vendor already gave (the same request
    again, or nothing new with more to come) is a DecodeError rather than an endless loop."""

    def __init__(self, engine: Engine, where: Endpoint, project: str | None, states: frozenset[JobState] | None,
                 firsts: builtins.list[Call], deadline: Deadline) -> None:
        self._engine, self._where, self._project, self._states = engine, where, project, states
        self._queue = builtins.list(firsts)
        self._call: Call | None = self._queue.pop(0) if self._queue else None
        self._deadline = deadline
        self._seen_ids: set[str] = set()
        self._seen_calls: set[tuple[str, tuple[tuple[str, str], ...]]] = set()

    @property
    def done(self) -> bool:
        return self._call is None

    def page(self) -> Machine[builtins.list[Job]]:
        call = self._call
        assert call is not None
        key = (call.url, tuple(sorted((k, str(v)) for k, v in (call.params or {}).items())))
        if key in self._seen_calls:
            raise self._repeated(call, "a next page that points back to a page already read")
        self._seen_calls.add(key)
        engine, where = self._engine, self._where
        body = yield from engine._request(where, call, None, self._deadline)
        jobs, following = engine.read(where, None, body, lambda: (where.plugin.jobs(body, self._project),
                                                                   where.plugin.next_page(call, body)))
        fresh = [job for job in jobs if job.id not in self._seen_ids]
        if not jobs:
            following = None
        elif not fresh and following is not None:
            raise self._repeated(call, "a page it had already given")
        self._seen_ids.update(job.id for job in fresh)
        self._call = following if following is not None else (self._queue.pop(0) if self._queue else None)
        return [job for job in fresh if self._states is None or job.state in self._states]

    def _repeated(self, call: Call, what: str) -> DecodeError:
        self._call = None
        self._queue.clear()
        return DecodeError(self._where.plugin.name, 200, f"the vendor answered {what}",
                           self._engine.redact(f"{call.url} {dict(call.params or {})}"), host=self._where.host)


class Bulk:
    """`cancel_many`'s bookkeeping: each input parsed once, each distinct job cancelled once, one outcome per input
    in order (a ref given twice shares its job's outcome)."""

    def __init__(self, items: builtins.list[JobRef | str]) -> None:
        self.items = items
        self.parsed: builtins.list[JobRef | AnyjobError] = []
        for item in items:
            try:
                self.parsed.append(parse_ref(item))
            except InvalidJobRef as exc:
                self.parsed.append(exc)
        self.distinct = builtins.list(dict.fromkeys(p for p in self.parsed if isinstance(p, JobRef)))
        self.results: dict[JobRef, Job | CancelFailed] = {}

    def record(self, ref: JobRef, result: Job | CancelFailed) -> None:
        self.results[ref] = result

    def outcomes(self, missing: Callable[[JobRef], AnyjobError]) -> builtins.list[CancelOutcome]:
        """One outcome per input; `missing(ref)` is the error of a job whose cancel never started."""
        outcomes: builtins.list[CancelOutcome] = []
        for item, parsed in zip(self.items, self.parsed, strict=True):
            if isinstance(parsed, AnyjobError):
                outcomes.append(CancelFailed(item, parsed, sent=False))
                continue
            result = self.results.get(parsed) or CancelFailed(parsed, missing(parsed), sent=False)
            outcomes.append(Cancelled(parsed, result) if isinstance(result, Job) else result)
        return outcomes


def bulk_failure(engine: Engine, ref: JobRef, error: Exception, sent: _Sent) -> CancelFailed:
    """The outcome of a bulk cancel that raised `error`: whatever it is, the other refs keep their outcomes."""
    if not isinstance(error, AnyjobError):  # a bug; reported, not allowed to cost the batch
        logger.error("unexpected error cancelling %s", ref, exc_info=error)
        error = AnyjobError(f"{ref}: unexpected {type(error).__name__}: {engine.redact(str(error))}")
    return CancelFailed(ref, error, sent=sent.sent)


def not_started(engine: Engine, deadline: Deadline) -> Callable[[JobRef], AnyjobError]:
    def missing(ref: JobRef) -> AnyjobError:
        if _past(deadline, engine.clock()):
            where = engine.endpoint(ref.vendor)
            return RequestTimeout(ref.vendor, f"the batch's deadline ({deadline.timeout:g}s) passed before this "
                                  "cancel was sent", ref=ref, host=where.host, timeout=deadline.timeout)
        return Interrupted(f"{ref}: cancel_many was interrupted before this cancel was sent")

    return missing


def _cancelled_or_ended(job: Job) -> bool:
    return job.state is JobState.CANCELLING or job.state.is_terminal


def _past(deadline: Deadline, now: float) -> bool:
    return deadline.at is not None and now >= deadline.at


def _poll_delays(first: float, cap: float) -> Iterator[float]:
    """Exponential waits between polls, with jitter (each in [delay/2, delay]), capped."""
    delay = first
    while True:
        yield random.uniform(delay / 2, delay)
        delay = min(delay * 2, cap)


def _short_repr(value: Any) -> str:
    try:
        return repr(value)[:1000]
    except RecursionError:
        return "<too deeply nested to show>"
