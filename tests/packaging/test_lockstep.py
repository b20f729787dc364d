"""`nox -s generate -- --bump` (python -m scripts.specchanges release): a client's breaking version moves the facade's
requirement, version and changelog with it, in the same change."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from packaging.requirements import Requirement

from scripts.release.lockstep import LockstepError, breaking_lines, client_ranges, set_range
from scripts.release.versions import Range, VersionError, bump_breaking, is_breaking, next_breaking
from scripts.specchanges.__main__ import main
from tests.specchanges.helpers import edit_yaml, git

from .helpers import make_packaging_repo


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return make_packaging_repo(tmp_path)


def _break_digitalocean(data: dict[str, Any]) -> None:
    data["components"]["schemas"]["IndexingJob"]["properties"]["uuid"]["type"] = ["string", "null"]  # ERR


def _break_veryfront(data: dict[str, Any]) -> None:
    del data["paths"][next(path for path in data["paths"] if "batches" in path)]  # an operation removed: ERR


def facade(repo: Path) -> dict[str, Any]:
    project: dict[str, Any] = tomllib.loads((repo / "facade/pyproject.toml").read_text())["project"]
    return project


def requirement(repo: Path, name: str) -> str:
    found = [Requirement(r) for r in facade(repo)["dependencies"] if Requirement(r).name == name]
    assert len(found) == 1
    return str(found[0].specifier)


def test_a_breaking_client_release_moves_the_facade_in_the_same_change(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_yaml(repo / "specs" / "digitalocean-genai.yaml", _break_digitalocean)
    assert main(["--repo", str(repo), "release"]) == 0
    out = capsys.readouterr().out
    assert "digitalocean: 0.1.0 -> 0.2.0" in out
    assert "anyjob: requires digitalocean-genai-client>=0.2.0,<0.3 (was >=0.1.0,<0.2); set facade/pyproject.toml" in out
    assert "anyjob: 0.1.0 -> 0.2.0" in out

    assert 'version = "0.2.0"' in (repo / "codegen.toml").read_text()
    assert requirement(repo, "digitalocean-genai-client") == "<0.3,>=0.2.0"
    assert requirement(repo, "veryfront-client") == "<0.2,>=0.1.0"  # untouched: its client did not change
    assert facade(repo)["version"] == "0.2.0"
    assert '__version__ = "0.2.0"' in (repo / "facade/src/anyjob/__init__.py").read_text()
    changelog = (repo / "facade/CHANGELOG.md").read_text()
    assert changelog.index("## 0.2.0") < changelog.index("## 0.1.0")
    entry = changelog[changelog.index("## 0.2.0") : changelog.index("## 0.1.0")]
    assert "### Breaking changes" in entry
    assert "Requires `digitalocean-genai-client>=0.2.0,<0.3` (was `>=0.1.0,<0.2`)" in entry
    assert "`Job.model`" in entry
    assert "  - The response field" in entry  # the client's own breaking change, in the facade's words too
    # The pyproject keeps its comments and layout: only the two lines changed.
    before = git(repo, "show", "main:facade/pyproject.toml").splitlines()
    after = (repo / "facade/pyproject.toml").read_text().splitlines()
    assert len(before) == len(after)
    assert [(b, a) for b, a in zip(before, after, strict=True) if b != a] == [
        ('version = "0.1.0"', 'version = "0.2.0"'),
        ('    "digitalocean-genai-client>=0.1.0,<0.2",', '    "digitalocean-genai-client>=0.2.0,<0.3",'),
    ]


def test_running_the_release_twice_changes_nothing_more(repo: Path) -> None:
    edit_yaml(repo / "specs" / "digitalocean-genai.yaml", _break_digitalocean)
    assert main(["--repo", str(repo), "release"]) == 0
    files = ["codegen.toml", "facade/pyproject.toml", "facade/CHANGELOG.md", "facade/src/anyjob/__init__.py"]
    first = {f: (repo / f).read_text() for f in files}
    assert main(["--repo", str(repo), "release"]) == 0
    assert {f: (repo / f).read_text() for f in files} == first


def test_two_clients_breaking_before_one_release_bump_the_facade_once(repo: Path) -> None:
    edit_yaml(repo / "specs" / "digitalocean-genai.yaml", _break_digitalocean)
    assert main(["--repo", str(repo), "release"]) == 0
    git(repo, "commit", "-qam", "first client")
    edit_yaml(repo / "specs" / "veryfront.yaml", _break_veryfront)
    assert main(["--repo", str(repo), "release"]) == 0
    assert facade(repo)["version"] == "0.2.0"  # from 0.1.0 at the base (main), not 0.3.0
    assert requirement(repo, "veryfront-client") == "<0.3,>=0.2.0"
    assert requirement(repo, "digitalocean-genai-client") == "<0.3,>=0.2.0"
    entry = (repo / "facade/CHANGELOG.md").read_text().split("## 0.1.0")[0]
    assert entry.count("## 0.2.0") == 1
    assert "`digitalocean-genai-client>=0.2.0,<0.3`" in entry and "`veryfront-client>=0.2.0,<0.3`" in entry


def test_dry_run_prints_the_facade_change_and_writes_nothing(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit_yaml(repo / "specs" / "digitalocean-genai.yaml", _break_digitalocean)
    before = (repo / "facade/pyproject.toml").read_text()
    assert main(["--repo", str(repo), "release", "--dry-run"]) == 0
    assert "anyjob: 0.1.0 -> 0.2.0 (breaking, in lockstep with its clients); would set" in capsys.readouterr().out
    assert (repo / "facade/pyproject.toml").read_text() == before


def test_json_output_stays_json(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    edit_yaml(repo / "specs" / "digitalocean-genai.yaml", _break_digitalocean)
    assert main(["--repo", str(repo), "release", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["new_version"] == "0.2.0"
    assert facade(repo)["version"] == "0.2.0"


def test_a_release_the_range_admits_leaves_the_facade_alone(repo: Path) -> None:
    # A cosmetic spec change: a patch release (0.1.1), inside >=0.1.0,<0.2.
    edit_yaml(repo / "specs" / "dispersed.yaml", lambda d: d["info"].update(description="Rewritten."))
    (repo / "codegen.toml").write_text((repo / "codegen.toml").read_text())
    before = (repo / "facade/pyproject.toml").read_text()
    assert main(["--repo", str(repo), "release"]) == 0
    assert (repo / "facade/pyproject.toml").read_text() == before
    assert "## 0.2.0" not in (repo / "facade/CHANGELOG.md").read_text()


def test_a_base_with_open_ended_requirements_is_no_obstacle(repo: Path) -> None:
    # main before this change required the clients with lower bounds only
    bounded = (repo / "facade/pyproject.toml").read_text()
    git(repo, "checkout", "-q", "main")
    (repo / "facade/pyproject.toml").write_text(bounded.replace(">=0.1.0,<0.2", ">=0.1"))
    git(repo, "commit", "-qam", "open-ended")
    git(repo, "checkout", "-q", "-B", "feature", "main")
    (repo / "facade/pyproject.toml").write_text(bounded)
    git(repo, "commit", "-qam", "bounded")
    edit_yaml(repo / "specs" / "digitalocean-genai.yaml", _break_digitalocean)
    assert main(["--repo", str(repo), "release"]) == 0
    assert requirement(repo, "digitalocean-genai-client") == "<0.3,>=0.2.0"
    assert "(was `>=0.1.0,<0.2`)" in (repo / "facade/CHANGELOG.md").read_text()


def test_an_open_ended_requirement_in_the_tree_is_an_error_not_a_traceback(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = repo / "facade/pyproject.toml"
    path.write_text(path.read_text().replace('"veryfront-client>=0.1.0,<0.2"', '"veryfront-client>=0.1"'))
    edit_yaml(repo / "specs" / "digitalocean-genai.yaml", _break_digitalocean)
    assert main(["--repo", str(repo), "release"]) == 2
    assert "error: facade/pyproject.toml: requirement 'veryfront-client>=0.1'" in capsys.readouterr().err


def test_versions_policy() -> None:
    assert next_breaking("0.1.4") == "0.2" and next_breaking("1.3.0") == "2"
    assert bump_breaking("0.1.4") == "0.2.0" and bump_breaking("1.3.0") == "2.0.0"
    assert is_breaking("0.1.0", "0.2.0") and not is_breaking("0.1.0", "0.1.9")
    assert is_breaking("1.3.0", "2.0.0") and not is_breaking("1.3.0", "1.9.0")
    assert str(Range.for_version("0.2.0")) == ">=0.2.0,<0.3"
    assert str(Range.for_version("1.3.2")) == ">=1.3.2,<2"
    assert Range.parse("<0.2, >=0.1.0") == Range("0.1.0", "0.2")
    assert Range.parse(">=0.1.0,<0.2").admits("0.1.7") and not Range.parse(">=0.1.0,<0.2").admits("0.2.0")
    for bad in (">=0.1", ">=0.1,<=0.2", "==0.1.0", ">=0.1.0,<0.2,!=0.1.3", ">=x,<0.2"):
        with pytest.raises(VersionError):
            Range.parse(bad)


def test_an_open_ended_client_requirement_is_refused() -> None:
    text = '[project]\nname = "anyjob"\nversion = "0.1.0"\ndependencies = [\n    "veryfront-client>=0.1",\n]\n'
    with pytest.raises(LockstepError, match="veryfront-client>=0.1"):
        client_ranges(text)
    with pytest.raises(LockstepError, match="expected one requirement line for dispersed-client"):
        set_range(text, "dispersed-client", Range("0.2.0", "0.3"))


def test_breaking_lines_come_from_the_breaking_section_only() -> None:
    entry = "## 0.2.0\n\n### Breaking changes\n\n- A.\n- B.\n\n### Added\n\n- C.\n"
    assert breaking_lines(entry) == ("A.", "B.")
