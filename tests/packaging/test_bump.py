"""`nox -s release-bump` (python -m scripts.release bump): a release of clients for a reason outside their specs
(a template or HTTP-stack change) sets versions and changelogs and moves the facade in lockstep, like a spec release."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from scripts.release.__main__ import main
from scripts.release.lockstep import client_ranges
from scripts.release.packages import by_project
from scripts.release.versions import Range, bump_breaking, parse
from tests.specchanges.helpers import git

from .helpers import make_packaging_repo

ROOT = Path(__file__).resolve().parents[2]
CLIENTS = tomllib.loads((ROOT / "codegen.toml").read_text(encoding="utf-8"))["clients"]
NAME, TABLE = next(iter(CLIENTS.items()))  # any client does: the tests read its facts from codegen.toml
CHANGE = "Built on a new HTTP stack. What to do: replace the old import with the new one."


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return make_packaging_repo(tmp_path)


def versions(repo: Path) -> dict[str, str]:
    clients = tomllib.loads((repo / "codegen.toml").read_text())["clients"]
    return {name: table["version"] for name, table in clients.items()}


def bump(repo: Path, *args: str) -> int:
    return main(["--repo", str(repo), "bump", *args])


def test_a_breaking_bump_of_one_client_moves_it_and_the_facade(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = versions(repo)
    facade_before = by_project(repo)["anyjob"].version
    assert bump(repo, "--level", "breaking", "--change", CHANGE, NAME) == 0
    after = versions(repo)
    assert after[NAME] == bump_breaking(before[NAME])
    assert {k: v for k, v in after.items() if k != NAME} == {k: v for k, v in before.items() if k != NAME}
    changelog = (repo / TABLE["directory"] / "CHANGELOG.md").read_text()
    assert f"## {after[NAME]}\n\n### Breaking changes\n\n- {CHANGE}\n" in changelog
    facade = by_project(repo)["anyjob"]
    assert facade.version == bump_breaking(facade_before)
    ranges = client_ranges((repo / "facade/pyproject.toml").read_text())
    assert ranges[TABLE["project"]] == Range.for_version(after[NAME])
    assert CHANGE in (repo / "facade/CHANGELOG.md").read_text()
    assert f"{NAME}: {before[NAME]} -> {after[NAME]} (breaking)" in capsys.readouterr().out


def test_running_it_twice_before_the_release_changes_nothing_more(repo: Path) -> None:
    assert bump(repo, "--level", "breaking", "--change", CHANGE) == 0
    once = {path: path.read_text() for path in repo.rglob("*") if path.is_file() and ".git" not in path.parts}
    assert bump(repo, "--level", "breaking", "--change", CHANGE) == 0
    twice = {path: path.read_text() for path in repo.rglob("*") if path.is_file() and ".git" not in path.parts}
    assert once == twice


def test_a_patch_stays_inside_the_facade_range(repo: Path) -> None:
    before = by_project(repo)["anyjob"].version
    assert bump(repo, "--level", "patch", "--change", "Fixed a docstring.", NAME) == 0
    major, minor, patch = parse(versions(repo)[NAME])
    assert (major, minor, patch) == (*parse(CLIENTS[NAME]["version"])[:2], parse(CLIENTS[NAME]["version"])[2] + 1)
    assert by_project(repo)["anyjob"].version == before
    assert "### Fixed\n\n- Fixed a docstring." in (repo / TABLE["directory"] / "CHANGELOG.md").read_text()


def test_dry_run_writes_nothing(repo: Path) -> None:
    git(repo, "add", "-A")
    assert bump(repo, "--level", "breaking", "--change", CHANGE, "--dry-run") == 0
    assert git(repo, "status", "--porcelain").strip() == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [(["--level", "breaking", "--change", " "], "at least one non-empty --change"),
     (["--level", "breaking", "--change", CHANGE, "no-such-client"], "unknown client(s) no-such-client")],
)
def test_bad_input_is_refused_with_what_was_wrong(repo: Path, args: list[str], message: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert bump(repo, *args) == 2
    assert message in capsys.readouterr().err
    assert git(repo, "status", "--porcelain").strip() == ""
