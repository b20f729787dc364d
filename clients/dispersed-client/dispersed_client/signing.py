"""HMAC-SHA256 request signing for the Dispersed Compute API (hand-written; regeneration keeps this file).

Dispersed has no bearer tokens: every request carries ``X-API-Key``, ``X-Time`` (Unix milliseconds), ``X-Nonce``
(32 lowercase hex characters, new per request) and ``X-Signature``, the lowercase hex HMAC-SHA256, keyed with the
secret key, of the canonical string::

    publicKey|timestamp|nonce|METHOD|pathname|queryString|bodySha256

Use it as the httpx2 auth of the generated client::

    from dispersed_client import Client
    from dispersed_client.signing import DispersedAuth

    client = Client(base_url="https://api.dispersed.com", httpx_args={"auth": DispersedAuth.from_env()})

``queryString`` is what the vendor's own example computes: Python's ``urllib.parse.urlencode`` over the query's
(key, value) pairs sorted by key, then value (so the values of a repeated key are sorted too). That is form encoding:
a space becomes ``+``, a literal ``+`` becomes ``%2B``, ``filter[status]=PENDING,RUNNING`` becomes
``filter%5Bstatus%5D=PENDING%2CRUNNING``, non-ASCII is UTF-8 percent-encoded, a key without a value signs as ``key=``,
and no query at all signs as the empty string.

Choices where the vendor's documentation is silent (see specs/dispersed.yaml):

- ``pathname`` is the path exactly as sent, still percent-encoded, without the query (the vendor's example only ever
  passes paths that need no encoding, such as ``/v1/jobs/{uuid}/cancel``).
- The pairs are sorted after decoding (what ``url.params`` holds), as the vendor's example sorts the pairs it is about
  to encode.
- A JSON body is re-serialised with keys sorted recursively, no whitespace and non-ASCII escaped; those canonical bytes
  are what is signed and also what is sent. A body that is not JSON is signed and sent unchanged.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import time
from collections.abc import Callable, Generator
from urllib.parse import urlencode

import httpx2
__all__ = ["DispersedAuth", "canonical_body", "canonical_query", "canonical_string"]


def canonical_body(content: bytes) -> bytes:
    """The bytes to sign and send for a request body: canonical compact sorted-key JSON, or `content` unchanged."""
    if not content:
        return b""
    try:
        data = json.loads(content)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return content
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def canonical_query(url: httpx2.URL) -> str:
    """The signed form of `url`'s query: its decoded pairs, sorted, form-encoded by ``urlencode`` (space -> ``+``)."""
    # url.params decodes with form semantics too (``+`` and ``%20`` are both a space), so what is signed does not depend
    # on how the query happened to be spelled in the URL.
    return urlencode(sorted(url.params.multi_items()))


def canonical_string(public_key: str, timestamp_ms: int, nonce: str, request: httpx2.Request, body: bytes) -> str:
    """The string whose HMAC is the signature of `request` sent with `body`."""
    pathname = request.url.raw_path.split(b"?", 1)[0].decode("ascii")
    body_sha256 = hashlib.sha256(body).hexdigest()
    return "|".join(
        (public_key, str(timestamp_ms), nonce, request.method.upper(), pathname, canonical_query(request.url), body_sha256)
    )


class DispersedAuth(httpx2.Auth):
    """Signs every request with a Dispersed key pair. The secret key never appears in its repr."""

    requires_request_body = True

    def __init__(
        self,
        public_key: str,
        secret_key: str,
        *,
        clock: Callable[[], float] = time.time,
        nonce_factory: Callable[[], str] = lambda: secrets.token_hex(16),
    ) -> None:
        if not public_key or not secret_key:
            raise ValueError("DispersedAuth needs both a public key and a secret key")
        self.public_key = public_key
        self._secret_key = secret_key.encode("utf-8")
        self._clock = clock
        self._nonce_factory = nonce_factory

    @classmethod
    def from_env(cls) -> DispersedAuth:
        """Keys from ``DISPERSED_PUBLIC_KEY`` / ``DISPERSED_SECRET_KEY``, else the vendor's ``ZER_PUBLIC_KEY`` /
        ``ZER_SECRET_KEY``."""
        public = os.environ.get("DISPERSED_PUBLIC_KEY") or os.environ.get("ZER_PUBLIC_KEY")
        secret = os.environ.get("DISPERSED_SECRET_KEY") or os.environ.get("ZER_SECRET_KEY")
        if not public or not secret:
            raise ValueError("set DISPERSED_PUBLIC_KEY and DISPERSED_SECRET_KEY (or ZER_PUBLIC_KEY and ZER_SECRET_KEY)")
        return cls(public, secret)

    def __repr__(self) -> str:
        return f"DispersedAuth(public_key={self.public_key!r}, secret_key=<hidden>)"

    def sign(self, request: httpx2.Request) -> httpx2.Request:
        """A copy of `request` with its body canonicalised and the four signing headers set."""
        body = canonical_body(request.content)
        timestamp_ms = int(self._clock() * 1000)
        nonce = self._nonce_factory()
        message = canonical_string(self.public_key, timestamp_ms, nonce, request, body)
        signature = hmac.new(self._secret_key, message.encode("utf-8"), hashlib.sha256).hexdigest()
        headers = httpx2.Headers(request.headers)
        headers.pop("Content-Length", None)
        headers.update(
            {"X-API-Key": self.public_key, "X-Time": str(timestamp_ms), "X-Nonce": nonce, "X-Signature": signature}
        )
        if body and "Content-Type" not in headers:
            headers["Content-Type"] = "application/json"
        return httpx2.Request(
            request.method, request.url, headers=headers, content=body, extensions=request.extensions
        )

    def auth_flow(self, request: httpx2.Request) -> Generator[httpx2.Request, httpx2.Response, None]:
        yield self.sign(request)
