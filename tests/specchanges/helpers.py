"""Shared helpers for the spec-change tests: the real specs, and a throwaway git repository shaped like this one."""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
UPSTREAM_COPY = ROOT / "tests" / "data" / "digitalocean-genai-upstream.yaml"
SPEC_FILES = {
    "veryfront": ROOT / "specs" / "veryfront.yaml",
    "dispersed": ROOT / "specs" / "dispersed.yaml",
    "digitalocean": ROOT / "specs" / "digitalocean-genai.yaml",
    "upstream": UPSTREAM_COPY,  # DigitalOcean's own OpenAPI 3.0 document
}


@cache
def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(SPEC_FILES[name].read_text(encoding="utf-8"))
    return data


def spec(name: str) -> dict[str, Any]:
    """A deep copy of a real spec, safe to mutate."""
    return copy.deepcopy(_load(name))


def schema(doc: dict[str, Any], name: str) -> dict[str, Any]:
    found: dict[str, Any] = doc["components"]["schemas"][name]
    return found


def op(doc: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    found: dict[str, Any] = doc["paths"][path][method]
    return found


def git(repo: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "test",
        "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "test",
        "GIT_COMMITTER_EMAIL": "test@example.invalid",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    done = subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=True)
    return done.stdout


def make_repo(tmp: Path) -> Path:
    """A git repository with this repository's codegen.toml, specs/ and client changelogs, committed on `main`, and a
    `feature` branch checked out."""
    from scripts.specchanges.repo import set_client_version

    repo = tmp / "repo"
    (repo / "specs").mkdir(parents=True)
    codegen = (ROOT / "codegen.toml").read_text(encoding="utf-8")
    clients = tomllib.loads(codegen)["clients"]
    for name in clients:  # every client at 0.1.0, whatever this repository's are: the tests bump from there
        codegen = set_client_version(codegen, name, "0.1.0")
    (repo / "codegen.toml").write_text(codegen, encoding="utf-8")
    for path in (ROOT / "specs").glob("*.yaml"):
        shutil.copy(path, repo / "specs" / path.name)
    for client in clients.values():
        (repo / client["directory"]).mkdir(parents=True)
        shutil.copy(ROOT / client["directory"] / "CHANGELOG.md", repo / client["directory"] / "CHANGELOG.md")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "base")
    git(repo, "checkout", "-q", "-b", "feature")
    return repo


def edit_yaml(path: Path, mutate: Any) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    mutate(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")


def set_version(repo: Path, client: str, version: str) -> None:
    from scripts.specchanges.repo import set_client_version

    path = repo / "codegen.toml"
    path.write_text(set_client_version(path.read_text(encoding="utf-8"), client, version), encoding="utf-8")
