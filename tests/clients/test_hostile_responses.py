"""Each generated client against a loopback server that answers like the real internet sometimes does: HTML error pages,
truncated, empty or deeply nested bodies, gzip headers on garbage, 499 and 520, and bodies of the wrong types — sync and
async. `*_detailed` always returns the response; `sync`/`asyncio` return the documented body or raise the package's own
`errors.ClientError`; nothing else escapes."""

from __future__ import annotations

import asyncio
import copy
import gzip
import importlib
import json
from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scripts.codegen.config import ClientConfig
from tests.clients.hostile import Canned, hostile_server
from tests.conftest import CODEGEN
from tests.spec_tools import load_spec, operation_module, operations, response_examples
from tests.test_robustness import JOBS, JobShape, job_example, job_schema, with_job

JSON = [("Content-Type", "application/json")]
HTML = [("Content-Type", "text/html; charset=utf-8")]
HTML_PAGE = b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"
CLOUDFLARE_520 = b"<!DOCTYPE html><html><head><title>example.com | 520: Web server returned an unknown error</title>"
TOKEN = "tok-SECRET-9f8e7d"

CASES = [pytest.param(CODEGEN.clients[name], shape, id=name) for name, shape in JOBS.items()]
MODES = ["sync", "async"]


def package(client: ClientConfig) -> ModuleType:
    return importlib.import_module(client.package)


def errors_of(client: ClientConfig) -> ModuleType:
    return importlib.import_module(f"{client.package}.errors")


def make_client(client: ClientConfig, base_url: str, **options: Any) -> Any:
    return package(client).AuthenticatedClient(base_url=base_url, token=TOKEN, **options)


def call(client: ClientConfig, shape: JobShape, generated: Any, mode: str, detailed: bool) -> Any:
    """get-job through `sync`/`asyncio` (or their `_detailed` twins)."""
    module = operation_module(client, shape.get_operation)
    kwargs = {**shape.path_kwargs, shape.id_argument: "4b5f1c7e-0a6b-4d8e-9a55-0c1f8e0b7d21", "client": generated}
    if mode == "sync":
        return (module.sync_detailed if detailed else module.sync)(**kwargs)
    return asyncio.run((module.asyncio_detailed if detailed else module.asyncio)(**kwargs))


def answer(client: ClientConfig, shape: JobShape, canned: Canned, mode: str, **options: Any) -> tuple[Any, Any]:
    """(the detailed response, what sync/asyncio returned or raised) for one canned answer."""
    with hostile_server(canned) as server:
        detailed = call(client, shape, make_client(client, server.base_url, **options), mode, detailed=True)
        try:
            plain: Any = call(client, shape, make_client(client, server.base_url, **options), mode, detailed=False)
        except Exception as exc:  # noqa: BLE001 - the test inspects whatever was raised
            plain = exc
    return detailed, plain


def assert_undecodable(client: ClientConfig, detailed: Any, plain: Any, canned: Canned, words: str) -> None:
    errors = errors_of(client)
    assert type(detailed.status_code) is int and detailed.status_code == canned.status
    assert detailed.parsed is None
    assert detailed.content == canned.body
    assert isinstance(detailed.problem, errors.UndecodableResponse)
    assert isinstance(plain, errors.UndecodableResponse), repr(plain)
    assert isinstance(plain, errors.ClientError)
    assert plain.status_code == canned.status
    assert words in str(plain)
    assert TOKEN not in str(plain) and TOKEN not in repr(plain)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("client", "shape"), CASES)
@pytest.mark.parametrize(
    ("canned", "words"),
    [
        pytest.param(Canned(502, HTML_PAGE, HTML), "got HTML", id="html-502"),
        pytest.param(Canned(200, HTML_PAGE, HTML), "got HTML", id="html-200"),
        pytest.param(Canned(520, CLOUDFLARE_520, HTML), "got HTML", id="cloudflare-520"),
        pytest.param(Canned(499, b"client closed request", [("Content-Type", "text/plain")]), "not JSON", id="499"),
        pytest.param(Canned(200, b'{"job": {"uuid": "4b5f1c7e-0a6b', JSON), "not JSON", id="truncated-200"),
        pytest.param(Canned(200, b"", JSON), "empty body", id="empty-200"),
        pytest.param(Canned(200, b"\x00garbage, not gzip\xff", [*JSON, ("Content-Encoding", "gzip")]), "gzip",
                     id="gzip-garbage"),
        pytest.param(Canned(200, b"[" * 200_000 + b"]" * 200_000, JSON), "nested too deeply", id="deeply-nested"),
        pytest.param(Canned(200, b'{"x": "\xff\xfe"}', JSON), "UTF-8", id="not-utf8"),
    ],
)
def test_unreadable_bodies_surface_as_undecodable_response(
    client: ClientConfig, shape: JobShape, canned: Canned, words: str, mode: str
) -> None:
    detailed, plain = answer(client, shape, canned, mode)
    assert_undecodable(client, detailed, plain, canned, words)
    if canned.status == 200 and canned.headers == HTML:
        assert "text/html" in str(plain) and "502 Bad Gateway" in plain.excerpt


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("client", "shape"), CASES)
@pytest.mark.parametrize("status", [499, 520, 527, 418])
def test_statuses_outside_httpstatus_parse_as_the_documented_error(
    client: ClientConfig, shape: JobShape, status: int, mode: str
) -> None:
    error_model = importlib.import_module(f"{client.package}.models").Error
    body = json.dumps({"message": "origin unreachable", "id": "edge_error", "code": "edge_error"}).encode()
    detailed, plain = answer(client, shape, Canned(status, body, JSON), mode)
    assert type(detailed.status_code) is int and detailed.status_code == status
    assert detailed.problem is None
    assert isinstance(detailed.parsed, error_model)
    assert isinstance(plain, error_model)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("client", "shape"), CASES)
def test_valid_gzip_body_still_parses(client: ClientConfig, shape: JobShape, mode: str) -> None:
    body = job_example(client, shape)
    canned = Canned(200, gzip.compress(json.dumps(body).encode()), [*JSON, ("Content-Encoding", "gzip")])
    detailed, plain = answer(client, shape, canned, mode, strict_response_validation=True)
    assert detailed.problem is None and detailed.parsed is not None
    assert json.loads(detailed.content) == body  # decoded, as httpx2 gives it
    assert plain.to_dict() == detailed.parsed.to_dict()


def wrong_type(client: ClientConfig, shape: JobShape) -> tuple[dict[str, Any], str, str]:
    """(a get-job body with one string field sent as a number, its JSON path, the field)."""
    body, job = with_job(job_example(client, shape), shape)
    if client.name == "digitalocean":
        field = "total_tokens"  # the case: the spec says a string of digits (uint64)
    else:
        properties = job_schema(client, shape)["properties"]
        field = next(
            name for name, prop in properties.items()
            if prop.get("type") in ("string", ["string"]) and "format" not in prop and "enum" not in prop
            and "const" not in prop and name in job
        )
    job[field] = 42
    return body, "$" + "".join(f".{key}" for key in shape.envelope) + f".{field}", field


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("client", "shape"), CASES)
def test_wrong_type_parses_leniently_and_fails_strictly(client: ClientConfig, shape: JobShape, mode: str) -> None:
    body, path, field = wrong_type(client, shape)
    canned = Canned(200, json.dumps(body).encode(), JSON)

    detailed, plain = answer(client, shape, canned, mode)  # strict off (the default): the value passes through
    assert detailed.problem is None and not isinstance(plain, Exception)
    assert with_job(plain.to_dict(), shape)[1][field] == 42

    detailed, plain = answer(client, shape, canned, mode, strict_response_validation=True)
    errors = errors_of(client)
    assert detailed.parsed is None and isinstance(detailed.problem, errors.ResponseValidationError)
    assert isinstance(plain, errors.ResponseValidationError), repr(plain)
    assert plain.path == path
    assert "string" in plain.expected
    assert f"at {path}: expected {plain.expected}, got an integer" in str(plain)


@pytest.mark.parametrize(("client", "shape"), CASES)
def test_strict_mode_accepts_every_documented_example_and_unknown_enum_values(
    client: ClientConfig, shape: JobShape
) -> None:
    body, job = with_job(job_example(client, shape), shape)
    for name in shape.status_fields:
        job[name] = "ADDED_BY_VENDOR_2027"
    job["unknown_extra_field"] = {"anything": [1, None]}
    detailed, plain = answer(client, shape, Canned(200, json.dumps(body).encode(), JSON), "sync",
                             strict_response_validation=True)
    assert detailed.problem is None, detailed.problem
    for name in shape.status_fields:
        assert getattr(with_job_model(plain, shape), name).is_known is False


def with_job_model(parsed: Any, shape: JobShape) -> Any:
    for key in shape.envelope:
        parsed = getattr(parsed, key)
    return parsed


@pytest.mark.parametrize(("client", "shape"), CASES)
def test_strict_mode_names_a_missing_required_field_or_a_bad_format(client: ClientConfig, shape: JobShape) -> None:
    body, job = with_job(job_example(client, shape), shape)
    schema = job_schema(client, shape)
    errors = errors_of(client)
    prefix = "$" + "".join(f".{key}" for key in shape.envelope)
    if schema.get("required"):
        missing = schema["required"][0]
        del job[missing]
        _, plain = answer(client, shape, Canned(200, json.dumps(body).encode(), JSON), "sync",
                          strict_response_validation=True)
        assert isinstance(plain, errors.ResponseValidationError) and plain.path == f"{prefix}.{missing}"
        assert "required" in plain.expected
        body, job = with_job(job_example(client, shape), shape)
    name, fmt = formatted_field(client, shape, job)
    job[name] = "last tuesday"
    _, plain = answer(client, shape, Canned(200, json.dumps(body).encode(), JSON), "sync",
                      strict_response_validation=True)
    assert isinstance(plain, errors.ResponseValidationError) and plain.path == f"{prefix}.{name}"
    assert f"format {fmt}" in str(plain)


def formatted_field(client: ClientConfig, shape: JobShape, job: dict[str, Any]) -> tuple[str, str]:
    """A field of the job, present in the example, whose schema has a format the models convert (and its format)."""
    for name, prop in job_schema(client, shape)["properties"].items():
        for fmt in ("date-time", "uuid"):
            if f'"format": "{fmt}"' in json.dumps(prop) and name in job and job[name] is not None:
                return name, fmt
    raise AssertionError("no formatted field in the job example")


@pytest.mark.parametrize(("client", "shape"), CASES)
@pytest.mark.parametrize("body", [[1, 2, 3], "a string", 7, None], ids=["array", "string", "number", "null"])
def test_json_of_the_wrong_shape_is_a_validation_error(client: ClientConfig, shape: JobShape, body: Any) -> None:
    for strict in (False, True):
        detailed, plain = answer(client, shape, Canned(200, json.dumps(body).encode(), JSON), "sync",
                                 strict_response_validation=strict)
        errors = errors_of(client)
        assert detailed.parsed is None and isinstance(detailed.problem, errors.ResponseValidationError)
        assert isinstance(plain, errors.ResponseValidationError)
        assert "does not match the spec" in str(plain)
        assert plain.path == "$"


@pytest.mark.parametrize(("client", "shape"), CASES)
def test_error_messages_never_carry_the_token_or_header_values(client: ClientConfig, shape: JobShape) -> None:
    echoed = f"<html>upstream said: Authorization: Bearer {TOKEN}; X-Custom: hdr-SECRET-42</html>".encode()
    with hostile_server(Canned(502, echoed, HTML)) as server:
        generated = make_client(client, server.base_url, headers={"X-Custom": "hdr-SECRET-42"})
        with pytest.raises(errors_of(client).UndecodableResponse) as raised:
            call(client, shape, generated, "sync", detailed=False)
    text = str(raised.value) + repr(raised.value) + raised.value.excerpt
    assert "SECRET" not in text
    assert "<hidden>" in raised.value.excerpt
    assert raised.value.content == echoed  # the raw body itself is the caller's to read


@pytest.mark.parametrize(("client", "shape"), CASES)
def test_default_timeout_is_set_and_overridable(client: ClientConfig, shape: JobShape) -> None:
    pkg = package(client)
    for generated in (pkg.Client(base_url="http://127.0.0.1"), make_client(client, "http://127.0.0.1")):
        timeout = generated.get_httpx_client().timeout
        assert timeout.connect is not None and 0 < timeout.connect <= 30
        assert timeout.read is not None and 0 < timeout.read <= 120
        assert generated.get_async_httpx_client().timeout == timeout
        assert pkg.client.DEFAULT_TIMEOUT == timeout
    short = httpx2.Timeout(0.3)
    with hostile_server(Canned(200, stall=True)) as server:
        stalled = make_client(client, server.base_url, timeout=short)
        with pytest.raises(httpx2.ReadTimeout):
            call(client, shape, stalled, "sync", detailed=True)
        with pytest.raises(httpx2.ReadTimeout):
            call(client, shape, make_client(client, server.base_url).with_timeout(short), "async", detailed=False)
    assert make_client(client, "http://127.0.0.1", timeout=None).get_httpx_client().timeout == httpx2.Timeout(None)


# --- property: nothing but ClientError, whatever the status and body -------------------------------------------------

def _parse_everything(client: ClientConfig, operation: str, strict: bool) -> Callable[[int, bytes, str], Any]:
    module = operation_module(client, operation)
    generated = package(client).Client(base_url="http://127.0.0.1", strict_response_validation=strict)

    def build(status: int, body: bytes, content_type: str) -> Any:
        response = httpx2.Response(status, content=body, headers={"content-type": content_type})
        return module._build_response(client=generated, response=response)

    return build


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


def _example_bodies(client: ClientConfig) -> list[Any]:
    return [v for *_, v in response_examples(load_spec(client.spec))]


def _mutated(examples: list[Any]) -> st.SearchStrategy[Any]:
    """A documented example with one value somewhere replaced by an arbitrary JSON value."""

    def mutate(draw: st.DrawFn) -> Any:
        body = copy.deepcopy(draw(st.sampled_from(examples)))
        node = body
        while isinstance(node, dict | list) and node:
            keys = list(node) if isinstance(node, dict) else list(range(len(node)))
            key = draw(st.sampled_from(keys))
            if draw(st.booleans()) or not isinstance(node[key], dict | list):
                node[key] = draw(_json_values)
                break
            node = node[key]
        return body

    return st.composite(mutate)()


@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
@pytest.mark.parametrize("client", [c for c in CODEGEN.clients.values()], ids=list(CODEGEN.clients))
def test_no_status_and_no_body_escapes_as_anything_but_a_client_error(client: ClientConfig, strict: bool) -> None:
    errors = errors_of(client)
    examples = _example_bodies(client)
    builders = [_parse_everything(client, op["operationId"], strict) for _, _, op in operations(load_spec(client.spec))]
    bodies = st.one_of(
        st.binary(max_size=64),
        _json_values.map(lambda v: json.dumps(v).encode()),
        _mutated(examples).map(lambda v: json.dumps(v).encode()),
    )

    @settings(max_examples=300, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(
        st.sampled_from(builders),
        st.sampled_from([200, 201, 202, 204, 400, 404, 409, 429, 499, 500, 502, 503, 520, 527]) | st.integers(200, 599),
        bodies,
        st.sampled_from(["application/json", "text/html", ""]),
    )
    def check(build: Callable[[int, bytes, str], Any], status: int, body: bytes, content_type: str) -> None:
        response = build(status, body, content_type)
        assert type(response.status_code) is int and response.status_code == status
        assert response.content == body
        assert response.problem is None or isinstance(response.problem, errors.ClientError)
        if response.problem is not None:
            assert response.parsed is None

    check()


@pytest.mark.parametrize(("client", "shape"), CASES)
def test_validation_messages_hide_secrets_echoed_in_the_body_and_keep_short_header_values(
    client: ClientConfig, shape: JobShape
) -> None:
    body, job = with_job(job_example(client, shape), shape)
    name, _ = formatted_field(client, shape, job)
    job[name] = TOKEN  # a misrouted or echoing server puts the caller's token where a date or uuid belongs
    canned = Canned(200, json.dumps(body).encode(), JSON)
    with hostile_server(canned) as server:
        generated = make_client(client, server.base_url, headers={"X-Attempt": "1"}, strict_response_validation=True)
        with pytest.raises(errors_of(client).ResponseValidationError) as raised:
            call(client, shape, generated, "sync", detailed=False)
    message = str(raised.value)
    assert "SECRET" not in message + raised.value.excerpt and "<hidden>" in message
    assert '"1' in raised.value.excerpt or "1" in raised.value.excerpt  # a 1-character header value is no secret
