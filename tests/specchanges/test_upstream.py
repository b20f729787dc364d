"""Our DigitalOcean spec against DigitalOcean's published one (tests/data/digitalocean-genai-upstream.yaml, a copy of
shared/reference/digitalocean-genai-upstream.yaml), and the comparison itself on mutated documents."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.specchanges import check_upstream, compare_upstream
from scripts.specchanges.__main__ import main
from scripts.specchanges.upstream import (
    issue_body,
    render_markdown,
    render_text,
    reported_fingerprints,
    uncovered_operations,
)
from tests.specchanges.helpers import ROOT, UPSTREAM_COPY, schema, spec

ACCEPTED_FILE = ROOT / "specs" / "digitalocean-genai.upstream-accepted.yaml"

# Differences the comparison finds today, all kept on purpose (each with its reason in ACCEPTED_FILE):
# (kind, how many, one location where it occurs)
KNOWN = {
    ("property-only-in-ours", 15, "response 200 application/json: job.total_items_failed"),
    ("response-header-only-in-ours", 7, "response 429 header retry-after"),
    ("request-body-required-differs", 1, "request body"),
    ("parameter-type-differs", 5, "path parameter uuid"),
    ("parameter-constraint-differs", 2, "query parameter per_page"),
    ("property-constraint-differs", 53, "response 200 application/json: job.total_tokens"),
    ("property-default-differs", 16, "response 200 application/json: job.phase"),
    ("property-deprecated-differs", 5, "response 200 application/json: jobs[].tokens"),
}


def test_the_copy_is_the_shared_reference() -> None:
    shared = ROOT.parent / "shared" / "reference" / "digitalocean-genai-upstream.yaml"
    if not shared.is_file():
        pytest.skip("shared/reference is not beside this checkout")
    assert UPSTREAM_COPY.read_bytes() == shared.read_bytes()


def test_real_differences_are_found() -> None:
    differences = compare_upstream(spec("digitalocean"), spec("upstream"))
    found = {}
    for d in differences:
        found.setdefault(d.kind, []).append(d)
    assert {kind for kind, _, _ in KNOWN} == set(found)
    for kind, count, location in KNOWN:
        assert len(found[kind]) == count, (kind, [d.location for d in found[kind]])
        assert location in {d.location for d in found[kind]}, kind
    # the specific facts behind them
    body = found["request-body-required-differs"][0]
    assert (body.operation, body.ours, body.theirs) == ("POST /v2/gen-ai/indexing_jobs", "required", "optional")
    assert {d.operation for d in found["parameter-type-differs"]} == {
        "GET /v2/gen-ai/indexing_jobs/{uuid}",
        "PUT /v2/gen-ai/indexing_jobs/{uuid}/cancel",
        "GET /v2/gen-ai/indexing_jobs/{indexing_job_uuid}/data_sources",
        "GET /v2/gen-ai/indexing_jobs/{indexing_job_uuid}/details_signed_url",
        "GET /v2/gen-ai/knowledge_bases/{knowledge_base_uuid}/indexing_jobs",
    }
    assert {(d.ours, d.theirs) for d in found["parameter-type-differs"]} == {("string/uuid", "string")}
    assert {d.location.rsplit(".", 1)[-1] for d in found["property-only-in-ours"]} == {
        "total_items_failed",
        "total_items_indexed",
        "total_items_skipped",
    }
    assert {d.theirs for d in found["property-default-differs"]} == {
        '"BATCH_JOB_PHASE_UNKNOWN"',
        '"INDEX_JOB_STATUS_UNKNOWN"',
        '"DATA_SOURCE_STATUS_UNKNOWN"',
    }
    # none of them makes our client send something upstream refuses, or refuse something upstream sends
    assert not [d for d in differences if d.blocking]


def test_every_difference_is_accepted_with_a_reason() -> None:
    report = check_upstream("digitalocean", str(UPSTREAM_COPY), ROOT)
    unaccepted = [str(d) for d in report.differences if not d.accepted]
    assert unaccepted == []  # a new one: fix specs/digitalocean-genai.yaml or record it in ACCEPTED_FILE
    assert report.unused_accepted == []  # every entry in the file is still needed
    assert report.uncovered == []  # the reference covers exactly our seven operations
    assert report.exit_code() == 0 and report.exit_code(strict=True) == 0
    text = render_text(report)
    assert "104 difference(s), 104 accepted, 0 blocking" in text
    assert "### Upstream drift: digitalocean (ok)" in render_markdown(report)


def _compare(mutate_theirs: Any = None, mutate_ours: Any = None) -> list[Any]:
    ours, theirs = spec("digitalocean"), spec("upstream")
    if mutate_ours:
        mutate_ours(ours)
    if mutate_theirs:
        mutate_theirs(theirs)
    baseline = {(d.kind, d.operation, d.location) for d in compare_upstream(spec("digitalocean"), spec("upstream"))}
    return [d for d in compare_upstream(ours, theirs) if (d.kind, d.operation, d.location) not in baseline]


def test_upstream_changing_a_response_type_is_blocking() -> None:
    new = _compare(
        lambda t: schema(t, "apiIndexingJob")["properties"]["total_tokens"].update(type="integer", format="int64")
    )
    assert {(d.kind, d.ours, d.theirs, d.blocking) for d in new} == {
        ("property-type-differs", "string/uint64", "integer/int64", True)
    }
    assert len(new) == 5


def test_upstream_adding_a_response_enum_value_is_blocking() -> None:
    new = _compare(lambda t: schema(t, "apiBatchJobPhase")["enum"].append("BATCH_JOB_PHASE_PAUSED"))
    assert {(d.kind, d.theirs, d.blocking) for d in new} == {
        ("property-enum-differs", "`BATCH_JOB_PHASE_PAUSED`", True)
    }


def test_upstream_nullable_30_style_is_understood() -> None:
    new = _compare(lambda t: schema(t, "apiIndexingJob")["properties"]["uuid"].update(nullable=True))
    assert {(d.kind, d.ours, d.theirs, d.blocking) for d in new} == {
        ("property-nullable-differs", "not nullable", "nullable", True)
    }


def test_upstream_requiring_a_request_field_is_blocking_but_a_new_optional_one_is_not() -> None:
    def require(t: dict[str, Any]) -> None:
        schema(t, "apiStartKnowledgeBaseIndexingJobInputPublic")["required"] = ["knowledge_base_uuid"]
        schema(t, "apiStartKnowledgeBaseIndexingJobInputPublic")["properties"]["priority"] = {"type": "integer"}

    new = {(d.kind, d.location, d.blocking) for d in _compare(require)}
    assert new == {
        ("property-required-differs", "request body application/json: knowledge_base_uuid", True),
        ("property-only-upstream", "request body application/json: priority", False),
    }


def test_upstream_response_fields_we_lack_are_reported_not_blocking() -> None:
    new = _compare(lambda t: schema(t, "apiIndexingJob")["properties"].update(region={"type": "string"}))
    assert {(d.kind, d.blocking) for d in new} == {("property-only-upstream", False)}
    assert len(new) == 5


def test_an_operation_upstream_lacks_is_blocking() -> None:
    def add(o: dict[str, Any]) -> None:
        o["paths"]["/v2/gen-ai/indexing_jobs/{uuid}"]["delete"] = {
            "operationId": "delete_indexing_job",
            "responses": {"204": {"description": "gone"}},
        }

    new = _compare(mutate_ours=add)
    assert [(d.kind, d.operation, d.blocking) for d in new] == [
        ("operation-missing-upstream", "DELETE /v2/gen-ai/indexing_jobs/{uuid}", True)
    ]


def test_operations_match_by_normalised_path_not_by_parameter_name_or_operation_id() -> None:
    def rename(t: dict[str, Any]) -> None:
        item = t["paths"].pop("/v2/gen-ai/indexing_jobs/{uuid}")
        item["get"]["parameters"][0]["name"] = "id"
        item["get"]["operationId"] = "something_else"
        t["paths"]["/v2/gen-ai/indexing_jobs/{id}"] = item

    assert _compare(rename) == []


def test_upstream_operations_we_do_not_cover_are_not_compared() -> None:
    theirs = spec("upstream")
    theirs["paths"]["/v2/gen-ai/agents"] = {"get": {"responses": {"200": {"description": "agents"}}}}
    assert uncovered_operations(spec("digitalocean"), theirs) == ["GET /v2/gen-ai/agents"]
    assert len(compare_upstream(spec("digitalocean"), theirs)) == 104


def test_a_new_unaccepted_blocking_difference_fails_the_check(tmp_path: Path) -> None:
    theirs = spec("upstream")
    schema(theirs, "apiIndexJobStatus")["enum"].append("INDEX_JOB_STATUS_QUEUED")
    path = tmp_path / "upstream.yaml"
    path.write_text(yaml.safe_dump(theirs))
    report = check_upstream("digitalocean", str(path), ROOT)
    assert report.exit_code() == 1
    assert {d.kind for d in report.failing} == {"property-enum-differs"}
    text = render_text(report)
    assert "BLOCKING property-enum-differs" in text and "FAIL: 5 blocking difference(s)" in text


@pytest.fixture
def served_upstream(tmp_path: Path) -> Iterator[str]:
    """The upstream document split over two files (operations, schemas) and served over HTTP on loopback."""
    theirs = spec("upstream")
    components = {"components": theirs.pop("components")}
    text = yaml.safe_dump(theirs).replace("'#/components/", "'components.yaml#/components/")
    (tmp_path / "openapi.yaml").write_text(text)
    (tmp_path / "components.yaml").write_text(yaml.safe_dump(components))
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *args: None  # type: ignore[method-assign]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/openapi.yaml"
    finally:
        server.shutdown()
        server.server_close()


def test_upstream_from_a_url_with_refs_into_another_file(served_upstream: str) -> None:
    report = check_upstream("digitalocean", served_upstream, ROOT)
    assert len(report.differences) == 104
    assert report.exit_code() == 0


# --- fingerprints and the drift issue -------------------------------------------------------------------------------


def _drifted(tmp_path: Path, *values: str) -> Path:
    theirs = spec("upstream")
    schema(theirs, "apiIndexJobStatus")["enum"].extend(values)
    path = tmp_path / f"upstream-{len(values)}.yaml"
    path.write_text(yaml.safe_dump(theirs))
    return path


def test_fingerprints_are_stable_and_tell_differences_apart() -> None:
    first = compare_upstream(spec("digitalocean"), spec("upstream"))
    again = compare_upstream(spec("digitalocean"), spec("upstream"))
    assert [d.fingerprint for d in first] == [d.fingerprint for d in again]
    assert len({d.fingerprint for d in first}) == len(first)  # 104 differences, 104 fingerprints
    assert all(len(d.fingerprint) == 12 and int(d.fingerprint, 16) >= 0 for d in first)


def test_the_drift_issue_reports_each_difference_once(tmp_path: Path) -> None:
    clean = check_upstream("digitalocean", str(UPSTREAM_COPY), ROOT)
    assert issue_body(clean) is None  # everything accepted: no issue

    one = check_upstream("digitalocean", str(_drifted(tmp_path, "INDEX_JOB_STATUS_QUEUED")), ROOT)
    body = issue_body(one)
    assert body is not None
    fingerprints = {d.fingerprint for d in one.open}
    assert len(fingerprints) == 5 and reported_fingerprints(body) == fingerprints
    assert "5 new since this issue was last updated" in body and "INDEX_JOB_STATUS_QUEUED" in body
    assert "### Upstream drift: digitalocean (FAIL)" in body

    assert issue_body(one, body) is None  # the same run next week: nothing new, the issue is left alone

    two = check_upstream("digitalocean", str(_drifted(tmp_path, "INDEX_JOB_STATUS_QUEUED", "X")), ROOT)
    updated = issue_body(two, body)
    assert updated is not None and "5 new since" in updated  # only the new value's five differences are new
    assert reported_fingerprints(updated) == fingerprints | {d.fingerprint for d in two.open}


def test_the_command_line_writes_the_issue_body_only_when_something_is_new(tmp_path: Path) -> None:
    drifted = str(_drifted(tmp_path, "INDEX_JOB_STATUS_QUEUED"))
    body, previous = tmp_path / "body.md", tmp_path / "previous.md"
    previous.write_text("")
    args = ["upstream", "digitalocean", drifted, "--previous-issue", str(previous), "--issue-body", str(body)]
    assert main(args) == 1  # blocking, as before
    assert body.is_file()
    previous.write_text(body.read_text())
    assert main(args) == 1
    assert not body.exists()  # nothing new since the issue was written
