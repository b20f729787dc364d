"""Upstream drift for a vendor known only through its Stainless SDK's `.stats.yml` (scripts/specchanges/stainless.py),
offline: a loopback server plays the SDK repository (a hand-written `.stats.yml`) and the spec storage."""

from __future__ import annotations

import json
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.specchanges.__main__ import main
from scripts.specchanges.stainless import read_record
from tests.loopback import recording_server
from tests.specchanges.helpers import ROOT

# Modelled on anthropics/anthropic-sdk-python's .stats.yml (commit 009b035305e0724ce108ebd796935f91711fc6e1): the four
# keys Stainless writes. The values here are made up.
RECORDED_HASH = "0123456789abcdef0123456789abcdef"
NEW_HASH = "fedcba9876543210fedcba9876543210"


def stats(url: str, spec_hash: str) -> dict[str, Any]:
    return {"configured_endpoints": 131, "openapi_spec_url": url, "openapi_spec_hash": spec_hash,
            "config_hash": "c0ffee00c0ffee00c0ffee00c0ffee00"}


def closed_port_url() -> str:
    """A URL on 127.0.0.1 where nothing listens."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/stainless-sdk-openapi-specs/anthropic/anthropic-0123.yml"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository with codegen.toml, our Anthropic spec and a record of the hash we last read."""
    shutil.copy(ROOT / "codegen.toml", tmp_path / "codegen.toml")
    (tmp_path / "specs").mkdir()
    shutil.copy(ROOT / "specs" / "anthropic.yaml", tmp_path / "specs" / "anthropic.yaml")
    record = (ROOT / "specs" / "anthropic.upstream.yaml").read_text(encoding="utf-8")
    real_hash = yaml.safe_load(record)["openapi_spec_hash"]
    (tmp_path / "specs" / "anthropic.upstream.yaml").write_text(record.replace(real_hash, RECORDED_HASH),
                                                                encoding="utf-8")
    return tmp_path


@pytest.fixture
def storage() -> Iterator[dict[str, Any]]:
    """What the loopback server answers, by path: `/.stats.yml` and `/spec.json` (JSON is YAML too)."""
    answers: dict[str, Any] = {}
    with recording_server(lambda r: (200, answers[r.raw_path]) if r.raw_path in answers else (404, None)) as server:
        answers["base"] = server.base_url
        yield answers


def run(repo: Path, source: str, *extra: str) -> int:
    return main(["--repo", str(repo), "upstream", "anthropic", source, *extra])


def test_the_same_hash_is_clean_and_an_unreachable_spec_is_said_without_failing(
    repo: Path, storage: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    storage["/.stats.yml"] = stats(closed_port_url(), RECORDED_HASH)
    assert run(repo, storage["base"] + "/.stats.yml", "--format", "json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["blocking"] == 0
    assert [d["kind"] for d in report["differences"]] == ["upstream-spec-unreachable"]
    assert "cannot read the spec the SDK names" in report["differences"][0]["text"]


def test_a_new_hash_is_drift_and_names_the_new_url(
    repo: Path, storage: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new_url = closed_port_url().replace("0123", "4567")
    storage["/.stats.yml"] = stats(new_url, NEW_HASH)
    issue = tmp_path / "issue.md"
    assert run(repo, storage["base"] + "/.stats.yml", "--issue-body", str(issue)) == 1
    out = capsys.readouterr().out
    assert "BLOCKING upstream-spec-changed" in out and NEW_HASH in out and new_url in out and RECORDED_HASH in out
    body = issue.read_text(encoding="utf-8")
    assert "upstream-spec-changed" in body and "anyjob-upstream-fingerprints" in body
    assert read_record(repo / "specs" / "anthropic.upstream.yaml").spec.hash == RECORDED_HASH  # not without asking


def test_a_reachable_spec_is_compared_with_ours(repo: Path, storage: dict[str, Any],
                                                capsys: pytest.CaptureFixture[str]) -> None:
    ours = yaml.safe_load((repo / "specs" / "anthropic.yaml").read_text(encoding="utf-8"))
    storage["/spec.json"] = ours
    storage["/.stats.yml"] = stats(storage["base"] + "/spec.json", RECORDED_HASH)
    assert run(repo, storage["base"] + "/.stats.yml", "--format", "json") == 0
    assert json.loads(capsys.readouterr().out)["differences"] == []  # the same spec: nothing differs
    changed = json.loads(json.dumps(ours))
    changed["components"]["schemas"]["MessageBatchProcessingStatus"]["enum"].append("archiving")
    changed["paths"]["/v1/messages/batches"]["get"]["parameters"].append(
        {"name": "workspace", "in": "query", "required": True, "schema": {"type": "string"}})
    storage["/spec.json"] = changed
    assert run(repo, storage["base"] + "/.stats.yml", "--format", "json") == 1
    report = json.loads(capsys.readouterr().out)
    kinds = {d["kind"] for d in report["differences"]}
    assert "upstream-spec-changed" not in kinds and "upstream-spec-unreachable" not in kinds
    assert any("enum" in kind for kind in kinds) and report["blocking"] >= 1
    assert any("workspace" in d["location"] for d in report["differences"] if d["blocking"])


def test_update_record_rewrites_the_record_and_the_next_run_is_clean(
    repo: Path, storage: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    new_url = closed_port_url()
    storage["/.stats.yml"] = stats(new_url, NEW_HASH)
    source = storage["base"] + "/.stats.yml"
    assert run(repo, source, "--update-record") == 1  # the report still shows the drift it recorded
    record = read_record(repo / "specs" / "anthropic.upstream.yaml")
    assert (record.spec.hash, record.spec.url, record.stats) == (NEW_HASH, new_url, source)
    assert record.read_on and "updated with --update-record" in record.note
    text = (repo / "specs" / "anthropic.upstream.yaml").read_text(encoding="utf-8")
    assert text.startswith("# What we last read") and "nox -s upstream -- anthropic" in text
    capsys.readouterr()
    assert run(repo, source) == 0
    assert "upstream-spec-changed" not in capsys.readouterr().out


def test_a_local_stats_file_works_and_a_malformed_one_is_an_error(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    local = tmp_path / "stats.yml"
    local.write_text(yaml.safe_dump(stats(closed_port_url(), RECORDED_HASH)), encoding="utf-8")
    assert run(repo, str(local)) == 0
    local.write_text("configured_endpoints: 131\nopenapi_spec_url: https://example.invalid/x.yml\n", encoding="utf-8")
    assert run(repo, str(local)) == 2
    assert "no openapi_spec_hash" in capsys.readouterr().err
    assert run(repo, str(tmp_path / "missing.yml")) == 2


def test_the_real_record_names_a_stainless_spec() -> None:
    record = read_record(ROOT / "specs" / "anthropic.upstream.yaml")
    assert record.spec.url.startswith("https://storage.googleapis.com/stainless-sdk-openapi-specs/anthropic/")
    assert len(record.spec.hash) == 32 and record.stats.endswith("/.stats.yml")


def test_update_record_needs_a_record(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["upstream", "digitalocean", str(ROOT / "tests/data/digitalocean-genai-upstream.yaml"),
                 "--update-record"]) == 2
    assert "has no specs/<spec>.upstream.yaml record" in capsys.readouterr().err
