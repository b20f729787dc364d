"""The history corpus: changes seen in OpenAI's spec history, each a minimal pair written here with the verdict a
careful reader gives (see history_corpus/README.md). The classifier must report exactly the expected changes."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.specchanges import classify
from scripts.specchanges.history import run_history
from scripts.specchanges.history import versions as versions_of

CORPUS = Path(__file__).parent / "history_corpus"
CASES = sorted(CORPUS.glob("*.yaml"))
THING = {"$ref": "#/components/schemas/Thing"}
DEFAULT_PATHS = {
    "/things": {
        "post": {
            "operationId": "createThing",
            "requestBody": {"required": True, "content": {"application/json": {"schema": THING}}},
            "responses": {"201": {"description": "created"}},
        },
        "get": {
            "operationId": "getThing",
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": THING}}}},
        },
    }
}


def _document(case: dict[str, Any], side: str) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": case["title"], "version": "1"},
        "paths": case.get("paths") or DEFAULT_PATHS,
        "components": {"schemas": case[side]},
    }


def test_the_corpus_is_there():
    assert len(CASES) >= 8


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_case(path: Path):
    case = yaml.safe_load(path.read_text(encoding="utf-8"))
    for key in ("commits", "title", "verdict", "why", "expect"):
        assert case.get(key) is not None, f"{path.name}: no {key}"
    assert len(case["commits"]) == 2
    found = classify(_document(case, "old"), _document(case, "new"))
    ours = sorted((c.check_id, c.level.value, c.operation) for c in found)
    expected = sorted(tuple(e[:3]) for e in case["expect"] for _ in range(e[3] if len(e) > 3 else 1))
    assert ours == expected, "\n".join(str(c) for c in found)


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


def test_history_run_over_a_small_repository(tmp_path: Path):
    # The history command over a git repository whose file went through some of the corpus' changes, an
    # unparsable version and a deletion: every readable pair classified, the unreadable named, no exception.
    repo = tmp_path / "spec"
    repo.mkdir()
    _git(repo, "init", "-q")
    documents = []
    for path in CASES[:3]:
        case = yaml.safe_load(path.read_text(encoding="utf-8"))
        documents += [_document(case, "old"), _document(case, "new")]
    for i, doc in enumerate(documents):
        (repo / "openapi.yaml").write_text(yaml.safe_dump(doc), encoding="utf-8")
        _git(repo, "add", "openapi.yaml")
        _git(repo, "commit", "-q", "-m", f"v{i}")
        if i == 2:
            (repo / "openapi.yaml").write_text("paths: [unclosed\n", encoding="utf-8")
            _git(repo, "commit", "-q", "-am", "broken")
    commits = versions_of(repo / ".git", "openapi.yaml")
    assert len(commits) == len(documents) + 1
    run = run_history(repo / ".git", "openapi.yaml", commits)
    assert run.exceptions == []
    assert len(run.unreadable) == 1
    assert len(run.pairs) == len(documents) - 1
    assert any(p.changes for p in run.pairs)
