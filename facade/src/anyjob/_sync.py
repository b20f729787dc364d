"""`Jobs`: the synchronous driver of the engine (httpx2.Client, threads for `cancel_many`)."""

from __future__ import annotations

import builtins
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, cast

import httpx2

from . import _wire
from ._drivers import CURRENT_DEADLINE, BodyReader, build_client, closed_client, guard_reads
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

if TYPE_CHECKING:
    from opentelemetry.trace import TracerProvider


class Jobs(Facade):
    """Jobs at every configured vendor, synchronously.

    >>> with Jobs.from_env() as jobs:
    ...     job = jobs.get("digitalocean:79ca9798-cf7d-11ef-bf8f-4e013e2ddde4", timeout=30)
    ...     outcomes = jobs.cancel_many(stuck_refs, concurrency=16, timeout=1800)

    `timeout` (seconds) is each call's default deadline: retries, waits for the rate budget and reading the body
    included (None: only the retry policy and `request_timeout` bound a call). `request_timeout` bounds each HTTP
    request's connect/read/write. Bodies above `max_body_size` bytes are refused unread. `http_client` or
    `transport` replace the httpx2 client or transport anyjob would create; anyjob never follows redirects, whoever
    built the client. (With a client anyjob builds, the deadline also bounds every socket read, so a server that
    drips its headers cannot hold a call past it; with your own `http_client` or `transport`, each read is bounded by
    `request_timeout` and the deadline is checked between body chunks.)

    Every operation is traced with OpenTelemetry when the application has configured an SDK, or to
    `tracer_provider` when given, and logged to the `anyjob` logger (see the README's "Traces and logs").
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
        tracer_provider: TracerProvider | None = None,
        **settings: str | None,
    ) -> None:
        self._engine = Engine(config, retry=retry, timeout=timeout, request_timeout=request_timeout,
                              max_body_size=max_body_size, max_connections=max_connections, settings=settings,
                              tracer_provider=tracer_provider)
        self._owns_client = http_client is None
        self._transport: httpx2.BaseTransport | None = None
        if http_client is None:
            http_client, self._transport = build_client(max_connections, transport, httpx2.Client,
                                                        httpx2.HTTPTransport)
            if transport is None:
                guard_reads(http_client)
        self._http = http_client
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
        http = self._http
        call = send.call
        deadline = send.deadline
        token = CURRENT_DEADLINE.set((deadline.at, engine.clock)) if deadline.at is not None else None
        try:
            request = http.build_request(call.method, send.url, params=call.params, headers=call.headers,
                                         json=call.json, timeout=send.timeout)
            transport = self._transport
            if transport is None:
                response = http.send(request, auth=send.where.auth, follow_redirects=False, stream=True)
            else:
                response = _send(http, transport, request, send.where.auth)
            try:
                headers = _wire.Headers.of(response.headers.raw)
                reader = BodyReader(send, response.status_code, headers, engine.max_body_size, engine.clock)
                if transport is None or "content-encoding" in headers:
                    chunks: Iterable[bytes] = response.iter_bytes()
                else:  # nothing to decode, from a transport anyjob built
                    chunks = cast(httpx2.SyncByteStream, response.stream)
                for chunk in chunks:
                    reader.feed(chunk)
            finally:
                response.close()
        except httpx2.HTTPError as exc:
            if isinstance(exc, httpx2.TimeoutException) and deadline.at is not None \
                    and engine.clock() >= deadline.at:
                raise _wire.deadline_passed(send.where, send.ref, deadline.timeout, "waiting for the answer") \
                    from exc
            raise _wire.from_httpx(send.where, send.ref, exc, engine.redact, send.timeout) from exc
        finally:
            if token is not None:
                CURRENT_DEADLINE.reset(token)
        return _wire.Reply(response.status_code, headers, reader.content())

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
        try:
            while not pager.done:
                yield from self._run(pager.page())
        finally:
            pager.close()  # ends the listing's report when the caller stops early

    def cancel_many(self, refs: Iterable[JobRef | str], *, concurrency: int = 16, reason: str | None = None,
                    timeout: float | None = None) -> builtins.list[CancelOutcome]:
        """Cancel many jobs, across vendors, `concurrency` at a time (at most `max_connections`).

        One outcome per ref, in order: `Cancelled` (`outcome.ok`, `outcome.job`) or `CancelFailed` (`outcome.error`,
        and `outcome.sent`: whether a cancel request left). A ref given twice is cancelled once. Rate limits wait for
        the vendor's budget while `timeout` (the batch's deadline; None: none) allows. Ctrl-C stops the batch: no
        new cancel starts, those in flight finish their request, and KeyboardInterrupt is raised.
        """
        from concurrent.futures import ThreadPoolExecutor  # here: most programs never call cancel_many

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
                machine, sent = engine.bulk_cancel(ref, reason, deadline, bulk)
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
        except BaseException as exc:
            stop.set()
            bulk.abort(exc)
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        return bulk.outcomes(not_started(engine, deadline))


def _send(http: httpx2.Client, transport: httpx2.BaseTransport, request: httpx2.Request, auth: httpx2.Auth
          ) -> httpx2.Response:
    """`http.send(request, auth=auth, stream=True)` for a client anyjob built, straight to its transport (see
    `anyjob._drivers.build_client`): the auth flow's requests in turn, the last response returned unread."""
    if http.is_closed:
        raise closed_client()
    flow = auth.sync_auth_flow(request)
    try:
        request = next(flow)
        while True:
            response = transport.handle_request(request)
            response.request = request
            try:
                request = flow.send(response)
            except StopIteration:
                return response
            except BaseException:
                response.close()
                raise
            response.read()
    finally:
        flow.close()
