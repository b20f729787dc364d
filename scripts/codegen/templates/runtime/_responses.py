"""Reading responses: the body as sent (whatever its Content-Encoding), JSON decoding, the opt-in strict validation
against the spec's response schemas (`_response_schemas.py`), and the `Response` every endpoint returns.

Copied into each generated client by anyjob's pipeline (scripts/codegen/templates/runtime/_responses.py); every
endpoint module calls it, so no response, however broken, escapes as anything but an `errors.ClientError`.
"""

from __future__ import annotations

import datetime
import json
import re
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, TypeVar

import httpx

from . import errors
from ._response_schemas import DEFINITIONS, RESPONSES
from .client import AuthenticatedClient, Client
from .types import Response

T = TypeVar("T")

# Set on a response whose body could not be decoded as its Content-Encoding says; the value says why.
UNDECODABLE = "undecodable_body"


# --- sending --------------------------------------------------------------------------------------------------------


class _WholeBody(httpx.SyncByteStream):
    """Reads the whole raw body before httpx decodes it, so the raw bytes survive a failed decode."""

    def __init__(self, stream: httpx.SyncByteStream) -> None:
        self._stream = stream
        self.raw = b""

    def __iter__(self) -> Iterator[bytes]:
        self.raw = b"".join(self._stream)
        yield self.raw

    def close(self) -> None:
        self._stream.close()


class _AsyncWholeBody(httpx.AsyncByteStream):
    def __init__(self, stream: httpx.AsyncByteStream) -> None:
        self._stream = stream
        self.raw = b""

    async def __aiter__(self) -> AsyncIterator[bytes]:
        self.raw = b"".join([chunk async for chunk in self._stream])
        yield self.raw

    async def aclose(self) -> None:
        await self._stream.aclose()


def _undecodable(response: httpx.Response, raw: bytes, exc: httpx.DecodingError) -> httpx.Response:
    """The response with its raw body, for a body that is not what its Content-Encoding says."""
    encoding = response.headers.get("content-encoding", "")
    dropped = ("content-encoding", "content-length")
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in dropped]
    why = f"the body is not valid {encoding} (Content-Encoding): {exc}"
    return httpx.Response(
        response.status_code, headers=headers, content=raw, request=response.request, extensions={UNDECODABLE: why}
    )


def send(client: AuthenticatedClient | Client, kwargs: dict[str, Any]) -> httpx.Response:
    """Send the request and read the whole response; a body that fails its Content-Encoding is kept raw."""
    http = client.get_httpx_client()
    response = http.send(http.build_request(**kwargs), stream=True)
    body = _WholeBody(response.stream)  # type: ignore[arg-type]  # a sync client's stream is a SyncByteStream
    response.stream = body
    try:
        response.read()
        return response
    except httpx.DecodingError as exc:
        return _undecodable(response, body.raw, exc)
    finally:
        response.close()


async def send_async(client: AuthenticatedClient | Client, kwargs: dict[str, Any]) -> httpx.Response:
    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs), stream=True)
    body = _AsyncWholeBody(response.stream)  # type: ignore[arg-type]  # an async client's stream is an AsyncByteStream
    response.stream = body
    try:
        await response.aread()
        return response
    except httpx.DecodingError as exc:
        return _undecodable(response, body.raw, exc)
    finally:
        await response.aclose()


# --- reading ----------------------------------------------------------------------------------------------------------


def _facts(client: AuthenticatedClient | Client, response: httpx.Response) -> dict[str, Any]:
    content = response.content
    return {
        "status_code": response.status_code,
        "content_type": response.headers.get("content-type"),
        "excerpt": errors.excerpt(content, client.secrets()),
        "content": content,
    }


def unexpected_status(client: AuthenticatedClient | Client, response: httpx.Response) -> errors.UnexpectedStatus:
    return errors.UnexpectedStatus("the spec documents no response for this status", **_facts(client, response))


def json_body(client: AuthenticatedClient | Client, response: httpx.Response, operation: str, status: str) -> Any:
    """The decoded JSON body of `response`, checked against the spec's schema for (`operation`, `status`) when the
    client validates strictly and the status is 2xx."""
    why = response.extensions.get(UNDECODABLE)
    if why is not None:
        raise errors.UndecodableResponse(why, **_facts(client, response))
    content = response.content
    try:
        data = json.loads(content)
    except UnicodeDecodeError:
        raise errors.UndecodableResponse("the body is not UTF-8 JSON", **_facts(client, response)) from None
    except ValueError as exc:
        kind = "an empty body" if not content.strip() else "not JSON" if content.lstrip()[:1] != b"<" else "HTML"
        problem = f"expected a JSON body, got {kind}" + (f" ({exc})" if kind == "not JSON" else "")
        raise errors.UndecodableResponse(problem, **_facts(client, response)) from None
    except RecursionError:
        raise errors.UndecodableResponse("the JSON body is nested too deeply", **_facts(client, response)) from None
    if client.strict_response_validation and 200 <= response.status_code < 300:
        schema = RESPONSES.get((operation, status))
        if schema is not None:
            try:
                check(data, schema, "$")
            except Mismatch as exc:
                raise errors.ResponseValidationError(
                    f"the body does not match the spec at {exc.path}: expected {exc.expected}, got {exc.got}",
                    path=exc.path,
                    expected=exc.expected,
                    **_facts(client, response),
                ) from None
    return data


def build_response(
    client: AuthenticatedClient | Client, response: httpx.Response, parse: Callable[..., T | None]
) -> Response[T]:
    """The `Response` for `response`: `parsed` when the body parses as documented, else `problem` says why."""
    parsed: T | None = None
    problem: errors.ClientError | None = None
    try:
        parsed = parse(client=client, response=response)
    except errors.UnexpectedStatus:
        raise  # only with raise_on_unexpected_status=True, as the client's docstring says
    except errors.ClientError as exc:
        problem = exc
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError) as exc:
        # The lenient models met a value they must convert (a date, a uuid, an object, a list) and could not.
        detail = errors.excerpt(str(exc).encode(), client.secrets(), 120)
        problem = errors.ResponseValidationError(
            f"the body does not match the spec: {type(exc).__name__}: {detail}",
            path="$",
            expected="the documented schema",
            **_facts(client, response),
        )
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        problem=problem,
    )


# --- strict validation ------------------------------------------------------------------------------------------------


class Mismatch(Exception):
    def __init__(self, path: str, expected: str, got: str) -> None:
        super().__init__(path, expected, got)
        self.path, self.expected, self.got = path, expected, got


_JSON_TYPES: dict[str, Callable[[Any], bool]] = {
    "null": lambda v: v is None,
    "boolean": lambda v: isinstance(v, bool),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "string": lambda v: isinstance(v, str),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
}
_INTEGER_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1), "uint64": (0, 2**64 - 1)}
_DIGITS = re.compile(r"-?[0-9]+")


def _string_format_ok(value: str, fmt: str) -> bool:
    try:
        if fmt == "date-time":
            datetime.datetime.fromisoformat(value)
            return "T" in value or "t" in value or " " in value
        if fmt == "date":
            datetime.date.fromisoformat(value)
            return True
        if fmt == "uuid":
            uuid.UUID(value)
            return True
    except ValueError:
        return False
    if fmt in _INTEGER_RANGES:  # OpenAPI's int64/uint64 counters as strings of digits
        low, high = _INTEGER_RANGES[fmt]
        return _DIGITS.fullmatch(value) is not None and low <= int(value) <= high
    return True  # a format this validator does not know is not checked


def _got(value: Any) -> str:
    for name, test in _JSON_TYPES.items():
        if test(value):
            return {"null": "null", "boolean": "a boolean", "integer": "an integer", "number": "a number",
                    "string": "a string", "array": "an array", "object": "an object"}[name]
    return type(value).__name__


def _describe(schema: dict[str, Any]) -> str:
    if "$ref" in schema:
        return f"{schema['$ref']} (an object)"
    types = schema.get("type")
    text = " or ".join(types) if types else "any value"
    if "format" in schema:
        text += f" (format {schema['format']})"
    if "const" in schema:
        text = f"the constant {schema['const']!r}"
    return text


def check(value: Any, schema: dict[str, Any], path: str) -> None:
    """Raise `Mismatch` where `value` does not conform to the compact `schema` (see `_response_schemas.py`)."""
    ref = schema.get("$ref")
    if ref is not None:
        check(value, DEFINITIONS[ref], path)
        return
    types = schema.get("type")
    if types is not None and not any(_JSON_TYPES[t](value) for t in types):
        raise Mismatch(path, _describe(schema), _got(value))
    if "const" in schema and value != schema["const"]:
        raise Mismatch(path, _describe(schema), repr(value)[:40])
    fmt = schema.get("format")
    if fmt is not None:
        if isinstance(value, str) and not _string_format_ok(value, fmt):
            raise Mismatch(path, _describe(schema), f"{value[:40]!r}")
        if isinstance(value, int) and not isinstance(value, bool) and fmt in _INTEGER_RANGES:
            low, high = _INTEGER_RANGES[fmt]
            if not low <= value <= high:
                raise Mismatch(path, f"{_describe(schema)} between {low} and {high}", str(value))
    if isinstance(value, str) and "pattern" in schema and re.search(schema["pattern"], value) is None:
        raise Mismatch(path, f"a string matching {schema['pattern']!r}", f"{value[:40]!r}")
    if "minimum" in schema and isinstance(value, int | float) and not isinstance(value, bool):
        if value < schema["minimum"]:
            raise Mismatch(path, f"a number >= {schema['minimum']}", str(value))
    if isinstance(value, dict):
        for name in schema.get("required", ()):
            if name not in value:
                raise Mismatch(f"{path}.{name}", f"the required field {name!r}", "nothing (absent)")
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        for name, item in value.items():
            sub = properties.get(name, extra)
            if sub is not None:
                check(item, sub, f"{path}.{name}")
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            check(item, schema["items"], f"{path}[{index}]")
    for part in schema.get("allOf", ()):
        check(value, part, path)
    choices = schema.get("anyOf")
    if choices is not None:
        _check_choice(value, schema, choices, path)


def _check_choice(value: Any, schema: dict[str, Any], choices: list[dict[str, Any]], path: str) -> None:
    discriminator = schema.get("discriminator")
    if discriminator is not None and isinstance(value, dict):
        tag = value.get(discriminator["propertyName"])
        target = discriminator["mapping"].get(tag) if isinstance(tag, str) else None
        if target is None:
            known = ", ".join(repr(k) for k in discriminator["mapping"])
            raise Mismatch(f"{path}.{discriminator['propertyName']}", f"one of {known}", repr(tag)[:40])
        check(value, {"$ref": target}, path)
        return
    first: Mismatch | None = None
    for choice in choices:
        try:
            check(value, choice, path)
            return
        except Mismatch as exc:
            first = first or exc
    if len(choices) == 1 and first is not None:
        raise first
    raise Mismatch(path, " or ".join(_describe(c) for c in choices), _got(value))
