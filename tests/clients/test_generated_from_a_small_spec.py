"""Template behaviour that the three real specs do not exercise, on a client generated in the test from a small spec:
an operation without a `default` response (raise_on_unexpected_status), a documented response without a body, and
deprecated operations and parameters (`deprecated: true`, `x-sunset`) that warn where they are called."""

from __future__ import annotations

import asyncio
import dataclasses
import importlib
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from scripts.codegen.config import ClientConfig
from scripts.codegen.render import render
from tests.clients.hostile import Canned, hostile_server
from tests.conftest import CODEGEN
from tests.test_typing import mypy_strict

SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "Tiny", "version": "1"},
    "paths": {
        "/things/{id}": {
            "get": {
                "operationId": "get_thing",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "verbose", "in": "query", "schema": {"type": "boolean"}, "deprecated": True,
                     "x-sunset": "2027-01-31"},
                ],
                "responses": {
                    "200": {"description": "the thing",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                    "204": {"description": "nothing yet"},
                    "404": {"description": "no such thing",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
                },
            }
        },
        "/things/{id}/legacy": {
            "get": {
                "operationId": "getLegacyThing",
                "deprecated": True,
                "x-sunset": "2027-06-30",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {
                    "200": {"description": "the thing",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                },
            }
        },
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


THING = Canned(200, b'{"id": "a", "size": 3}', [("Content-Type", "application/json")])


@pytest.fixture(scope="module")
def legacy(tiny: ModuleType) -> ModuleType:
    return importlib.import_module("tiny_client.api.default.get_legacy_thing")


def test_a_deprecated_operation_warns_once_per_call_site_naming_its_sunset(legacy: ModuleType) -> None:
    package = importlib.import_module("tiny_client")
    with hostile_server(THING) as server, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("ignore")  # e.g. ResourceWarnings from other tests' clients, collected meanwhile
        warnings.simplefilter("default", DeprecationWarning)  # Python's default outside __main__ would hide them
        client = package.Client(base_url=server.base_url, strict_response_validation=True)
        for _ in range(3):
            assert legacy.sync("a", client=client).id == "a"  # one call site, three calls
        legacy.sync_detailed("a", client=client)  # a second call site
    assert [str(w.message) for w in caught] == [
        "get_legacy_thing (GET /things/{id}/legacy) is deprecated and will be removed on 2027-06-30 (its sunset date)"
    ] * 2
    assert all(w.category is DeprecationWarning and w.filename == __file__ for w in caught)
    assert len({w.lineno for w in caught}) == 2
    for function in (legacy.sync, legacy.sync_detailed, legacy.asyncio, legacy.asyncio_detailed):
        assert "Deprecated: get_legacy_thing (GET /things/{id}/legacy) is deprecated" in (function.__doc__ or "")
        assert "2027-06-30" in (function.__doc__ or "")


def test_a_deprecated_operation_warns_at_the_await_in_async_code(legacy: ModuleType) -> None:
    package = importlib.import_module("tiny_client")

    async def caller(base_url: str) -> None:
        await legacy.asyncio("a", client=package.Client(base_url=base_url))

    with hostile_server(THING) as server, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("ignore")
        warnings.simplefilter("always", DeprecationWarning)
        asyncio.run(caller(server.base_url))
    assert [(w.category, w.filename) for w in caught] == [(DeprecationWarning, __file__)]
    assert "2027-06-30" in str(caught[0].message)


def test_a_deprecated_parameter_warns_only_when_passed(tiny: ModuleType) -> None:
    package = importlib.import_module("tiny_client")
    with hostile_server(THING) as server, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("ignore")
        warnings.simplefilter("always", DeprecationWarning)
        client = package.Client(base_url=server.base_url)
        tiny.sync("a", client=client)
        assert not caught, "an operation that is not deprecated, called without the deprecated parameter, is silent"
        tiny.sync("a", client=client, verbose=True)
    assert [str(w.message) for w in caught] == [
        "the parameter verbose of get_thing is deprecated and will be removed on 2027-01-31 (its sunset date)"
    ]
    assert caught[0].filename == __file__
    assert "Deprecated: the parameter verbose of get_thing" in (tiny.sync.__doc__ or "")


def test_the_small_client_passes_mypy_strict(tiny: ModuleType, tmp_path: Path) -> None:
    """The template branches only this spec reaches (deprecations, no default response) type-check too."""
    package_dir = Path(tiny.__file__).parents[2]
    mypy_strict(str(package_dir), cache=tmp_path / "cache")


def test_the_real_clients_have_no_deprecation_warnings_to_give() -> None:
    """None of the three specs deprecates an operation or a parameter (DigitalOcean deprecates a property only)."""
    for client in CODEGEN.clients.values():
        for path in (client.directory / client.package / "api").rglob("*.py"):
            assert "DeprecationWarning" not in path.read_text(encoding="utf-8"), path
