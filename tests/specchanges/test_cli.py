"""`python -m scripts.specchanges`: output formats and exit codes, against a throwaway git repository."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.specchanges.__main__ import main
from tests.specchanges.helpers import ROOT, UPSTREAM_COPY, edit_yaml, git, make_repo, set_version


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return make_repo(tmp_path)


def _break_digitalocean(data: dict[str, Any]) -> None:
    data["components"]["schemas"]["IndexingJob"]["properties"]["uuid"]["type"] = ["string", "null"]  # ERR


def test_unchanged_specs_pass(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--repo", str(repo), "breaking"]) == 0  # default base: merge-base with main
    out = capsys.readouterr().out
    assert "digitalocean (specs/digitalocean-genai.yaml): unchanged" in out


def test_a_breaking_change_without_a_bump_fails_and_with_one_passes(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_yaml(repo / "specs" / "digitalocean-genai.yaml", _break_digitalocean)
    assert main(["--repo", str(repo), "breaking"]) == 1
    out = capsys.readouterr().out
    assert "ERR  response-property-became-nullable  GET /v2/gen-ai/indexing_jobs/{uuid}" in out
    assert "FAIL: digitalocean: needs a minor bump (ERR response-property-became-nullable, at 0.x)" in out

    set_version(repo, "digitalocean", "0.1.1")  # a patch is not enough
    assert main(["--repo", str(repo), "breaking"]) == 1
    capsys.readouterr()
    set_version(repo, "digitalocean", "0.2.0")
    assert main(["--repo", str(repo), "breaking"]) == 0
    assert "ok: 0.1.0 -> 0.2.0 (minor bump) covers the minor bump needed" in capsys.readouterr().out


def test_the_base_can_be_any_ref(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit_yaml(repo / "specs" / "digitalocean-genai.yaml", _break_digitalocean)
    set_version(repo, "digitalocean", "0.2.0")
    git(repo, "commit", "-qam", "break and bump")
    assert main(["--repo", str(repo), "breaking", "--base", "HEAD"]) == 0  # nothing changed since HEAD
    assert main(["--repo", str(repo), "breaking", "--base", "main"]) == 0
    assert main(["--repo", str(repo), "breaking", "--base", "no-such-ref"]) == 2
    assert "error:" in capsys.readouterr().err


def test_json_and_markdown_outputs(repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit_yaml(repo / "specs" / "digitalocean-genai.yaml", _break_digitalocean)
    summary = tmp_path / "summary.md"
    summary.write_text("# earlier step\n")
    assert main(["--repo", str(repo), "breaking", "--format", "json", "--summary", str(summary)]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is False
    (do,) = [s for s in data["specs"] if s["client"] == "digitalocean"]
    assert do["version"]["required_bump"] == "minor" and do["version"]["minimum_version"] == "0.2.0"
    assert {c["check_id"] for c in do["changes"]} == {"response-property-became-nullable"}
    assert {c["level"] for c in do["changes"]} == {"ERR"}
    markdown = summary.read_text()
    assert markdown.startswith("# earlier step\n")  # appended, as $GITHUB_STEP_SUMMARY wants
    row = "| digitalocean | `specs/digitalocean-genai.yaml` | 5 ERR, 0 WARN, 0 INFO |"
    assert f"{row} 0.1.0 → 0.1.0 (needs minor: ≥ 0.2.0) | **FAIL** |" in markdown
    assert "| ERR | `response-property-became-nullable` | `GET /v2/gen-ai/indexing_jobs/{uuid}` |" in markdown

    assert main(["--repo", str(repo), "breaking", "--format", "markdown"]) == 1
    assert capsys.readouterr().out.startswith("### API changes since ")


def test_an_additive_change_needs_a_minor_bump(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit_yaml(
        repo / "specs" / "veryfront.yaml",
        lambda d: d["components"]["schemas"]["JobBatch"]["properties"].update(label={"type": "string"}),
    )
    assert main(["--repo", str(repo), "breaking"]) == 1
    assert "needs a minor bump (INFO response-optional-property-added)" in capsys.readouterr().out
    set_version(repo, "veryfront", "0.1.1")
    assert main(["--repo", str(repo), "breaking"]) == 1
    set_version(repo, "veryfront", "0.2.0")
    assert main(["--repo", str(repo), "breaking"]) == 0


def test_a_cosmetic_edit_needs_no_bump(repo: Path) -> None:
    edit_yaml(repo / "specs" / "dispersed.yaml", lambda d: d["info"].update(description="Rewritten."))
    assert main(["--repo", str(repo), "breaking"]) == 0


def test_an_unreadable_spec_is_an_error(repo: Path) -> None:
    (repo / "specs" / "dispersed.yaml").write_text("openapi: [unclosed\n")
    assert main(["--repo", str(repo), "breaking"]) == 2


def test_release_dry_run_and_real_run(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit_yaml(repo / "specs" / "digitalocean-genai.yaml", _break_digitalocean)
    before = (repo / "codegen.toml").read_text()
    assert main(["--repo", str(repo), "release", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "digitalocean: 0.1.0 -> 0.2.0 (minor bump needed); would set codegen.toml" in out
    assert (repo / "codegen.toml").read_text() == before
    assert main(["--repo", str(repo), "release"]) == 0
    assert 'version = "0.2.0"' in (repo / "codegen.toml").read_text()
    assert main(["--repo", str(repo), "breaking"]) == 0  # the release satisfies the check


def test_upstream_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["upstream", "digitalocean", str(UPSTREAM_COPY)]) == 0
    assert "0 blocking" in capsys.readouterr().out

    theirs = yaml.safe_load(UPSTREAM_COPY.read_text())
    theirs["components"]["schemas"]["apiIndexingJob"]["properties"]["phase"] = {"type": "integer"}
    drifted = tmp_path / "drifted.yaml"
    drifted.write_text(yaml.safe_dump(theirs))
    assert main(["upstream", "digitalocean", str(drifted), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["blocking"] == 10  # five operations return the job: its phase's type and its enum differ
    assert {d["kind"] for d in data["differences"] if d["blocking"]} == {
        "property-type-differs",
        "property-enum-differs",
    }

    # non-blocking but unaccepted: passes, unless --strict
    theirs = yaml.safe_load(UPSTREAM_COPY.read_text())
    theirs["components"]["schemas"]["apiIndexingJob"]["properties"]["region"] = {"type": "string"}
    drifted.write_text(yaml.safe_dump(theirs))
    assert main(["upstream", "digitalocean", str(drifted)]) == 0
    assert main(["upstream", "digitalocean", str(drifted), "--strict"]) == 1

    summary = tmp_path / "summary.md"
    assert main(["upstream", "digitalocean", str(UPSTREAM_COPY), "--summary", str(summary)]) == 0
    assert "### Upstream drift: digitalocean (ok)" in summary.read_text()

    capsys.readouterr()
    assert main(["upstream", "nosuchvendor", str(UPSTREAM_COPY)]) == 2
    assert main(["upstream", "digitalocean", str(tmp_path / "missing.yaml")]) == 2
    assert main(["upstream", "digitalocean", "http://127.0.0.1:9/unreachable.yaml"]) == 2
    err = capsys.readouterr().err
    assert "unknown vendor" in err and "cannot read" in err and "cannot fetch" in err


def test_a_malformed_accepted_file_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "accepted.yaml"
    bad.write_text(yaml.safe_dump({"accepted": [{"kind": "property-only-in-ours"}]}))
    assert main(["upstream", "digitalocean", str(UPSTREAM_COPY), "--accepted", str(bad)]) == 2


def test_help_documents_the_exit_codes() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "scripts.specchanges", "breaking", "--help"], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0
    assert "exit codes:" in done.stdout and "1  breaking: a client needs a bigger version bump" in done.stdout
    assert main(["no-such-command"]) == 2


def test_the_upstream_check_needs_only_pyyaml() -> None:
    """The pre-commit hook installs PyYAML alone: griffe is imported only when a client's Python API is compared."""
    code = (
        "import sys; sys.modules['griffe'] = None\n"  # any `import griffe` now raises ImportError
        "from scripts.specchanges.__main__ import main\n"
        f"sys.exit(main(['upstream', 'digitalocean', {str(UPSTREAM_COPY)!r}]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "0 blocking" in done.stdout
