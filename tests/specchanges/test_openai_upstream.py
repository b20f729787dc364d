"""Our OpenAI spec against OpenAI's published one, offline: tests/data/openai-upstream.yaml is our own hand-written,
trimmed rendering of upstream's shape (openai/openai-openapi @ f85dbe2). Against the real 2.9 MB openapi.yaml the check
finds the same 447 differences (`nox -s upstream -- openai <file>`); every one is accepted with its reason in
specs/openai.upstream-accepted.yaml."""

from __future__ import annotations

import collections
import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.specchanges import check_upstream, compare_upstream
from scripts.specchanges.__main__ import main
from tests.specchanges.helpers import ROOT

FIXTURE = ROOT / "tests" / "data" / "openai-upstream.yaml"
OURS = ROOT / "specs" / "openai.yaml"

# What the comparison finds today, all accepted (kind: how many).
KNOWN = {
    "response-status-only-in-ours": 71,
    "response-header-only-in-ours": 77,
    "property-nullable-differs": 65,
    "property-required-differs": 48,
    "property-default-differs": 120,
    "property-variants-differ": 36,
    "property-constraint-differs": 16,
    "property-enum-differs": 7,
    "parameter-constraint-differs": 6,
    "parameter-nullable-differs": 1,
}


def upstream() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    return data


def ours() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(OURS.read_text(encoding="utf-8"))
    return data


def test_the_check_passes_and_every_accepted_entry_is_needed() -> None:
    report = check_upstream("openai", str(FIXTURE), ROOT)
    assert report.exit_code() == 0 and report.failing == []
    assert all(d.accepted for d in report.differences), [str(d) for d in report.differences if not d.accepted]
    assert dict(collections.Counter(d.kind for d in report.differences)) == KNOWN
    assert sum(d.blocking for d in report.differences) == 41  # blocking, but accepted: x-request-id and graders
    assert report.unused_accepted == [], "an accepted entry that matches nothing is stale"
    assert report.uncovered == ["GET /fine_tuning/jobs/{fine_tuning_job_id}/checkpoints"]


def write(tmp_path: Path, document: dict[str, Any]) -> str:
    path = tmp_path / "upstream.yaml"
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    return str(path)


def test_a_new_unaccepted_blocking_difference_fails_the_check(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    theirs = upstream()
    create = theirs["components"]["schemas"]["CreateBatchRequest"]
    create["required"].append("priority")  # upstream starts requiring a field our client never sends
    create["properties"]["priority"] = {"type": "integer"}
    theirs["components"]["schemas"]["Batch"]["properties"]["created_at"]["type"] = "string"  # and sends a new type
    source = write(tmp_path, theirs)
    report = check_upstream("openai", source, ROOT)
    assert report.exit_code() == 1
    assert {(d.kind, d.location) for d in report.failing} == {
        ("property-only-upstream", "request body application/json: priority"),
        *{("property-type-differs", f"response 200 application/json: {where}created_at")
          for where in ("", "data[].")},
    }
    assert main(["upstream", "openai", source]) == 1
    # the new required field once (POST /batches), created_at four times (create, retrieve, cancel, list)
    assert "FAIL: 5 blocking difference(s)" in capsys.readouterr().out


def test_a_new_difference_that_is_not_blocking_passes_unless_strict(tmp_path: Path) -> None:
    theirs = upstream()
    batch = theirs["components"]["schemas"]["Batch"]["properties"]
    batch["priority"] = {"type": "integer"}  # upstream documents a response field our spec lacks
    source = write(tmp_path, theirs)
    assert main(["upstream", "openai", source]) == 0
    assert main(["upstream", "openai", source, "--strict"]) == 1


def test_one_member_one_of_wrappers_compare_as_their_member() -> None:
    # Upstream wraps the integration schema as `items: {oneOf: [$ref]}`; ours says `items: {$ref}`.
    theirs = upstream()
    unwrapped = copy.deepcopy(theirs)
    integrations = unwrapped["components"]["schemas"]["FineTuningJob"]["properties"]["integrations"]["anyOf"][0]
    integrations["items"] = integrations["items"]["oneOf"][0]
    kinds = collections.Counter
    assert kinds(d.kind for d in compare_upstream(ours(), theirs)) == \
        kinds(d.kind for d in compare_upstream(ours(), unwrapped))
    wrapped_twice = {"oneOf": [{"anyOf": [{"$ref": "#/components/schemas/FineTuningIntegration"}]}]}
    integrations["items"] = wrapped_twice
    assert kinds(d.kind for d in compare_upstream(ours(), theirs)) == \
        kinds(d.kind for d in compare_upstream(ours(), unwrapped))
    # and a real second member is still a difference
    integrations["items"] = {"oneOf": [{"$ref": "#/components/schemas/FineTuningIntegration"}, {"type": "string"}]}
    assert any(d.kind == "property-variants-differ" and "integrations" in d.location
               for d in compare_upstream(ours(), unwrapped) if "GraderMulti" not in d.theirs)


def test_operations_match_by_path_not_by_operation_id() -> None:
    # Our ids are snake_case (create_batch), upstream's camelCase (createBatch): nothing is reported for that.
    differences = compare_upstream(ours(), upstream())
    assert not [d for d in differences if d.kind == "operation-missing-upstream"]
    assert {d.operation for d in differences} >= {"POST /batches", "GET /fine_tuning/jobs/{fine_tuning_job_id}/events"}
