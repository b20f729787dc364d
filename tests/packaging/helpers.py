"""A throwaway git repository with this repository's packaging files (codegen.toml, every package's pyproject.toml,
changelogs, the facade's __init__.py and the specs), for the release tooling tests."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

from tests.specchanges.helpers import ROOT, git

FILES = [
    "codegen.toml",
    "facade/pyproject.toml",
    "facade/CHANGELOG.md",
    "facade/README.md",
    "facade/src/anyjob/__init__.py",
]


def make_packaging_repo(tmp: Path) -> Path:
    """Committed on `main`, with a `feature` branch checked out (as tests.specchanges.helpers.make_repo)."""
    repo = tmp / "repo"
    (repo / "specs").mkdir(parents=True)
    for path in (ROOT / "specs").glob("*.yaml"):
        shutil.copy(path, repo / "specs" / path.name)
    files = list(FILES)
    for client in tomllib.loads((ROOT / "codegen.toml").read_text(encoding="utf-8"))["clients"].values():
        files += [f"{client['directory']}/{name}" for name in ("pyproject.toml", "CHANGELOG.md", "README.md")]
    for rel in files:
        (repo / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / rel, repo / rel)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "base")
    git(repo, "checkout", "-q", "-b", "feature")
    return repo
