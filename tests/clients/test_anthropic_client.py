"""The Anthropic client's own behaviour, beyond what the shared client tests check: the `anthropic-version` header it
sends on every call without being asked, API keys in `x-api-key`, and the JSON Lines results (a pipeline feature: the
generator knows no JSON Lines, the endpoint template parses it line by line, strict validation checks each line)."""

from __future__ import annotations

import dataclasses
import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx2
import pytest
import yaml
from anyjob_anthropic_batches import AuthenticatedClient, Client, errors
from anyjob_anthropic_batches.api.message_batches import (
    cancel_message_batch,
    create_message_batch,
    delete_message_batch,
    get_message_batch,
    get_message_batch_results,
    list_message_batches,
)
from anyjob_anthropic_batches.models import (
    CreateMessageBatchRequest,
    ErrorResponse,
    MessageBatch,
    MessageBatchCanceledResult,
    MessageBatchErroredResult,
    MessageBatchExpiredResult,
    MessageBatchIndividualResponse,
    MessageBatchRequest,
    MessageBatchSucceededResult,
    MessageCreateParams,
    MessageParam,
    MessageParamRole,
    OtherContentBlock,
    TextBlock,
    ThinkingBlock,
    ToolUseBlock,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from scripts.codegen.config import ClientConfig
from scripts.codegen.render import render
from tests.clients.hostile import Canned, hostile_server
from tests.conftest import CODEGEN
from tests.loopback import recording_server
from tests.spec_tools import inline_refs, load_spec, media_examples, operations, resolve, response_examples
from tests.test_clients import OPENAPI_FORMATS

SPEC = load_spec(CODEGEN.clients["anthropic"].spec)
BATCH_ID = "msgbatch_01HkcTjaV5uDC8jWR4ZsDV8d"
KEY = "sk-ant-api03-SECRET-key"
JSONL = [("Content-Type", "application/x-jsonl")]


def example(operation_id: str, status: int = 200) -> Any:
    return next(v for op, _, s, v in response_examples(SPEC) if op == operation_id and s == status)


def jsonl_examples() -> list[dict[str, Any]]:
    """The spec's examples of one results line each."""
    op = next(op for _, _, op in operations(SPEC) if op["operationId"] == "get_message_batch_results")
    media = resolve(SPEC, op["responses"]["200"])["content"]["application/x-jsonl"]
    return [value for _, value in media_examples(SPEC, media)]


def line_schema() -> dict[str, Any]:
    op = next(op for _, _, op in operations(SPEC) if op["operationId"] == "get_message_batch_results")
    return inline_refs(SPEC, op["responses"]["200"]["content"]["application/x-jsonl"]["schema"])


def body_of(lines: list[Any], newline: bytes = b"\n") -> bytes:
    return b"".join(json.dumps(line).encode() + newline for line in lines)


def results(body: bytes, *, strict: bool, headers: list[tuple[str, str]] = JSONL) -> tuple[Any, Any]:
    """(the detailed response, what `sync` returned or raised) for a results body."""
    with hostile_server(Canned(200, body, headers)) as server:
        client = Client(base_url=server.base_url, strict_response_validation=strict)
        detailed = get_message_batch_results.sync_detailed(BATCH_ID, client=client)
        try:
            plain: Any = get_message_batch_results.sync(BATCH_ID, client=client)
        except Exception as exc:  # noqa: BLE001 - the test inspects whatever was raised
            plain = exc
    return detailed, plain


# --- headers ------------------------------------------------------------------------------------------------------


def test_every_operation_sends_the_api_version_without_being_asked_and_can_pin_another() -> None:
    answers = {
        ("POST", "/v1/messages/batches"): example("create_message_batch"),
        ("GET", "/v1/messages/batches"): example("list_message_batches"),
        ("GET", f"/v1/messages/batches/{BATCH_ID}"): example("get_message_batch"),
        ("DELETE", f"/v1/messages/batches/{BATCH_ID}"): example("delete_message_batch"),
        ("POST", f"/v1/messages/batches/{BATCH_ID}/cancel"): example("cancel_message_batch"),
    }

    def respond(request: Any) -> tuple[int, Any]:
        return 200, answers.get((request.method, request.raw_path.split("?")[0]), example("get_message_batch"))

    body = CreateMessageBatchRequest(requests=[MessageBatchRequest(custom_id="a", params=MessageCreateParams(
        model="claude-haiku-4-5", max_tokens=16, messages=[MessageParam(role=MessageParamRole.USER, content="Hi")]))])
    with recording_server(respond) as server:
        client = AuthenticatedClient(base_url=server.base_url, token=KEY, prefix="", auth_header_name="x-api-key")
        assert isinstance(create_message_batch.sync(client=client, body=body), MessageBatch)
        list_message_batches.sync_detailed(client=client, limit=5)
        get_message_batch.sync_detailed(BATCH_ID, client=client)
        delete_message_batch.sync_detailed(BATCH_ID, client=client)
        cancel_message_batch.sync_detailed(BATCH_ID, client=client)
        get_message_batch_results.sync_detailed(BATCH_ID, client=client)
        get_message_batch.sync_detailed(BATCH_ID, client=client, anthropic_version="2026-10-21",
                                        anthropic_beta="output-128k-2025-02-19")
    sent = server.requests
    assert len(sent) == 7
    assert [r.headers.get("anthropic-version") for r in sent] == ["2023-06-01"] * 6 + ["2026-10-21"]
    assert all(r.headers.get("x-api-key") == KEY and "authorization" not in r.headers for r in sent)
    assert sent[-1].headers.get("anthropic-beta") == "output-128k-2025-02-19"
    assert "anthropic-beta" not in sent[0].headers
    created = json.loads(sent[0].body)
    assert created == {"requests": [{"custom_id": "a", "params": {
        "model": "claude-haiku-4-5", "max_tokens": 16, "messages": [{"role": "user", "content": "Hi"}]}}]}
    assert "SECRET" not in repr(client)


def test_the_default_authenticated_client_sends_a_bearer_token() -> None:
    with recording_server(lambda request: (200, example("get_message_batch"))) as server:
        get_message_batch.sync_detailed(BATCH_ID, client=AuthenticatedClient(base_url=server.base_url, token=KEY))
    assert server.requests[0].headers["authorization"] == f"Bearer {KEY}"


def test_error_envelope_parses_for_any_status_including_529() -> None:
    body = example("get_message_batch", 529)
    for status in (529, 409, 402, 504, 418):
        with hostile_server(Canned(status, json.dumps(body).encode(), [("Content-Type", "application/json")])) as srv:
            answer = get_message_batch.sync(BATCH_ID, client=Client(base_url=srv.base_url))
        assert isinstance(answer, ErrorResponse), status
        assert answer.error.type_ == "overloaded_error" and answer.request_id == body["request_id"]


# --- JSON Lines results --------------------------------------------------------------------------------------------


def test_results_parse_line_by_line_into_typed_models() -> None:
    lines = jsonl_examples()
    assert len(lines) >= 5
    body = body_of(lines[:2], b"\r\n") + b"\n  \n" + body_of(lines[2:])  # CRLF and a blank line are fine
    for strict in (False, True):
        detailed, parsed = results(body, strict=strict)
        assert detailed.problem is None, detailed.problem
        assert [r.custom_id for r in parsed] == [line["custom_id"] for line in lines]
        assert all(isinstance(r, MessageBatchIndividualResponse) for r in parsed)
        assert [r.to_dict() for r in parsed] == lines  # nothing lost, nothing added
    kinds = {type(r.result) for r in parsed}
    assert kinds == {MessageBatchSucceededResult, MessageBatchErroredResult, MessageBatchCanceledResult,
                     MessageBatchExpiredResult}
    succeeded = [r.result for r in parsed if isinstance(r.result, MessageBatchSucceededResult)]
    blocks = {type(block) for result in succeeded for block in result.message.content}
    assert blocks == {TextBlock, ThinkingBlock, ToolUseBlock}
    errored = next(r.result for r in parsed if isinstance(r.result, MessageBatchErroredResult))
    assert errored.error.error.type_ == "invalid_request_error" and errored.error.request_id is None


def test_an_unknown_content_block_type_parses_and_keeps_its_fields() -> None:
    line = json.loads(json.dumps(jsonl_examples()[0]))
    line["result"]["message"]["content"].append({"type": "web_search_tool_result", "tool_use_id": "srvtoolu_1",
                                                 "content": [{"type": "web_search_result", "url": "https://x.test"}]})
    _, parsed = results(body_of([line]), strict=True)
    block = parsed[0].result.message.content[-1]
    assert isinstance(block, OtherContentBlock) and block.type_ == "web_search_tool_result"
    assert block.to_dict() == line["result"]["message"]["content"][-1]


def test_strict_validation_names_the_line_and_the_path_of_a_mismatch() -> None:
    lines = json.loads(json.dumps(jsonl_examples()))
    lines[1]["result"]["message"]["usage"]["input_tokens"] = "412"
    body = body_of(lines)
    detailed, plain = results(body, strict=False)
    assert detailed.problem is None  # lenient: the value passes through
    detailed, plain = results(body, strict=True)
    assert isinstance(plain, errors.ResponseValidationError), repr(plain)
    assert plain.path == "$[1].result.message.usage.input_tokens"
    assert "expected integer" in str(plain)
    lines = json.loads(json.dumps(jsonl_examples()))
    lines[3]["result"] = {"type": "vanished"}
    _, plain = results(body_of(lines), strict=True)
    assert isinstance(plain, errors.ResponseValidationError) and plain.path.startswith("$[3].result")


@pytest.mark.parametrize(
    ("body", "headers", "words"),
    [
        pytest.param(b'{"custom_id": "a", "result": {"type": "canceled"}}\n{"custom_id": "b", "res', JSONL,
                     "line 2 of the JSON Lines body is not JSON", id="truncated"),
        pytest.param(b"", JSONL, "empty body", id="empty"),
        pytest.param(b"<html><body>502 Bad Gateway</body></html>", [("Content-Type", "text/html")], "got HTML",
                     id="html"),
        pytest.param(b'{"custom_id": "\xff"}\n', JSONL, "not UTF-8", id="not-utf8"),
        pytest.param(b"[" * 100_000 + b"]" * 100_000 + b"\n", JSONL, "nested too deeply", id="deeply-nested"),
    ],
)
def test_unreadable_results_surface_as_undecodable_response(body: bytes, headers: list[tuple[str, str]],
                                                            words: str) -> None:
    for strict in (False, True):
        detailed, plain = results(body, strict=strict, headers=headers)
        assert detailed.parsed is None and isinstance(detailed.problem, errors.UndecodableResponse)
        assert isinstance(plain, errors.UndecodableResponse), repr(plain)
        assert words in str(plain)


def test_a_line_of_the_wrong_shape_is_a_validation_error_even_leniently() -> None:
    detailed, plain = results(b'{"custom_id": "a", "result": {"type": "succeeded"}}\n', strict=False)
    assert isinstance(plain, errors.ResponseValidationError), repr(plain)


def test_any_schema_valid_lines_pass_strict_validation_and_round_trip() -> None:
    schema = line_schema()

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(st.lists(from_schema(schema, custom_formats=OPENAPI_FORMATS), min_size=1, max_size=3))
    def check(lines: list[Any]) -> None:
        response = httpx2.Response(200, content=body_of(lines), headers={"content-type": "application/x-jsonl"})
        client = Client(base_url="http://127.0.0.1", strict_response_validation=True)
        built = get_message_batch_results._build_response(client=client, response=response)
        assert built.problem is None, built.problem
        assert [type(r).from_dict(r.to_dict()) for r in built.parsed] == built.parsed

    check()


# --- the pipeline feature on a spec of its own --------------------------------------------------------------------

TINY = {
    "openapi": "3.1.0",
    "info": {"title": "Lines", "version": "1"},
    "paths": {"/things": {"get": {
        "operationId": "export_things",
        "responses": {
            "200": {"description": "one Thing per line",
                    "content": {"application/x-ndjson": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
            "default": {"description": "an error",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
        },
    }}},
    "components": {"schemas": {
        "Thing": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}}},
        "Problem": {"type": "object", "properties": {"message": {"type": "string"}}},
    }},
}


@pytest.fixture(scope="module")
def lines_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    root = tmp_path_factory.mktemp("lines")
    spec = root / "lines.yaml"
    spec.write_text(yaml.safe_dump(TINY), encoding="utf-8")
    client = ClientConfig(name="lines", spec=spec, directory=root / "out", project="lines-client",
                          package="lines_client", version="0.0.1", keep=(),
                          options={"content_type_overrides": {"application/x-ndjson": "application/json"}})
    render(client, dataclasses.replace(CODEGEN, root=root), root / "out")
    sys.path.insert(0, str(root / "out"))
    try:
        yield importlib.import_module("lines_client.api.default.export_things")
    finally:
        sys.path.remove(str(root / "out"))
        for name in [m for m in sys.modules if m == "lines_client" or m.startswith("lines_client.")]:
            del sys.modules[name]


def test_a_json_lines_response_of_another_spec_becomes_a_typed_list(lines_client: ModuleType) -> None:
    source = Path(lines_client.__file__).read_text(encoding="utf-8")
    assert "-> list[Thing] | Problem:" in source
    assert 'jsonl_body(client, response, "export_things", "200")' in source
    package = importlib.import_module("lines_client")
    response = httpx2.Response(200, content=b'{"id": 1}\n{"id": 2}\n')
    parsed = lines_client._build_response(client=package.Client(base_url="http://x"), response=response).parsed
    assert [thing.id for thing in parsed] == [1, 2]
    strict = package.Client(base_url="http://x", strict_response_validation=True)
    problem = lines_client._build_response(client=strict, response=httpx2.Response(200, content=b'{"id": "1"}')).problem
    assert problem is not None and problem.path == "$[0].id"
