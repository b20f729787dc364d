"""Each hand-written spec is a valid OpenAPI document, and every example in it is valid against its schema."""

from __future__ import annotations

import jsonschema
import pytest
from openapi_spec_validator import validate

from scripts.codegen.config import ClientConfig
from tests.spec_tools import all_examples, inline_refs, load_spec, operations


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


@pytest.mark.parametrize(
    ("client", "operation_ids"),
    [
        (
            "veryfront",
            {"create_job", "list_jobs", "get_job", "cancel_job", "list_job_events", "get_job_logs", "get_job_batch",
             "list_job_batch_jobs"},
        ),
        ("dispersed", {"create_job", "list_jobs", "get_job", "cancel_job", "list_job_runs", "get_job_run"}),
        (
            "digitalocean",
            {"list_indexing_jobs", "create_indexing_job", "get_indexing_job", "cancel_indexing_job",
             "list_indexing_job_data_sources", "get_indexing_job_details_signed_url",
             "list_knowledge_base_indexing_jobs"},
        ),
    ],
)
def test_spec_covers_the_vendor_job_api(client: str, operation_ids: set[str]) -> None:
    from tests.conftest import CODEGEN

    spec = load_spec(CODEGEN.clients[client].spec)
    assert {op["operationId"] for _, _, op in operations(spec)} == operation_ids
