"""A hostile HTTP server on 127.0.0.1 (ephemeral port): each test writes the raw bytes it answers with.

The handler gets the parsed request and the socket, and may drip, stall, lie in its headers, truncate, or drop the
connection; `Connection: close` after every answer keeps the protocol simple. Every request is recorded, and so is
the number of body bytes a handler managed to write before the client went away.
"""

from __future__ import annotations

import gzip
import json
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class RawRequest:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]


Handler = Callable[[RawRequest, socket.socket], None]


@dataclass
class HostileServer:
    base_url: str
    requests: list[RawRequest] = field(default_factory=list)
    times: list[float] = field(default_factory=list)
    bytes_written: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def count(self, method: str | None = None, contains: str = "") -> int:
        with self.lock:
            return sum(1 for r in self.requests if (method is None or r.method == method) and contains in r.target)


def _read_request(conn: socket.socket) -> RawRequest | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    length = int(headers.get("content-length", "0"))
    while len(rest) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        rest += chunk
    return RawRequest(method, target, headers, rest[:length])


@contextmanager
def hostile_server(handler: Handler) -> Iterator[HostileServer]:
    """Serve `handler` on a fresh loopback port until the block ends."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(1024)
    port = listener.getsockname()[1]
    state = HostileServer(base_url=f"http://127.0.0.1:{port}")
    stopping = threading.Event()

    def serve(conn: socket.socket) -> None:
        with conn:
            try:
                request = _read_request(conn)
                if request is None:
                    return
                with state.lock:
                    state.requests.append(request)
                    state.times.append(time.monotonic())
                handler(request, conn)
            except OSError:
                pass  # the client hung up: what several of these tests want

    listener.settimeout(0.05)  # closing a socket does not wake a thread blocked in accept(): poll instead

    def accept() -> None:
        while not stopping.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(None)
            threading.Thread(target=serve, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        stopping.set()
        thread.join(timeout=5)
        listener.close()


def head(status: int, headers: dict[str, str] | None = None, *, length: int | None = None) -> bytes:
    lines = [f"HTTP/1.1 {status} Whatever", "Connection: close"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    if length is not None:
        lines.append(f"Content-Length: {length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def answer(conn: socket.socket, status: int, body: Any = None, headers: dict[str, str] | None = None,
           raw: bytes | None = None) -> None:
    """A whole, honest answer: JSON `body` (or `raw` bytes)."""
    payload = raw if raw is not None else (b"" if body is None else json.dumps(body).encode())
    extra = {"Content-Type": "application/json", **(headers or {})}
    conn.sendall(head(status, extra, length=len(payload)) + payload)


def drip(conn: socket.socket, status: int, payload: bytes, every: float) -> None:
    """Headers at once, then the body one byte every `every` seconds."""
    conn.sendall(head(status, {"Content-Type": "application/json"}, length=len(payload)))
    for byte in payload:
        time.sleep(every)
        conn.sendall(bytes([byte]))


def flood(state: HostileServer, conn: socket.socket, total: int, chunk: int = 1 << 20,
          headers: dict[str, str] | None = None, declare: bool = True) -> None:
    """`total` bytes of a JSON string, as fast as the client takes them; `state.bytes_written` counts what left."""
    conn.sendall(head(200, {"Content-Type": "application/json", **(headers or {})},
                      length=total if declare else None))
    piece = b"[" + b"1," * (chunk // 2 - 1) + b"1"
    sent = 0
    while sent < total:
        conn.sendall(piece)
        sent += len(piece)
        with state.lock:
            state.bytes_written += len(piece)


def garbage_gzip() -> bytes:
    return b"\x1f\x8b\x08\x00this is not a gzip stream at all" * 4


def nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


def gzip_json(value: Any) -> bytes:
    return gzip.compress(json.dumps(value).encode())


def job_body(uuid: str, status: str) -> dict[str, Any]:
    """A Dispersed job as the spec describes it (specs/dispersed.yaml)."""
    return {"uuid": uuid, "status": status, "created_at": "2026-01-01T00:00:00Z", "name": "hostile"}


def statuses(seq: Iterable[int]) -> Iterator[int]:
    yield from seq
