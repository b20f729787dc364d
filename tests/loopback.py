"""A real HTTP server on 127.0.0.1 (ephemeral port) that records what it receives and answers with canned JSON.

Enough for the client tests of the pipeline issue; the vendor simulators (anyjob.testing) replace it where behaviour
matters.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class ReceivedRequest:
    method: str
    raw_path: str  # path and query exactly as they arrived on the wire
    headers: dict[str, str]
    body: bytes


Responder = Callable[[ReceivedRequest], tuple[int, Any]]


@dataclass
class RecordingServer:
    base_url: str
    requests: list[ReceivedRequest] = field(default_factory=list)


@contextmanager
def recording_server(respond: Responder) -> Iterator[RecordingServer]:
    """Serve `respond` (request -> (status, JSON-able body or None)) until the block ends."""
    lock = threading.Lock()
    server_state: RecordingServer

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            request = ReceivedRequest(
                method=self.command,
                raw_path=self.path,
                headers={k.lower(): v for k, v in self.headers.items()},
                body=self.rfile.read(length) if length else b"",
            )
            with lock:
                server_state.requests.append(request)
            status, body = respond(request)
            payload = b"" if body is None else json.dumps(body).encode()
            self.send_response(status)
            if body is not None:
                self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _handle

        def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    host, port = httpd.server_address[:2]
    server_state = RecordingServer(base_url=f"http://{host}:{port}")
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield server_state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
