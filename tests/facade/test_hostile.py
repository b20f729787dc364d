"""anyjob against hostile servers on loopback: every defect of issue 8, sync and async where the drivers differ.

Each test here failed on anyjob 0.1 (the figures in the issue: 46 s for a 1 s deadline, 2.9 GB for a 1 GB body,
11,737 requests for one list, a resent cancel reported as a Conflict, a token sent to a proxy ...).
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

import httpx2
import pytest
from anyjob import (
    AnyjobError,
    AsyncJobs,
    CancelFailed,
    Cancelled,
    Config,
    Conflict,
    DecodeError,
    JobRef,
    Jobs,
    JobState,
    RateLimited,
    RequestTimeout,
    RetryPolicy,
    ServerError,
    TransportError,
    WaitTimeout,
)
from anyjob.testing import Fault, Phase

from tests.hostile import (
    HostileServer,
    RawRequest,
    answer,
    drip,
    flood,
    garbage_gzip,
    head,
    hostile_server,
    nested,
)

from .conftest import ACTIVE, DIGITALOCEAN_TOKEN, FAST_RETRY, VERYFRONT_TOKEN, Sims, config_for

DO_REF = JobRef("digitalocean", "79ca9798-cf7d-11ef-bf8f-4e013e2ddde4")
ONCE = RetryPolicy(attempts=1)
#: How far past its deadline a call may end: the issue asks for 0.5 s; building the client and a loaded CI machine
#: get another second (anyjob 0.1 overran these deadlines by 18 to 45 s).
SLACK = 1.5


def do_config(url: str) -> Config:
    return Config(digitalocean_token=DIGITALOCEAN_TOKEN, digitalocean_url=url)


def call(mode: str, config: Config, operation: str, *args: Any, **options: Any) -> Any:
    """`Jobs(config).<operation>(*args)` (mode "sync") or the same on `AsyncJobs` (mode "async")."""
    client_options = {k: options.pop(k) for k in ("retry", "request_timeout", "max_body_size", "max_connections",
                                                   "http_client") if k in options}
    if mode == "sync":
        with Jobs(config, **client_options) as jobs:
            result = getattr(jobs, operation)(*args, **options)
            return list(result) if operation == "list" else result

    async def run() -> Any:
        async with AsyncJobs(config, **client_options) as jobs:
            if operation == "list":
                return [job async for job in jobs.list(*args, **options)]
            return await getattr(jobs, operation)(*args, **options)

    return asyncio.run(run())


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    started = time.monotonic()
    try:
        result: Any = action()
    except Exception as exc:  # the caller asserts on it
        result = exc
    return time.monotonic() - started, result


modes = pytest.mark.parametrize("mode", ["sync", "async"])


# -- one deadline for the whole call ---------------------------------------------------------------------------------


@modes
def test_a_dripping_body_ends_at_the_deadline(mode: str) -> None:
    payload = b'{"job": {"uuid": "' + b"x" * 200 + b'"}}'
    with hostile_server(lambda r, c: drip(c, 200, payload, every=0.1)) as server:
        took, error = timed(lambda: call(mode, do_config(server.base_url), "get", DO_REF, timeout=1, retry=ONCE))
    assert isinstance(error, RequestTimeout), error
    assert took < 1 + SLACK
    assert str(DO_REF) in str(error) and "127.0.0.1" in str(error) and "1s" in str(error)


@modes
def test_a_server_that_never_answers_ends_at_the_deadline(mode: str) -> None:
    with hostile_server(lambda r, c: time.sleep(5)) as server:
        took, error = timed(lambda: call(mode, do_config(server.base_url), "get", DO_REF, timeout=0.5))
    assert isinstance(error, RequestTimeout), error
    assert took < 0.5 + SLACK


@modes
def test_a_long_retry_after_is_not_slept_through_past_the_deadline(mode: str) -> None:
    def unavailable(request: RawRequest, conn: socket.socket) -> None:
        answer(conn, 503, {"message": "later"}, {"Retry-After": "20"})

    with hostile_server(unavailable) as server:
        took, error = timed(lambda: call(mode, do_config(server.base_url), "wait", DO_REF, timeout=2))
    assert isinstance(error, ServerError), error
    assert took < 2 + SLACK
    assert server.count() == 1


@modes
def test_wait_does_not_sleep_a_poll_interval_past_its_deadline(sims: Sims, mode: str) -> None:
    ref = sims.pick("digitalocean", [Phase.RUNNING])
    took, error = timed(lambda: call(mode, config_for(sims), "wait", ref, timeout=1, poll_interval=8))
    assert isinstance(error, WaitTimeout), error
    assert error.job.ref == ref and not error.job.state.is_terminal
    assert took < 1 + SLACK


# -- nothing escapes the error hierarchy -----------------------------------------------------------------------------


@modes
@pytest.mark.parametrize(
    ("name", "respond", "expected"),
    [
        ("gzip garbage", lambda r, c: answer(c, 200, raw=garbage_gzip(), headers={"Content-Encoding": "gzip"}),
         DecodeError),
        ("5000-deep JSON", lambda r, c: answer(c, 200, raw=nested(5000)), DecodeError),
        ("100000-deep JSON", lambda r, c: answer(c, 200, raw=nested(100_000)), DecodeError),
        ("5000-deep inside the job", lambda r, c: answer(c, 200, raw=b'{"job": {"uuid": ' + nested(5000) + b"}}"),
         DecodeError),
        ("bad UTF-8", lambda r, c: answer(c, 200, raw=b'{"job": "\xff\xfe"}'), DecodeError),
        ("latin-1 sent as UTF-8", lambda r, c: answer(c, 200, raw='{"job": {"uuid": "é"}}'.encode("latin-1"),
                                                        headers={"Content-Type": "application/json; charset=utf-8"}),
         DecodeError),
        ("HTML 200", lambda r, c: answer(c, 200, raw=b"<html>maintenance</html>",
                                         headers={"Content-Type": "text/html"}), DecodeError),
        ("truncated", lambda r, c: c.sendall(head(200, length=100) + b'{"job": {"uu'), TransportError),
        ("closed before any answer", lambda r, c: None, TransportError),
    ],
)
def test_unreadable_answers_are_typed_errors(mode: str, name: str, respond: Any, expected: type[Exception]) -> None:
    with hostile_server(respond) as server:
        error = timed(lambda: call(mode, do_config(server.base_url), "get", DO_REF, retry=FAST_RETRY))[1]
    assert isinstance(error, expected), f"{name}: {error!r}"
    assert 1 <= server.count() <= FAST_RETRY.attempts  # asked again at most as often as the policy says


@modes
def test_a_bulk_cancel_keeps_every_outcome_when_every_answer_is_unreadable(mode: str) -> None:
    refs = [JobRef("digitalocean", f"79ca9798-cf7d-11ef-bf8f-{i:012x}") for i in range(60)]

    def respond(request: RawRequest, conn: socket.socket) -> None:
        answer(conn, 200, raw=garbage_gzip(), headers={"Content-Encoding": "gzip"})

    with hostile_server(respond) as server:
        outcomes = call(mode, do_config(server.base_url), "cancel_many", refs, concurrency=8, retry=ONCE)
    assert [o.ref for o in outcomes] == refs
    assert all(isinstance(o, CancelFailed) and isinstance(o.error, AnyjobError) and o.sent for o in outcomes)
    assert server.count("PUT") == 60  # each cancel sent once: its read-back failed too, so it is not resent


# -- a body too large is refused unread ------------------------------------------------------------------------------


@modes
@pytest.mark.parametrize("declare", [True, False], ids=["content-length", "chunked"])
def test_a_huge_body_is_refused_without_reading_it(mode: str, declare: bool) -> None:
    gigabyte = 1 << 30
    server_ref: list[HostileServer] = []

    def respond(request: RawRequest, conn: socket.socket) -> None:
        flood(server_ref[0], conn, gigabyte, declare=declare)

    with hostile_server(respond) as server:
        server_ref.append(server)
        error = timed(lambda: call(mode, do_config(server.base_url), "get", DO_REF, retry=ONCE,
                                   max_body_size=4 << 20))[1]
        time.sleep(0.2)
    assert isinstance(error, DecodeError) and "max_body_size" in str(error), error
    # The socket buffers take some megabytes more than the client read; the rest of the gigabyte never left.
    assert server.bytes_written < 64 << 20


# -- cancels are confirmed, not resent blindly -----------------------------------------------------------------------


@modes
@pytest.mark.parametrize("fault", [Fault.drop_connection(), Fault.truncated_json(), Fault.html_page(200)],
                         ids=["dropped", "truncated", "html-200"])
def test_a_cancel_whose_answer_was_lost_is_confirmed_not_resent(sims: Sims, vendor: str, mode: str,
                                                                 fault: Fault) -> None:
    ref = sims.pick(vendor, ACTIVE)
    sims.fault(ref, "cancel", fault, times=1)
    job = call(mode, config_for(sims), "cancel", ref, retry=FAST_RETRY)
    assert job.state in (JobState.CANCELLING, JobState.CANCELLED)
    assert sims.count(vendor, "cancel", ref) == 1
    assert sims.cancel_requested(ref)


@modes
def test_a_cancel_lost_before_the_vendor_acted_is_sent_again(sims: Sims, mode: str) -> None:
    ref = sims.pick("digitalocean", ACTIVE)
    sims.fault(ref, "cancel", Fault.http_status(502), times=1)  # a proxy's 502: the vendor never saw it
    job = call(mode, config_for(sims), "cancel", ref, retry=FAST_RETRY)
    assert job.state is JobState.CANCELLED
    assert sims.count("digitalocean", "cancel", ref) == 2
    assert sims.count("digitalocean", "get", ref) == 1  # the read that found it still running


@modes
def test_wait_cancel_on_timeout_returns_a_job_that_ended_at_the_deadline(mode: str) -> None:
    uuid = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
    ended = threading.Event()

    def respond(request: RawRequest, conn: socket.socket) -> None:
        if request.method == "PUT":
            ended.set()  # the job finished just as the deadline came
            answer(conn, 409, {"id": "conflict", "message": "already finished"})
            return
        phase = "BATCH_JOB_PHASE_SUCCEEDED" if ended.is_set() else "BATCH_JOB_PHASE_RUNNING"
        answer(conn, 200, {"job": {"uuid": uuid, "phase": phase}})

    with hostile_server(respond) as server:
        job = call(mode, do_config(server.base_url), "wait", JobRef("digitalocean", uuid), timeout=0.3,
                   poll_interval=0.05, cancel_on_timeout=True)
    assert job.state is JobState.SUCCEEDED


# -- lists end -------------------------------------------------------------------------------------------------------


def veryfront_config(url: str) -> Config:
    return Config(veryfront_token=VERYFRONT_TOKEN, veryfront_url=url, veryfront_project="demo")


@modes
def test_an_empty_page_with_a_cursor_ends_the_list(mode: str) -> None:
    def respond(request: RawRequest, conn: socket.socket) -> None:
        answer(conn, 200, {"data": [], "page_info": {"self": None, "first": None, "next": "more", "prev": None}})

    with hostile_server(respond) as server:
        took, found = timed(lambda: call(mode, veryfront_config(server.base_url), "list", "veryfront"))
    assert found == []
    assert server.count() == 1


@modes
def test_a_cursor_that_repeats_is_a_decode_error(sims: Sims, mode: str) -> None:
    def respond(request: RawRequest, conn: socket.socket) -> None:
        # One real page, always pointing at the same next cursor: a vendor bug that would loop forever.
        first_page = request.target.split("&cursor=")[0]
        page = httpx2.get(sims.veryfront.base_url + first_page, headers={"Authorization": request.headers[
            "authorization"]}).json()
        page["page_info"]["next"] = "the-same-cursor"
        answer(conn, 200, page)

    with hostile_server(respond) as server:
        config = Config(**{**config_for(sims).values, "veryfront_url": server.base_url})
        error = timed(lambda: call(mode, config, "list", "veryfront", page_size=2))[1]
    assert isinstance(error, DecodeError), error
    assert server.count() <= 3


# -- concurrency never outruns the pool ------------------------------------------------------------------------------


def test_async_bulk_concurrency_is_capped_by_the_pool() -> None:
    refs = [JobRef("digitalocean", f"79ca9798-cf7d-11ef-bf8f-{i:012x}") for i in range(300)]

    def slow(request: RawRequest, conn: socket.socket) -> None:
        time.sleep(0.05)
        uuid = request.path.rstrip("/").split("/")[-2] if request.method == "PUT" else request.path.split("/")[-1]
        answer(conn, 200, {"job": {"uuid": uuid, "phase": "BATCH_JOB_PHASE_CANCELLED"}})

    with hostile_server(slow) as server:
        outcomes = call("async", do_config(server.base_url), "cancel_many", refs, concurrency=600,
                        max_connections=50, request_timeout=httpx2.Timeout(10.0, connect=2.0, pool=2.0))
    assert all(isinstance(o, Cancelled) for o in outcomes), [o for o in outcomes if not o.ok][:3]
    assert server.count("PUT") == 300


# -- safe by construction --------------------------------------------------------------------------------------------


@modes
def test_an_environment_proxy_never_sees_loopback_traffic(sims: Sims, mode: str, monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    with hostile_server(lambda r, c: answer(c, 502, {"message": "proxy"})) as proxy:
        for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY"):
            monkeypatch.setenv(name, proxy.base_url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        ref = sims.pick("digitalocean", ACTIVE)
        job = call(mode, config_for(sims), "get", ref)
    assert job.ref == ref
    assert proxy.count() == 0


@modes
def test_a_callers_redirect_following_client_does_not_forward_signatures(sims: Sims, mode: str) -> None:
    with hostile_server(lambda r, c: answer(c, 200, {})) as elsewhere:
        def redirect(request: RawRequest, conn: socket.socket) -> None:
            answer(conn, 302, None, {"Location": elsewhere.base_url + request.target})

        with hostile_server(redirect) as server:
            config = Config(**{**config_for(sims).values, "dispersed_url": server.base_url})
            ref = sims.pick("dispersed", ACTIVE)
            client: Any = (httpx2.Client if mode == "sync" else httpx2.AsyncClient)(follow_redirects=True)
            error = timed(lambda: call(mode, config, "get", ref, http_client=client, retry=ONCE))[1]
    assert isinstance(error, AnyjobError), error
    assert elsewhere.count() == 0
    assert server.count() == 1


def test_tokens_are_not_in_any_tracebacks_locals(sims: Sims) -> None:
    def respond(request: RawRequest, conn: socket.socket) -> None:
        answer(conn, 401, {"id": "unauthorized", "message": "no"})

    with hostile_server(respond) as server, Jobs(do_config(server.base_url), retry=ONCE) as jobs:
        try:
            jobs.get(DO_REF)
        except AnyjobError as exc:
            error = exc
    seen = []
    for frame, _ in traceback.walk_tb(error.__traceback__):
        if "anyjob" not in frame.f_code.co_filename:
            continue  # this test's own frames hold the server, which recorded the token it was sent
        for name, value in frame.f_locals.items():
            seen.append(f"{name}={value!r}")
    assert seen, "the traceback has frames with locals"
    assert not [text for text in seen if DIGITALOCEAN_TOKEN in text]


@modes
def test_vendor_text_cannot_drive_a_terminal(mode: str) -> None:
    evil = "\x1b]0;pwned\x07 gone\x1b[2J\r\x00"

    def respond(request: RawRequest, conn: socket.socket) -> None:
        answer(conn, 409, {"id": "conflict\x1b[31m", "message": evil, "request_id": "r\x07"})

    with hostile_server(respond) as server:
        error = timed(lambda: call(mode, do_config(server.base_url), "get", DO_REF, retry=ONCE))[1]
    assert isinstance(error, Conflict), error
    text = str(error)
    assert "gone" in text
    assert not [ch for ch in text if ord(ch) < 32 or 127 <= ord(ch) < 160], repr(text)


@modes
@pytest.mark.parametrize("value", ["0", "-5", "NaN", "inf", "Thu, 01 Jan 1970 00:00:00 GMT", "soon"])
def test_a_retry_after_that_is_not_a_positive_wait_falls_back_to_backoff(mode: str, value: str) -> None:
    def respond(request: RawRequest, conn: socket.socket) -> None:
        answer(conn, 503, {"message": "busy"}, {"Retry-After": value})

    with hostile_server(respond) as server:
        error = timed(lambda: call(mode, do_config(server.base_url), "get", DO_REF,
                                   retry=RetryPolicy(attempts=3, backoff=0.1, max_backoff=1)))[1]
    assert isinstance(error, ServerError), error
    gaps = [b - a for a, b in zip(server.times, server.times[1:], strict=False)]
    assert len(gaps) == 2
    assert gaps[0] >= 0.05 and gaps[1] >= 0.1, gaps  # half the backoff at least (jitter), doubling


# -- rate limits -----------------------------------------------------------------------------------------------------


@modes
def test_a_429_is_waited_out_not_failed(mode: str) -> None:
    refused = threading.Event()

    def respond(request: RawRequest, conn: socket.socket) -> None:
        if not refused.is_set():
            refused.set()
            answer(conn, 429, {"id": "too_many_requests", "message": "slow down"}, {"Retry-After": "1"})
            return
        answer(conn, 200, {"job": {"uuid": DO_REF.job_id, "phase": "BATCH_JOB_PHASE_RUNNING"}})

    with hostile_server(respond) as server:
        took, job = timed(lambda: call(mode, do_config(server.base_url), "get", DO_REF, retry=ONCE, timeout=5))
    assert not isinstance(job, Exception), job
    assert job.state is JobState.RUNNING
    assert 1 <= took < 1 + SLACK + 0.5


@modes
def test_a_rate_limit_past_the_deadline_fails_at_once(mode: str) -> None:
    def respond(request: RawRequest, conn: socket.socket) -> None:
        answer(conn, 429, {"id": "too_many_requests", "message": "slow down"}, {"Retry-After": "60"})

    with hostile_server(respond) as server:
        took, error = timed(lambda: call(mode, do_config(server.base_url), "get", DO_REF, timeout=3))
    assert isinstance(error, RequestTimeout | RateLimited), error
    assert took < 2  # neither the 60 s asked for nor the 3 s deadline
    assert server.count() == 1

