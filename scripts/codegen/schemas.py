"""Compiles a spec's response schemas into `<package>/_response_schemas.py`, the data the opt-in strict validation of a
generated client checks 2xx bodies against (see templates/runtime/_responses.py for the checker).

Only what validation needs survives: type, format, pattern, const, minimum, properties, required, items,
additionalProperties (when a schema), allOf, anyOf/oneOf (both as `anyOf`: extra fields make "exactly one" meaningless)
and discriminator. `enum` is dropped on purpose: a value the spec does not list must still parse (the generated enums
keep it), so only its type is checked. Named component schemas stay named (`{"$ref": "Job"}`), which keeps the module
small and allows recursive schemas.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openapi_python_client.strings import PythonIdentifier
from ruamel.yaml import YAML  # what the pinned generator reads specs with

_SCHEMA_PREFIX = "#/components/schemas/"
_RESPONSE_PREFIX = "#/components/responses/"
_KEPT = ("format", "pattern", "const", "minimum")
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
# JSON Lines: one JSON value per line. The response's schema describes one line (as Anthropic's own spec does for its
# batch results); the generated endpoint parses the body into a list of them (see the endpoint template).
JSONL_MEDIA_TYPES = ("application/x-jsonl", "application/jsonl", "application/x-ndjson")


def operation_name(operation_id: str) -> str:
    """The name the generator gives an operation (`Endpoint.name`, which the endpoint template sees)."""
    return str(PythonIdentifier(operation_id, prefix="field_"))


def load_spec(spec_path: Path) -> dict[str, Any]:
    spec: dict[str, Any] = YAML(typ="safe").load(spec_path.read_text(encoding="utf-8"))
    return spec


class SchemaCompileError(Exception):
    """The spec uses a schema construct the strict validator cannot check; extend compile_schema rather than skip it."""


def _types(schema: dict[str, Any]) -> list[str] | None:
    declared = schema.get("type")
    if declared is None:
        values = schema.get("enum")
        if values is None:
            return None
        names = {"bool": "boolean", "int": "integer", "float": "number", "str": "string", "NoneType": "null"}
        return sorted({names[type(v).__name__] for v in values})
    types = [declared] if isinstance(declared, str) else list(declared)
    if schema.get("nullable") is True and "null" not in types:  # OpenAPI 3.0 spelling
        types.append("null")
    return types


def compile_schema(schema: Any, where: str) -> dict[str, Any]:
    if schema is True or schema == {}:
        return {}
    if not isinstance(schema, dict):
        raise SchemaCompileError(f"{where}: unsupported schema {schema!r}")
    ref = schema.get("$ref")
    if ref is not None:
        if not ref.startswith(_SCHEMA_PREFIX):
            raise SchemaCompileError(f"{where}: only {_SCHEMA_PREFIX}... references are supported, got {ref}")
        return {"$ref": ref[len(_SCHEMA_PREFIX) :]}
    for unsupported in ("not", "if", "patternProperties", "prefixItems", "dependentSchemas"):
        if unsupported in schema:
            raise SchemaCompileError(f"{where}: '{unsupported}' is not supported by the strict validator")
    out: dict[str, Any] = {}
    types = _types(schema)
    if types is not None:
        out["type"] = types
    for key in _KEPT:
        if key in schema:
            out[key] = schema[key]
    if "properties" in schema:
        out["properties"] = {
            name: compile_schema(sub, f"{where}.{name}") for name, sub in schema["properties"].items()
        }
    if schema.get("required"):
        out["required"] = list(schema["required"])
    if "items" in schema:
        out["items"] = compile_schema(schema["items"], f"{where}[]")
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict):
        out["additionalProperties"] = compile_schema(extra, f"{where}.*")
    if "allOf" in schema:
        out["allOf"] = [compile_schema(s, f"{where}.allOf") for s in schema["allOf"]]
    choices = schema.get("oneOf", []) + schema.get("anyOf", [])
    if choices:
        out["anyOf"] = [compile_schema(s, f"{where}.oneOf") for s in choices]
    discriminator = schema.get("discriminator")
    if discriminator is not None:
        mapping = discriminator.get("mapping")
        if not mapping:
            raise SchemaCompileError(f"{where}: a discriminator needs an explicit mapping")
        out["discriminator"] = {
            "propertyName": discriminator["propertyName"],
            "mapping": {tag: compile_schema({"$ref": ref}, where)["$ref"] for tag, ref in mapping.items()},
        }
    return out


def _resolve_response(spec: dict[str, Any], response: dict[str, Any]) -> dict[str, Any]:
    ref = response.get("$ref")
    if ref is None:
        return response
    if not ref.startswith(_RESPONSE_PREFIX):
        raise SchemaCompileError(f"unsupported response reference {ref}")
    return spec["components"]["responses"][ref[len(_RESPONSE_PREFIX) :]]


def _success_media(spec: dict[str, Any]) -> Iterator[tuple[str, str, str, str, dict[str, Any]]]:
    """(operation name, status, where, media type, media) for the JSON or JSON Lines body of every success response
    (JSON when a response offers both)."""
    for path, item in spec.get("paths", {}).items():
        for method in _METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            for status, response in operation.get("responses", {}).items():
                status = str(status)
                if not status.startswith("2"):
                    continue
                content = _resolve_response(spec, response).get("content") or {}
                for media_type in ("application/json", *JSONL_MEDIA_TYPES):
                    if media_type in content:
                        where = f"{method.upper()} {path} {status}"
                        yield operation_name(operation["operationId"]), status, where, media_type, content[media_type]
                        break


def compile_spec(spec: dict[str, Any]) -> tuple[dict[str, Any], dict[tuple[str, str], Any]]:
    """(definitions by component name, schema by (operationId, status pattern)) for every JSON success response; for a
    JSON Lines response, the schema of one line."""
    responses: dict[tuple[str, str], Any] = {}
    for name, status, where, _, media in _success_media(spec):
        if "schema" in media:
            responses[(name, status)] = compile_schema(media["schema"], where)
    definitions = {
        name: compile_schema(schema, name)
        for name, schema in (spec.get("components", {}).get("schemas") or {}).items()
    }
    return definitions, responses


def render_module(spec_path: Path) -> str:
    """The source of `_response_schemas.py` for the spec at `spec_path` (ruff formats it afterwards)."""
    definitions, responses = compile_spec(load_spec(spec_path))
    return (
        '"""The response schemas of the spec, compiled for strict response validation (see _responses.py).\n\n'
        "RESPONSES maps (operationId, status) to the schema of a JSON success body; DEFINITIONS holds the named\n"
        "component schemas that {\"$ref\": name} points to. Enum values are not listed on purpose: a value the spec\n"
        'does not list must still parse."""\n\n'
        "from typing import Any\n\n"
        f"DEFINITIONS: dict[str, Any] = {definitions!r}\n\n"
        f"RESPONSES: dict[tuple[str, str], Any] = {responses!r}\n"
    )


# --- facts the generator's own model drops, handed to the templates -------------------------------------------------


def _resolve_parameter(spec: dict[str, Any], parameter: dict[str, Any]) -> dict[str, Any]:
    ref = parameter.get("$ref")
    if ref is None:
        return parameter
    prefix = "#/components/parameters/"
    if not ref.startswith(prefix):
        raise SchemaCompileError(f"unsupported parameter reference {ref}")
    return spec["components"]["parameters"][ref[len(prefix) :]]


def deprecations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """{operation name: {"deprecated": bool, "sunset": "YYYY-MM-DD" or "", "parameters": {wire name: sunset}}} for
    every operation that is deprecated or has a deprecated parameter (`deprecated: true`, optional `x-sunset`)."""
    found: dict[str, dict[str, Any]] = {}
    for item in spec.get("paths", {}).values():
        shared = item.get("parameters", [])
        for method in _METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            parameters = {}
            for parameter in (_resolve_parameter(spec, p) for p in [*shared, *operation.get("parameters", [])]):
                if parameter.get("deprecated"):
                    parameters[parameter["name"]] = str(parameter.get("x-sunset") or "")
            if operation.get("deprecated") or parameters:
                found[operation_name(operation["operationId"])] = {
                    "deprecated": bool(operation.get("deprecated")),
                    "sunset": str(operation.get("x-sunset") or "") if operation.get("deprecated") else "",
                    "parameters": parameters,
                }
    return found


_SCALARS = {"string", "integer", "number", "boolean"}


def deep_object_parameters(spec: dict[str, Any]) -> dict[str, dict[str, str]]:
    """{operation name: {Python name: wire name}} for every query parameter with `style: deepObject`, which the
    generator sends as plain `key=value` pairs (it ignores the style); postprocess.py makes them `name[key]=value`.
    Only a flat map of scalars (`additionalProperties` or `properties` of scalar types) has a defined wire form."""
    found: dict[str, dict[str, str]] = {}
    for path, item in spec.get("paths", {}).items():
        shared = item.get("parameters", [])
        for method in _METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            for parameter in (_resolve_parameter(spec, p) for p in [*shared, *operation.get("parameters", [])]):
                if parameter.get("in") != "query" or parameter.get("style") != "deepObject":
                    continue
                where = f"{method.upper()} {path} parameter {parameter['name']}"
                if parameter.get("explode") is False:
                    raise SchemaCompileError(f"{where}: deepObject with explode: false has no defined wire form")
                schema = _resolve_schema(spec, parameter.get("schema") or {})
                values = [schema.get("additionalProperties")] if isinstance(
                    schema.get("additionalProperties"), dict) else []
                values += list((schema.get("properties") or {}).values())
                if schema.get("type") != "object" or not values or not all(
                        set(_types(_resolve_schema(spec, v)) or ["object"]) <= _SCALARS | {"null"} for v in values):
                    raise SchemaCompileError(f"{where}: a deepObject parameter must be an object of scalar values")
                name = str(PythonIdentifier(parameter["name"], prefix="field_"))
                found.setdefault(operation_name(operation["operationId"]), {})[name] = parameter["name"]
    return found


def _resolve_schema(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref")
    if ref is None:
        return schema
    if not ref.startswith(_SCHEMA_PREFIX):
        raise SchemaCompileError(f"unsupported schema reference {ref}")
    resolved: dict[str, Any] = spec["components"]["schemas"][ref[len(_SCHEMA_PREFIX) :]]
    return resolved


def jsonl_responses(spec: dict[str, Any]) -> dict[str, list[str]]:
    """{operation name: [status patterns]} of the success responses whose body is JSON Lines."""
    found: dict[str, list[str]] = {}
    for name, status, _, media_type, _ in _success_media(spec):
        if media_type in JSONL_MEDIA_TYPES:
            found.setdefault(name, []).append(status)
    return found


def _jinja_literal(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value)  # a double-quoted string with backslash escapes reads the same in Jinja
    if isinstance(value, list):
        return "[" + ", ".join(_jinja_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(str(k))}: {_jinja_literal(v)}" for k, v in sorted(value.items())) + "}"
    raise SchemaCompileError(f"cannot hand {value!r} to the templates")


def render_facts(spec_path: Path) -> str:
    """`spec_facts.jinja`, which the endpoint template imports: the spec's deprecations (the generator does not keep
    `deprecated` or `x-sunset` on its endpoints and parameters) and its JSON Lines responses (the generator reads a
    JSON Lines body only through a `content_type_overrides` entry that calls it JSON, so the template must know)."""
    spec = load_spec(spec_path)
    return (
        "{# Written by scripts/codegen/schemas.py from the spec for one generation run; not committed. #}\n"
        f"{{% set deprecations = {_jinja_literal(deprecations(spec))} %}}\n"
        f"{{% set jsonl = {_jinja_literal(jsonl_responses(spec))} %}}\n"
    )
