"""A client anyjob builds hands its requests to its transport directly, rather than through `httpx2.Client.send`
(anyjob._drivers.build_client): what reaches the vendor must be what the client would have sent, and what the client
did on the way that anyjob still promises (auth flows of several requests, decoding, refusing to send once closed)
must still happen. Every vendor, both drivers; the client route is anyjob with `http_client=` a plain httpx2 client.
"""

from __future__ import annotations

import asyncio
import gzip
import socket
from collections.abc import Generator, Iterator
from typing import Any

import httpx2
import pytest
from anyjob import AsyncJobs, DecodeError, JobRef, Jobs, Vendor
from anyjob._async import _send as send_async
from anyjob._sync import _send as send_sync
from anyjob._vendors import plugin_for

from tests.hostile import HostileServer, RawRequest, answer, hostile_server

from .conftest import ACTIVE, Sims, expected_state, running_sims
from .test_hostile import FIRST, PassOn, hostile_proxy, modes, through


@pytest.fixture
def first() -> Iterator[Sims]:
    with running_sims(vendors=[FIRST]) as started:
        yield started


def run(mode: str, config: Any, work: Any, *, own: bool = True) -> Any:
    """`work(jobs)` on a `Jobs` or `AsyncJobs` (`work` then returns an awaitable) with anyjob's own client, or (own
    False) with a plain httpx2 client passed as `http_client`."""
    if mode == "sync":
        with httpx2.Client() as given, Jobs(config, http_client=None if own else given) as jobs:
            return work(jobs)

    async def main() -> Any:
        async with httpx2.AsyncClient() as given, AsyncJobs(config, http_client=None if own else given) as jobs:
            return await work(jobs)

    return asyncio.run(main())


def recorded(ref: JobRef, mode: str, config: Any, server: HostileServer, *, own: bool) -> list[RawRequest]:
    """The requests of a get and a cancel of an active job, and a get of it again, as the vendor received them (with
    the job's id written "{id}")."""
    before = len(server.requests)
    if mode == "sync":
        run(mode, config, lambda jobs: (jobs.get(ref), jobs.cancel(ref), jobs.get(ref)), own=own)
    else:
        async def work(jobs: AsyncJobs) -> None:
            await jobs.get(ref)
            await jobs.cancel(ref)
            await jobs.get(ref)

        run(mode, config, work, own=own)
    return [RawRequest(r.method, r.target.replace(ref.job_id, "{id}"), r.headers,
                       r.body.replace(ref.job_id.encode(), b"{id}")) for r in server.requests[before:]]


def two_alike(sims: Sims, vendor: Vendor) -> tuple[JobRef, JobRef]:
    """Two active jobs whose cancel requests differ only by the job's id (at a vendor of several kinds, one kind)."""
    plugin = plugin_for(vendor)

    def shape(ref: JobRef) -> str:
        return plugin.cancel(ref.job_id, ref.project, None).url.replace(ref.job_id, "{id}")

    first = sims.pick(vendor)
    alike = [ref for ref in sims.refs(vendor, ACTIVE, exclude=[first]) if shape(ref) == shape(first)]
    return first, alike[0]


def passed_on(request: RawRequest, conn: socket.socket, pass_on: PassOn) -> None:
    pass_on().send(conn)


@modes
def test_the_vendor_receives_what_the_client_would_have_sent(sims: Sims, vendor: Vendor, mode: str) -> None:
    """Method, target, every header (names in order, and values, but for those that differ between two sends of the
    same request through the client itself: a signature's time and nonce) and body. The simulator checks the
    credentials and signatures of both."""
    with hostile_proxy(sims[vendor], passed_on) as server:
        config = through(sims, vendor, server.base_url)
        one, other = two_alike(sims, vendor)
        own = recorded(one, mode, config, server, own=True)
        given = recorded(other, mode, config, server, own=False)
    assert [r.method for r in own] == [r.method for r in given] == ["GET", own[1].method, "GET"]
    varying = {name for name, value in given[0].headers.items() if given[2].headers.get(name) != value}
    for mine, theirs in zip(own, given, strict=True):
        assert (mine.method, mine.target, mine.body) == (theirs.method, theirs.target, theirs.body)
        assert list(mine.headers) == list(theirs.headers)
        assert {k: v for k, v in mine.headers.items() if k not in varying} == \
            {k: v for k, v in theirs.headers.items() if k not in varying}
    assert not varying & {"authorization", "host", "user-agent", "accept-encoding", "content-type"}


@modes
def test_a_compressed_answer_is_decoded_and_capped_after_decoding(first: Sims, mode: str) -> None:
    ref = first.pick(FIRST)
    sizes: list[int] = []

    def respond(request: RawRequest, conn: socket.socket, pass_on: PassOn) -> None:
        real = pass_on()
        sizes.append(len(real.body))
        real.send(conn, gzip.compress(real.body + b" " * 100_000), {"Content-Encoding": "gzip"})

    with hostile_proxy(first[FIRST], respond) as server:
        config = through(first, FIRST, server.base_url)

        def get(jobs: Any) -> Any:
            return jobs.get(ref)

        job = run(mode, config, get)
        assert job.ref == ref and job.state is expected_state(first, ref)
        cap = sizes[0] + 50_000  # well above the body, below its decoded size; the compressed size is far below
        with pytest.raises(DecodeError, match="larger than max_body_size"):
            _capped(mode, config, ref, cap)


def _capped(mode: str, config: Any, ref: Any, cap: int) -> Any:
    if mode == "sync":
        with Jobs(config, max_body_size=cap) as jobs:
            return jobs.get(ref)

    async def main() -> Any:
        async with AsyncJobs(config, max_body_size=cap) as jobs:
            return await jobs.get(ref)

    return asyncio.run(main())


@modes
def test_a_closed_client_sends_nothing(first: Sims, mode: str) -> None:
    ref = first.pick(FIRST)

    def respond(request: RawRequest, conn: socket.socket, pass_on: PassOn) -> None:
        pass_on().send(conn)

    with hostile_proxy(first[FIRST], respond) as server:
        config = through(first, FIRST, server.base_url)
        if mode == "sync":
            jobs = Jobs(config)
            assert jobs.get(ref).ref == ref
            jobs.close()
            with pytest.raises(RuntimeError, match="client has been closed"):
                jobs.get(ref)
        else:
            async def main() -> None:
                jobs = AsyncJobs(config)
                assert (await jobs.get(ref)).ref == ref
                await jobs.aclose()
                with pytest.raises(RuntimeError, match="client has been closed"):
                    await jobs.get(ref)

            asyncio.run(main())
        assert server.count() == 1


def test_anyjobs_own_client_keeps_no_cookies(first: Sims) -> None:
    ref = first.pick(FIRST)

    def respond(request: RawRequest, conn: socket.socket, pass_on: PassOn) -> None:
        pass_on().send(conn, headers={"Set-Cookie": "session=tracked; Path=/"})

    with hostile_proxy(first[FIRST], respond) as server:
        with Jobs(through(first, FIRST, server.base_url)) as jobs:
            jobs.get(ref)
            jobs.get(ref)
    assert [request.headers.get("cookie") for request in server.requests] == [None, None]


class ChallengeAuth(httpx2.Auth):
    """Two requests per call, as a digest-style auth makes them: the second answers the first's 401 challenge."""

    def auth_flow(self, request: httpx2.Request) -> Generator[httpx2.Request, httpx2.Response, None]:
        response = yield request
        if response.status_code == 401:
            request.headers["Authorization"] = f"Answer {response.headers['X-Challenge']}"
            yield request


@pytest.fixture
def challenge_server() -> Iterator[str]:
    """A loopback server that challenges every request without the right answer."""
    def handler(request: RawRequest, conn: socket.socket) -> None:
        if request.headers.get("authorization") != "Answer 42":
            answer(conn, 401, {"error": "who are you?"}, headers={"X-Challenge": "42"})
        else:
            answer(conn, 200, {"ok": True})

    with hostile_server(handler) as server:
        yield server.base_url


def test_an_auth_flow_of_several_requests_runs_as_the_client_runs_it(challenge_server: str) -> None:
    transport = httpx2.HTTPTransport()
    with httpx2.Client(transport=transport) as http:
        request = http.build_request("GET", challenge_server + "/x")
        response = send_sync(http, transport, request, ChallengeAuth())
        assert (response.status_code, response.read(), response.request.headers["Authorization"]) == \
            (200, b'{"ok": true}', "Answer 42")

    async def main() -> None:
        transport = httpx2.AsyncHTTPTransport()
        async with httpx2.AsyncClient(transport=transport) as http:
            request = http.build_request("GET", challenge_server + "/x")
            response = await send_async(http, transport, request, ChallengeAuth())
            assert (response.status_code, await response.aread()) == (200, b'{"ok": true}')

    asyncio.run(main())
