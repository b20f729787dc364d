"""Each hand-written spec is a valid OpenAPI document, and every example in it is valid against its schema."""

from __future__ import annotations

import urllib.parse

import jsonschema
import pytest
from openapi_spec_validator import validate

from scripts.codegen.config import ClientConfig
from tests.spec_tools import all_examples, inline_refs, load_spec, operations, resolve


def test_spec_is_valid_openapi(client_config: ClientConfig) -> None:
    spec = load_spec(client_config.spec)
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_every_example_matches_its_schema(client_config: ClientConfig) -> None:
    spec = load_spec(client_config.spec)
    examples = list(all_examples(spec))
    assert len(examples) >= 10, "a vendor spec should carry examples from the vendor docs"
    failures = []
    for where, schema, value in examples:
        validator = jsonschema.Draft202012Validator(
            inline_refs(spec, schema), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
        )
        failures += [f"{where}: {error.message}" for error in validator.iter_errors(value)]
    assert not failures, "\n".join(failures)


def test_example_check_can_fail(client_config: ClientConfig) -> None:
    # Guards the test above: a wrong value for a typed schema must be reported.
    spec = load_spec(client_config.spec)
    where, schema, value = next((w, s, v) for w, s, v in all_examples(spec) if isinstance(v, dict) and " 200 " in w)
    validator = jsonschema.Draft202012Validator(inline_refs(spec, schema))
    assert validator.is_valid(value)
    assert not validator.is_valid(["not", "an", "object"]), where


def test_operations_are_documented(client_config: ClientConfig) -> None:
    spec = load_spec(client_config.spec)
    ids = []
    for path, method, op in operations(spec):
        where = f"{method.upper()} {path}"
        assert op.get("operationId", "").isidentifier(), f"{where}: operationId must read as a Python name"
        assert len(op.get("tags", [])) == 1, f"{where}: exactly one tag (it names the generated module)"
        assert op.get("summary") and op.get("description"), f"{where}: summary and description"
        assert any(s.startswith("2") for s in map(str, op["responses"])), f"{where}: a success response"
        assert "default" in op["responses"], f"{where}: a default (error) response"
        ids.append(op["operationId"])
    assert len(ids) == len(set(ids))
    assert spec.get("security") and spec["components"].get("securitySchemes")


def test_anyjob_facts_name_the_job_operation(client_config: ClientConfig) -> None:
    """The spec's `x-anyjob` facts (what tests/test_robustness.py and tests/clients read) fit the spec: the get-job
    operation exists, its path ends with the job id, its success answer holds the job under `envelope` and the job
    has the `status` fields."""
    spec = load_spec(client_config.spec)
    facts = spec["x-anyjob"]["job"]
    assert set(facts) <= {"get", "envelope", "status", "nullable"}, sorted(facts)
    found = [(path, op) for path, _, op in operations(spec) if op["operationId"] == facts["get"]]
    assert len(found) == 1, f"x-anyjob names {facts['get']!r}, which the spec does not have"
    path, op = found[0]
    assert path.endswith("}"), f"{path}: the job id is the last path parameter"
    schema = inline_refs(spec, resolve(spec, op["responses"]["200"])["content"]["application/json"]["schema"])
    for key in facts["envelope"]:
        schema = schema["properties"][key]
    properties = {name for part in [schema, *schema.get("allOf", [])] for name in part.get("properties", {})}
    assert facts["status"] and set(facts["status"]) <= properties, (facts["status"], sorted(properties))


def test_the_vendors_simulator_serves_exactly_the_spec(client_config: ClientConfig) -> None:
    """The spec of a vendor is codegen.toml's client named after it, and its simulator (written from the vendor's docs,
    not from the spec) serves exactly the spec's operations: the same operationIds, methods and paths; anyjob's job
    routes among them, the get route the one `x-anyjob` names.

    This replaces a list of operationIds typed in here for each vendor: the spec is that list, `nox -s breaking` guards
    removals from it, and the simulator, written independently, must agree with it."""
    from anyjob import vendor_names
    from anyjob.testing import SIMULATORS

    if client_config.name not in vendor_names():
        pytest.skip(f"{client_config.name} is a client without an anyjob vendor")
    spec = load_spec(client_config.spec)
    sim = SIMULATORS[client_config.name](jobs=16)
    base = urllib.parse.urlsplit(spec["servers"][0]["url"]).path.rstrip("/")  # a server URL may end in a path (/v1)
    documented = {(method.upper(), base + path, op["operationId"]) for path, method, op in operations(spec)}
    served = {(op.method, op.path, op.name) for op in sim.operations()}
    assert served == documented, {"only in the spec": documented - served, "only served": served - documented}
    routes = [sim.job_routes(job_id) for job_id in sim.job_ids]
    ids = {op_id for *_, op_id in documented}
    assert {name for r in routes for name in (r.get, r.cancel)} | set(sim.list_routes) <= ids
    assert spec["x-anyjob"]["job"]["get"] in {r.get for r in routes}  # one kind of job's get, for a vendor with several
