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

import httpx2

from . import errors
from ._response_schemas import DEFINITIONS, RESPONSES
from .client import AuthenticatedClient, Client
from .types import Response

T = TypeVar("T")

# Set on a response whose body could not be decoded as its Content-Encoding says; the value says why.
UNDECODABLE = "undecodable_body"


# --- sending --------------------------------------------------------------------------------------------------------


class _WholeBody(httpx2.SyncByteStream):
    """Reads the whole raw body before httpx2 decodes it, so the raw bytes survive a failed decode."""

    def __init__(self, stream: httpx2.SyncByteStream) -> None:
        self._stream = stream
        self.raw = b""

    def __iter__(self) -> Iterator[bytes]:
        self.raw = b"".join(self._stream)
        yield self.raw

    def close(self) -> None:
        self._stream.close()


class _AsyncWholeBody(httpx2.AsyncByteStream):
    def __init__(self, stream: httpx2.AsyncByteStream) -> None:
        self._stream = stream
        self.raw = b""

    async def __aiter__(self) -> AsyncIterator[bytes]:
        self.raw = b"".join([chunk async for chunk in self._stream])
        yield self.raw

    async def aclose(self) -> None:
        await self._stream.aclose()


def _undecodable(response: httpx2.Response, raw: bytes, exc: httpx2.DecodingError) -> httpx2.Response:
    """The response with its raw body, for a body that is not what its Content-Encoding says."""
    encoding = response.headers.get("content-encoding", "")
    dropped = ("content-encoding", "content-length")
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in dropped]
    why = f"the body is not valid {encoding} (Content-Encoding): {exc}"
    return httpx2.Response(
        response.status_code, headers=headers, content=raw, request=response.request, extensions={UNDECODABLE: why}
    )


def send(client: AuthenticatedClient | Client, kwargs: dict[str, Any]) -> httpx2.Response:
    """Send the request and read the whole response; a body that fails its Content-Encoding is kept raw."""
    http = client.get_httpx_client()
    response = http.send(http.build_request(**kwargs), stream=True)
    body = _WholeBody(response.stream)  # type: ignore[arg-type]  # a sync client's stream is a SyncByteStream
    response.stream = body
    try:
        response.read()
        return response
    except httpx2.DecodingError as exc:
        return _undecodable(response, body.raw, exc)
    finally:
        response.close()


async def send_async(client: AuthenticatedClient | Client, kwargs: dict[str, Any]) -> httpx2.Response:
    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs), stream=True)
    body = _AsyncWholeBody(response.stream)  # type: ignore[arg-type]  # an async client's stream is an AsyncByteStream
    response.stream = body
    try:
        await response.aread()
        return response
    except httpx2.DecodingError as exc:
        return _undecodable(response, body.raw, exc)
    finally:
        await response.aclose()


# --- reading ----------------------------------------------------------------------------------------------------------


def _facts(client: AuthenticatedClient | Client, response: httpx2.Response) -> dict[str, Any]:
    content = response.content
    return {
        "status_code": response.status_code,
        "content_type": response.headers.get("content-type"),
        "excerpt": errors.excerpt(content, client.secrets()),
        "content": content,
    }


def unexpected_status(client: AuthenticatedClient | Client, response: httpx2.Response) -> errors.UnexpectedStatus:
    return errors.UnexpectedStatus("the spec documents no response for this status", **_facts(client, response))


def json_body(client: AuthenticatedClient | Client, response: httpx2.Response, operation: str, status: str) -> Any:
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
        _check(client, response, validator(operation, status), data, None)
    return data


def jsonl_body(
    client: AuthenticatedClient | Client, response: httpx2.Response, operation: str, status: str
) -> list[Any]:
    """The JSON value of every line of a JSON Lines body (blank lines skipped), each checked against the spec's schema
    for (`operation`, `status`), which describes one line, when the client validates strictly and the status is 2xx.
    A mismatch names its line as an index into the non-blank lines: `$[2].result.type` is in the third one."""
    why = response.extensions.get(UNDECODABLE)
    if why is not None:
        raise errors.UndecodableResponse(why, **_facts(client, response))
    content = response.content
    if not content.strip():
        raise errors.UndecodableResponse("expected a JSON Lines body, got an empty body", **_facts(client, response))
    if content.lstrip()[:1] == b"<":
        raise errors.UndecodableResponse("expected a JSON Lines body, got HTML", **_facts(client, response))
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        raise errors.UndecodableResponse("the body is not UTF-8 JSON Lines", **_facts(client, response)) from None
    values = []
    # Lines end at "\n" (or "\r\n") only: str.splitlines would also split at characters that JSON strings may hold.
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            values.append(json.loads(line))
        except ValueError as exc:
            raise errors.UndecodableResponse(f"line {number} of the JSON Lines body is not JSON ({exc})",
                                             **_facts(client, response)) from None
        except RecursionError:
            raise errors.UndecodableResponse(f"line {number} of the JSON Lines body is nested too deeply",
                                             **_facts(client, response)) from None
    if client.strict_response_validation and 200 <= response.status_code < 300:
        validate = validator(operation, status)
        for index, value in enumerate(values):
            _check(client, response, validate, value, index)
    return values


def _check(
    client: AuthenticatedClient | Client, response: httpx2.Response, validate: Validator | None, data: Any,
    line: int | None,
) -> None:
    """Raise ResponseValidationError when `data` (the body, or line `line` of a JSON Lines body) fails `validate`."""
    if validate is None:
        return
    try:
        validate(data)
    except Mismatch as exc:
        if line is not None:
            exc.parts.append(line)
        path, secrets = exc.path(), client.secrets()
        raise errors.ResponseValidationError(
            errors.redact(f"the body does not match the spec at {path}: expected {exc.expected}, got {exc.got}",
                          secrets),
            path=errors.redact(path, secrets),
            expected=exc.expected,
            **_facts(client, response),
        ) from None


def build_response(
    client: AuthenticatedClient | Client, response: httpx2.Response, parse: Callable[..., T | None]
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
#
# Each compact schema of _response_schemas.py is turned, on first use, into a tree of small closures: one per schema
# node, each knowing exactly which checks its node needs. A mismatch raises `Mismatch`, and every enclosing object or
# array adds its key or index on the way out, so paths cost nothing while a body conforms.

Validator = Callable[[Any], None]


class Mismatch(Exception):
    def __init__(self, expected: str, got: str) -> None:
        super().__init__(expected, got)
        self.expected, self.got = expected, got
        self.parts: list[str | int] = []  # innermost first

    def path(self) -> str:
        return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in reversed(self.parts))


_KINDS: dict[type, str] = {
    type(None): "null",
    bool: "boolean",
    int: "integer",
    float: "number",
    str: "string",
    list: "array",
    dict: "object",
}
_GOT = {
    "null": "null",
    "boolean": "a boolean",
    "integer": "an integer",
    "number": "a number",
    "string": "a string",
    "array": "an array",
    "object": "an object",
}
_INTEGER_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1), "uint64": (0, 2**64 - 1)}
_DIGITS = re.compile(r"-?[0-9]+")
_compiled: dict[Any, Validator | None] = {}


def _got(value: Any) -> str:
    kind = _KINDS.get(type(value))
    return _GOT[kind] if kind is not None else type(value).__name__


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


def _describe(schema: dict[str, Any]) -> str:
    if "$ref" in schema:
        return f"{schema['$ref']} (an object)"
    if "const" in schema:
        return f"the constant {schema['const']!r}"
    types = schema.get("type")
    text = " or ".join(types) if types else "any value"
    if "format" in schema:
        text += f" (format {schema['format']})"
    return text


def validator(operation: str, status: str) -> Validator | None:
    """The validator of the documented 2xx body of (`operation`, `status`), or None when the spec gives no schema."""
    key = (operation, status)
    if key not in _compiled:
        schema = RESPONSES.get(key)
        _compiled[key] = None if schema is None else _compile(schema)
    return _compiled[key]


def _reference(name: str) -> Validator:
    def check_reference(value: Any) -> None:
        found = _compiled.get(name)
        if found is None:
            found = _compiled[name] = _compile(DEFINITIONS[name])
        found(value)

    return check_reference


def _compile(schema: dict[str, Any]) -> Validator:
    if "$ref" in schema:
        return _reference(schema["$ref"])
    checks: list[Validator] = []
    described = _describe(schema)
    types = schema.get("type")
    if types is not None:
        allowed = frozenset(types) | ({"integer"} if "number" in types else set())

        def check_type(value: Any) -> None:
            if _KINDS.get(type(value)) not in allowed:
                raise Mismatch(described, _got(value))

        checks.append(check_type)
    if "const" in schema:
        const = schema["const"]

        def check_const(value: Any) -> None:
            if value != const:
                raise Mismatch(described, repr(value)[:40])

        checks.append(check_const)
    fmt = schema.get("format")
    if fmt is not None:
        low, high = _INTEGER_RANGES.get(fmt, (None, None))

        def check_format(value: Any) -> None:
            if type(value) is str:
                if not _string_format_ok(value, fmt):
                    raise Mismatch(described, repr(value[:40]))
            elif type(value) is int and low is not None and high is not None and not low <= value <= high:
                raise Mismatch(f"{described} between {low} and {high}", str(value))

        checks.append(check_format)
    if "pattern" in schema:
        pattern = re.compile(schema["pattern"])

        def check_pattern(value: Any) -> None:
            if type(value) is str and pattern.search(value) is None:
                raise Mismatch(f"a string matching {pattern.pattern!r}", repr(value[:40]))

        checks.append(check_pattern)
    if "minimum" in schema:
        minimum = schema["minimum"]

        def check_minimum(value: Any) -> None:
            if type(value) in (int, float) and value < minimum:
                raise Mismatch(f"a number >= {minimum}", str(value))

        checks.append(check_minimum)
    if "properties" in schema or "required" in schema or "additionalProperties" in schema:
        checks.append(_object(schema))
    if "items" in schema:
        items = _compile(schema["items"])

        def check_items(value: Any) -> None:
            if type(value) is list:
                for index, item in enumerate(value):
                    try:
                        items(item)
                    except Mismatch as exc:
                        exc.parts.append(index)
                        raise

        checks.append(check_items)
    checks += [_compile(part) for part in schema.get("allOf", ())]
    if "anyOf" in schema:
        checks.append(_choice(schema))
    if len(checks) == 1:
        return checks[0]

    def check_all(value: Any) -> None:
        for check in checks:
            check(value)

    return check_all


def _object(schema: dict[str, Any]) -> Validator:
    required = tuple(schema.get("required", ()))
    properties = {name: _compile(sub) for name, sub in schema.get("properties", {}).items()}
    extra = _compile(schema["additionalProperties"]) if "additionalProperties" in schema else None

    def check_object(value: Any) -> None:
        if type(value) is not dict:
            return
        for name in required:
            if name not in value:
                mismatch = Mismatch(f"the required field {name!r}", "nothing (absent)")
                mismatch.parts.append(name)
                raise mismatch
        for name, item in value.items():
            check = properties.get(name, extra)
            if check is not None:
                try:
                    check(item)
                except Mismatch as exc:
                    exc.parts.append(name)
                    raise

    return check_object


def _kinds(schema: dict[str, Any], depth: int = 0) -> frozenset[str] | None:
    """The JSON kinds a schema can accept at all, when its type says so (None: cannot tell)."""
    if "$ref" in schema:
        return _kinds(DEFINITIONS[schema["$ref"]], depth + 1) if depth < 8 else None
    types = schema.get("type")
    if types is None:
        return None
    return frozenset(types) | ({"integer"} if "number" in types else set())


def _choice(schema: dict[str, Any]) -> Validator:
    discriminator = schema.get("discriminator")
    choices = schema["anyOf"]
    # Choices whose type cannot accept the value are skipped without trying them (no exception on the happy path).
    compiled = [(_kinds(choice), _compile(choice)) for choice in choices]
    expected = " or ".join(_describe(c) for c in choices)
    tag_name = discriminator["propertyName"] if discriminator else ""
    mapping = {tag: _reference(target) for tag, target in discriminator["mapping"].items()} if discriminator else {}

    def check_choice(value: Any) -> None:
        if mapping and type(value) is dict:
            tag = value.get(tag_name)
            target = mapping.get(tag) if isinstance(tag, str) else None
            if target is None:
                mismatch = Mismatch(f"one of {', '.join(repr(k) for k in mapping)}", repr(tag)[:40])
                mismatch.parts.append(tag_name)
                raise mismatch
            target(value)
            return
        first: Mismatch | None = None
        kind = _KINDS.get(type(value))
        for kinds, check in compiled:
            if kinds is not None and kind not in kinds:
                continue
            try:
                check(value)
                return
            except Mismatch as exc:
                first = first or exc
        if first is not None and sum(1 for k, _ in compiled if k is None or kind in k) == 1:
            raise first  # only one choice could have matched: its own, more precise, mismatch
        raise Mismatch(expected, _got(value))

    return check_choice
