"""A loopback HTTP server (127.0.0.1, ephemeral port) that answers every request with canned raw bytes: any status,
any headers, any body — what a misbehaving vendor, proxy or CDN sends."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Canned:
    status: int
    body: bytes = b""
    headers: list[tuple[str, str]] = field(default_factory=list)
    stall: bool = False  # accept the request, then never answer


@dataclass
class HostileServer:
    base_url: str
    answer: Canned
    paths: list[str] = field(default_factory=list)


@contextmanager
def hostile_server(answer: Canned) -> Iterator[HostileServer]:
    stop = threading.Event()
    state: HostileServer

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            state.paths.append(self.path)
            canned = state.answer
            if canned.stall:
                stop.wait(10)
                return
            # send_response_only: no Server/Date headers, and any status code (499, 520) with an empty reason
            self.send_response_only(canned.status, "")
            for name, value in canned.headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(canned.body)))
            self.end_headers()
            self.wfile.write(canned.body)

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _handle

        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    host, port = httpd.server_address[:2]
    state = HostileServer(base_url=f"http://{host}:{port}", answer=answer)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        stop.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)

