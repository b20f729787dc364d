"""The GitHub workflows' hardening and the release workflow's shape (actionlint and zizmor run in `nox -s lint`)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def steps(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


@pytest.mark.parametrize("path", WORKFLOWS, ids=[p.name for p in WORKFLOWS])
def test_every_action_is_pinned_to_a_commit_and_checkouts_keep_no_token(path: Path) -> None:
    workflow = load(path)
    for step in steps(workflow):
        if "uses" in step and not step["uses"].startswith("./"):
            assert re.fullmatch(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}", step["uses"]), step["uses"]
        if step.get("uses", "").startswith("actions/checkout@"):
            assert step.get("with", {}).get("persist-credentials") is False, path.name
    assert workflow.get("permissions") in ({}, {"contents": "read"}), "least privilege by default"


def test_the_release_workflow_builds_the_tagged_package_and_publishes_with_trusted_publishing() -> None:
    workflow = load(ROOT / ".github/workflows/release.yml")
    assert workflow[True] == {"push": {"tags": ["*-v[0-9]*.[0-9]*.[0-9]*"]}}  # YAML 1.1 reads `on` as true
    build, publish = workflow["jobs"]["build"], workflow["jobs"]["publish"]
    assert build["permissions"] == {"contents": "read"}
    runs = "\n".join(step.get("run", "") for step in build["steps"])
    assert 'python -m scripts.release tag "$TAG"' in runs
    assert "uv build --no-sources --out-dir dist" in runs
    assert "twine check --strict dist/*" in runs
    assert 'python -m scripts.release check-dist dist --tag "$TAG"' in runs
    assert "pip install --dry-run --ignore-installed dist/*.whl" in runs  # anyjob only after its clients
    assert "${{" not in runs, "workflow expressions reach scripts through env only"
    assert publish["needs"] == "build"
    assert publish["environment"]["name"] == "pypi"
    assert publish["permissions"] == {"id-token": "write"}
    (upload,) = [s for s in publish["steps"] if s.get("uses", "").startswith("pypa/gh-action-pypi-publish@")]
    assert upload["with"]["attestations"] is True
    assert "password" not in upload["with"], "trusted publishing: no token"
