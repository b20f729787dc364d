"""Walking our OpenAPI documents: operations, examples and the generated module behind each operation."""

from __future__ import annotations

import datetime
import importlib
import pkgutil
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

from scripts.codegen.config import ClientConfig

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


@cache
def load_spec(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow a local `$ref` (repeatedly) to the node it names."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def inline_refs(spec: dict[str, Any], node: Any, depth: int = 0) -> Any:
    """`node` with every local `$ref` replaced by its target (our specs have no recursive schemas)."""
    if depth > 50:
        raise RecursionError("recursive $ref in spec")
    if isinstance(node, dict):
        if "$ref" in node:
            return inline_refs(spec, resolve(spec, node), depth + 1)
        return {k: inline_refs(spec, v, depth + 1) for k, v in node.items()}
    if isinstance(node, list):
        return [inline_refs(spec, v, depth + 1) for v in node]
    return node


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


def media_examples(spec: dict[str, Any], media: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    if "example" in media:
        yield "example", media["example"]
    for name, example in (media.get("examples") or {}).items():
        example = resolve(spec, example)
        if "value" in example:
            yield name, example["value"]


def response_examples(spec: dict[str, Any]) -> Iterator[tuple[str, str, int, Any]]:
    """(operationId, example name, status code, JSON value) for every JSON response example with a numeric status."""
    for _, _, op in operations(spec):
        for status, response in op.get("responses", {}).items():
            if not str(status).isdigit():
                continue
            media = (resolve(spec, response).get("content") or {}).get("application/json")
            if media:
                for name, value in media_examples(spec, media):
                    yield op["operationId"], name, int(status), value


def all_examples(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], Any]]:
    """(where, schema, value) for every example in the document: media types, parameters, schemas."""

    def walk_schema(where: str, schema: Any) -> Iterator[tuple[str, dict[str, Any], Any]]:
        if not isinstance(schema, dict) or "$ref" in schema:
            return
        if "example" in schema:
            yield f"{where} (example)", schema, schema["example"]
        for i, value in enumerate(schema.get("examples") or []):
            yield f"{where} (examples[{i}])", schema, value
        for key in ("properties", "patternProperties", "$defs"):
            for name, sub in (schema.get(key) or {}).items():
                yield from walk_schema(f"{where}.{name}", sub)
        for key in ("items", "additionalProperties", "not"):
            yield from walk_schema(f"{where}[{key}]", schema.get(key))
        for key in ("oneOf", "anyOf", "allOf", "prefixItems"):
            for i, sub in enumerate(schema.get(key) or []):
                yield from walk_schema(f"{where}.{key}[{i}]", sub)

    for name, schema in (spec.get("components", {}).get("schemas") or {}).items():
        yield from walk_schema(f"#/components/schemas/{name}", schema)

    def walk_media(where: str, content: dict[str, Any] | None) -> Iterator[tuple[str, dict[str, Any], Any]]:
        for media_type, media in (content or {}).items():
            if "schema" in media:
                for name, value in media_examples(spec, media):
                    yield f"{where} {media_type} [{name}]", media["schema"], value

    for component in ("responses", "requestBodies"):
        for name, item in (spec.get("components", {}).get(component) or {}).items():
            yield from walk_media(f"#/components/{component}/{name}", item.get("content"))
    for component in ("parameters", "headers"):
        for name, item in (spec.get("components", {}).get(component) or {}).items():
            if "example" in item and "schema" in item:
                yield f"#/components/{component}/{name}", item["schema"], item["example"]
    for path, method, op in operations(spec):
        where = f"{method.upper()} {path}"
        for param in op.get("parameters", []):
            param = resolve(spec, param)
            if "example" in param and "schema" in param:
                yield f"{where} parameter {param['name']}", param["schema"], param["example"]
            for name, example in (param.get("examples") or {}).items():
                example = resolve(spec, example)
                if "value" in example:
                    yield f"{where} parameter {param['name']} [{name}]", param["schema"], example["value"]
        body = resolve(spec, op.get("requestBody") or {})
        yield from walk_media(f"{where} request", body.get("content"))
        for status, response in op.get("responses", {}).items():
            yield from walk_media(f"{where} {status}", resolve(spec, response).get("content"))


def snake(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()).strip("_")


@cache
def operation_modules(package: str) -> dict[str, ModuleType]:
    """The generated endpoint modules of a client package, by module name (the snake-cased operationId)."""
    api = importlib.import_module(f"{package}.api")
    modules = {}
    for info in pkgutil.walk_packages(api.__path__, prefix=f"{package}.api."):
        module = importlib.import_module(info.name)
        if hasattr(module, "_parse_response"):
            modules[info.name.rsplit(".", 1)[1]] = module
    return modules


def operation_module(client: ClientConfig, operation_id: str) -> ModuleType:
    return operation_modules(client.package)[snake(operation_id)]


def _as_time(value: str) -> datetime.date | None:
    for parse in (datetime.date.fromisoformat, datetime.datetime.fromisoformat):
        try:
            return parse(value)
        except ValueError:
            continue
    return None


def json_equivalent(sent: Any, returned: Any, where: str = "$") -> None:
    """Assert that `returned` carries everything in `sent`: same keys and values, timestamps compared as instants."""
    if isinstance(sent, dict):
        assert isinstance(returned, dict), f"{where}: expected an object, got {returned!r}"
        assert sent.keys() == returned.keys(), f"{where}: keys {sorted(sent)} came back as {sorted(returned)}"
        for key in sent:
            json_equivalent(sent[key], returned[key], f"{where}.{key}")
    elif isinstance(sent, list):
        assert isinstance(returned, list) and len(sent) == len(returned), f"{where}: {sent!r} != {returned!r}"
        for i, (a, b) in enumerate(zip(sent, returned, strict=True)):
            json_equivalent(a, b, f"{where}[{i}]")
    elif isinstance(sent, str) and isinstance(returned, str) and sent != returned:
        a, b = _as_time(sent), _as_time(returned)
        assert a is not None and a == b, f"{where}: {sent!r} came back as {returned!r}"
    elif isinstance(sent, bool) or isinstance(returned, bool):
        assert sent is returned, f"{where}: {sent!r} came back as {returned!r}"
    else:
        assert sent == returned, f"{where}: {sent!r} came back as {returned!r}"
