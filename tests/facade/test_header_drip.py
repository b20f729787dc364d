"""A server that drips its status line and headers a byte at a time cannot hold a call past its deadline.

The body's deadline is checked between chunks; the headers arrive before any chunk, and every socket read of them gets
the whole per-request read timeout afresh, so a sync call used to wait as long as the server kept dripping. The async
driver has always had asyncio.timeout around the exchange; the sync driver now reads through a network backend that
caps each read at what is left of the deadline (anyjob._drivers.DeadlineBackend).

Vendor-neutral: the vendor is the first in registry order that has a simulator, whose environment gives the settings;
the hostile server answers whatever path the vendor's plugin asks for.
"""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from anyjob import AsyncJobs, Config, JobRef, Jobs, RequestTimeout, RetryPolicy
from anyjob._drivers import DeadlineBackend, guard_reads
from anyjob._vendors import plugin_for
from anyjob.testing import SIMULATORS, simulator

from tests.hostile import RawRequest, head, hostile_server

VENDOR = next(iter(SIMULATORS))
ONCE = RetryPolicy(attempts=1)
#: As in test_hostile.py: the issue asks for 0.5 s past the deadline; a loaded machine gets another second.
SLACK = 1.5
DEADLINE = 1.0
EVERY = 0.05  # one byte of the head every 50 ms: ~150 bytes take 7 s or more


def drip_head(request: RawRequest, conn: socket.socket) -> None:
    payload = b"{}"
    for byte in head(200, {"Content-Type": "application/json", "X-Padding": "p" * 60}, length=len(payload)):
        time.sleep(EVERY)
        conn.sendall(bytes([byte]))
    conn.sendall(payload)


@contextmanager
def vendor_pointed_at(url: str) -> Iterator[tuple[Config, JobRef]]:
    """Settings from the vendor's simulator's environment, its URL replaced by `url`; a ref of one of its jobs."""
    with simulator(VENDOR, jobs=1, minute_limit=None, hourly_limit=None) as sim:
        environment = dict(sim.environment)
        job_id = sim.job_ids[0]
    url_setting = plugin_for(VENDOR).setting("url")
    assert url_setting is not None
    environment[url_setting.env[0]] = url
    config = Config.from_env(environment)
    scope = plugin_for(VENDOR).scope
    project = getattr(config, f"{VENDOR}_{scope.setting}") if scope is not None and scope.setting else None
    yield config, JobRef(VENDOR, job_id, project=project)


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("operation", ["get", "cancel"])
def test_headers_dripped_a_byte_at_a_time_end_at_the_deadline(mode: str, operation: str) -> None:
    with hostile_server(drip_head) as server, vendor_pointed_at(server.base_url) as (config, ref):
        started = time.monotonic()
        error: Any = None
        try:
            if mode == "sync":
                with Jobs(config, retry=ONCE) as jobs:
                    getattr(jobs, operation)(ref, timeout=DEADLINE)
            else:
                async def run() -> None:
                    async with AsyncJobs(config, retry=ONCE) as jobs:
                        await getattr(jobs, operation)(ref, timeout=DEADLINE)

                asyncio.run(run())
        except Exception as exc:  # asserted on below
            error = exc
        took = time.monotonic() - started
    assert isinstance(error, RequestTimeout), error
    assert took < DEADLINE + SLACK, f"the call took {took:.1f}s for a {DEADLINE:g}s deadline"
    assert "deadline" in str(error) and f"{DEADLINE:g}s" in str(error), error
    assert server.count() >= 1


def test_every_pool_of_a_client_anyjob_builds_reads_through_the_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Also the proxy transports httpx2 mounts from the environment (and the direct one for loopback). A release of
    httpx2 that moves its pools makes guard_reads say so, and this test fail, rather than drop the guard silently."""
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    with hostile_server(drip_head) as server, vendor_pointed_at(server.base_url) as (config, _), \
            Jobs(config) as jobs:
        client: Any = jobs._http
        transports = [client._transport, *client._mounts.values()]
        assert len(transports) >= 3  # the default one, a proxy from the environment, the direct loopback one
        assert all(isinstance(t._pool._network_backend, DeadlineBackend) for t in transports if t is not None)
        assert guard_reads(client)
