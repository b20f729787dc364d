"""What the sync and async drivers share: the client anyjob builds, and reading a body within a cap and a deadline.
No I/O here either: the drivers feed chunks in."""

from __future__ import annotations

import urllib.request
from typing import Any

import httpx2

from . import _wire
from ._engine import Send

# Loopback hosts never go through a proxy from the environment: the plain-http exemption for simulators must not
# send a bearer token to a proxy in clear text.
_LOOPBACK = ("http://127.0.0.1", "http://localhost", "http://[::1]")


def client_options(max_connections: int, transport: Any, transport_class: type[Any]) -> dict[str, Any]:
    limits = httpx2.Limits(max_connections=max_connections, max_keepalive_connections=max_connections)
    options: dict[str, Any] = {"limits": limits, "follow_redirects": False, "transport": transport}
    if transport is None and urllib.request.getproxies():  # httpx2 uses a custom transport as it is: no proxies
        # Plain http only: no TLS to verify, so no certificate store to load for this transport.
        direct = transport_class(limits=limits, verify=False)
        options["mounts"] = dict.fromkeys(_LOOPBACK, direct)
    return options


def request_arguments(send: Send) -> dict[str, Any]:
    call = send.call
    arguments: dict[str, Any] = {"method": call.method, "url": send.where.base_url + call.url,
                                 "headers": call.headers or None, "timeout": send.timeout}
    if call.params:
        arguments["params"] = call.params
    if call.json is not None:
        arguments["json"] = call.json
    return arguments


class BodyReader:
    """Collects a streamed body, refusing one larger than `cap` (before reading it, when Content-Length says so) and
    giving up once the call's deadline has passed between two chunks."""

    def __init__(self, send: Send, response: httpx2.Response, cap: int, clock: Any) -> None:
        self._send, self._status, self._cap, self._clock = send, response.status_code, cap, clock
        self._chunks: list[bytes] = []
        self._size = 0
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap and "content-encoding" not in response.headers:
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
        return b"".join(self._chunks)

    def _too_large(self) -> Exception:
        return _wire.too_large(self._send.where, self._send.ref, self._status, self._cap)
