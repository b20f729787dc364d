"""The strict response validation: the spec's compiled schemas (scripts/codegen/schemas.py) and the checker every client
carries (`<package>/_responses.py`). It must accept everything the spec allows and name the path of what it does not."""

from __future__ import annotations

import importlib
from typing import Any

import httpx2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis_jsonschema import from_schema

from scripts.codegen.config import ClientConfig
from scripts.codegen.schemas import SchemaCompileError, compile_schema
from tests.conftest import CLIENTS
from tests.spec_tools import load_spec, operation_module, response_examples
from tests.test_clients import OPENAPI_FORMATS, _success_schemas

RUNTIME = importlib.import_module("veryfront_client._responses")  # the same file in every client


def strict_build(client: ClientConfig, operation_id: str, status: int, body: Any) -> Any:
    module = operation_module(client, operation_id)
    generated = importlib.import_module(client.package).Client(base_url="http://127.0.0.1",
                                                               strict_response_validation=True)
    return module._build_response(client=generated, response=httpx2.Response(status, json=body))


SUCCESS_EXAMPLES = [
    pytest.param(client, op_id, status, value, id=f"{client.name}-{op_id}-{status}-{name}")
    for client in CLIENTS
    for op_id, name, status, value in response_examples(load_spec(client.spec))
    if 200 <= status < 300
]


@pytest.mark.parametrize(("client", "operation_id", "status", "example"), SUCCESS_EXAMPLES)
def test_every_documented_success_example_passes_strict_validation(
    client: ClientConfig, operation_id: str, status: int, example: Any
) -> None:
    response = strict_build(client, operation_id, status, example)
    assert response.problem is None, response.problem
    assert response.parsed is not None


INTEGER_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1), "uint64": (0, 2**64 - 1)}


def openapi_integers(schema: Any) -> Any:
    """`schema` with OpenAPI's integer formats as JSON Schema bounds: JSON Schema ignores `format` on integers (so
    hypothesis-jsonschema would draw 2**63 for an int64), OpenAPI does not (and neither does strict validation)."""
    if isinstance(schema, list):
        return [openapi_integers(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: openapi_integers(v) for k, v in schema.items()}
    types = schema.get("type")
    integer = types == "integer" or isinstance(types, list) and "integer" in types
    if schema.get("format") in INTEGER_BOUNDS and integer:
        low, high = INTEGER_BOUNDS[schema["format"]]
        out["minimum"] = max(low, schema.get("minimum", low))
        out["maximum"] = min(high, schema.get("maximum", high))
    return out


@pytest.mark.parametrize(("client", "operation_id", "status", "schema"), _success_schemas())
def test_any_schema_valid_body_passes_strict_validation(
    client: ClientConfig, operation_id: str, status: int, schema: dict[str, Any]
) -> None:
    @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(from_schema(openapi_integers(schema), custom_formats=OPENAPI_FORMATS))
    def check(body: Any) -> None:
        response = strict_build(client, operation_id, status, body)
        assert response.problem is None, response.problem

    check()


def mismatch(schema: dict[str, Any], value: Any) -> Any:
    with pytest.raises(RUNTIME.Mismatch) as raised:
        RUNTIME._compile(compile_schema(schema, "test"))(value)
    return raised.value


def test_the_checker_names_the_path_and_what_it_expected() -> None:
    schema = {
        "type": "object",
        "required": ["items"],
        "properties": {
            "items": {"type": "array", "items": {"type": "object", "properties": {
                "count": {"type": "string", "format": "uint64"},
                "when": {"type": ["string", "null"], "format": "date-time"},
                "size": {"type": "integer", "format": "int32", "minimum": 0},
            }}},
        },
    }
    check = RUNTIME._compile(compile_schema(schema, "test"))
    check({"items": [{"count": "18446744073709551615", "when": None, "size": 3}], "extra": {"any": 1}})
    found = mismatch(schema, {"items": [{}, {}, {"count": 7}]})
    assert (found.path(), found.expected, found.got) == ("$.items[2].count", "string (format uint64)", "an integer")
    assert mismatch(schema, {"items": [{"count": "-1"}]}).expected == "string (format uint64)"
    assert mismatch(schema, {"items": [{"count": "18446744073709551616"}]}).path() == "$.items[0].count"
    assert mismatch(schema, {"items": [{"when": "yesterday"}]}).got == "'yesterday'"
    assert mismatch(schema, {"items": [{"size": 2**31}]}).expected.endswith("between -2147483648 and 2147483647")
    assert mismatch(schema, {"items": [{"size": -1}]}).expected == "a number >= 0"
    assert mismatch(schema, {"items": [{"size": True}]}).got == "a boolean"
    found = mismatch(schema, {})
    assert (found.path(), found.got) == ("$.items", "nothing (absent)")


def test_enum_values_are_not_enforced_but_their_type_is() -> None:
    schema = {"type": "string", "enum": ["A", "B"]}
    RUNTIME._compile(compile_schema(schema, "test"))("ADDED_LATER")
    assert mismatch(schema, 3).expected == "string"
    untyped = {"enum": [1, 2]}
    RUNTIME._compile(compile_schema(untyped, "test"))(3)
    assert mismatch(untyped, "1").expected == "integer"


def test_choices_report_the_only_possible_branch_or_all_of_them() -> None:
    nullable = {"oneOf": [{"type": "string", "format": "uuid"}, {"type": "null"}]}
    assert mismatch(nullable, "not-a-uuid").expected == "string (format uuid)"
    both = {"anyOf": [{"type": "string", "format": "date"}, {"type": "string", "format": "date-time"}]}
    RUNTIME._compile(compile_schema(both, "test"))("2025-01-02T03:04:05Z")
    assert mismatch(both, "soon").expected == "string (format date) or string (format date-time)"
    assert mismatch(both, 5).got == "an integer"


def test_schema_constructs_the_checker_cannot_check_fail_generation() -> None:
    for unsupported in ({"not": {"type": "string"}}, {"$ref": "other.yaml#/X"},
                        {"oneOf": [{"$ref": "#/components/schemas/A"}], "discriminator": {"propertyName": "k"}}):
        with pytest.raises(SchemaCompileError):
            compile_schema(unsupported, "test")
