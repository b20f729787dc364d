"""A client added to codegen.toml becomes a requirement of the facade, from the uv workspace, with no other edit
(`python -m scripts.release sync-clients`, run by `nox -s generate`); a client removed from codegen.toml stops being
one."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from scripts.release.__main__ import main
from scripts.release.requirements import client_ranges, sync_clients
from scripts.release.versions import Range

from .helpers import make_packaging_repo

NEW_CLIENT = """
[clients.newvendor]
spec = "specs/newvendor.yaml"
directory = "clients/newvendor-jobs"
project = "newvendor-jobs"
package = "newvendor_jobs"
version = "0.4.2"
keep = ["README.md"]
"""


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return make_packaging_repo(tmp_path)


def facade(repo: Path) -> dict[str, object]:
    return tomllib.loads((repo / "facade/pyproject.toml").read_text())


def test_the_committed_facade_requires_every_client() -> None:
    root = Path(__file__).resolve().parents[2]
    assert sync_clients(root, dry_run=True) == []
    assert main(["--repo", str(root), "sync-clients", "--check"]) == 0


def test_a_new_client_becomes_a_requirement_from_the_workspace(repo: Path) -> None:
    before = (repo / "facade/pyproject.toml").read_text()
    with (repo / "codegen.toml").open("a") as codegen:
        codegen.write(NEW_CLIENT)
    assert main(["--repo", str(repo), "sync-clients", "--check"]) == 1
    assert (repo / "facade/pyproject.toml").read_text() == before  # --check writes nothing
    assert sync_clients(repo) == ["anyjob: requires newvendor-jobs>=0.4.2,<0.5 (new in codegen.toml), from the uv "
                                  "workspace"]
    data = facade(repo)
    assert data["tool"]["uv"]["sources"]["newvendor-jobs"] == {"workspace": True}  # type: ignore[index]
    projects = frozenset(["newvendor-jobs", *(r for r in client_ranges(before))])
    assert client_ranges((repo / "facade/pyproject.toml").read_text(), projects=projects)["newvendor-jobs"] == \
        Range("0.4.2", "0.5")
    assert sync_clients(repo) == []  # idempotent


def test_a_removed_client_is_no_longer_required(repo: Path) -> None:
    codegen = (repo / "codegen.toml").read_text()
    name, table = next(iter(tomllib.loads(codegen)["clients"].items()))
    start = codegen.index(f"[clients.{name}]")
    following = codegen.find("\n[", start + 1)
    (repo / "codegen.toml").write_text(codegen[:start] + (codegen[following + 1:] if following != -1 else ""))
    assert sync_clients(repo) == [f"anyjob: no longer requires {table['project']} (not in codegen.toml)"]
    text = (repo / "facade/pyproject.toml").read_text()
    assert table["project"] not in text
    tomllib.loads(text)  # still TOML
