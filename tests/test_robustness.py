"""Generated clients survive what real vendors send: new enum values, nulls, missing and unknown fields, hostile ids.

Every case starts from the spec's own example of a job and changes one thing, so the tests follow the specs.
"""

from __future__ import annotations

import copy
import importlib
import re
from dataclasses import dataclass
from typing import Any

import pytest

from scripts.codegen.config import ClientConfig
from tests.conftest import CLIENTS, CODEGEN
from tests.loopback import recording_server
from tests.spec_tools import inline_refs, load_spec, operation_module, operations, resolve, response_examples
from tests.test_clients import parse


@dataclass(frozen=True)
class JobShape:
    """Where a client's job lives in the get-job response, and how to call get-job."""

    get_operation: str
    envelope: tuple[str, ...]  # keys from the response body down to the job object
    status_fields: tuple[str, ...]
    path_kwargs: dict[str, str]  # the get-job path arguments other than the job id
    id_argument: str
    path_prefix: str  # the request path up to the job id
    nullable: bool  # whether any field of the job may be null


#: What a get-job path parameter other than the job id is given (e.g. Veryfront's project): valid for every pattern.
SAMPLE_PATH_VALUE = "sample_1"


def job_shape(client: ClientConfig) -> JobShape:
    """The shape from the spec itself: its `x-anyjob` facts (the get-job operation, the envelope, the status fields)
    and the operation's path, whose last parameter is the job id."""
    spec = load_spec(client.spec)
    facts = spec["x-anyjob"]["job"]
    path = next(path for path, _, op in operations(spec) if op["operationId"] == facts["get"])
    names = re.findall(r"{([^{}/]+)}", path)
    assert names and path.endswith("{" + names[-1] + "}"), f"{client.name}: {path} must end with the job id"
    for name in names:  # the generated function takes them as keyword arguments of the same names
        assert name.isidentifier() and name == name.lower(), f"{client.name}: path parameter {name!r}"
    kwargs = dict.fromkeys(names[:-1], SAMPLE_PATH_VALUE)
    prefix = path[: -len("{" + names[-1] + "}")].format(**kwargs)
    return JobShape(facts["get"], tuple(facts["envelope"]), tuple(facts["status"]), kwargs, names[-1], prefix,
                    facts.get("nullable", True))


JOBS = {client.name: job_shape(client) for client in CLIENTS}

CASES = [pytest.param(CODEGEN.clients[name], shape, id=name) for name, shape in JOBS.items()]


def job_example(client: ClientConfig, shape: JobShape) -> dict[str, Any]:
    body = next(
        v
        for op, _, status, v in response_examples(load_spec(client.spec))
        if op == shape.get_operation and status == 200
    )
    return copy.deepcopy(body)


def job_schema(client: ClientConfig, shape: JobShape) -> dict[str, Any]:
    spec = load_spec(client.spec)
    op = next(op for _, _, op in operations(spec) if op["operationId"] == shape.get_operation)
    schema = inline_refs(spec, resolve(spec, op["responses"]["200"])["content"]["application/json"]["schema"])
    for key in shape.envelope:
        schema = schema["properties"][key]
    return _merge_all_of(schema)


def _merge_all_of(schema: dict[str, Any]) -> dict[str, Any]:
    if "allOf" not in schema:
        return schema
    merged: dict[str, Any] = {
        "properties": dict(schema.get("properties", {})),
        "required": list(schema.get("required", [])),
    }
    for part in schema["allOf"]:
        part = _merge_all_of(part)
        merged["properties"].update(part.get("properties", {}))
        merged["required"] += part.get("required", [])
    return merged


def _allows_null(schema: dict[str, Any]) -> bool:
    types = schema.get("type")
    if types == "null" or (isinstance(types, list) and "null" in types):
        return True
    return any(_allows_null(s) for s in schema.get("oneOf", []) + schema.get("anyOf", []))


def with_job(body: dict[str, Any], shape: JobShape) -> tuple[dict[str, Any], dict[str, Any]]:
    """(body, the job object inside it)."""
    job = body
    for key in shape.envelope:
        job = job[key]
    return body, job


def parsed_job(client: ClientConfig, shape: JobShape, body: dict[str, Any]) -> Any:
    parsed = parse(client, shape.get_operation, 200, body)
    for key in shape.envelope:
        parsed = getattr(parsed, key)
    return parsed


@pytest.mark.parametrize(("client", "shape"), CASES)
def test_unlisted_enum_value_keeps_the_raw_string(client: ClientConfig, shape: JobShape) -> None:
    for field in shape.status_fields:
        body, job = with_job(job_example(client, shape), shape)
        job[field] = "PAUSED_BY_VENDOR_2027"
        value = getattr(parsed_job(client, shape, body), field)
        assert value.value == "PAUSED_BY_VENDOR_2027"
        assert value == "PAUSED_BY_VENDOR_2027"
        assert value.is_known is False
        assert value not in list(type(value)), "an unlisted value must not join the enum's known members"
        assert all(member.is_known for member in type(value))
        assert (
            with_job(parse(client, shape.get_operation, 200, body).to_dict(), shape)[1][field]
            == "PAUSED_BY_VENDOR_2027"
        )


@pytest.mark.parametrize(("client", "shape"), CASES)
def test_null_in_every_nullable_field_parses(client: ClientConfig, shape: JobShape) -> None:
    nullable = [name for name, prop in job_schema(client, shape)["properties"].items() if _allows_null(prop)]
    assert bool(nullable) is shape.nullable, "the spec's x-anyjob says whether its job has nullable fields"
    if not shape.nullable:
        return  # the vendor marks nothing nullable; it omits fields instead (see the next test)
    body, job = with_job(job_example(client, shape), shape)
    for name in nullable:
        job[name] = None
    parsed = parsed_job(client, shape, body)
    for name in nullable:
        assert getattr(parsed, name) is None, name
    assert all(parsed.to_dict()[name] is None for name in nullable)


@pytest.mark.parametrize(("client", "shape"), CASES)
def test_absent_optional_fields_parse(client: ClientConfig, shape: JobShape) -> None:
    schema = job_schema(client, shape)
    optional = set(schema["properties"]) - set(schema.get("required", []))
    assert optional
    body, job = with_job(job_example(client, shape), shape)
    for name in optional:
        job.pop(name, None)
    parsed = parsed_job(client, shape, body)
    assert not optional & set(parsed.to_dict()), "absent fields must stay absent, not come back as null"


@pytest.mark.parametrize(("client", "shape"), CASES)
def test_unknown_fields_are_kept(client: ClientConfig, shape: JobShape) -> None:
    body, job = with_job(job_example(client, shape), shape)
    job["added_by_vendor_2027"] = {"nested": [1, "two", None]}
    body["top_level_addition"] = True
    parsed = parse(client, shape.get_operation, 200, body)
    assert parsed.to_dict()["top_level_addition"] is True
    assert with_job(parsed.to_dict(), shape)[1]["added_by_vendor_2027"] == {"nested": [1, "two", None]}


@pytest.mark.parametrize(("client", "shape"), CASES)
@pytest.mark.parametrize(
    ("job_id", "encoded"),
    [("../admin", "%2E%2E%2Fadmin"), ("..", "%2E%2E"), (".", "%2E"), ("a b?c#d/", "a%20b%3Fc%23d%2F")],
)
def test_path_parameters_are_encoded_on_the_wire(
    client: ClientConfig, shape: JobShape, job_id: str, encoded: str
) -> None:
    body = job_example(client, shape)
    with recording_server(lambda request: (200, body)) as server:
        generated = importlib.import_module(client.package).Client(base_url=server.base_url)
        module = operation_module(client, shape.get_operation)
        response = module.sync_detailed(client=generated, **shape.path_kwargs, **{shape.id_argument: job_id})
        assert response.status_code == 200
    assert [r.raw_path for r in server.requests] == [shape.path_prefix + encoded]


def _bearer(client: ClientConfig) -> bool:
    """Whether the spec authenticates with a bearer token (the generated AuthenticatedClient then holds one)."""
    schemes = load_spec(client.spec)["components"]["securitySchemes"].values()
    return any(s.get("type") == "http" and str(s.get("scheme", "")).lower() == "bearer" for s in schemes)


@pytest.mark.parametrize("name", [client.name for client in CLIENTS if _bearer(client)])
def test_bearer_token_stays_out_of_the_client_repr(name: str) -> None:
    package = importlib.import_module(CODEGEN.clients[name].package)
    client = package.AuthenticatedClient(
        base_url="http://127.0.0.1",
        token="tok-SECRET-1",
        headers={"X-API-Key": "vf_SECRET_2"},
        cookies={"s": "SECRET3"},
    )
    assert "SECRET" not in repr(client)
    assert "SECRET" not in repr(client.with_headers({"X-Extra": "SECRET4"}))
