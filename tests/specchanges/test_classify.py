"""The classifier against a corpus of spec mutations: each is a small function applied to a deep copy of a real spec,
with the oasdiff check id(s) and level(s) it must produce -- no more, no fewer."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from scripts.specchanges import CHECKS, Bump, Level, classify
from scripts.specchanges.checks import ANYJOB_CHECKS
from scripts.specchanges.classify import Policy
from scripts.specchanges.openapi import load_document
from tests.specchanges.helpers import op, schema, spec

ERR, WARN, INFO = Level.ERR, Level.WARN, Level.INFO
Doc = dict[str, Any]

DO_LIST = "/v2/gen-ai/indexing_jobs"
DO_GET = "/v2/gen-ai/indexing_jobs/{uuid}"
DO_CANCEL = "/v2/gen-ai/indexing_jobs/{uuid}/cancel"
DO_SIGNED_URL = "/v2/gen-ai/indexing_jobs/{indexing_job_uuid}/details_signed_url"
VF_JOBS = "/projects/{project_reference}/jobs"


@dataclass(frozen=True)
class Mutation:
    name: str
    spec: str
    mutate: Callable[[Doc], None]  # applied to the new version
    expected: frozenset[tuple[str, Level]]
    before: Callable[[Doc], None] | None = None  # applied to the old version only


CORPUS: list[Mutation] = []


def mutation(
    spec_name: str, *expected: tuple[str, Level], before: Callable[[Doc], None] | None = None
) -> Callable[[Callable[[Doc], None]], Callable[[Doc], None]]:
    def register(fn: Callable[[Doc], None]) -> Callable[[Doc], None]:
        CORPUS.append(Mutation(fn.__name__, spec_name, fn, frozenset(expected), before))
        return fn

    return register


# --- operations -----------------------------------------------------------------------------------------------------


@mutation("digitalocean", ("api-path-removed-without-deprecation", ERR))
def remove_path(d: Doc) -> None:
    del d["paths"][DO_SIGNED_URL]


@mutation("digitalocean", ("api-removed-without-deprecation", ERR))
def remove_operation_keep_path(d: Doc) -> None:
    del d["paths"][DO_LIST]["post"]


def _deprecate_signed_url(d: Doc) -> None:
    op(d, DO_SIGNED_URL, "get")["deprecated"] = True


@mutation("digitalocean", ("api-path-removed-with-deprecation", INFO), before=_deprecate_signed_url)
def remove_deprecated_path(d: Doc) -> None:
    del d["paths"][DO_SIGNED_URL]


@mutation("veryfront", ("endpoint-deprecated", INFO))
def deprecate_operation(d: Doc) -> None:
    op(d, "/projects/{project_reference}/jobs/{job_id}/logs", "get")["deprecated"] = True


@mutation("digitalocean", ("endpoint-added", INFO))
def add_endpoint(d: Doc) -> None:
    d["paths"]["/v2/gen-ai/indexing_jobs/{uuid}/report"] = {
        "get": {
            "operationId": "get_indexing_job_report",
            "parameters": [{"name": "uuid", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {
                "200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}
            },
        }
    }


@mutation("digitalocean", ("api-operation-id-removed", INFO))
def rename_operation_id(d: Doc) -> None:
    op(d, DO_GET, "get")["operationId"] = "retrieve_indexing_job"


@mutation("digitalocean", ("request-path-parameter-renamed", WARN))
def rename_path_parameter(d: Doc) -> None:
    item = d["paths"].pop(DO_GET)
    item["get"]["parameters"][0]["name"] = "job_uuid"
    d["paths"]["/v2/gen-ai/indexing_jobs/{job_uuid}"] = item


# --- parameters -----------------------------------------------------------------------------------------------------


@mutation("digitalocean", ("new-required-request-parameter", ERR))
def add_required_query_parameter(d: Doc) -> None:
    op(d, DO_LIST, "get")["parameters"].append(
        {"name": "knowledge_base_uuid", "in": "query", "required": True, "schema": {"type": "string"}}
    )


@mutation("digitalocean", ("new-optional-request-parameter", INFO))
def add_optional_query_parameter(d: Doc) -> None:
    op(d, DO_LIST, "get")["parameters"].append({"name": "status", "in": "query", "schema": {"type": "string"}})


@mutation("digitalocean", ("request-parameter-became-required", ERR))
def parameter_became_required(d: Doc) -> None:
    d["components"]["parameters"]["PerPage"]["required"] = True


@mutation("digitalocean", ("request-parameter-removed", WARN))
def remove_query_parameter(d: Doc) -> None:
    op(d, DO_LIST, "get")["parameters"].pop()  # PerPage


@mutation("dispersed", ("request-parameter-enum-value-removed", ERR))
def parameter_enum_value_removed(d: Doc) -> None:
    sort = schema(d, "JobSort")
    sort["enum"].remove("-created_at")
    sort["x-enum-varnames"].remove("CREATED_AT_DESC")


@mutation("dispersed", ("request-parameter-enum-value-added", INFO))
def parameter_enum_value_added(d: Doc) -> None:
    sort = schema(d, "JobSort")
    sort["enum"].append("title")
    sort["x-enum-varnames"].append("TITLE")


@mutation("dispersed", ("request-parameter-max-decreased", ERR))
def parameter_maximum_decreased(d: Doc) -> None:
    d["components"]["parameters"]["JobsLimit"]["schema"]["maximum"] = 20


@mutation("dispersed", ("request-parameter-default-value-changed", ERR))
def parameter_default_changed(d: Doc) -> None:
    d["components"]["parameters"]["JobsLimit"]["schema"]["default"] = 10


# --- request bodies -------------------------------------------------------------------------------------------------


@mutation("veryfront", ("new-required-request-property", ERR))
def add_required_request_property(d: Doc) -> None:
    body = schema(d, "CreateJobRequest")
    body["properties"]["priority"] = {"type": "integer"}
    body["required"].append("priority")


@mutation("digitalocean", ("new-optional-request-property", INFO))
def add_optional_request_property(d: Doc) -> None:
    schema(d, "CreateIndexingJobRequest")["properties"]["priority"] = {"type": "integer"}


@mutation("digitalocean", ("request-property-became-required", ERR))
def request_property_became_required(d: Doc) -> None:
    schema(d, "CreateIndexingJobRequest")["required"] = ["knowledge_base_uuid"]


@mutation("digitalocean", ("request-property-removed", WARN))
def remove_request_property(d: Doc) -> None:
    del schema(d, "CancelIndexingJobRequest")["properties"]["uuid"]


@mutation("veryfront", ("request-property-enum-value-removed", ERR))
def request_enum_value_removed(d: Doc) -> None:
    schema(d, "RuntimeTargetKind")["enum"].remove("preview_branch")


@mutation("veryfront", ("request-property-type-changed", ERR))
def request_property_type_narrowed(d: Doc) -> None:
    schema(d, "CreateJobRequest")["properties"]["timeout_seconds"]["type"] = "integer"


@mutation("dispersed", ("request-property-type-generalized", INFO))
def request_property_type_widened(d: Doc) -> None:
    schema(d, "JobCreateFields")["properties"]["cpu_count"]["type"] = "number"


@mutation("veryfront", ("request-property-max-length-set", WARN))
def request_property_max_length_set(d: Doc) -> None:
    schema(d, "CreateJobRequest")["properties"]["name"]["maxLength"] = 200


@mutation("digitalocean", ("request-body-became-required", ERR))
def request_body_became_required(d: Doc) -> None:
    op(d, DO_CANCEL, "put")["requestBody"]["required"] = True


@mutation("dispersed", ("request-body-one-of-removed", ERR), ("request-body-discriminator-mapping-deleted", INFO))
def request_one_of_variant_removed(d: Doc) -> None:
    create = schema(d, "CreateJobRequest")
    create["oneOf"] = [v for v in create["oneOf"] if not v["$ref"].endswith("/CreatePersistentJobRequest")]
    del create["discriminator"]["mapping"]["PERSISTENT"]


# --- responses ------------------------------------------------------------------------------------------------------


@mutation("veryfront", ("response-success-status-removed", ERR))
def success_status_removed(d: Doc) -> None:
    del op(d, VF_JOBS, "post")["responses"]["201"]


@mutation("digitalocean", ("response-non-success-status-removed", INFO))
def error_status_removed(d: Doc) -> None:
    del op(d, DO_SIGNED_URL, "get")["responses"]["404"]


def _add_csv_media_type(d: Doc) -> None:
    op(d, DO_SIGNED_URL, "get")["responses"]["200"]["content"]["text/csv"] = {"schema": {"type": "string"}}


@mutation("digitalocean", ("response-media-type-removed", ERR), before=_add_csv_media_type)
def media_type_removed(d: Doc) -> None:
    pass  # the old version had text/csv as well


@mutation("digitalocean", ("response-body-type-changed", ERR), ("response-optional-property-removed", WARN))
def response_body_type_changed(d: Doc) -> None:
    op(d, DO_SIGNED_URL, "get")["responses"]["200"]["content"]["application/json"]["schema"] = {"type": "string"}


@mutation("digitalocean", ("optional-response-header-removed", WARN))
def response_header_removed(d: Doc) -> None:
    del d["components"]["responses"]["TooManyRequests"]["headers"]["retry-after"]


# --- response properties --------------------------------------------------------------------------------------------


@mutation("digitalocean", ("response-optional-property-removed", WARN))
def remove_optional_response_property(d: Doc) -> None:
    del schema(d, "IndexingJob")["properties"]["tokens"]


@mutation("veryfront", ("response-required-property-removed", ERR))
def remove_required_response_property(d: Doc) -> None:
    page_info = schema(d, "PageInfo")
    del page_info["properties"]["prev"]
    page_info["required"].remove("prev")


@mutation("digitalocean", ("response-optional-property-added", INFO))
def add_response_property(d: Doc) -> None:
    schema(d, "IndexingJob")["properties"]["error_message"] = {"type": "string"}


@mutation("veryfront", ("response-property-became-optional", ERR))
def response_property_became_optional(d: Doc) -> None:
    schema(d, "JobList")["required"].remove("page_info")


@mutation("digitalocean", ("response-property-became-required", INFO))
def response_property_became_required(d: Doc) -> None:
    schema(d, "IndexingJob")["required"] = ["uuid"]


@mutation("digitalocean", ("response-property-became-nullable", ERR))
def response_property_became_nullable_type_list(d: Doc) -> None:
    schema(d, "IndexingJob")["properties"]["uuid"]["type"] = ["string", "null"]


@mutation("digitalocean", ("response-property-became-nullable", ERR))
def response_property_became_nullable_one_of_null(d: Doc) -> None:
    schema(d, "IndexingJobResponse")["properties"]["job"] = {
        "oneOf": [{"$ref": "#/components/schemas/IndexingJob"}, {"type": "null"}]
    }


@mutation("upstream", ("response-property-became-nullable", ERR))
def response_property_became_nullable_openapi_30(d: Doc) -> None:
    schema(d, "apiIndexingJob")["properties"]["uuid"]["nullable"] = True


@mutation("digitalocean", ("response-property-type-changed", ERR), ("response-property-pattern-removed", INFO))
def response_property_type_changed(d: Doc) -> None:
    schema(d, "IndexingJob")["properties"]["total_tokens"] = {"type": "integer", "format": "int64"}


@mutation("digitalocean", ("response-property-type-changed", ERR))
def response_property_format_removed(d: Doc) -> None:
    del schema(d, "IndexingJob")["properties"]["created_at"]["format"]


@mutation("digitalocean", ("response-property-enum-value-added", WARN))
def response_enum_value_added(d: Doc) -> None:
    schema(d, "IndexingJobPhase")["enum"].append("BATCH_JOB_PHASE_PAUSED")


@mutation("digitalocean", ("response-property-enum-value-removed", INFO))
def response_enum_value_removed(d: Doc) -> None:
    schema(d, "IndexingJobStatus")["enum"].remove("INDEX_JOB_STATUS_PARTIAL")


@mutation("veryfront", ("response-property-one-of-added", ERR), ("response-property-discriminator-mapping-added", INFO))
def response_one_of_variant_added(d: Doc) -> None:
    d["components"]["schemas"]["StreamResult"] = {
        "type": "object",
        "required": ["kind"],
        "properties": {"kind": {"type": "string", "const": "stream"}, "url": {"type": "string"}},
    }
    result = schema(d, "JobResult")
    result["oneOf"].append({"$ref": "#/components/schemas/StreamResult"})
    result["discriminator"]["mapping"]["stream"] = "#/components/schemas/StreamResult"


# a scalar type gaining a sibling type is oasdiff's list-of-types widening: a client may now receive an integer
@mutation("dispersed", ("response-property-list-of-types-widened", ERR))
def response_any_of_variant_added(d: Doc) -> None:
    schema(d, "Job")["properties"]["created_at"]["anyOf"].insert(0, {"type": "integer", "format": "int64"})


@mutation("digitalocean", ("api-schema-removed", INFO))
def inline_a_component_schema(d: Doc) -> None:
    inline = d["components"]["schemas"].pop("IndexingJobDetailsSignedUrl")
    op(d, DO_SIGNED_URL, "get")["responses"]["200"]["content"]["application/json"]["schema"] = inline


# --- oasdiff's documented cases: oneOf wrapping, readOnly/writeOnly, patterns, lifecycle, subschemas, parameter
# properties (docs/BREAKING-CHANGES.md, DEPRECATION.md, STABILITY.md and checker/rules.go) ---------------------------

FAR_FUTURE, PAST = "2999-12-31", "2020-01-31"


@mutation("digitalocean", ("request-body-wrapped-in-one-of", ERR))
def request_body_wrapped_in_one_of(d: Doc) -> None:
    body = d["components"]["schemas"]["CreateIndexingJobRequest"]
    d["components"]["schemas"]["CreateIndexingJobRequest"] = {
        "oneOf": [body, {"type": "object", "properties": {"knowledge_base_name": {"type": "string"}}}]
    }


@mutation("digitalocean", ("response-body-wrapped-in-one-of", ERR))
def response_body_wrapped_in_one_of(d: Doc) -> None:
    signed = d["components"]["schemas"]["IndexingJobDetailsSignedUrl"]
    d["components"]["schemas"]["IndexingJobDetailsSignedUrl"] = {
        "oneOf": [signed, {"type": "object", "properties": {"pending": {"type": "boolean"}}}]
    }


def _origin(values: list[str]) -> Callable[[Doc], None]:
    def add(d: Doc) -> None:
        schema(d, "CreateIndexingJobRequest")["properties"]["origin"] = {
            "type": "string",
            "readOnly": True,
            "enum": values,
        }

    return add


@mutation("digitalocean", ("request-read-only-property-enum-value-removed", INFO), before=_origin(["api", "ui"]))
def read_only_request_enum_value_removed(d: Doc) -> None:
    _origin(["api"])(d)


def _secret(values: list[str]) -> Callable[[Doc], None]:
    def add(d: Doc) -> None:
        schema(d, "IndexingJob")["properties"]["secret_kind"] = {"type": "string", "writeOnly": True, "enum": values}

    return add


@mutation("digitalocean", ("response-write-only-property-enum-value-added", INFO), before=_secret(["a"]))
def write_only_response_enum_value_added(d: Doc) -> None:
    _secret(["a", "b"])(d)


@mutation("digitalocean", ("response-optional-write-only-property-removed", INFO), before=_secret(["a"]))
def write_only_response_property_removed(d: Doc) -> None:
    pass  # the old version had the write-only field


def _uuid_pattern(pattern: str) -> Callable[[Doc], None]:
    def add(d: Doc) -> None:
        schema(d, "CreateIndexingJobRequest")["properties"]["knowledge_base_uuid"]["pattern"] = pattern

    return add


@mutation("digitalocean", ("request-property-pattern-generalized", INFO), before=_uuid_pattern("^[0-9a-f-]+$"))
def request_property_pattern_generalized(d: Doc) -> None:
    _uuid_pattern(".*")(d)


@mutation("digitalocean", ("request-property-pattern-changed", WARN), before=_uuid_pattern("^[0-9a-f-]+$"))
def request_property_pattern_changed(d: Doc) -> None:
    _uuid_pattern("^[0-9a-f]+$")(d)


def _per_page_pattern(pattern: str) -> Callable[[Doc], None]:
    def add(d: Doc) -> None:
        d["components"]["parameters"]["PerPage"]["schema"] = {"type": "string", "pattern": pattern}

    return add


@mutation("digitalocean", ("request-parameter-pattern-generalized", INFO), before=_per_page_pattern("^[0-9]+$"))
def request_parameter_pattern_generalized(d: Doc) -> None:
    _per_page_pattern(".*")(d)


def _deprecate(sunset: str | None) -> Callable[[Doc], None]:
    def mark(d: Doc) -> None:
        operation = op(d, DO_SIGNED_URL, "get")
        operation["deprecated"] = True
        if sunset:
            operation["x-sunset"] = sunset

    return mark


@mutation("digitalocean", ("api-path-removed-before-sunset", ERR), before=_deprecate(FAR_FUTURE))
def remove_path_before_its_sunset(d: Doc) -> None:
    del d["paths"][DO_SIGNED_URL]


@mutation("digitalocean", ("api-path-removed-with-deprecation", INFO), before=_deprecate(PAST))
def remove_path_after_its_sunset(d: Doc) -> None:
    del d["paths"][DO_SIGNED_URL]


@mutation("digitalocean", ("endpoint-deprecated-with-sunset", INFO))
def deprecate_operation_with_sunset(d: Doc) -> None:
    _deprecate(FAR_FUTURE)(d)


@mutation("digitalocean", ("sunset-deleted", ERR), before=_deprecate(FAR_FUTURE))
def sunset_deleted(d: Doc) -> None:
    _deprecate(None)(d)


@mutation("digitalocean", ("api-sunset-date-changed-too-small", ERR), before=_deprecate(FAR_FUTURE))
def sunset_moved_into_the_past(d: Doc) -> None:
    _deprecate(PAST)(d)


def test_a_sunset_moved_earlier_is_judged_by_the_deprecation_policy() -> None:
    """oasdiff: an earlier sunset is breaking only when it leaves less notice than the policy asks for (none by
    default, so only a date already past)."""
    old, new = spec("digitalocean"), spec("digitalocean")
    _deprecate("2999-06-01")(old)
    _deprecate("2027-03-01")(new)
    assert classify(old, new, today=date(2027, 1, 1)) == []
    changes = classify(old, new, today=date(2027, 1, 1), policy=Policy(stable_days=90))
    assert [c.check_id for c in changes] == ["api-sunset-date-changed-too-small"]


@mutation("digitalocean", ("api-stability-decreased", ERR))
def stability_decreased(d: Doc) -> None:
    op(d, DO_SIGNED_URL, "get")["x-stability-level"] = "beta"


def _deprecate_per_page(sunset: str | None) -> Callable[[Doc], None]:
    def mark(d: Doc) -> None:
        d["components"]["parameters"]["PerPage"]["deprecated"] = True
        if sunset:
            d["components"]["parameters"]["PerPage"]["x-sunset"] = sunset

    return mark


@mutation("digitalocean", ("request-parameter-removed-before-sunset", ERR), before=_deprecate_per_page(FAR_FUTURE))
def remove_parameter_before_its_sunset(d: Doc) -> None:
    op(d, DO_LIST, "get")["parameters"].pop()  # PerPage


@mutation("digitalocean", ("request-parameter-removed-with-deprecation", INFO), before=_deprecate_per_page(None))
def remove_deprecated_parameter(d: Doc) -> None:
    op(d, DO_LIST, "get")["parameters"].pop()  # PerPage


@mutation("digitalocean", ("response-property-deprecated-with-sunset", INFO))
def deprecate_response_property_with_sunset(d: Doc) -> None:
    schema(d, "IndexingJob")["properties"]["completed_datasources"].update({"deprecated": True, "x-sunset": FAR_FUTURE})


def _conditional(values: list[str]) -> Callable[[Doc], None]:
    def add(d: Doc) -> None:
        schema(d, "CreateIndexingJobRequest").update(
            {
                "if": {"properties": {"knowledge_base_uuid": {"const": "all"}}},
                "then": {"properties": {"scope": {"type": "string", "enum": values}}},
            }
        )

    return add


@mutation("digitalocean", ("request-property-enum-value-removed", ERR), before=_conditional(["full", "delta"]))
def enum_value_removed_under_then(d: Doc) -> None:
    _conditional(["full"])(d)


def _otherwise(values: list[str]) -> Callable[[Doc], None]:
    def add(d: Doc) -> None:
        schema(d, "IndexingJob").update(
            {
                "if": {"properties": {"phase": {"const": "BATCH_JOB_PHASE_RUNNING"}}},
                "else": {"properties": {"report_kind": {"type": "string", "enum": values}}},
            }
        )

    return add


@mutation("digitalocean", ("response-property-enum-value-added", WARN), before=_otherwise(["csv"]))
def enum_value_added_under_else(d: Doc) -> None:
    _otherwise(["csv", "json"])(d)


def _not(values: list[str]) -> Callable[[Doc], None]:
    def add(d: Doc) -> None:
        schema(d, "CreateIndexingJobRequest")["properties"]["knowledge_base_uuid"]["not"] = {"enum": values}

    return add


@mutation("digitalocean", ("request-property-enum-value-removed", ERR), before=_not(["", "none"]))
def enum_value_removed_under_not(d: Doc) -> None:
    _not([""])(d)


def _contains(values: list[str]) -> Callable[[Doc], None]:
    def add(d: Doc) -> None:
        uuids = schema(d, "CreateIndexingJobRequest")["properties"]["data_source_uuids"]
        uuids["contains"] = {"type": "string", "enum": values}

    return add


@mutation("digitalocean", ("request-property-enum-value-removed", ERR), before=_contains(["a", "b"]))
def enum_value_removed_under_contains(d: Doc) -> None:
    _contains(["a"])(d)


def _filter_parameter(nullable: bool, values: list[str] | None) -> Callable[[Doc], None]:
    def add(d: Doc) -> None:
        status: Doc = {"type": ["string", "null"] if nullable else "string"}
        if values is not None:
            status["enum"] = values
        op(d, DO_LIST, "get")["parameters"].append(
            {
                "name": "filter",
                "in": "query",
                "style": "deepObject",
                "schema": {"type": "object", "properties": {"status": status}},
            }
        )

    return add


@mutation(
    "digitalocean",
    ("request-parameter-property-enum-value-removed", ERR),
    before=_filter_parameter(False, ["done", "failed"]),
)
def parameter_property_enum_value_removed(d: Doc) -> None:
    _filter_parameter(False, ["done"])(d)


@mutation("digitalocean", ("request-parameter-property-became-nullable", INFO), before=_filter_parameter(False, ["a"]))
def parameter_property_became_nullable(d: Doc) -> None:
    _filter_parameter(True, ["a"])(d)


@mutation("digitalocean", ("request-parameter-property-type-specialized", ERR), before=_filter_parameter(False, None))
def parameter_property_type_changed(d: Doc) -> None:
    op(d, DO_LIST, "get")["parameters"].append(
        {"name": "filter", "in": "query", "schema": {"type": "object", "properties": {"status": {"type": "boolean"}}}}
    )


def test_a_changed_default_of_a_required_parameter_is_nothing() -> None:
    """oasdiff: a default never applies to a parameter a caller must send."""
    old, new = spec("digitalocean"), spec("digitalocean")
    for doc, default in ((old, 20), (new, 50)):
        doc["components"]["parameters"]["PerPage"]["required"] = True
        doc["components"]["parameters"]["PerPage"]["schema"]["default"] = default
    assert classify(old, new) == []
    new["components"]["parameters"]["PerPage"]["required"] = False  # optional now; callers still send it (oasdiff too)
    assert {c.check_id for c in classify(old, new)} == {"request-parameter-became-optional"}
    old["components"]["parameters"]["PerPage"]["required"] = False  # optional on both sides: the default matters
    assert {c.check_id for c in classify(old, new)} == {"request-parameter-default-value-changed"}


def test_changes_to_alpha_and_draft_operations_are_left_out_but_not_their_stability() -> None:
    old, new = spec("digitalocean"), spec("digitalocean")
    op(old, DO_SIGNED_URL, "get")["x-stability-level"] = "alpha"
    op(new, DO_SIGNED_URL, "get")["x-stability-level"] = "alpha"
    del op(new, DO_SIGNED_URL, "get")["responses"]["200"]
    assert classify(old, new) == []
    del new["paths"][DO_SIGNED_URL]
    assert classify(old, new) == []  # removing an alpha operation is not breaking (oasdiff, STABILITY.md)
    new = spec("digitalocean")
    op(new, DO_SIGNED_URL, "get")["x-stability-level"] = "beta"
    # as oasdiff: a stability change is reported when the operation was within the threshold (beta) before
    assert classify(old, new) == []
    assert [(c.check_id, c.level) for c in classify(new, old)] == [("api-stability-decreased", ERR)]
    beta = spec("digitalocean")
    op(beta, DO_SIGNED_URL, "get")["x-stability-level"] = "beta"
    del op(beta, DO_SIGNED_URL, "get")["responses"]["200"]
    assert [c.check_id for c in classify(new, beta)] == ["response-success-status-removed"]


def test_the_sunset_date_is_compared_with_the_given_day() -> None:
    old, new = spec("digitalocean"), spec("digitalocean")
    _deprecate("2027-03-01")(old)
    del new["paths"][DO_SIGNED_URL]
    before = classify(old, new, today=date(2027, 2, 28))
    after = classify(old, new, today=date(2027, 3, 1))
    assert [c.check_id for c in before] == ["api-path-removed-before-sunset"]
    assert [c.check_id for c in after] == ["api-path-removed-with-deprecation"]
    assert before[0].sunset == "2027-03-01" and "2027-03-01" in before[0].text


def test_the_corpus_is_big_and_varied() -> None:
    assert len(CORPUS) >= 25
    ids = {check for m in CORPUS for check, _ in m.expected}
    assert len(ids) >= 25
    assert {m.spec for m in CORPUS} == {"veryfront", "dispersed", "digitalocean", "upstream"}
    assert {level for m in CORPUS for _, level in m.expected} == {ERR, WARN, INFO}


@pytest.mark.parametrize("mutation", CORPUS, ids=[m.name for m in CORPUS])
def test_mutation_is_classified(mutation: Mutation) -> None:
    old, new = spec(mutation.spec), spec(mutation.spec)
    if mutation.before:
        mutation.before(old)
    mutation.mutate(new)
    changes = classify(old, new)
    assert changes, "no change found"
    assert {(c.check_id, c.level) for c in changes} == mutation.expected, "\n".join(map(str, changes))
    for change in changes:
        assert change.level is CHECKS[change.check_id].level
        assert change.text and "{" not in change.text, change.text
        assert change.summary and "{" not in change.summary, change.summary
        json.dumps(change.to_dict())


# --- nothing where nothing changed ----------------------------------------------------------------------------------

COSMETIC = {"description", "summary", "title", "example", "examples", "x-codeSamples", "externalDocs"}


def _cosmetic_edit(node: Any, depth: int = 0) -> None:
    """Rewrite every description and summary, drop every example: what a documentation pass does."""
    if isinstance(node, dict):
        for key in list(node):
            value = node[key]
            if key in ("description", "summary") and isinstance(value, str):
                node[key] = "Reworded: " + value.upper()
            elif key in ("example", "examples") and depth > 0 and not isinstance(value, dict | list):
                del node[key]
            else:
                _cosmetic_edit(value, depth + 1)
    elif isinstance(node, list):
        for item in node:
            _cosmetic_edit(item, depth + 1)


@pytest.mark.parametrize("name", ["veryfront", "dispersed", "digitalocean", "upstream"])
def test_identical_specs_yield_nothing(name: str) -> None:
    assert classify(spec(name), spec(name)) == []


@pytest.mark.parametrize("name", ["veryfront", "dispersed", "digitalocean"])
def test_a_cosmetic_edit_yields_nothing(name: str) -> None:
    old, new = spec(name), spec(name)
    _cosmetic_edit(new)
    new["info"]["description"] = "A completely different introduction."
    schema(new, next(iter(new["components"]["schemas"])))["title"] = "Renamed title"
    assert new != old
    assert classify(old, new) == []


def test_a_description_edit_on_one_property_yields_nothing() -> None:
    old, new = spec("digitalocean"), spec("digitalocean")
    schema(new, "IndexingJob")["properties"]["uuid"]["description"] = "The job's id (a UUID)."
    assert classify(old, new) == []


def test_reordering_paths_properties_and_enum_values_yields_nothing() -> None:
    old, new = spec("digitalocean"), spec("digitalocean")
    new["paths"] = dict(reversed(list(new["paths"].items())))
    job = schema(new, "IndexingJob")
    job["properties"] = dict(reversed(list(job["properties"].items())))
    schema(new, "IndexingJobPhase")["enum"].reverse()
    assert classify(old, new) == []


def test_spelling_a_nullable_field_another_way_yields_nothing() -> None:
    """`type: [string, "null"]`, `oneOf: [string, null]`, `anyOf` and 3.0's `nullable: true` mean the same."""
    old, new = spec("veryfront"), spec("veryfront")
    schema(new, "PageInfo")["properties"]["next"] = {"anyOf": [{"type": "string"}, {"type": "null"}]}
    schema(new, "PageInfo")["properties"]["prev"] = {"type": "string", "nullable": True}
    assert classify(old, new) == []


# --- references and structure ---------------------------------------------------------------------------------------


def test_refs_are_resolved_so_a_change_deep_in_a_component_reaches_every_operation_using_it() -> None:
    old, new = spec("digitalocean"), spec("digitalocean")
    schema(new, "IndexedDataSourceStatus")["enum"].append("DATA_SOURCE_STATUS_PAUSED")
    changes = classify(old, new)
    where = {(c.operation, c.location) for c in changes}
    assert (
        "GET /v2/gen-ai/indexing_jobs/{uuid}",
        "response 200 application/json: job.data_source_jobs[].status",
    ) in where
    assert (
        "GET /v2/gen-ai/indexing_jobs/{indexing_job_uuid}/data_sources",
        "response 200 application/json: indexed_data_sources[].status",
    ) in where
    assert len(changes) == 6  # list, create, get, cancel, the knowledge base's list, data sources


def test_renaming_a_path_parameter_does_not_look_like_removing_the_operation() -> None:
    old, new = spec("digitalocean"), spec("digitalocean")
    rename_path_parameter(new)
    changes = classify(old, new)
    assert [c.check_id for c in changes] == ["request-path-parameter-renamed"]
    assert changes[0].operation == "GET /v2/gen-ai/indexing_jobs/{job_uuid}"


def test_recursive_schemas_terminate_and_still_show_changes() -> None:
    def tree(extra: bool) -> Doc:
        node: Doc = {
            "type": "object",
            "properties": {
                "name": {"type": "string"},
                "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
            },
        }
        if extra:
            node["properties"]["size"] = {"type": "integer"}
        return {
            "openapi": "3.1.0",
            "info": {"title": "t", "version": "1"},
            "paths": {
                "/tree": {
                    "get": {
                        "responses": {
                            "200": {
                                "description": "",
                                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Node"}}},
                            }
                        }
                    }
                }
            },
            "components": {"schemas": {"Node": node}},
        }

    assert classify(tree(False), tree(False)) == []
    changes = classify(tree(False), tree(True))
    assert [(c.check_id, c.location) for c in changes] == [
        ("response-optional-property-added", "response 200 application/json: size")
    ]


def test_refs_into_other_files_are_followed(tmp_path: Path) -> None:
    def write(version: str, status_values: list[str]) -> Path:
        folder = tmp_path / version
        (folder / "schemas").mkdir(parents=True)
        (folder / "schemas" / "job.yaml").write_text(
            yaml.safe_dump(
                {
                    "Job": {"type": "object", "properties": {"status": {"$ref": "#/Status"}}},
                    "Status": {"type": "string", "enum": status_values},
                }
            )
        )
        main = {
            "openapi": "3.1.0",
            "info": {"title": "t", "version": "1"},
            "paths": {
                "/jobs/{id}": {
                    "get": {
                        "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                        "responses": {
                            "200": {
                                "description": "",
                                "content": {"application/json": {"schema": {"$ref": "schemas/job.yaml#/Job"}}},
                            }
                        },
                    }
                }
            },
        }
        (folder / "openapi.yaml").write_text(yaml.safe_dump(main))
        return folder / "openapi.yaml"

    old = load_document(str(write("old", ["done"])))
    new = load_document(str(write("new", ["done", "paused"])))
    changes = classify(old, new)
    assert [(c.check_id, c.location) for c in changes] == [
        ("response-property-enum-value-added", "response 200 application/json: status")
    ]


def test_changes_carry_operation_location_and_user_wording() -> None:
    old, new = spec("digitalocean"), spec("digitalocean")
    remove_optional_response_property(new)
    change = next(c for c in classify(old, new) if c.operation == "GET /v2/gen-ai/indexing_jobs/{uuid}")
    assert change.operation_id == "get_indexing_job"
    assert change.location == "response 200 application/json: job.tokens"
    assert change.status == "200"
    assert change.text == "removed the optional property job.tokens from the response with the 200 status"
    assert change.summary == "Responses no longer include the optional field `IndexingJob.tokens`."  # the model's name
    assert change.bump is Bump.MINOR


def test_every_check_id_is_oasdiff_style_and_custom_ones_are_listed() -> None:
    for check_id, check in CHECKS.items():
        assert check_id == check_id.lower() and " " not in check_id
        assert check.bump is not Bump.NONE
        if check.level is Level.ERR:
            assert check.bump is Bump.MAJOR
    assert ANYJOB_CHECKS <= set(CHECKS)


def _text_fields(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Paths of every description, summary and title in a document."""
    found: list[tuple[Any, ...]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("description", "summary", "title") and isinstance(value, str):
                found.append((*path, key))
            else:
                found += _text_fields(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _text_fields(value, (*path, i))
    return found


@settings(max_examples=60, deadline=None)
@given(data=st.data(), name=st.sampled_from(["veryfront", "dispersed", "digitalocean", "upstream"]))
def test_any_rewording_of_descriptions_yields_nothing(data: st.DataObject, name: str) -> None:
    old, new = spec(name), spec(name)
    fields = _text_fields(new)
    chosen = data.draw(st.lists(st.sampled_from(fields), min_size=1, max_size=12, unique=True))
    for path in chosen:
        target: Any = new
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = data.draw(st.text(max_size=40))
    assert classify(old, new) == []
