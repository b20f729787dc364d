"""`AsyncJobs`: the asyncio driver of the engine (httpx2.AsyncClient, one TaskGroup for `cancel_many`).

Imported on first use, so that `import anyjob` does not load asyncio.
"""

from __future__ import annotations

import asyncio
import builtins
import contextlib
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, cast

import httpx2

from . import _wire
from ._drivers import BodyReader, build_client, closed_client
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
from ._errors import AnyjobError
from ._facade import Facade
from ._model import CancelOutcome, Job, JobState
from ._refs import JobRef, Vendor, parse_ref
from ._retry import RetryPolicy

if TYPE_CHECKING:
    from opentelemetry.trace import TracerProvider


_NO_TIMEOUT = contextlib.nullcontext()  # a call without a deadline: no timer to arm and cancel per request


class AsyncJobs(Facade):
    """`Jobs` for asyncio: the same operations and options, as coroutines (and `list` as an async iterator)."""

    def __init__(
        self,
        config: Any = None,
        *,
        retry: RetryPolicy | None = None,
        timeout: float | None = None,
        request_timeout: httpx2.Timeout | float | None = None,
        max_body_size: int = DEFAULT_MAX_BODY_SIZE,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
        http_client: httpx2.AsyncClient | None = None,
        transport: httpx2.AsyncBaseTransport | None = None,
        tracer_provider: TracerProvider | None = None,
        **settings: str | None,
    ) -> None:
        self._engine = Engine(config, retry=retry, timeout=timeout, request_timeout=request_timeout,
                              max_body_size=max_body_size, max_connections=max_connections, settings=settings,
                              tracer_provider=tracer_provider)
        self._owns_client = http_client is None
        self._transport: httpx2.AsyncBaseTransport | None = None
        if http_client is None:
            http_client, self._transport = build_client(max_connections, transport, httpx2.AsyncClient,
                                                        httpx2.AsyncHTTPTransport)
        self._http = http_client

    async def aclose(self) -> None:
        if self._owns_client:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        await self.aclose()

    # -- the driver ---------------------------------------------------------------------------------------------------

    async def _run(self, machine: Machine[Any]) -> Any:
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
                    await asyncio.sleep(step.seconds)
                    continue
                try:
                    value = await self._exchange(step)
                except AnyjobError as exc:
                    error = exc
        finally:
            machine.close()  # on cancellation too: the engine's bookkeeping (the rate limiter) settles

    async def _exchange(self, send: Send) -> _wire.Reply:
        engine = self._engine
        http = self._http
        call = send.call
        deadline = send.deadline
        transport = self._transport
        try:
            async with _NO_TIMEOUT if deadline.at is None else asyncio.timeout(deadline.at - engine.clock()):
                request = http.build_request(call.method, send.url, params=call.params, headers=call.headers,
                                             json=call.json, timeout=send.timeout)
                if transport is None:
                    response = await http.send(request, auth=send.where.auth, follow_redirects=False, stream=True)
                else:
                    response = await _send(http, transport, request, send.where.auth)
                try:
                    headers = _wire.Headers.of(response.headers.raw)
                    reader = BodyReader(send, response.status_code, headers, engine.max_body_size, engine.clock)
                    if transport is None or "content-encoding" in headers:
                        chunks: AsyncIterable[bytes] = response.aiter_bytes()
                    else:  # nothing to decode, from a transport anyjob built
                        chunks = cast(httpx2.AsyncByteStream, response.stream)
                    async for chunk in chunks:
                        reader.feed(chunk)
                finally:
                    await response.aclose()
        except httpx2.HTTPError as exc:
            raise _wire.from_httpx(send.where, send.ref, exc, engine.redact, send.timeout) from exc
        except TimeoutError:
            raise _wire.deadline_passed(send.where, send.ref, deadline.timeout, "waiting for the answer") from None
        return _wire.Reply(response.status_code, headers, reader.content())

    # -- operations ---------------------------------------------------------------------------------------------------

    async def get(self, ref: JobRef | str, *, timeout: float | None = None) -> Job:
        """See `Jobs.get`."""
        ref = parse_ref(ref)
        result: Job = await self._run(self._engine.get(ref, self._engine.deadline(timeout)))
        return result

    async def cancel(self, ref: JobRef | str, reason: str | None = None, *, timeout: float | None = None) -> Job:
        """See `Jobs.cancel`."""
        ref = parse_ref(ref)
        result: Job = await self._run(self._engine.cancel(ref, reason, self._engine.deadline(timeout)))
        return result

    async def wait(
        self,
        ref: JobRef | str,
        *,
        timeout: float | None = None,
        poll_interval: float = 1.0,
        max_poll_interval: float = 30.0,
        on_progress: Callable[[Job], None] | None = None,
        cancel_on_timeout: bool = False,
    ) -> Job:
        """See `Jobs.wait`."""
        ref = parse_ref(ref)
        result: Job = await self._run(self._engine.wait(ref, timeout, poll_interval, max_poll_interval, on_progress,
                                                        cancel_on_timeout))
        return result

    async def list(
        self,
        vendor: Vendor,
        *,
        project: str | None = None,
        state: JobState | Iterable[JobState] | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        kind: str | None = None,
    ) -> AsyncIterator[Job]:
        """See `Jobs.list`."""
        pager = self._engine.pager(vendor, project, state, page_size, timeout, kind)
        try:
            while not pager.done:
                for job in await self._run(pager.page()):
                    yield job
        finally:
            pager.close()  # ends the listing's report when the caller stops early

    async def cancel_many(self, refs: Iterable[JobRef | str], *, concurrency: int = 16, reason: str | None = None,
                          timeout: float | None = None) -> builtins.list[CancelOutcome]:
        """See `Jobs.cancel_many`. Cancelling the task that awaits it cancels every cancel still in flight (inside
        one TaskGroup) and leaves nothing running."""
        engine = self._engine
        workers = engine.bulk_concurrency(concurrency)
        deadline = Deadline.after(timeout, engine.clock())
        bulk = engine.bulk(refs)
        queue = iter(bulk.distinct)

        async def work() -> None:
            for ref in queue:  # each worker takes the next ref; the iterator is shared and asyncio is one thread
                machine, sent = engine.bulk_cancel(ref, reason, deadline, bulk)
                try:
                    bulk.record(ref, await self._run(machine))
                except Exception as exc:
                    bulk.record(ref, bulk_failure(engine, ref, exc, sent))

        try:
            async with asyncio.TaskGroup() as group:
                for _ in range(min(workers, len(bulk.distinct))):
                    group.create_task(work())
        except BaseException as exc:
            bulk.abort(exc)
            raise
        return bulk.outcomes(not_started(engine, deadline))


async def _send(http: httpx2.AsyncClient, transport: httpx2.AsyncBaseTransport, request: httpx2.Request,
                auth: httpx2.Auth) -> httpx2.Response:
    """`await http.send(request, auth=auth, stream=True)` for a client anyjob built, straight to its transport (see
    `anyjob._drivers.build_client`)."""
    if http.is_closed:
        raise closed_client()
    flow = auth.async_auth_flow(request)
    try:
        request = await flow.__anext__()
        while True:
            response = await transport.handle_async_request(request)
            response.request = request
            try:
                request = await flow.asend(response)
            except StopAsyncIteration:
                return response
            except BaseException:
                await response.aclose()
                raise
            await response.aread()
    finally:
        await flow.aclose()
