"""The accepted-changes files: matching, validation, and their effect on the breaking check."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from scripts.specchanges import check_breaking
from scripts.specchanges.accepted import AcceptedEntry, AcceptedFileError, load_accepted, parse_accepted, wildcard
from scripts.specchanges.repo import ACCEPTED_BREAKING
from tests.specchanges.helpers import ROOT, edit_yaml, make_repo


def test_wildcard_only_star_is_special() -> None:
    assert wildcard("response 200 application/json: jobs[].status", "response 200 application/json: jobs[].status")
    assert wildcard("response * application/json: *.status", "response 404 application/json: job.status")
    assert not wildcard("jobs[].status", "jobsX.status")
    assert not wildcard("job.?", "job.a")
    assert wildcard("*", "")


def test_entry_matches_by_id_operation_location_and_spec() -> None:
    entry = AcceptedEntry(
        id="response-optional-property-removed",
        reason="r",
        operation="GET /v2/gen-ai/indexing_jobs/{uuid}",
        location="response 200 application/json: job.tokens",
        spec="specs/digitalocean-genai.yaml",
    )
    args = ("GET /v2/gen-ai/indexing_jobs/{uuid}", "response 200 application/json: job.tokens")
    assert entry.matches("response-optional-property-removed", *args, "specs/digitalocean-genai.yaml")
    assert not entry.matches("response-required-property-removed", *args, "specs/digitalocean-genai.yaml")
    assert not entry.matches("response-optional-property-removed", *args, "specs/veryfront.yaml")
    assert not entry.matches(
        "response-optional-property-removed", "GET /v2/gen-ai/indexing_jobs", args[1], "specs/digitalocean-genai.yaml"
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"accepted": {"id": "x"}}, "must be a list"),
        ({"accepted": ["x"]}, "must be a mapping"),
        ({"accepted": [{"id": "x"}]}, "non-empty `reason`"),
        ({"accepted": [{"id": "x", "reason": "  "}]}, "non-empty `reason`"),
        ({"accepted": [{"reason": "r"}]}, "non-empty `id`"),
        ({"accepted": [{"id": "x", "reason": "r", "locaton": "typo"}]}, "unknown key"),
        ({"accepted": [{"id": "x", "reason": "r", "ours": "upstream-only field"}]}, "unknown key"),
        ({"accepted": [{"id": "x", "reason": "r", "operation": 3}]}, "must be a string"),
    ],
)
def test_malformed_files_are_rejected(data: object, message: str) -> None:
    with pytest.raises(AcceptedFileError, match=message):
        parse_accepted(data, "file.yaml")


def test_the_checked_in_files_parse() -> None:
    assert load_accepted(ROOT / ACCEPTED_BREAKING) == []
    upstream = load_accepted(ROOT / "specs" / "digitalocean-genai.upstream-accepted.yaml", key="kind")
    assert upstream and all(e.reason for e in upstream)
    assert load_accepted(ROOT / "specs" / "no-such-file.yaml") == []


def _remove_tokens(data: dict) -> None:  # type: ignore[type-arg]
    del data["components"]["schemas"]["IndexingJob"]["properties"]["tokens"]


def _remove_uuid_required(data: dict) -> None:  # type: ignore[type-arg]
    data["components"]["schemas"]["Error"]["required"] = ["message"]


def test_an_accepted_change_does_not_need_its_bump(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    edit_yaml(repo / "specs" / "digitalocean-genai.yaml", _remove_uuid_required)  # ERR on every error response
    report = check_breaking(repo, "main")
    (do,) = [s for s in report.specs if s.client == "digitalocean"]
    assert {c.check_id for c in do.changes} == {"response-property-became-optional"}
    assert not do.ok and not report.ok

    accepted = {
        "accepted": [
            {
                "id": "response-property-became-optional",
                "spec": "specs/digitalocean-genai.yaml",
                "location": "response * application/json: id",
                "reason": "The API has never sent an error without an id; the spec was wrong.",
            },
            {"id": "endpoint-added", "reason": "matches nothing"},
        ]
    }
    (repo / ACCEPTED_BREAKING).write_text(yaml.safe_dump(accepted))
    report = check_breaking(repo, "main")
    (do,) = [s for s in report.specs if s.client == "digitalocean"]
    assert all(c.accepted == "The API has never sent an error without an id; the spec was wrong." for c in do.changes)
    assert do.version is not None and do.version.required.name == "PATCH"
    assert not do.ok  # still a patch-level change: 0.1.0 -> 0.1.0 is not enough
    assert [e.id for e in report.unused_accepted] == ["endpoint-added"]

    from tests.specchanges.helpers import set_version

    set_version(repo, "digitalocean", "0.1.1")
    assert check_breaking(repo, "main").ok


def test_an_entry_for_another_spec_does_not_apply(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    edit_yaml(repo / "specs" / "digitalocean-genai.yaml", _remove_tokens)
    accepted = {"accepted": [{"id": "*", "spec": "specs/veryfront.yaml", "reason": "everything in veryfront"}]}
    (repo / ACCEPTED_BREAKING).write_text(yaml.safe_dump(accepted))
    report = check_breaking(repo, "main")
    (do,) = [s for s in report.specs if s.client == "digitalocean"]
    assert do.changes and not any(c.accepted for c in do.changes)
    assert not report.ok
