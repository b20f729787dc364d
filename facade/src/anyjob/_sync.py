"""`Jobs`: the synchronous driver of the engine (httpx2.Client, threads for `cancel_many`)."""

from __future__ import annotations

import builtins
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from types import TracebackType
from typing import Any, Self

import httpx2

from . import _wire
from ._drivers import BodyReader, client_options, request_arguments
from ._engine import (
    DEFAULT_MAX_BODY_SIZE,
    DEFAULT_MAX_CONNECTIONS,
    Deadline,
    Engine,
    Machine,
    Send,
    Sleep,
    bulk_failure,
    not_started,
)
from ._errors import AnyjobError, Interrupted
from ._facade import Facade
from ._model import CancelOutcome, Job, JobState
from ._refs import JobRef, Vendor, parse_ref
from ._retry import RetryPolicy


class Jobs(Facade):
    """Jobs at every configured vendor, synchronously.

    >>> with Jobs.from_env() as jobs:
    ...     job = jobs.get("digitalocean:79ca9798-cf7d-11ef-bf8f-4e013e2ddde4", timeout=30)
    ...     outcomes = jobs.cancel_many(stuck_refs, concurrency=16, timeout=1800)

    `timeout` (seconds) is each call's default deadline: retries, waits for the rate budget and reading the body
    included (None: only the retry policy and `request_timeout` bound a call). `request_timeout` bounds each HTTP
    request's connect/read/write. Bodies above `max_body_size` bytes are refused unread. `http_client` or
    `transport` replace the httpx2 client or transport anyjob would create; anyjob never follows redirects, whoever
    built the client.
    """

    def __init__(
        self,
        config: Any = None,
        *,
        retry: RetryPolicy | None = None,
        timeout: float | None = None,
        request_timeout: httpx2.Timeout | float | None = None,
        max_body_size: int = DEFAULT_MAX_BODY_SIZE,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
        http_client: httpx2.Client | None = None,
        transport: httpx2.BaseTransport | None = None,
        **settings: str | None,
    ) -> None:
        self._engine = Engine(config, retry=retry, timeout=timeout, request_timeout=request_timeout,
                              max_body_size=max_body_size, max_connections=max_connections, settings=settings)
        self._owns_client = http_client is None
        self._http = http_client or httpx2.Client(**client_options(max_connections, transport, httpx2.HTTPTransport))
        self._stop = threading.Event()

    def close(self) -> None:
        if self._owns_client:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    # -- the driver ---------------------------------------------------------------------------------------------------

    def _run(self, machine: Machine[Any], stop: threading.Event | None = None) -> Any:
        value: Any = None
        error: AnyjobError | None = None
        try:
            while True:
                try:
                    step = machine.send(value) if error is None else machine.throw(error)
                except StopIteration as done:
                    return done.value
                value = error = None
                if isinstance(step, Sleep):
                    if stop is None:
                        time.sleep(step.seconds)
                    elif stop.wait(step.seconds):
                        raise Interrupted("interrupted while waiting to try again")
                    continue
                try:
                    value = self._exchange(step)
                except AnyjobError as exc:
                    error = exc
        finally:
            machine.close()  # on Ctrl-C too: the engine's bookkeeping (the rate limiter) settles

    def _exchange(self, send: Send) -> _wire.Reply:
        engine = self._engine
        try:
            request = self._http.build_request(**request_arguments(send))
            response = self._http.send(request, auth=send.where.auth, follow_redirects=False, stream=True)
            try:
                reader = BodyReader(send, response, engine.max_body_size, engine.clock)
                for chunk in response.iter_bytes():
                    reader.feed(chunk)
            finally:
                response.close()
        except httpx2.HTTPError as exc:
            raise _wire.from_httpx(send.where, send.ref, exc, engine.redact, send.timeout) from exc
        return _wire.Reply(response.status_code, response.headers, reader.content())

    # -- operations ---------------------------------------------------------------------------------------------------

    def get(self, ref: JobRef | str, *, timeout: float | None = None) -> Job:
        """The job as the vendor sees it now. `timeout`: this call's deadline in seconds."""
        ref = parse_ref(ref)
        result: Job = self._run(self._engine.get(ref, self._engine.deadline(timeout)))
        return result

    def cancel(self, ref: JobRef | str, reason: str | None = None, *, timeout: float | None = None) -> Job:
        """Ask the vendor to cancel the job; returns the job as the vendor answered (often CANCELLING or CANCELLED).

        `reason` is sent where the vendor takes one (Dispersed). A job that already finished raises `Conflict`. When
        an attempt's answer is lost (dropped connection, unreadable body, 5xx), anyjob reads the job before sending
        again, so a cancel is never sent twice for nothing and never reported as failed when it took effect.
        """
        ref = parse_ref(ref)
        result: Job = self._run(self._engine.cancel(ref, reason, self._engine.deadline(timeout)))
        return result

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
        (seconds; None = no limit) is the deadline for the whole wait, polls and retries included: past it,
        `WaitTimeout` carries the last job seen. With `cancel_on_timeout`, a cancel is then sent (given a few more
        seconds); a job that ended on its own meanwhile is returned instead. `on_progress` sees every job read.
        """
        ref = parse_ref(ref)
        result: Job = self._run(self._engine.wait(ref, timeout, poll_interval, max_poll_interval, on_progress,
                                                  cancel_on_timeout))
        return result

    def list(
        self,
        vendor: Vendor,
        *,
        project: str | None = None,
        state: JobState | Iterable[JobState] | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        kind: str | None = None,
    ) -> Iterator[Job]:
        """Every job at `vendor`, page after page as the iteration goes, optionally only those in `state`.

        Vendors whose jobs live in a project (Veryfront) list one project's: `project`, or the configured default.
        Vendors with several kinds of job (OpenAI: `batch`, `fine_tuning`) list every kind, one after the other, or
        only `kind`. `timeout` is the deadline for the whole listing, counted from this call.
        """
        pager = self._engine.pager(vendor, project, state, page_size, timeout, kind)
        while not pager.done:
            yield from self._run(pager.page())

    def cancel_many(self, refs: Iterable[JobRef | str], *, concurrency: int = 16, reason: str | None = None,
                    timeout: float | None = None) -> builtins.list[CancelOutcome]:
        """Cancel many jobs, across vendors, `concurrency` at a time (at most `max_connections`).

        One outcome per ref, in order: `Cancelled` (`outcome.ok`, `outcome.job`) or `CancelFailed` (`outcome.error`,
        and `outcome.sent`: whether a cancel request left). A ref given twice is cancelled once. Rate limits wait for
        the vendor's budget while `timeout` (the batch's deadline; None: none) allows. Ctrl-C stops the batch: no
        new cancel starts, those in flight finish their request, and KeyboardInterrupt is raised.
        """
        engine = self._engine
        workers = engine.bulk_concurrency(concurrency)
        deadline = Deadline.after(timeout, engine.clock())
        bulk = engine.bulk(refs)
        queue = iter(bulk.distinct)
        take = threading.Lock()
        stop = threading.Event()

        def work() -> None:
            while not stop.is_set():
                with take:
                    ref = next(queue, None)
                if ref is None:
                    return
                machine, sent = engine.bulk_cancel(ref, reason, deadline)
                try:
                    bulk.record(ref, self._run(machine, stop))
                except Exception as exc:
                    bulk.record(ref, bulk_failure(engine, ref, exc, sent))

        threads = min(workers, len(bulk.distinct))
        pool = ThreadPoolExecutor(max_workers=max(1, threads), thread_name_prefix="anyjob-cancel")
        try:
            futures = [pool.submit(work) for _ in range(threads)]
            for future in futures:
                future.result()
        except BaseException:
            stop.set()
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        return bulk.outcomes(not_started(engine, deadline))

