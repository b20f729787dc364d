"""Each generated client parses every response example of its spec, and its models round-trip."""

from __future__ import annotations

import importlib
from typing import Any

import httpx2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from scripts.codegen.config import ClientConfig
from tests.conftest import CLIENTS
from tests.spec_tools import (
    inline_refs,
    json_equivalent,
    load_spec,
    operation_module,
    operations,
    resolve,
    response_examples,
)


def parse(client: ClientConfig, operation_id: str, status: int, body: Any) -> Any:
    """Run the generated client's own response parsing for `operation_id` on a response with `body`."""
    module = operation_module(client, operation_id)
    generated = importlib.import_module(client.package).Client(base_url="http://127.0.0.1")
    return module._parse_response(client=generated, response=httpx2.Response(status, json=body))


EXAMPLES = [
    pytest.param(client, op_id, status, value, id=f"{client.name}-{op_id}-{status}-{name}")
    for client in CLIENTS
    for op_id, name, status, value in response_examples(load_spec(client.spec))
]


@pytest.mark.parametrize(("client", "operation_id", "status", "example"), EXAMPLES)
def test_response_example_parses_and_round_trips(
    client: ClientConfig, operation_id: str, status: int, example: Any
) -> None:
    parsed = parse(client, operation_id, status, example)
    assert parsed is not None, "the generated client did not recognise a documented response"
    json_equivalent(example, parsed.to_dict())
    assert type(parsed).from_dict(parsed.to_dict()) == parsed


def test_every_operation_has_a_parsed_example(client_config: ClientConfig) -> None:
    spec = load_spec(client_config.spec)
    with_examples = {op_id for op_id, *_ in response_examples(spec)}
    assert {op["operationId"] for _, _, op in operations(spec)} <= with_examples


# hypothesis-jsonschema knows the JSON Schema formats; these are OpenAPI's.
OPENAPI_FORMATS = {
    "uint64": st.integers(min_value=0, max_value=2**64 - 1).map(str),
    "int64": st.integers(min_value=-(2**63), max_value=2**63 - 1).map(str),
    "int32": st.integers(min_value=-(2**31), max_value=2**31 - 1).map(str),
    "uuid": st.uuids().map(str),
}


def _success_schemas() -> list[Any]:
    params = []
    for client in CLIENTS:
        spec = load_spec(client.spec)
        for _, _, op in operations(spec):
            for status, response in op["responses"].items():
                media = (resolve(spec, response).get("content") or {}).get("application/json")
                if str(status).startswith("2") and media and "schema" in media:
                    schema = inline_refs(spec, media["schema"])
                    params.append(pytest.param(client, op["operationId"], int(status), schema,
                                               id=f"{client.name}-{op['operationId']}-{status}"))
    return params


@pytest.mark.parametrize(("client", "operation_id", "status", "schema"), _success_schemas())
def test_any_schema_valid_response_parses_and_round_trips(
    client: ClientConfig, operation_id: str, status: int, schema: dict[str, Any]
) -> None:
    @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(from_schema(schema, custom_formats=OPENAPI_FORMATS))
    def check(body: Any) -> None:
        parsed = parse(client, operation_id, status, body)
        assert parsed is not None
        again = type(parsed).from_dict(parsed.to_dict())
        assert again == parsed
        assert again.to_dict() == parsed.to_dict()

    check()


LAZY_MODELS = """
import importlib, json, sys
package = sys.argv[1]
models = importlib.import_module(package + ".models")
prefix = package + ".models."
before = sorted(name for name in sys.modules if name.startswith(prefix))
first = sorted(models.__all__)[0]
getattr(models, first)
after = sorted(name for name in sys.modules if name.startswith(prefix))
print(json.dumps({"before": before, "after": after, "all": list(models.__all__), "dir": dir(models)}))
"""


def test_models_are_imported_when_first_used(client_config: ClientConfig) -> None:
    """The generated `models` package imports no model until one is used, then that model's module (and the enums it
    imports) only; every name it exports still resolves, lists in dir() and comes from its own module. (An eager
    package, whose models import one another through it, was a circle of imports that threads starting at once could
    deadlock on: tests/facade/test_first_use.py.)"""
    import json
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", LAZY_MODELS, client_config.package], capture_output=True, text=True,
                          check=True)
    seen = json.loads(done.stdout)
    assert seen["before"] == []
    assert 1 <= len(seen["after"]) < len(seen["all"]), seen["after"]
    assert set(seen["all"]) <= set(seen["dir"])
    models = importlib.import_module(f"{client_config.package}.models")
    for name in models.__all__:
        value = getattr(models, name)
        assert value.__name__ == name and value.__module__.startswith(f"{client_config.package}.models.")
    with pytest.raises(AttributeError, match="no attribute 'NoSuchModel'"):
        models.NoSuchModel  # noqa: B018
