"""`AsyncJobs`: the `Jobs` surface for asyncio. Imported on first use, so that `import anyjob` does not load asyncio."""

from __future__ import annotations

import asyncio
import builtins
import time
from collections.abc import AsyncIterator, Callable, Iterable
from types import TracebackType
from typing import Any, Self

import httpx

from ._client import CancelOutcome, _Configured, _Core, _outcome, _Pages, _poll_delays, _unique
from ._config import Config, Endpoint
from ._errors import AnyjobError, WaitTimeout
from ._model import Job, JobState
from ._refs import JobRef, Vendor, parse_ref
from ._retry import RETRYABLE, RetryPolicy, log_first_retry
from ._vendors._base import Adapter, Call


class AsyncJobs(_Configured):
    """`Jobs` for asyncio: the same operations, as coroutines (and `list` as an async iterator)."""

    def __init__(
        self,
        config: Config | None = None,
        *,
        retry: RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        **credentials: str | None,
    ) -> None:
        self._core = _Core(config, retry, timeout, credentials)
        self._owns_client = http_client is None
        self._http = http_client or httpx.AsyncClient(
            transport=transport, limits=httpx.Limits(max_connections=200, max_keepalive_connections=200)
        )

    async def aclose(self) -> None:
        if self._owns_client:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        await self.aclose()

    async def _once(self, adapter: Adapter, ref: JobRef | None, args: dict[str, Any]) -> Any:
        try:
            response = await self._http.request(**args)
        except httpx.TransportError as exc:
            raise self._core.transport_error(adapter.vendor, exc) from None
        return self._core.body(adapter, ref, response)

    async def _send(self, adapter: Adapter, where: Endpoint, ref: JobRef | None, call: Call,
                    timeout: httpx.Timeout | float | None) -> Any:
        args = self._core.request(where, call, timeout)
        started = time.monotonic()
        try:
            return await self._once(adapter, ref, args)
        except RETRYABLE as exc:
            delay = self._core.retry.delay(exc, 1, time.monotonic() - started)
            if delay is None:
                raise
            log_first_retry(exc, delay)
        await asyncio.sleep(delay)
        import tenacity

        async for attempt in tenacity.AsyncRetrying(**self._core.retry.tenacity_arguments(1, started)):
            with attempt:
                return await self._once(adapter, ref, args)
        raise AssertionError("unreachable: tenacity reraises the last error")  # pragma: no cover

    async def get(self, ref: JobRef | str, *, timeout: httpx.Timeout | float | None = None) -> Job:
        ref = parse_ref(ref)
        adapter, where = self._core.vendor(ref.vendor)
        body = await self._send(adapter, where, ref, adapter.get(ref), timeout)
        return self._core.read(adapter, body, lambda: adapter.job(ref, body, ref.project))

    async def cancel(self, ref: JobRef | str, reason: str | None = None, *,
                     timeout: httpx.Timeout | float | None = None) -> Job:
        ref = parse_ref(ref)
        adapter, where = self._core.vendor(ref.vendor)
        body = await self._send(adapter, where, ref, adapter.cancel(ref, reason), timeout)
        if body is None:
            return await self.get(ref, timeout=timeout)
        return self._core.read(adapter, body, lambda: adapter.job(ref, body, ref.project))

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
        ref = parse_ref(ref)
        start = time.monotonic()
        deadline = None if timeout is None else start + timeout
        for delay in _poll_delays(poll_interval, max_poll_interval):
            job = await self.get(ref)
            if on_progress is not None:
                on_progress(job)
            if job.state.is_terminal:
                return job
            now = time.monotonic()
            if deadline is not None and now + min(delay, deadline - now) >= deadline:
                if deadline > now:
                    await asyncio.sleep(deadline - now)
                    job = await self.get(ref)
                    if on_progress is not None:
                        on_progress(job)
                    if job.state.is_terminal:
                        return job
                cancelled = False
                if cancel_on_timeout:
                    job, cancelled = await self.cancel(ref), True
                raise WaitTimeout(job, time.monotonic() - start, cancelled)
            await asyncio.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    async def list(
        self,
        vendor: Vendor | str,
        *,
        project: str | None = None,
        state: JobState | Iterable[JobState] | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[Job]:
        checked, project, states = self._core.list_start(vendor, project, state)
        adapter, where = self._core.vendor(checked)
        pages = _Pages(self._core, adapter, project)
        call: Call | None = adapter.first_page(project, states, page_size)
        while call is not None:
            body = await self._send(adapter, where, None, call, None)
            page, call = pages.read(call, body)
            for job in page:
                if states is None or job.state in states:
                    yield job

    async def cancel_many(self, refs: Iterable[JobRef | str], *, concurrency: int = 16,
                          reason: str | None = None) -> builtins.list[CancelOutcome]:
        items, parsed = _unique(refs)
        distinct = list(dict.fromkeys(p for p in parsed.values() if isinstance(p, JobRef)))
        gate = asyncio.Semaphore(max(1, concurrency))

        async def one(ref: JobRef) -> Job | AnyjobError:
            async with gate:
                try:
                    return await self.cancel(ref, reason)
                except AnyjobError as exc:
                    return exc

        results = dict(zip(distinct, await asyncio.gather(*(one(r) for r in distinct)), strict=True))
        return [_outcome(item, parsed[i], results) for i, item in enumerate(items)]
