"""From bytes on the wire to a JSON body or a typed error: the one error boundary both drivers share. No I/O.

The drivers hand over what they read (`Reply`) or the httpx2 exception they caught; everything that can go wrong in
reading a response (status, encoding, JSON, nesting depth, size) becomes an `AnyjobError` here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import httpx2

from ._errors import (
    AnyjobError,
    ApiError,
    BadRequest,
    Conflict,
    DecodeError,
    Forbidden,
    NotFound,
    RateLimited,
    RequestTimeout,
    ServerError,
    TransportError,
    Unauthorized,
)
from ._value import Value

if TYPE_CHECKING:
    from ._config import Endpoint
    from ._refs import JobRef

_ERRORS: dict[int, type[ApiError]] = {
    400: BadRequest, 401: Unauthorized, 403: Forbidden, 404: NotFound, 408: ServerError, 409: Conflict,
    422: BadRequest, 429: RateLimited,
}
_SPACE = re.compile(r"\s+")
_TOO_DEEP = "JSON nested too deeply"


class Headers(dict[str, str]):
    """A response's headers, read once: lowercase names (a name sent twice has its values joined with ", ", as
    `httpx2.Headers` does), looked up by any case. A plain dict underneath, so each lookup costs one hash instead of
    a scan of every header."""

    __slots__ = ()

    @classmethod
    def of(cls, raw: Iterable[tuple[bytes, bytes]]) -> Headers:
        """From `httpx2.Headers.raw` (or any sequence of (name, value) bytes pairs)."""
        pairs = raw if isinstance(raw, list) else list(raw)
        headers = cls({name.lower().decode("latin-1"): value.decode("latin-1") for name, value in pairs})
        if len(headers) < len(pairs):  # a name sent twice: join its values, in order
            joined: dict[str, list[str]] = {}
            for name, value in pairs:
                joined.setdefault(name.lower().decode("latin-1"), []).append(value.decode("latin-1"))
            headers = cls((name, ", ".join(values)) for name, values in joined.items())
        return headers

    def get(self, key: str, default: Any = None) -> Any:
        return dict.get(self, key.lower(), default)

    def __getitem__(self, key: str) -> str:
        return dict.__getitem__(self, key.lower())

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, key.lower() if isinstance(key, str) else key)


class Reply:
    """A whole response as a driver read it: status, headers, the (decompressed) body. (A plain slotted class, not
    a Value: one is made per request.)"""

    __slots__ = ("content", "headers", "status")

    def __init__(self, status: int, headers: Headers, content: bytes) -> None:
        self.status, self.headers, self.content = status, headers, content

    def __repr__(self) -> str:
        return f"Reply({self.status}, {len(self.content)} bytes)"


class Redactor(Value):
    """Hides credentials in text that quotes a vendor (a misdirected URL may echo them back)."""

    __slots__ = ("secrets",)
    _hidden = ("secrets",)
    secrets: tuple[str, ...]

    def __init__(self, secrets: tuple[str, ...]) -> None:
        object.__setattr__(self, "secrets", secrets)

    def __call__(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "<hidden>")
        return text

    def excerpt(self, content: bytes, size: int = 160) -> str:
        # Redact before cutting: a secret straddling the cut would otherwise leave its first characters behind.
        text = self(_SPACE.sub(" ", content[: size + 4096].decode("utf-8", errors="replace")).strip())
        return text[:size]


def load_json(content: bytes) -> Any:
    """JSON, or ValueError for anything that is not (bad UTF-8, bad syntax, nesting too deep for the parser)."""
    # The parser refuses nesting deeper than the interpreter's recursion limit allows (RecursionError). A body that
    # parses may still nest a few hundred levels: the plugins read only its top levels, and every repr of a body is
    # made safe against RecursionError (`_errors.short_repr`). (Counting the brackets of every body first,
    # to refuse such bodies whatever the stack, cost about 1.5% of a whole get: two scans of each body.)
    try:
        return json.loads(content)
    except RecursionError:
        raise ValueError(_TOO_DEEP) from None


def body(where: Endpoint, ref: JobRef | None, reply: Reply, redact: Redactor, now: float) -> Any:
    """The JSON body of a success response (None when empty), or the typed error the response stands for."""
    vendor, status, host = where.plugin.name, reply.status, where.host
    if 200 <= status < 300:
        content = reply.content
        if not content or content.isspace():
            return None
        try:
            return load_json(content)
        except ValueError as exc:
            deep = str(exc) == _TOO_DEEP
            kind = "HTML" if reply.content.lstrip()[:1] == b"<" else (_TOO_DEEP if deep else "malformed JSON")
            raise DecodeError(vendor, status, redact(kind), redact.excerpt(reply.content), ref=ref,
                              host=host) from None
    try:
        payload = load_json(reply.content) if reply.content.strip() else None
    except ValueError:
        payload = None
    info = where.plugin.error(payload) if payload is not None else None
    message = redact(info.message) if info else (
        f"non-JSON error body: {redact.excerpt(reply.content)}" if reply.content.strip() else "empty error body")
    dialect = where.plugin.rate_limits
    request_id = (info.request_id if info else None) or reply.headers.get(where.plugin.request_id_header)
    cls = _ERRORS.get(status, ServerError if status >= 500 else ApiError)
    wait = dialect.retry_after(reply.headers, now) if cls in (RateLimited, ServerError) else None
    if cls is RateLimited and wait is None:
        budget = dialect.budget(reply.headers, now)
        wait = budget.reset_in if budget.remaining == 0 and budget.reset_in else None  # out of budget until the reset
    raise cls(vendor, status, message, code=info.code if info else None, request_id=request_id, ref=ref, host=host,
              retry_after=wait)


def from_httpx(where: Endpoint, ref: JobRef | None, exc: httpx2.HTTPError, redact: Redactor,
               timeouts: httpx2.Timeout) -> AnyjobError:
    """The AnyjobError for an exception httpx2 raised while sending or reading."""
    vendor, host = where.plugin.name, where.host
    problem = redact(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)
    if isinstance(exc, httpx2.TimeoutException):
        phase = {httpx2.ConnectTimeout: "connect", httpx2.WriteTimeout: "write", httpx2.PoolTimeout: "pool"}
        timeout = getattr(timeouts, phase.get(type(exc), "read"))
        after = f" after {timeout:g}s" if timeout is not None else ""
        return RequestTimeout(vendor, f"{problem}{after}", ref=ref, host=host, timeout=timeout)
    if isinstance(exc, httpx2.DecodingError):
        return DecodeError(vendor, 200, f"the body's Content-Encoding does not decode ({problem})", "", ref=ref,
                           host=host)
    return TransportError(vendor, problem, ref=ref, host=host)


def too_large(where: Endpoint, ref: JobRef | None, status: int, cap: int) -> DecodeError:
    return DecodeError(where.plugin.name, status, f"the body is larger than max_body_size ({cap:,} bytes); "
                       "the rest was not read", "", ref=ref, host=where.host)


def deadline_passed(where: Endpoint, ref: JobRef | None, timeout: float | None, doing: str) -> RequestTimeout:
    """The call's own deadline (`timeout=`) ran out while `doing`."""
    after = f"{timeout:g}s" if timeout is not None else "its"
    return RequestTimeout(where.plugin.name, f"the call's deadline ({after}) passed while {doing}", ref=ref,
                          host=where.host, timeout=timeout)


def never_sent(error: BaseException) -> bool:
    """Whether the request that failed with `error` certainly did not reach the vendor's application."""
    if isinstance(error, RateLimited):
        return True
    if isinstance(error, ApiError):
        return 400 <= error.status < 500 and error.status != 408
    cause = error.__cause__ if isinstance(error, TransportError) else error
    return isinstance(cause, httpx2.ConnectError | httpx2.ConnectTimeout | httpx2.PoolTimeout)
