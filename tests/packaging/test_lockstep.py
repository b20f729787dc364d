"""`nox -s generate -- --bump` (python -m scripts.specchanges release): a client's breaking version moves the facade's
requirement, version and changelog with it, in the same change."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet

from scripts.release.lockstep import LockstepError, breaking_lines, client_ranges, follow, set_range
from scripts.release.packages import by_project
from scripts.release.versions import Range, VersionError, bump_breaking, is_breaking, next_breaking, parse
from scripts.specchanges.__main__ import main
from tests.specchanges.helpers import edit_yaml, git

from .helpers import make_packaging_repo

# Everything below is derived from the repository as it is, so that these tests keep passing after a real release.
ROOT = Path(__file__).resolve().parents[2]
PACKAGES = by_project(ROOT)
DO, VF, FACADE = PACKAGES["digitalocean-genai-client"], PACKAGES["veryfront-client"], PACKAGES["anyjob"]
RANGES = client_ranges((ROOT / "facade/pyproject.toml").read_text())
DO_NEW, VF_NEW, FACADE_NEW = bump_breaking(DO.version), bump_breaking(VF.version), bump_breaking(FACADE.version)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return make_packaging_repo(tmp_path)


def _remove_first_operation(data: dict[str, Any]) -> None:
    del data["paths"][next(iter(data["paths"]))]  # api-path-removed-without-deprecation: ERR


def break_client(repo: Path, spec: str) -> None:
    edit_yaml(repo / "specs" / spec, _remove_first_operation)


def facade(repo: Path) -> dict[str, Any]:
    project: dict[str, Any] = tomllib.loads((repo / "facade/pyproject.toml").read_text())["project"]
    return project


def requirement(repo: Path, name: str) -> SpecifierSet:
    found = [Requirement(r) for r in facade(repo)["dependencies"] if Requirement(r).name == name]
    assert len(found) == 1
    return found[0].specifier


def test_a_breaking_client_release_moves_the_facade_in_the_same_change(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    break_client(repo, "digitalocean-genai.yaml")
    assert main(["--repo", str(repo), "release"]) == 0
    out = capsys.readouterr().out
    new_range = Range.for_version(DO_NEW)
    assert f"digitalocean: {DO.version} -> {DO_NEW}" in out
    assert (
        f"anyjob: requires digitalocean-genai-client{new_range} (was {RANGES['digitalocean-genai-client']}); "
        "set facade/pyproject.toml"
    ) in out
    assert f"anyjob: {FACADE.version} -> {FACADE_NEW}" in out

    assert f'version = "{DO_NEW}"' in (repo / "codegen.toml").read_text()
    assert requirement(repo, "digitalocean-genai-client") == SpecifierSet(str(new_range))
    assert requirement(repo, "veryfront-client") == SpecifierSet(str(RANGES["veryfront-client"]))  # untouched
    assert facade(repo)["version"] == FACADE_NEW
    assert f'__version__ = "{FACADE_NEW}"' in (repo / "facade/src/anyjob/__init__.py").read_text()
    changelog = (repo / "facade/CHANGELOG.md").read_text()
    assert changelog.index(f"## {FACADE_NEW}") < changelog.index(f"## {FACADE.version}")
    entry = changelog[changelog.index(f"## {FACADE_NEW}") : changelog.index(f"## {FACADE.version}")]
    assert "### Breaking changes" in entry
    assert f"Requires `digitalocean-genai-client{new_range}` (was `{RANGES['digitalocean-genai-client']}`)" in entry
    assert "`Job.model`" in entry
    assert "\n  - " in entry  # the client's own breaking change, repeated in the facade's entry
    # The pyproject keeps its comments and layout: only the two lines changed.
    before = git(repo, "show", "main:facade/pyproject.toml").splitlines()
    after = (repo / "facade/pyproject.toml").read_text().splitlines()
    assert len(before) == len(after)
    assert [(b, a) for b, a in zip(before, after, strict=True) if b != a] == [
        (f'version = "{FACADE.version}"', f'version = "{FACADE_NEW}"'),
        (
            f'    "digitalocean-genai-client{RANGES["digitalocean-genai-client"]}",',
            f'    "digitalocean-genai-client{new_range}",',
        ),
    ]


def test_running_the_release_twice_changes_nothing_more(repo: Path) -> None:
    break_client(repo, "digitalocean-genai.yaml")
    assert main(["--repo", str(repo), "release"]) == 0
    files = ["codegen.toml", "facade/pyproject.toml", "facade/CHANGELOG.md", "facade/src/anyjob/__init__.py"]
    first = {f: (repo / f).read_text() for f in files}
    assert main(["--repo", str(repo), "release"]) == 0
    assert {f: (repo / f).read_text() for f in files} == first


def test_two_clients_breaking_before_one_release_bump_the_facade_once(repo: Path) -> None:
    break_client(repo, "digitalocean-genai.yaml")
    assert main(["--repo", str(repo), "release"]) == 0
    git(repo, "commit", "-qam", "first client")
    break_client(repo, "veryfront.yaml")
    assert main(["--repo", str(repo), "release"]) == 0
    assert facade(repo)["version"] == FACADE_NEW  # from its version at the base (main), not bumped twice
    assert requirement(repo, "veryfront-client") == SpecifierSet(str(Range.for_version(VF_NEW)))
    assert requirement(repo, "digitalocean-genai-client") == SpecifierSet(str(Range.for_version(DO_NEW)))
    entry = (repo / "facade/CHANGELOG.md").read_text().split(f"## {FACADE.version}")[0]
    assert entry.count(f"## {FACADE_NEW}") == 1
    assert f"`digitalocean-genai-client{Range.for_version(DO_NEW)}`" in entry
    assert f"`veryfront-client{Range.for_version(VF_NEW)}`" in entry


def test_dry_run_prints_the_facade_change_and_writes_nothing(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    break_client(repo, "digitalocean-genai.yaml")
    before = (repo / "facade/pyproject.toml").read_text()
    assert main(["--repo", str(repo), "release", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert f"anyjob: {FACADE.version} -> {FACADE_NEW} (breaking, in lockstep with its clients); would set" in out
    assert (repo / "facade/pyproject.toml").read_text() == before


def test_json_output_stays_json(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    break_client(repo, "digitalocean-genai.yaml")
    assert main(["--repo", str(repo), "release", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["new_version"] == DO_NEW
    assert facade(repo)["version"] == FACADE_NEW


@dataclass(frozen=True)
class FakeRelease:
    client: str
    new_version: str
    entry: str = ""


def test_a_release_the_range_admits_leaves_the_facade_alone(repo: Path) -> None:
    dispersed = PACKAGES["dispersed-client"]
    major, minor, patch = parse(dispersed.version)
    before = {f: (repo / f).read_text() for f in ("facade/pyproject.toml", "facade/CHANGELOG.md")}
    assert follow(repo, [FakeRelease("dispersed", f"{major}.{minor}.{patch + 1}")], quiet=True) is None
    assert {f: (repo / f).read_text() for f in before} == before
    # ... and the same call with the next breaking version does move it (the check above can fail)
    moved = follow(repo, [FakeRelease("dispersed", bump_breaking(dispersed.version))], quiet=True)
    assert moved is not None and moved.new_version == FACADE_NEW


def test_a_base_with_open_ended_requirements_is_no_obstacle(repo: Path) -> None:
    # main before this change required the clients with lower bounds only
    bounded = (repo / "facade/pyproject.toml").read_text()
    git(repo, "checkout", "-q", "main")
    open_ended = bounded
    for project, rng in RANGES.items():
        open_ended = open_ended.replace(f'"{project}{rng}"', f'"{project}>={rng.lower}"')
    assert open_ended != bounded
    (repo / "facade/pyproject.toml").write_text(open_ended)
    git(repo, "commit", "-qam", "open-ended")
    git(repo, "checkout", "-q", "-B", "feature", "main")
    (repo / "facade/pyproject.toml").write_text(bounded)
    git(repo, "commit", "-qam", "bounded")
    break_client(repo, "digitalocean-genai.yaml")
    assert main(["--repo", str(repo), "release"]) == 0
    assert requirement(repo, "digitalocean-genai-client") == SpecifierSet(str(Range.for_version(DO_NEW)))
    assert f"(was `{RANGES['digitalocean-genai-client']}`)" in (repo / "facade/CHANGELOG.md").read_text()


def test_an_open_ended_requirement_in_the_tree_is_an_error_not_a_traceback(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = repo / "facade/pyproject.toml"
    rng = RANGES["veryfront-client"]
    path.write_text(path.read_text().replace(f'"veryfront-client{rng}"', f'"veryfront-client>={rng.lower}"'))
    break_client(repo, "digitalocean-genai.yaml")
    assert main(["--repo", str(repo), "release"]) == 2
    assert f"error: facade/pyproject.toml: requirement 'veryfront-client>={rng.lower}'" in capsys.readouterr().err


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
