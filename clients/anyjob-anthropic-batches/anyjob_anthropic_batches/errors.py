# Generated from specs/anthropic.yaml by openapi-python-client 0.29.1 (`nox -s generate`, see codegen.toml). Do not edit by hand.
"""The errors this client raises while reading a response.

One small hierarchy, all under `ClientError`; each carries the HTTP status (an `int`), the response's content type and a
short excerpt of its body (whitespace collapsed, at most 200 characters, the client's token, header and cookie values
replaced by `<hidden>`). The raw body stays available as `.content`, and `*_detailed` functions return it too.

- `UnexpectedStatus`: a status the spec does not document, raised only when `raise_on_unexpected_status=True`.
- `UndecodableResponse`: the body cannot be read as the spec documents it: not JSON (an HTML error page, a truncated or
  empty body), not UTF-8, nested too deeply, or not decodable as its `Content-Encoding` says.
- `ResponseValidationError`: the body is JSON but not of the documented shape; `.path` is where (a JSON path such as
  `$.job.total_tokens`) and `.expected` what the spec wants there.

Network failures are not response errors: they stay httpx's own (`httpx2.TimeoutException`, `httpx2.ConnectError`, ...,
all `httpx2.TransportError`).
"""

import re
from collections.abc import Iterable

_SPACE = re.compile(rb"\s+")
EXCERPT_LENGTH = 200


def redact(text: str, secrets: Iterable[str]) -> str:
    """`text` with every secret replaced by `<hidden>` (longest first, so no part of a longer one is left behind)."""
    for secret in sorted({s for s in secrets if s}, key=len, reverse=True):
        text = text.replace(secret, "<hidden>")
    return text


def excerpt(content: bytes, secrets: Iterable[str] = (), size: int = EXCERPT_LENGTH) -> str:
    """A short, single-line, secret-free excerpt of a response body."""
    # Redact before cutting: a secret straddling the cut would otherwise leave its first characters behind.
    text = redact(_SPACE.sub(b" ", content[: size + 4096]).decode("utf-8", errors="replace").strip(), secrets)
    return text if len(text) <= size else text[: size - 3] + "..."


class ClientError(Exception):
    """A response this client could not turn into what the spec documents."""

    def __init__(self, problem: str, *, status_code: int, content_type: str | None, excerpt: str, content: bytes):
        self.problem = problem
        self.status_code = status_code
        self.content_type = content_type
        self.excerpt = excerpt
        self.content = content
        body = f"{content_type or 'no content type'}, {len(content)} bytes"
        super().__init__(
            f"HTTP {status_code}: {problem} ({body}: {excerpt!r})"
            if content
            else f"HTTP {status_code}: {problem} ({body})"
        )


class UnexpectedStatus(ClientError):
    """A status the spec does not document (raised only when `raise_on_unexpected_status=True`)."""


class UndecodableResponse(ClientError):
    """The body cannot be read as the spec documents it (not JSON, not UTF-8, too deep, or a bad Content-Encoding)."""


class ResponseValidationError(ClientError):
    """The body is JSON but not of the shape the spec documents; `path` says where, `expected` what was expected."""

    def __init__(
        self,
        problem: str,
        *,
        path: str,
        expected: str,
        status_code: int,
        content_type: str | None,
        excerpt: str,
        content: bytes,
    ):
        self.path = path
        self.expected = expected
        super().__init__(problem, status_code=status_code, content_type=content_type, excerpt=excerpt, content=content)


__all__ = ["ClientError", "ResponseValidationError", "UndecodableResponse", "UnexpectedStatus", "excerpt", "redact"]
