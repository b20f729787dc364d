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

import httpx2

from . import _wire
from ._config import Config, Endpoint, endpoint
from ._errors import (
    WRONG_SHAPE,
    AnyjobError,
    Conflict,
    DecodeError,
    Interrupted,
    InvalidJobRef,
    RateLimited,
    RequestTimeout,
    WaitTimeout,
    short_repr,
)
from ._limiter import RateLimiter, Ticket
from ._model import CancelFailed, Cancelled, CancelOutcome, Job, JobState
from ._refs import JobRef, check_scope, parse_ref
from ._retry import RETRYABLE, RetryPolicy
from ._telemetry import Op, Telemetry, TracedOp
from ._vendors import plugin_for
from ._vendors._base import READING, Call

logger = logging.getLogger("anyjob")

DEFAULT_REQUEST_TIMEOUT = httpx2.Timeout(30.0, connect=5.0)
DEFAULT_MAX_BODY_SIZE = 16 * 1024 * 1024
DEFAULT_MAX_CONNECTIONS = 100
# wait(cancel_on_timeout=True) sends its cancel once the deadline has passed: it gets this long to be answered.
CANCEL_GRACE = 5.0
_T = TypeVar("_T")


class Deadline:
    """A call's deadline on the monotonic clock (`at` None: none), and the `timeout=` it came from, for messages.
    (Plain slotted classes here and for `Send` and `Sleep`: one or more is made per call, and a frozen __init__ costs
    three times as much.)"""

    __slots__ = ("at", "timeout")

    def __init__(self, at: float | None, timeout: float | None) -> None:
        self.at, self.timeout = at, timeout

    @classmethod
    def after(cls, timeout: float | None, now: float) -> Deadline:
        if timeout is None:
            return NO_DEADLINE
        if not timeout >= 0:  # also refuses NaN
            raise ValueError(f"timeout must be a number of seconds >= 0 or None, not {timeout!r}")
        return cls(now + timeout, timeout)

    def left(self, now: float) -> float | None:
        return None if self.at is None else self.at - now

    def __repr__(self) -> str:
        return f"Deadline(at={self.at!r}, timeout={self.timeout!r})"


NO_DEADLINE = Deadline(None, None)


class Send:
    """Send `call` to `where` (at `url`) and answer with the whole `Reply`; give up at `deadline` (checked while
    reading the answer) or when a per-request `timeout` runs out."""

    __slots__ = ("call", "deadline", "ref", "timeout", "url", "where")

    def __init__(self, where: Endpoint, call: Call, ref: JobRef | None, timeout: httpx2.Timeout,
                 deadline: Deadline) -> None:
        self.where, self.call, self.ref, self.timeout, self.deadline = where, call, ref, timeout, deadline
        self.url = where.base_url + call.url

    def __repr__(self) -> str:
        return f"Send({self.call.method} {self.call.url}, ref={self.ref})"


class Sleep:
    """Wait `seconds` before the machine goes on."""

    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def __repr__(self) -> str:
        return f"Sleep({self.seconds!r})"


Step = Send | Sleep
Machine = Generator[Step, Any, _T]


class _Sent:
    """Whether a cancel request left anyjob (for `CancelFailed.sent`)."""

    __slots__ = ("sent",)

    def __init__(self) -> None:
        self.sent = False


class Engine:
    """What a `Jobs` or `AsyncJobs` knows: configuration, policies, one rate limiter per vendor, where its telemetry
    goes; and the operations as step machines."""

    def __init__(self, config: Config | None, *, retry: RetryPolicy | None, timeout: float | None,
                 request_timeout: httpx2.Timeout | float | None, max_body_size: int, max_connections: int,
                 settings: dict[str, str | None], clock: Callable[[], float] = time.monotonic,
                 tracer_provider: Any = None) -> None:
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
        # A deadline further away than every per-request timeout changes none of them: the shared Timeout is sent.
        limits = (self.request_timeout.connect, self.request_timeout.read, self.request_timeout.write,
                  self.request_timeout.pool)
        self._longest_timeout = float("inf") if None in limits else max(t for t in limits if t is not None)
        self.max_body_size = max_body_size
        self.max_connections = max_connections
        self.clock = clock
        self.redact = _wire.Redactor(config.secrets())
        self.telemetry = Telemetry(tracer_provider, self.redact, clock)
        self._endpoints: dict[str, Endpoint] = {}
        self._limiters: dict[str, RateLimiter] = {}
        self._lock = threading.Lock()

    # -- plumbing -----------------------------------------------------------------------------------------------------

    def endpoint(self, vendor: str) -> Endpoint:
        found = self._endpoints.get(vendor)
        if found is None:
            with self._lock:
                found = self._endpoints.get(vendor)
                if found is None:
                    self._limiters.setdefault(vendor, RateLimiter())
                    found = self._endpoints[vendor] = endpoint(self.config, vendor)
        return found

    def limiter(self, vendor: str) -> RateLimiter:
        return self._limiters[vendor]

    def deadline(self, timeout: float | None) -> Deadline:
        timeout = self.timeout if timeout is None else timeout
        return NO_DEADLINE if timeout is None else Deadline.after(timeout, self.clock())

    def _request_timeout(self, where: Endpoint, ref: JobRef | None, deadline: Deadline) -> httpx2.Timeout:
        if deadline.at is None:
            return self.request_timeout
        left = deadline.at - self.clock()
        if left <= 0:
            raise _wire.deadline_passed(where, ref, deadline.timeout, "waiting to send a request")
        if left >= self._longest_timeout:
            return self.request_timeout
        base = self.request_timeout

        def cap(value: float | None) -> float:
            return left if value is None else min(value, left)

        return httpx2.Timeout(connect=cap(base.connect), read=cap(base.read), write=cap(base.write),
                              pool=cap(base.pool))

    def _back_off(self, error: AnyjobError, failures: int, started: float, deadline: Deadline, op: Op
                  ) -> Machine[None]:
        """After the `failures`-th failure: wait as the retry policy says, or raise `error` when it says stop."""
        delay = self.retry.delay(error, failures, self.clock() - started)
        if delay is None:
            raise error
        left = deadline.left(self.clock())
        if left is not None and delay > left:
            raise error
        op.retry(error, failures, delay)
        yield Sleep(delay)

    def _wait_for_budget(self, error: RateLimited, deadline: Deadline, op: Op, attempt: int) -> None:
        """After a 429 that says when to come back: raise it at once when that is past the deadline (or, with no
        deadline, past `RetryPolicy.rate_limit_wait`); else the next `_admit` waits."""
        wait = error.retry_after or 0.0
        left = deadline.left(self.clock())
        if wait > (left if left is not None else self.retry.rate_limit_wait):
            raise error
        op.refused(error, attempt, wait)

    def _admit(self, where: Endpoint, ref: JobRef | None, deadline: Deadline, op: Op, limiter: RateLimiter,
               wait: float) -> Machine[Ticket | None]:
        """Wait until the vendor's rate budget allows one more request (`wait`: the limiter's first answer)."""
        waited = 0.0
        while True:
            left = deadline.left(self.clock())
            if left is not None and wait > left:
                raise _wire.deadline_passed(
                    where, ref, deadline.timeout, f"waiting {wait:.1f}s for the vendor's rate budget")
            if left is None and waited + wait > self.retry.rate_limit_wait:
                raise RateLimited(where.plugin.name, 429, f"the vendor's rate budget allows no request for "
                                  f"{wait:.1f}s more, after {waited:.1f}s of waiting (RetryPolicy.rate_limit_wait)",
                                  ref=ref, host=where.host, retry_after=wait)
            op.paced(wait)
            waited += wait
            yield Sleep(wait)
            wait, ticket = limiter.acquire(self.clock())
            if wait <= 0:
                return ticket

    def _attempt(self, where: Endpoint, call: Call, ref: JobRef | None, deadline: Deadline, op: Op, number: int,
                 request: str, sent: _Sent | None = None) -> Machine[Any]:
        """One request, once the rate budget allows it: the JSON body, or the error it stands for."""
        limiter = self._limiters[where.plugin.name]
        wait, ticket = limiter.acquire(self.clock())
        if wait > 0:
            ticket = yield from self._admit(where, ref, deadline, op, limiter, wait)
        try:
            timeout = self._request_timeout(where, ref, deadline)
        except BaseException:
            limiter.settle(ticket, self.clock(), answered=False)
            raise
        attempt = op.attempt(where, call, ref, number, request)
        token = attempt.enter()
        status: int | None = None
        settled = False
        try:
            if sent is not None:
                sent.sent = True
            reply: _wire.Reply = yield Send(where, call, ref, timeout, deadline)
            status = reply.status
            now, wall = self.clock(), time.time()
            dialect = where.plugin.rate_limits
            headers = reply.headers
            budget = dialect.budget(headers, wall)
            refused = status == 429
            limiter.settle(ticket, now, budget.remaining, budget.reset_in,
                           dialect.retry_after(headers, wall) if refused else None, refused=refused)
            settled = True
            body = _wire.body(where, ref, reply, self.redact, wall)
        except BaseException as exc:
            if not settled:
                limiter.settle(ticket, self.clock(), answered=False)
            attempt.end(exc, status)
            raise
        finally:
            attempt.exit(token)
        attempt.end(None, status)
        return body

    def _request(self, where: Endpoint, call: Call, ref: JobRef | None, deadline: Deadline, op: Op,
                 request: str) -> Machine[Any]:
        """`_attempt`, retried as the policy says: rate limits wait for the budget, failures back off."""
        started, failures, number = self.clock(), 0, 0
        while True:
            number += 1
            try:
                return (yield from self._attempt(where, call, ref, deadline, op, number, request))
            except RateLimited as exc:
                if exc.retry_after is not None:
                    self._wait_for_budget(exc, deadline, op, number)  # the limiter holds requests until then
                    continue
                failures += 1  # a refusal that says nothing of when: backed off like a failure
                yield from self._back_off(exc, failures, started, deadline, op)
            except RETRYABLE as exc:
                failures += 1
                yield from self._back_off(exc, failures, started, deadline, op)

    def read(self, where: Endpoint, ref: JobRef | None, body: Any, read: Callable[[], _T]) -> _T:
        """`read()`: the plugin turning a vendor's body into jobs. Whatever a body of the wrong shape makes it raise
        is a DecodeError (a bad id in a body too, not an InvalidJobRef), with credentials hidden (in the jobs'
        deferred generated models too)."""
        vendor, host = where.plugin.name, where.host
        token = READING.set(self.redact)  # for the generated models the plugin defers
        try:
            return read()
        except DecodeError as exc:
            raise DecodeError(vendor, exc.status, self.redact(exc.problem),
                              self.redact.excerpt(exc.excerpt.encode(), 200), ref=ref, host=host) from None
        except WRONG_SHAPE as exc:
            problem = self.redact(f"the body does not match the spec: {type(exc).__name__}: {exc}")
            excerpt = self.redact.excerpt(short_repr(body).encode(), 200)
            raise DecodeError(vendor, 200, problem, excerpt, ref=ref, host=host) from None
        finally:
            READING.reset(token)

    # -- operations ---------------------------------------------------------------------------------------------------

    def get(self, ref: JobRef, deadline: Deadline) -> Machine[Job]:
        op = self.telemetry.operation("get", ref.vendor, ref)
        return self._reported(op, self._get(ref, deadline, op))

    def cancel(self, ref: JobRef, reason: str | None, deadline: Deadline, sent: _Sent | None = None,
               parent: Op | None = None) -> Machine[Job]:
        op = self.telemetry.operation("cancel", ref.vendor, ref, parent)
        return self._reported(op, self._cancel(ref, reason, deadline, op, sent))

    def wait(self, ref: JobRef, timeout: float | None, poll_interval: float, max_poll_interval: float,
             on_progress: Callable[[Job], None] | None, cancel_on_timeout: bool) -> Machine[Job]:
        op = self.telemetry.operation("wait", ref.vendor, ref)
        return self._reported(op, self._wait(ref, timeout, poll_interval, max_poll_interval, on_progress,
                                             cancel_on_timeout, op))

    @staticmethod
    def _reported(op: Op, machine: Machine[_T]) -> Machine[_T]:
        """`machine`, its outcome reported to `op` (when anything listens: a silent op adds nothing)."""
        if not isinstance(op, TracedOp):
            return machine
        return _reporting(op, machine)

    def _get(self, ref: JobRef, deadline: Deadline, op: Op, request: str = "get") -> Machine[Job]:
        where = self._endpoints.get(ref.vendor) or self.endpoint(ref.vendor)
        body = yield from self._request(where, where.plugin.get(ref.job_id, ref.project), ref, deadline, op, request)
        return self.read(where, ref, body, lambda: where.plugin.job(ref, body))

    def _cancel(self, ref: JobRef, reason: str | None, deadline: Deadline, op: Op, sent: _Sent | None = None
                ) -> Machine[Job]:
        """Cancel, confirmed rather than resent blindly: after an attempt whose outcome is unknown (the answer was
        lost, unreadable or a 5xx), read the job. CANCELLING or ended is the answer; still active means send again. A
        409 after such an attempt is answered the same way."""
        where = self._endpoints.get(ref.vendor) or self.endpoint(ref.vendor)
        call = where.plugin.cancel(ref.job_id, ref.project, reason)
        started, failures, uncertain, number = self.clock(), 0, False, 0
        while True:
            number += 1
            try:
                body = yield from self._attempt(where, call, ref, deadline, op, number, "cancel", sent)
            except RateLimited as exc:  # the vendor refused it, so it did nothing: wait and send again
                if exc.retry_after is not None:
                    self._wait_for_budget(exc, deadline, op, number)
                else:
                    failures += 1
                    yield from self._back_off(exc, failures, started, deadline, op)
                continue
            except Conflict:
                if not uncertain:
                    raise
                job = yield from self._get(ref, deadline, op, "confirm")
                op.confirm(job, _cancelled_or_ended(job))
                if _cancelled_or_ended(job):
                    return job
                raise
            except RETRYABLE as exc:
                failures += 1
                if not _wire.never_sent(exc):
                    uncertain = True
                    seen = yield from self._confirm(ref, deadline, exc, op)
                    op.confirm(seen, _cancelled_or_ended(seen))
                    if _cancelled_or_ended(seen):
                        return seen
                yield from self._back_off(exc, failures, started, deadline, op)
                continue
            if body is None:  # 204: the vendor accepted the cancel without saying more
                return (yield from self._get(ref, deadline, op))
            return self.read(where, ref, body, functools.partial(where.plugin.job, ref, body))

    def _confirm(self, ref: JobRef, deadline: Deadline, error: AnyjobError, op: Op) -> Machine[Job]:
        """The job, read to learn what an uncertain cancel did; `error` (the cancel's) when it cannot be read."""
        try:
            return (yield from self._get(ref, deadline, op, "confirm"))
        except RETRYABLE:
            raise error from None

    def _wait(self, ref: JobRef, timeout: float | None, poll_interval: float, max_poll_interval: float,
              on_progress: Callable[[Job], None] | None, cancel_on_timeout: bool, op: Op) -> Machine[Job]:
        started = self.clock()
        deadline = Deadline.after(timeout, started)
        job: Job | None = None
        for delay in _poll_delays(poll_interval, max_poll_interval):
            try:
                job = yield from self._get(ref, deadline, op)
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
                job = yield from self._cancel(ref, None, grace, op)
            except Conflict:
                job = yield from self._get(ref, grace, op)
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
        op = self.telemetry.operation("list", vendor, None, None, {"anyjob.list.kind": kind} if kind else None)
        return Pager(self, where, project, states, where.plugin.first_pages(project, states, page_size, kind),
                     self.deadline(timeout), op)

    def bulk(self, refs: Iterable[JobRef | str]) -> Bulk:
        bulk = Bulk(builtins.list(refs))
        bulk.op = self.telemetry.operation("cancel_many", None, None, None,
                                           {"anyjob.refs": len(bulk.items), "anyjob.jobs": len(bulk.distinct)})
        return bulk

    def bulk_cancel(self, ref: JobRef, reason: str | None, deadline: Deadline, bulk: Bulk | None = None
                    ) -> tuple[Machine[Job], _Sent]:
        """The cancel machine of one bulk ref (its operation a child of the bulk's), and the record of whether its
        request left."""
        sent = _Sent()
        return self.cancel(ref, reason, deadline, sent, bulk.op if bulk is not None else None), sent

    def bulk_concurrency(self, concurrency: int) -> int:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        return min(concurrency, self.max_connections)


def _reporting(op: TracedOp, machine: Machine[_T]) -> Machine[_T]:
    try:
        result = yield from machine
    except BaseException as exc:
        op.fail(exc)
        raise
    op.done(result)
    return result


class Pager:
    """A list, one page at a time: `page()` is the machine for the next page (its jobs, filtered by state); `done`
    after the last. A vendor that lists several kinds of job gives one first page per kind, walked in turn. A kind's
    list ends when a page is empty (whatever cursor it carries); a page the vendor already gave (the same request
    again, or nothing new with more to come) is a DecodeError rather than an endless loop. `close()` ends the
    listing's report (its span) when the caller stops early."""

    def __init__(self, engine: Engine, where: Endpoint, project: str | None, states: frozenset[JobState] | None,
                 firsts: builtins.list[Call], deadline: Deadline, op: Op) -> None:
        self._engine, self._where, self._project, self._states = engine, where, project, states
        self._queue = builtins.list(firsts)
        self._call: Call | None = self._queue.pop(0) if self._queue else None
        self._deadline = deadline
        self._seen_ids: set[str] = set()
        self._seen_calls: set[tuple[str, tuple[tuple[str, str], ...]]] = set()
        self._op = op
        self._pages = self._jobs = 0

    @property
    def done(self) -> bool:
        return self._call is None

    def page(self) -> Machine[builtins.list[Job]]:
        try:
            jobs = yield from self._page()
        except BaseException as exc:
            self._op.fail(exc)
            raise
        if self._call is None:
            self.close()
        return jobs

    def close(self) -> None:
        self._op.done(None, **{"anyjob.list.pages": self._pages, "anyjob.list.jobs": self._jobs})

    def _page(self) -> Machine[builtins.list[Job]]:
        call = self._call
        assert call is not None
        key = (call.url, tuple(sorted((k, str(v)) for k, v in (call.params or {}).items())))
        if key in self._seen_calls:
            raise self._repeated(call, "a next page that points back to a page already read")
        self._seen_calls.add(key)
        engine, where = self._engine, self._where
        body = yield from engine._request(where, call, None, self._deadline, self._op, "list")
        jobs, following = engine.read(where, None, body, lambda: (where.plugin.jobs(body, self._project),
                                                                   where.plugin.next_page(call, body)))
        fresh = [job for job in jobs if job.id not in self._seen_ids]
        if not jobs:
            following = None
        elif not fresh and following is not None:
            raise self._repeated(call, "a page it had already given")
        self._seen_ids.update(job.id for job in fresh)
        self._call = following if following is not None else (self._queue.pop(0) if self._queue else None)
        picked = [job for job in fresh if self._states is None or job.state in self._states]
        self._pages += 1
        self._jobs += len(picked)
        return picked

    def _repeated(self, call: Call, what: str) -> DecodeError:
        self._call = None
        self._queue.clear()
        return DecodeError(self._where.plugin.name, 200, f"the vendor answered {what}",
                           self._engine.redact(f"{call.url} {dict(call.params or {})}"), host=self._where.host)


class Bulk:
    """`cancel_many`'s bookkeeping: each input parsed once, each distinct job cancelled once, one outcome per input
    in order (a ref given twice shares its job's outcome); `op` reports the batch (each cancel's report is its
    child). `outcomes()` ends the report; a driver whose batch is stopped calls `abort()`."""

    op: Op

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
        cancelled = sum(1 for outcome in outcomes if outcome.ok)
        self.op.done(None, **{"anyjob.cancelled": cancelled, "anyjob.failed": len(outcomes) - cancelled})
        return outcomes

    def abort(self, error: BaseException) -> None:
        self.op.fail(error)


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
