"""Upstream specs spread over many files: fetched over HTTP (a loopback server), bundled into one document, compared.

DigitalOcean publishes its spec the way this fixture lays out its copy: operations in their own files referenced from
`paths`, models one per file referencing each other by relative path, shared responses and headers in a `shared/`
folder two levels up.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import posixpath
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.specchanges import check_upstream, compare_upstream
from scripts.specchanges.__main__ import main
from scripts.specchanges.openapi import Loader, SpecError, bundle, prefetch, read_text
from tests.specchanges.helpers import ROOT, spec

FILES = {  # where each kind of component goes, relative to the root document
    "schemas": "resources/genai/models/{name}.yml",
    "responses": "shared/responses/{name}.yml",
    "headers": "shared/headers.yml#/{name}",
}


def _target(section: str, name: str) -> tuple[str, str]:
    where = FILES[section].format(name=name)
    file, _, fragment = where.partition("#")
    return file, fragment


def _rewrite(value: Any, from_file: str) -> Any:
    """Local `#/components/...` refs rewritten to relative paths from `from_file` to the component's file."""
    if isinstance(value, list):
        return [_rewrite(v, from_file) for v in value]
    if not isinstance(value, dict):
        return value
    ref = value.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/") and ref.split("/")[2] in FILES:
        _, _, section, name = ref.split("/", 3)
        file, fragment = _target(section, name)
        relative = posixpath.relpath(file, posixpath.dirname(from_file) or ".")
        return {**value, "$ref": relative + (f"#{fragment}" if fragment else "")}
    return {k: _rewrite(v, from_file) for k, v in value.items()}


def split_upstream(folder: Path) -> Path:
    """Write DigitalOcean's upstream document as a multi-file spec under `folder`; returns the root file."""
    doc = spec("upstream")
    components = doc.pop("components")
    files: dict[str, Any] = {}
    for section in FILES:
        for name, value in components.pop(section).items():
            file, fragment = _target(section, name)
            if fragment:
                files.setdefault(file, {})[fragment.lstrip("/")] = _rewrite(value, file)
            else:
                files[file] = _rewrite(value, file)
    for item in doc["paths"].values():
        for method, operation in list(item.items()):
            file = f"resources/genai/{operation['operationId']}.yml"
            files[file] = _rewrite(operation, file)
            item[method] = {"$ref": file}
    doc["components"] = components  # what is left (securitySchemes) stays in the root
    files["openapi.yaml"] = doc
    for rel, value in files.items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_text(yaml.safe_dump(value, sort_keys=False))
    return folder / "openapi.yaml"


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """The multi-file upstream spec served on an ephemeral loopback port: (URL of the root document, folder)."""
    folder = tmp_path / "site"
    split_upstream(folder)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    handler.log_message = lambda *args: None  # type: ignore[method-assign]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/openapi.yaml", folder
    finally:
        server.shutdown()
        server.server_close()


def _facts(differences: list[Any]) -> list[tuple[str, str, str, str, str, str]]:
    return sorted((d.kind, d.operation, d.location, d.ours, d.theirs, d.fingerprint) for d in differences)


def _refs(value: Any) -> list[str]:
    if isinstance(value, list):
        return [r for v in value for r in _refs(v)]
    if isinstance(value, dict):
        own = [value["$ref"]] if isinstance(value.get("$ref"), str) else []
        return own + [r for v in value.values() for r in _refs(v)]
    return []


def test_the_fixture_really_is_spread_over_files(served: tuple[str, Path]) -> None:
    _, folder = served
    root = yaml.safe_load((folder / "openapi.yaml").read_text())
    assert "schemas" not in root["components"]
    assert all(ref.startswith("resources/genai/") for ref in _refs(root["paths"]))
    model = yaml.safe_load((folder / "resources/genai/models/apiIndexingJob.yml").read_text())
    assert "apiBatchJobPhase.yml" in _refs(model)  # models refer to each other by relative path
    operation = (folder / "resources/genai/genai_get_indexing_job.yml").read_text()
    assert "../../shared/headers.yml#/" in operation and "../../shared/responses/" in operation


def test_a_multi_file_spec_from_a_url_compares_like_the_single_file_one(served: tuple[str, Path]) -> None:
    url, folder = served
    single = check_upstream("digitalocean", str(ROOT / "tests/data/digitalocean-genai-upstream.yaml"), ROOT)
    multi = check_upstream("digitalocean", url, ROOT)
    assert len(multi.differences) == 104
    assert _facts(multi.differences) == _facts(single.differences)
    assert multi.exit_code() == 0 and multi.uncovered == []
    base = url.rsplit("/", 1)[0]
    written = {f"{base}/{p.relative_to(folder).as_posix()}" for p in folder.rglob("*.y*ml")}
    operations = {
        f"{base}/resources/genai/{o['operationId']}.yml" for i in spec("upstream")["paths"].values() for o in i.values()
    }
    assert len(operations) == 7 and operations <= set(multi.files) <= written
    assert {f"{base}/shared/headers.yml", f"{base}/resources/genai/models/apiBatchJobPhase.yml"} <= set(multi.files)


def test_the_bundle_is_one_self_contained_document(served: tuple[str, Path], tmp_path: Path) -> None:
    url, _ = served
    loader = Loader()
    bundled = bundle(loader.load(url))
    assert _refs(bundled) and all(ref.startswith("#/components/") for ref in _refs(bundled))
    assert set(bundled["components"]["schemas"]) >= {"apiIndexingJob", "apiBatchJobPhase"}
    used_headers = {
        r.rsplit("/", 1)[1] for r in _refs(spec("upstream")["paths"]) if r.startswith("#/components/headers/")
    }
    assert set(bundled["components"]["headers"]) == used_headers  # only what the operations reach is fetched
    # the bundle needs no other file, and means what the single document means
    path = tmp_path / "bundled.yaml"
    path.write_text(yaml.safe_dump(bundled))
    alone = Loader(read=lambda uri: path.read_text() if uri == str(path) else pytest.fail(f"fetched {uri}"))
    assert _facts(compare_upstream(spec("digitalocean"), alone.load(str(path)))) == _facts(
        compare_upstream(spec("digitalocean"), spec("upstream"))
    )


def test_the_command_line_writes_the_bundle_and_the_report(served: tuple[str, Path], tmp_path: Path) -> None:
    url, _ = served
    out, report = tmp_path / "bundle.yaml", tmp_path / "report.json"
    assert main(["upstream", "digitalocean", url, "--bundle", str(out), "--report", str(report)]) == 0
    assert all(ref.startswith("#/") for ref in _refs(yaml.safe_load(out.read_text())))
    data = json.loads(report.read_text())
    assert len(data["differences"]) == 104 and len(data["upstream_files"]) > 20
    assert all(len(d["fingerprint"]) == 12 for d in data["differences"])


def test_a_missing_file_is_an_error_naming_the_reference(served: tuple[str, Path], capsys: Any) -> None:
    url, folder = served
    os.remove(folder / "resources/genai/models/apiBatchJobPhase.yml")
    with pytest.raises(
        SpecError, match=r"cannot fetch http://127\.0\.0\.1:\d+/resources/genai/models/apiBatchJobPhase\.yml"
    ):
        bundle(Loader().load(url))
    assert main(["upstream", "digitalocean", url]) == 2
    assert "apiBatchJobPhase.yml" in capsys.readouterr().err


def test_a_recursive_schema_across_files_is_bundled_once(tmp_path: Path) -> None:
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "node.yml").write_text(
        yaml.safe_dump({"type": "object", "properties": {"children": {"type": "array", "items": {"$ref": "node.yml"}}}})
    )
    root = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/tree": {
                "get": {
                    "parameters": [{"$ref": "params.yml#/depth"}],
                    "responses": {
                        "200": {
                            "description": "",
                            "content": {"application/json": {"schema": {"$ref": "models/node.yml"}}},
                        }
                    },
                }
            }
        },
    }
    (tmp_path / "params.yml").write_text(
        yaml.safe_dump({"depth": {"name": "depth", "in": "query", "schema": {"type": "integer"}}})
    )
    root["info"]["description"] = {"$ref": "description.yml#/introduction"}  # as DigitalOcean's spec does
    (tmp_path / "description.yml").write_text(yaml.safe_dump({"introduction": "Trees, all the way down."}))
    (tmp_path / "openapi.yaml").write_text(yaml.safe_dump(root))
    bundled = bundle(Loader().load(str(tmp_path / "openapi.yaml")))
    assert bundled["info"]["description"] == "Trees, all the way down."  # inlined: no components section for it
    assert bundled["components"]["schemas"] == {
        "node": {
            "type": "object",
            "properties": {"children": {"type": "array", "items": {"$ref": "#/components/schemas/node"}}},
        }
    }
    assert bundled["components"]["parameters"]["depth"]["name"] == "depth"
    assert bundled["paths"]["/tree"]["get"]["parameters"] == [{"$ref": "#/components/parameters/depth"}]


def test_prefetch_loads_every_reachable_file_so_bundling_fetches_nothing_more(served: tuple[str, Path]) -> None:
    url, _ = served
    fetched: list[str] = []

    def read(uri: str) -> str:
        fetched.append(uri)
        return read_text(uri)

    loader = Loader(read=read)
    document = loader.load(url)
    count = prefetch(document, workers=4)
    assert count == len(fetched) == len(set(fetched)) > 20  # each file once
    before = len(fetched)
    bundle(document)
    assert len(fetched) == before
