"""Template behaviour that the three real specs do not exercise, on a client generated in the test from a small spec:
an operation without a `default` response (raise_on_unexpected_status), and a documented response without a body."""

from __future__ import annotations

import dataclasses
import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from scripts.codegen.config import ClientConfig
from scripts.codegen.render import render
from tests.clients.hostile import Canned, hostile_server
from tests.conftest import CODEGEN

SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "Tiny", "version": "1"},
    "paths": {
        "/things/{id}": {
            "get": {
                "operationId": "get_thing",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {
                    "200": {"description": "the thing",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                    "204": {"description": "nothing yet"},
                    "404": {"description": "no such thing",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Thing": {"type": "object", "required": ["id"],
                      "properties": {"id": {"type": "string"}, "size": {"type": "integer", "format": "int32"}}},
            "Problem": {"type": "object", "properties": {"message": {"type": "string"}}},
        }
    },
}


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    root = tmp_path_factory.mktemp("tiny")
    spec = root / "tiny.yaml"
    spec.write_text(yaml.safe_dump(SPEC), encoding="utf-8")
    client = ClientConfig(name="tiny", spec=spec, directory=root / "out", project="tiny-client",
                          package="tiny_client", version="0.0.1", keep=())
    render(client, dataclasses.replace(CODEGEN, root=root), root / "out")
    sys.path.insert(0, str(root / "out"))
    try:
        yield importlib.import_module("tiny_client.api.default.get_thing")
    finally:
        sys.path.remove(str(root / "out"))
        for name in [n for n in sys.modules if n == "tiny_client" or n.startswith("tiny_client.")]:
            del sys.modules[name]


def test_the_return_type_names_none_only_for_the_bodiless_and_undocumented_cases(tiny: ModuleType) -> None:
    source = Path(tiny.__file__).read_text(encoding="utf-8")
    assert "-> Problem | Thing | None:" in source  # sync: 204, or a status the spec does not document
    assert "-> Response[Problem | Thing]:" in source
    assert "Any |" not in source


def test_an_undocumented_status_is_none_unless_the_client_asks_to_raise(tiny: ModuleType) -> None:
    package = importlib.import_module("tiny_client")
    errors = importlib.import_module("tiny_client.errors")
    with hostile_server(Canned(500, b'{"message": "boom"}', [("Content-Type", "application/json")])) as server:
        quiet = package.Client(base_url=server.base_url)
        detailed = tiny.sync_detailed("a", client=quiet)
        assert (detailed.status_code, detailed.parsed, detailed.problem) == (500, None, None)
        assert tiny.sync("a", client=quiet) is None

        loud = package.Client(base_url=server.base_url, raise_on_unexpected_status=True)
        for call in (tiny.sync_detailed, tiny.sync):
            with pytest.raises(errors.UnexpectedStatus) as raised:
                call("a", client=loud)
            assert raised.value.status_code == 500 and "boom" in raised.value.excerpt
            assert isinstance(raised.value, errors.ClientError)


def test_a_documented_response_without_a_body_is_none_and_documented_errors_are_returned(tiny: ModuleType) -> None:
    package = importlib.import_module("tiny_client")
    models = importlib.import_module("tiny_client.models")
    with hostile_server(Canned(204)) as server:
        assert tiny.sync("a", client=package.Client(base_url=server.base_url, raise_on_unexpected_status=True)) is None
    body = b'{"message": "no such thing"}'
    with hostile_server(Canned(404, body, [("Content-Type", "application/json")])) as server:
        problem = tiny.sync("a", client=package.Client(base_url=server.base_url, strict_response_validation=True))
        assert isinstance(problem, models.Problem) and problem.message == "no such thing"
