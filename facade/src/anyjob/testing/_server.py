"""Serving an ASGI app with uvicorn on a loopback port, from a background thread."""

from __future__ import annotations

import logging
import socket
import threading
import time
from typing import Any

import uvicorn


class _HideSimulatedDrops(logging.Filter):
    """uvicorn logs a dropped-connection fault as an application error; it is the point of the fault."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not (isinstance(exc, RuntimeError) and "Content-Length" in str(exc))


logging.getLogger("uvicorn.error").addFilter(_HideSimulatedDrops())


class ServerThread:
    """uvicorn serving `app` on `host:port` (port 0 = an ephemeral one) until `stop()`."""

    def __init__(self, app: Any, host: str = "127.0.0.1", port: int = 0) -> None:
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            self._socket.bind((host, port))
        except BaseException:  # a busy port: the caller reports it; do not leak the socket meanwhile
            self._socket.close()
            raise
        self.host, self.port = self._socket.getsockname()[:2]
        config = uvicorn.Config(app, log_level="error", access_log=False, lifespan="off", timeout_keep_alive=30)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, name=f"anyjob-sim-{self.port}", daemon=True
        )

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self, timeout: float = 10.0) -> None:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the simulator server did not start on {self.base_url}")
            time.sleep(0.005)

    def stop(self, timeout: float = 10.0) -> None:
        self._server.should_exit = True
        self._thread.join(timeout)
        self._socket.close()
