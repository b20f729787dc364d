"""Changelog wording, and the release step that sets versions and writes CHANGELOG.md entries."""

from __future__ import annotations

from pathlib import Path

from scripts.specchanges import apply_release, changelog_entry, classify, plan_release, update_changelog
from tests.specchanges.helpers import ROOT, edit_yaml, make_repo, schema, spec

FIRST_RELEASE = (ROOT / "clients/digitalocean-genai-client/CHANGELOG.md").read_text().split("## 0.1.0\n\n", 1)[1]


def _changes() -> list:  # type: ignore[type-arg]
    old, new = spec("digitalocean"), spec("digitalocean")
    del schema(new, "IndexingJob")["properties"]["tokens"]  # WARN, in five operations
    schema(new, "IndexingJob")["properties"]["uuid"]["type"] = ["string", "null"]  # ERR, five operations
    schema(new, "IndexingJobPhase")["enum"].append("BATCH_JOB_PHASE_PAUSED")  # WARN
    schema(new, "CreateIndexingJobRequest")["properties"]["priority"] = {"type": "integer"}  # INFO, additive
    new["paths"]["/v2/gen-ai/indexing_jobs/{uuid}"]["get"]["deprecated"] = True  # INFO, deprecation
    schema(new, "Error")["required"] = ["message"]  # ERR, on every error response
    schema(new, "IndexingJobStatus")["enum"].remove("INDEX_JOB_STATUS_PARTIAL")  # INFO, other
    return classify(old, new)


def test_changelog_entry_groups_changes_in_plain_words() -> None:
    entry = changelog_entry("0.2.0", _changes())
    assert entry.startswith("## 0.2.0\n")
    every_job_operation = (
        "`list_indexing_jobs`, `create_indexing_job`, `get_indexing_job`, `cancel_indexing_job`, "
        "`list_knowledge_base_indexing_jobs`"
    )
    # one sentence per model field, wherever responses embed the model, naming the client functions concerned
    # ... and says what to do
    assert (
        f"- The response field `IndexingJob.uuid` may now be `null`: {every_job_operation}. "
        "What to do: handle `None` before using the field.\n"
    ) in entry
    assert (
        f"- The response field `IndexingJob.phase` may now contain `BATCH_JOB_PHASE_PAUSED`: {every_job_operation}. "
        "What to do: handle the new value; until you upgrade, it arrives as a member with `.is_known == False`.\n"
    ) in entry
    assert (
        f"- Responses no longer include the optional field `IndexingJob.tokens`: {every_job_operation}. "
        "What to do: stop reading the field; it is `UNSET` from now on.\n"
    ) in entry
    assert (
        "- Request bodies accept the new optional field `CreateIndexingJobRequest.priority`: `create_indexing_job`."
        in entry
    )
    assert "- Deprecated: the operation is due to be removed: `get_indexing_job`. What to do: plan to move off" in entry
    # error responses: the statuses are named, once when they are the same everywhere
    assert (
        "- The response field `Error.id` may now be absent (it was always present): `list_indexing_jobs`, "
        "`create_indexing_job`, `get_indexing_job`, `cancel_indexing_job`, `list_indexing_job_data_sources`, "
        "`get_indexing_job_details_signed_url`, `list_knowledge_base_indexing_jobs` "
        "(responses 401, 404, 429, 500, default). What to do: handle `UNSET` before using the field.\n"
    ) in entry
    # a change with nothing to do says nothing more
    assert "`IndexingJob.status` no longer contains `INDEX_JOB_STATUS_PARTIAL`: " in entry
    assert "INDEX_JOB_STATUS_PARTIAL`: `list_indexing_jobs`," in entry and "What to do: stop sending" not in entry
    sections = [line for line in entry.splitlines() if line.startswith("### ")]
    assert sections == [
        "### Breaking changes",
        "### Changes that may affect your code",
        "### Deprecated",
        "### Added",
        "### Other changes",
    ]
    assert "check" not in entry.lower() and "ERR" not in entry  # no tool jargon


def test_changelog_entry_without_changes() -> None:
    assert changelog_entry("1.0.1", []) == "## 1.0.1\n\nNo change to the API this client talks to.\n"


def test_update_changelog_inserts_and_replaces(tmp_path: Path) -> None:
    path = tmp_path / "CHANGELOG.md"
    path.write_text("# Changelog — x-client\n\n## 0.1.0\n\nFirst release.\n")
    update_changelog(path, "0.2.0", "## 0.2.0\n\n- One.\n")
    assert path.read_text() == "# Changelog — x-client\n\n## 0.2.0\n\n- One.\n\n## 0.1.0\n\nFirst release.\n"
    update_changelog(path, "0.2.0", "## 0.2.0\n\n- One.\n- Two.\n")
    assert path.read_text() == "# Changelog — x-client\n\n## 0.2.0\n\n- One.\n- Two.\n\n## 0.1.0\n\nFirst release.\n"
    fresh = tmp_path / "NEW.md"
    update_changelog(fresh, "1.0.0", "## 1.0.0\n\n- Hi.\n", title="Changelog — y")
    assert fresh.read_text() == "# Changelog — y\n\n## 1.0.0\n\n- Hi.\n"


def test_release_sets_versions_and_writes_changelogs_once(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)

    def mutate(data: dict) -> None:  # type: ignore[type-arg]
        data["components"]["schemas"]["IndexingJob"]["properties"]["error_message"] = {"type": "string"}
        data["components"]["schemas"]["Error"]["required"] = ["message"]

    edit_yaml(repo / "specs" / "digitalocean-genai.yaml", mutate)
    toml_before = (repo / "codegen.toml").read_text()
    releases = plan_release(repo, "main")
    assert [(r.client, r.base_version, r.new_version, str(r.required)) for r in releases] == [
        ("digitalocean", "0.1.0", "0.2.0", "minor")
    ]
    apply_release(repo, releases)
    toml_after = (repo / "codegen.toml").read_text()
    assert toml_after == toml_before.replace(
        'package = "digitalocean_genai_client"\nversion = "0.1.0"',
        'package = "digitalocean_genai_client"\nversion = "0.2.0"',
    )
    changelog = (repo / "clients" / "digitalocean-genai-client" / "CHANGELOG.md").read_text()
    assert changelog.startswith(
        "# Changelog — digitalocean-genai-client\n\n## 0.2.0\n\nChanges to `specs/digitalocean-genai.yaml`:\n"
    )
    assert "- Responses may include the new field `IndexingJob.error_message`: `list_indexing_jobs`," in changelog
    assert changelog.endswith("\n## 0.1.0\n\n" + FIRST_RELEASE)

    # idempotent: nothing bumps twice, the entry is replaced, not repeated
    apply_release(repo, plan_release(repo, "main"))
    assert (repo / "codegen.toml").read_text() == toml_after
    assert (repo / "clients" / "digitalocean-genai-client" / "CHANGELOG.md").read_text() == changelog

    # the other clients did not change
    assert 'package = "veryfront_client"\nversion = "0.1.0"' in toml_after


def test_release_keeps_a_higher_version_set_by_hand(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    edit_yaml(
        repo / "specs" / "veryfront.yaml",
        lambda d: d["components"]["schemas"]["CreateJobRequest"]["properties"].update(
            {"priority": {"type": "integer"}}
        ),
    )
    from tests.specchanges.helpers import set_version

    set_version(repo, "veryfront", "1.0.0")
    (release,) = plan_release(repo, "main")
    assert (release.client, release.new_version, str(release.required)) == ("veryfront", "1.0.0", "minor")


def test_new_deprecations_are_listed_with_their_sunset_dates() -> None:
    old, new = spec("digitalocean"), spec("digitalocean")
    new["paths"]["/v2/gen-ai/indexing_jobs/{uuid}"]["get"].update({"deprecated": True, "x-sunset": "2027-06-30"})
    new["components"]["parameters"]["PerPage"].update({"deprecated": True, "x-sunset": "2027-09-01"})
    schema(new, "IndexingJob")["properties"]["completed_datasources"].update({"deprecated": True})
    entry = changelog_entry("0.2.0", classify(old, new))
    deprecated = entry.split("### Deprecated\n\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert sorted(deprecated) == sorted(
        [
            "- Deprecated: the operation may be removed on or after 2027-06-30: `get_indexing_job`. "
            "What to do: move off the operation before its sunset date.",
            "- Deprecated the query parameter `per_page`; it may be removed on or after 2027-09-01: "
            "`list_indexing_jobs.sync(per_page=...)`. What to do: plan to stop using it.",
            "- Deprecated the response field `IndexingJob.completed_datasources`: `list_indexing_jobs`, "
            "`create_indexing_job`, `get_indexing_job`, `cancel_indexing_job`, `list_knowledge_base_indexing_jobs`. "
            "What to do: plan to stop using it.",
        ]
    )
