"""What the sync and async drivers share: the client anyjob builds, reading a body within a cap and a deadline, and
the sync driver's deadline on every socket read. No I/O of its own: the drivers feed chunks in, and the network
backend only bounds the reads httpcore2 makes."""

from __future__ import annotations

import contextvars
import time
import urllib.request
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import httpx2

from . import _wire
from ._engine import Send

if TYPE_CHECKING:
    import httpcore2

# Loopback hosts never go through a proxy from the environment: the plain-http exemption for simulators must not
# send a bearer token to a proxy in clear text.
_LOOPBACK = ("http://127.0.0.1", "http://localhost", "http://[::1]")


def build_client(max_connections: int, transport: Any, client_class: type[Any], transport_class: type[Any]
                 ) -> tuple[Any, Any]:
    """The httpx2 client anyjob builds when the caller gives none, and the transport anyjob built for it, to which
    requests are handed directly (None: a `transport` the caller gave, or proxies from the environment, whose mounts
    the client chooses per URL; requests then go through the client's `send`).

    Handing a built request to the transport is what `Client.send(stream=True)` ends in; on the way it merges
    cookies from every response into the client's jar, wraps the stream to time it, logs and runs event hooks. A
    client anyjob built has no hooks, and job APIs authenticate by header, so anyjob skips that part: about a tenth
    of a get's instructions (benchmarks/instructions.py). anyjob's own client therefore keeps no cookies. The drivers
    also read a body from such a transport's stream as it gives it, without `iter_bytes`'s chunking and bookkeeping,
    unless it has a Content-Encoding to decode."""
    limits = httpx2.Limits(max_connections=max_connections, max_keepalive_connections=max_connections)
    options: dict[str, Any] = {"limits": limits, "follow_redirects": False}
    if transport is None and urllib.request.getproxies():  # httpx2 uses a custom transport as it is: no proxies
        # Plain http only: no TLS to verify, so no certificate store to load for this transport.
        direct = transport_class(limits=limits, verify=False)
        return client_class(**options, mounts=dict.fromkeys(_LOOPBACK, direct)), None
    if transport is not None:
        return client_class(**options, transport=transport), None
    built = transport_class(limits=limits)
    return client_class(**options, transport=built), built


def closed_client() -> RuntimeError:
    return RuntimeError("Cannot send a request, as the client has been closed.")  # httpx2's words, for the same case


class BodyReader:
    """Collects a streamed body, refusing one larger than `cap` (before reading it, when Content-Length says so) and
    giving up once the call's deadline has passed between two chunks."""

    __slots__ = ("_cap", "_chunks", "_clock", "_send", "_size", "_status")

    def __init__(self, send: Send, status: int, headers: _wire.Headers, cap: int, clock: Callable[[], float]) -> None:
        self._send, self._status, self._cap, self._clock = send, status, cap, clock
        self._chunks: list[bytes] = []
        self._size = 0
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap and "content-encoding" not in headers:
            raise self._too_large()

    def feed(self, chunk: bytes) -> None:
        self._size += len(chunk)
        if self._size > self._cap:
            raise self._too_large()
        self._chunks.append(chunk)
        deadline = self._send.deadline
        if deadline.at is not None and self._clock() >= deadline.at:
            raise _wire.deadline_passed(self._send.where, self._send.ref, deadline.timeout, "reading the body")

    def content(self) -> bytes:
        chunks = self._chunks
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)

    def _too_large(self) -> Exception:
        return _wire.too_large(self._send.where, self._send.ref, self._status, self._cap)


# -- the sync driver's deadline on every read ----------------------------------------------------------------------
#
# A sync call's deadline is checked between body chunks; a server that drips its status line and headers a byte at a
# time would get past that check, since each socket read gets the full per-request read timeout afresh. The async
# driver has asyncio.timeout around the whole exchange; the sync driver has this: the sockets of the clients anyjob
# builds read through `DeadlineBackend`, which caps every read, write and connect at what is left of the deadline of
# the call running on this thread (a context variable the sync driver sets around each exchange).

#: (deadline on `clock`, clock) of the exchange running in this context; None outside one or without a deadline.
CURRENT_DEADLINE: contextvars.ContextVar[tuple[float, Callable[[], float]] | None] = contextvars.ContextVar(
    "anyjob_deadline", default=None)


def _left(timeout: float | None, what: str) -> float | None:
    """`timeout`, capped at what is left of the current call's deadline; httpcore2's `what` timeout error (which
    httpx2 turns into its own) once nothing is left."""
    current = CURRENT_DEADLINE.get()
    if current is None:
        return timeout
    at, clock = current
    left = at - clock()
    if left <= 0:
        import httpcore2

        raise getattr(httpcore2, what)("the call's deadline passed")
    return left if timeout is None or left < timeout else timeout


# Both classes follow httpcore2's NetworkStream / NetworkBackend interfaces without subclassing them, so that
# `import anyjob` does not load httpcore2 (httpx2 loads it when the first client is made).


class DeadlineStream:
    """A network stream whose every read and write ends by the call's deadline."""

    __slots__ = ("_stream",)

    def __init__(self, stream: httpcore2.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _left(timeout, "ReadTimeout"))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _left(timeout, "WriteTimeout"))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None,
                  timeout: float | None = None) -> DeadlineStream:
        return DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, _left(timeout, "ConnectTimeout")))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class DeadlineBackend:
    """Wraps httpcore2's sync backend: every stream it opens bounds each operation by the call's deadline."""

    def __init__(self, backend: httpcore2.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> DeadlineStream:
        return DeadlineStream(self._backend.connect_tcp(host, port, _left(timeout, "ConnectTimeout"), local_address,
                                                        socket_options))

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable[Any] | None = None) -> DeadlineStream:
        return DeadlineStream(self._backend.connect_unix_socket(path, _left(timeout, "ConnectTimeout"),
                                                                socket_options))

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


def guard_reads(client: httpx2.Client) -> bool:
    """Give every connection pool of a client anyjob built (its transport, and the proxy transports httpx2 mounted
    from the environment) the `DeadlineBackend`. httpx2 has no public way to hand a network backend to the transports
    it builds, so this reaches into them; True when every pool was reached (tests/facade/test_header_drip.py fails
    when an httpx2 release moves them)."""
    transports = [getattr(client, "_transport", None), *getattr(client, "_mounts", {}).values()]
    reached = True
    for transport in transports:
        if transport is None:
            continue
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if backend is None:
            reached = False
            continue
        if not isinstance(backend, DeadlineBackend):
            pool._network_backend = DeadlineBackend(backend)  # type: ignore[union-attr]
    return reached
