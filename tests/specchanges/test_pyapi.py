"""The Python API diff (griffe) and its join with the spec classification.

Two layers: small hand-written packages that pin down what `pyapi` reports for each kind of change, and end-to-end
runs of the breaking check on a throwaway repository whose client is regenerated from a mutated spec by the pinned
generator, so that the verdict is the one a pull request would get.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from scripts.codegen.__main__ import generate
from scripts.specchanges import Bump, Level, check_breaking, classify, plan_release
from scripts.specchanges.join import join
from scripts.specchanges.pyapi import (
    ApiChange,
    ApiError,
    api_changes,
    compare_package,
    load_package,
    package_at,
    user_name,
)
from scripts.specchanges.report import render_json, render_markdown, render_text
from tests.specchanges.helpers import ROOT, edit_yaml, git, schema, set_version, spec

# --- pyapi on small packages ----------------------------------------------------------------------------------------

BASE_FILES = {
    "__init__.py": "from .client import Client\n\n__all__ = ('Client',)\n",
    "client.py": "class Client:\n    def __init__(self, base_url: str) -> None:\n        self.base_url = base_url\n",
    "models/__init__.py": "from .phase import Phase\nfrom .job import Job\n\n__all__ = ('Job', 'Phase')\n",
    "models/phase.py": (
        "from enum import StrEnum\n\n\nclass Phase(StrEnum):\n    DONE = 'DONE'\n    ERROR = 'ERROR'\n"
        "    RUNNING = 'RUNNING'\n"
    ),
    "models/job.py": (
        "from attrs import define as _attrs_define\nfrom attrs import field as _attrs_field\n\n"
        "from ..types import UNSET, Unset\n\n\n@_attrs_define\nclass Job:\n"
        "    uuid: str | Unset = UNSET\n    tokens: int | Unset = UNSET\n    limit: int | Unset = 10\n"
        "    additional_properties: dict[str, object] = _attrs_field(init=False, factory=dict)\n"
    ),
    "types.py": "class Unset:\n    pass\n\n\nUNSET = Unset()\n",
    "api/__init__.py": "",
    "api/jobs/__init__.py": "",
    "api/jobs/get_job.py": "".join(
        f"def {fn}(uuid: str, *, client: object, verbose: bool = False) -> None:\n    return None\n\n\n"
        for fn in ("sync", "sync_detailed", "asyncio", "asyncio_detailed")
    ),
    "api/jobs/cancel_job.py": "def sync(uuid: str, *, client: object) -> None:\n    return None\n",
}


def _write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / "pkg" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def _diff(tmp_path: Path, edit: Callable[[dict[str, str]], None]) -> list[ApiChange]:
    new_files = dict(BASE_FILES)
    edit(new_files)
    old = load_package(_write(tmp_path / "old", BASE_FILES), "pkg")
    new = load_package(_write(tmp_path / "new", new_files), "pkg")
    assert old is not None and new is not None
    return api_changes(old, new)


def _kinds(changes: list[ApiChange]) -> set[tuple[str, str, str | None]]:
    return {(c.kind, c.name, c.parameter) for c in changes}


def test_identical_packages_have_no_changes(tmp_path: Path) -> None:
    assert _diff(tmp_path, lambda files: None) == []


def test_docstring_and_body_edits_are_not_api_changes(tmp_path: Path) -> None:
    def edit(files: dict[str, str]) -> None:
        files["models/phase.py"] = files["models/phase.py"].replace(
            "class Phase(StrEnum):\n", 'class Phase(StrEnum):\n    """Reworded."""\n\n'
        )
        files["client.py"] += "\n\ndef _helper() -> int:\n    return 1\n"

    assert _diff(tmp_path, edit) == []


def test_a_removed_enum_member_is_reported_with_what_to_do(tmp_path: Path) -> None:
    changes = _diff(
        tmp_path, lambda f: f.update({"models/phase.py": f["models/phase.py"].replace("    ERROR = 'ERROR'\n", "")})
    )
    (change,) = changes
    assert (change.kind, change.object_kind, change.name, change.old) == (
        "removed",
        "enum-member",
        "Phase.ERROR",
        "'ERROR'",
    )
    assert "x.value == 'ERROR'" in change.advice


def test_an_enum_member_renamed_with_the_same_value_is_one_rename(tmp_path: Path) -> None:
    changes = _diff(
        tmp_path, lambda f: f.update({"models/phase.py": f["models/phase.py"].replace("ERROR = ", "FAILED = ")})
    )
    assert [(c.kind, c.name, c.new) for c in changes] == [("renamed", "Phase.ERROR", "Phase.FAILED")]


def test_a_removed_model_attribute_names_the_constructor_argument(tmp_path: Path) -> None:
    changes = _diff(
        tmp_path,
        lambda f: f.update({"models/job.py": f["models/job.py"].replace("    tokens: int | Unset = UNSET\n", "")}),
    )
    (change,) = changes
    assert (change.kind, change.name) == ("removed", "Job.tokens")
    assert "`tokens=` of `Job(...)`" in change.text


def test_attrs_constructor_arguments_becoming_required_or_changing_default(tmp_path: Path) -> None:
    def edit(files: dict[str, str]) -> None:
        files["models/job.py"] = (
            files["models/job.py"].replace("uuid: str | Unset = UNSET", "uuid: str").replace("= 10", "= 20")
        )

    assert _kinds(_diff(tmp_path, edit)) == {
        ("parameter-became-required", "Job", "uuid"),
        ("parameter-default-changed", "Job", "limit"),
    }


def test_operation_function_changes_are_grouped_and_renames_paired(tmp_path: Path) -> None:
    def edit(files: dict[str, str]) -> None:
        files["api/jobs/get_job.py"] = files["api/jobs/get_job.py"].replace("(uuid: str,", "(job_uuid: str,")
        files["api/jobs/get_job.py"] = files["api/jobs/get_job.py"].replace(
            "verbose: bool = False", "verbose: bool = True"
        )

    changes = _diff(tmp_path, edit)
    assert _kinds(changes) == {
        ("parameter-renamed", "get_job.sync", "uuid"),
        ("parameter-default-changed", "get_job.sync", "verbose"),
    }
    renamed = next(c for c in changes if c.kind == "parameter-renamed")
    assert set(renamed.functions) == {"sync", "sync_detailed", "asyncio", "asyncio_detailed"}
    assert "`get_job.sync(job_uuid=...)`" in renamed.text and "must write `job_uuid=`" in renamed.advice


def test_removed_modules_parameters_and_required_ones(tmp_path: Path) -> None:
    def edit(files: dict[str, str]) -> None:
        del files["api/jobs/cancel_job.py"]
        files["api/jobs/get_job.py"] = files["api/jobs/get_job.py"].replace(", verbose: bool = False", ", force: bool")

    assert _kinds(_diff(tmp_path, edit)) == {
        ("removed", "cancel_job", None),
        ("parameter-removed", "get_job.sync", "verbose"),
        ("parameter-added-required", "get_job.sync", "force"),
    }


def test_a_removed_model_is_one_removed_class(tmp_path: Path) -> None:
    def edit(files: dict[str, str]) -> None:
        del files["models/phase.py"]
        files["models/__init__.py"] = "from .job import Job\n\n__all__ = ('Job',)\n"

    assert [(c.kind, c.object_kind, c.name) for c in _diff(tmp_path, edit)] == [("removed", "class", "Phase")]


def test_a_package_is_extracted_from_a_commit_or_said_missing(tmp_path: Path) -> None:
    repo = _write(tmp_path / "repo", BASE_FILES)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "base")
    with package_at(repo, "main", "pkg") as folder:
        assert folder is not None and (folder / "models" / "phase.py").read_text() == BASE_FILES["models/phase.py"]
    with package_at(repo, "main", "not-there") as folder:
        assert folder is None
    with pytest.raises(ApiError, match="git archive"), package_at(repo, "no-such-ref", "pkg"):
        pass


def test_user_names() -> None:
    assert user_name("models.indexing_job_phase.IndexingJobPhase.X") == "IndexingJobPhase.X"
    assert user_name("models.IndexingJobPhase") == "IndexingJobPhase"
    assert user_name("api.indexing_jobs.cancel_indexing_job.sync") == "cancel_indexing_job.sync"
    assert user_name("client.Client") == "client.Client"


def test_a_package_that_is_not_there_or_broken(tmp_path: Path) -> None:
    assert load_package(tmp_path, "pkg") is None
    result = compare_package(None, tmp_path, "pkg")
    assert not result.compared and "no Python package at the base" in result.note
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "__init__.py").write_text("def broken(:\n")
    with pytest.raises(ApiError, match="cannot load the Python package pkg"):
        load_package(tmp_path, "pkg")


# --- the join --------------------------------------------------------------------------------------------------------


def test_join_attaches_the_python_effect_and_raises_the_bump() -> None:
    old, new = spec("digitalocean"), spec("digitalocean")
    schema(new, "IndexingJobPhase")["enum"].remove("BATCH_JOB_PHASE_ERROR")
    changes = classify(old, new)
    assert {(c.check_id, c.level, c.bump) for c in changes} == {
        ("response-property-enum-value-removed", Level.INFO, Bump.PATCH)
    }
    removed = ApiChange(
        "removed",
        "models.indexing_job_phase.IndexingJobPhase.BATCH_JOB_PHASE_ERROR",
        "IndexingJobPhase.BATCH_JOB_PHASE_ERROR",
        "enum-member",
        "`IndexingJobPhase.BATCH_JOB_PHASE_ERROR` was removed.",
        "Compare with the raw string.",
        old="'BATCH_JOB_PHASE_ERROR'",
    )
    unrelated = ApiChange("removed", "client.Client.close", "client.Client.close", "function", "gone", "")
    joined = join(changes, [removed, unrelated])
    spec_level = [c for c in joined if c.check_id == "response-property-enum-value-removed"]
    assert len(spec_level) == 5 and all(c.python == (removed,) and c.bump is Bump.MAJOR for c in spec_level)
    assert all(c.level is Level.INFO for c in spec_level)  # oasdiff's level is kept; the bump is the stronger verdict
    (orphan,) = [c for c in joined if c.check_id.startswith("python-api-")]
    assert (orphan.check_id, orphan.level, orphan.python) == ("python-api-removed", Level.ERR, (unrelated,))


# --- end to end: regenerate the client from a mutated spec, then run the breaking check -----------------------------


@pytest.fixture(scope="module")
def base_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A repository with this one's codegen.toml, specs, templates and committed clients, on `main`."""
    repo = tmp_path_factory.mktemp("base") / "repo"
    repo.mkdir()
    shutil.copy(ROOT / "codegen.toml", repo / "codegen.toml")
    shutil.copytree(ROOT / "specs", repo / "specs")
    shutil.copytree(ROOT / "scripts" / "codegen" / "templates", repo / "scripts" / "codegen" / "templates")
    shutil.copytree(ROOT / "clients", repo / "clients", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "base")
    return repo


@pytest.fixture
def repo(base_repo: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "repo"
    shutil.copytree(base_repo, copy, symlinks=True)
    git(copy, "checkout", "-q", "-b", "feature")
    return copy


def _mutate_and_generate(repo: Path, client: str, spec_file: str, mutate: Callable[[dict[str, Any]], None]) -> None:
    edit_yaml(repo / "specs" / spec_file, mutate)
    with contextlib.redirect_stdout(io.StringIO()):
        assert generate([client], repo / "codegen.toml") == 0


def _digitalocean(repo: Path) -> Any:
    report = check_breaking(repo, "main")
    (do,) = [s for s in report.specs if s.client == "digitalocean"]
    assert do.error is None and do.python == "compared"
    return report, do


def test_enum_member_removal_now_requires_a_breaking_bump(repo: Path) -> None:
    _mutate_and_generate(
        repo,
        "digitalocean",
        "digitalocean-genai.yaml",
        lambda d: d["components"]["schemas"]["IndexingJobPhase"]["enum"].remove("BATCH_JOB_PHASE_ERROR"),
    )
    report, do = _digitalocean(repo)
    assert {(c.check_id, c.level) for c in do.changes} == {("response-property-enum-value-removed", Level.INFO)}
    assert all(c.python and c.python[0].name == "IndexingJobPhase.BATCH_JOB_PHASE_ERROR" for c in do.changes)
    assert do.version.required is Bump.MINOR  # breaking while at 0.x; was a patch before the Python API diff
    assert not report.ok
    assert "breaks Python code: `IndexingJobPhase.BATCH_JOB_PHASE_ERROR`" in do.version.message()
    base = tomllib.loads((repo / "codegen.toml").read_text())["clients"]["digitalocean"]["version"]
    major, minor, patch = (int(part) for part in base.split("."))
    set_version(repo, "digitalocean", f"{major}.{minor}.{patch + 1}")
    assert not check_breaking(repo, "main").ok
    breaking = f"0.{minor + 1}.0" if major == 0 else f"{major + 1}.0.0"
    set_version(repo, "digitalocean", breaking)
    assert check_breaking(repo, "main").ok
    text = render_text(report)
    assert "python: `IndexingJobPhase.BATCH_JOB_PHASE_ERROR` was removed." in text
    assert "5 break Python code" in render_markdown(report)
    # the changelog names what user code touches and says what to do
    (release,) = plan_release(repo, "main")
    assert (release.client, release.new_version) == ("digitalocean", breaking)
    assert release.entry.split("### ")[1].startswith(
        "Breaking changes\n\n- `IndexingJobPhase.BATCH_JOB_PHASE_ERROR` was removed: "
    )
    assert (
        "the response field `IndexingJob.phase` no longer contains `BATCH_JOB_PHASE_ERROR`: `list_indexing_jobs`, "
        in release.entry
    )
    assert "What to do: compare with the raw string instead" in release.entry
    assert "`x.value == 'BATCH_JOB_PHASE_ERROR'` still works." in release.entry


def test_a_wire_compatible_path_parameter_rename_breaks_keyword_callers(repo: Path) -> None:
    def rename(d: dict[str, Any]) -> None:
        item = d["paths"].pop("/v2/gen-ai/indexing_jobs/{uuid}/cancel")
        for param in item["put"]["parameters"]:
            if param.get("name") == "uuid":
                param["name"] = "indexing_job_uuid"
        d["paths"]["/v2/gen-ai/indexing_jobs/{indexing_job_uuid}/cancel"] = item

    _mutate_and_generate(repo, "digitalocean", "digitalocean-genai.yaml", rename)
    _, do = _digitalocean(repo)
    (change,) = do.changes
    assert (change.check_id, change.level) == ("request-path-parameter-renamed", Level.WARN)  # same URL on the wire
    (effect,) = change.python
    assert (effect.kind, effect.name, effect.old, effect.new) == (
        "parameter-renamed",
        "cancel_indexing_job.sync",
        "uuid",
        "indexing_job_uuid",
    )
    assert "`cancel_indexing_job.sync(indexing_job_uuid=...)`" in effect.text
    assert do.version.required is Bump.MINOR and change.bump is Bump.MAJOR
    (release,) = plan_release(repo, "main")
    assert (
        "- `cancel_indexing_job.sync(indexing_job_uuid=...)`: the argument `uuid` is now called `indexing_job_uuid`, "
        "at the same position (also in `sync_detailed`, `asyncio`, `asyncio_detailed`). What to do: callers passing "
        "`uuid=` by keyword must write `indexing_job_uuid=`.\n"
    ) in release.entry


def test_a_removed_optional_response_property_is_a_removed_attribute(repo: Path) -> None:
    _mutate_and_generate(
        repo,
        "digitalocean",
        "digitalocean-genai.yaml",
        lambda d: d["components"]["schemas"]["IndexingJob"]["properties"].pop("tokens"),
    )
    _, do = _digitalocean(repo)
    assert {(c.check_id, c.level) for c in do.changes} == {("response-optional-property-removed", Level.WARN)}
    assert {e.name for c in do.changes for e in c.python} == {"IndexingJob.tokens"}
    assert not [c for c in do.changes if c.check_id.startswith("python-api-")]  # joined, not reported twice


def test_a_description_only_edit_needs_nothing(repo: Path) -> None:
    def reword(d: dict[str, Any]) -> None:
        d["components"]["schemas"]["IndexingJob"]["properties"]["uuid"]["description"] = "Reworded for the docs."
        d["info"]["description"] = "A new introduction."

    _mutate_and_generate(repo, "digitalocean", "digitalocean-genai.yaml", reword)
    assert git(repo, "status", "--porcelain", "clients")  # the generated docstrings did change
    report, do = _digitalocean(repo)
    assert do.changes == [] and do.version.required is Bump.NONE and report.ok


def test_every_python_change_of_a_mixed_spec_change_is_explained_by_its_spec_change(repo: Path) -> None:
    """One regeneration, four kinds of change: each Python API change joins the spec change behind it, none is left
    over as a `python-api-*` change of its own."""

    def mutate(d: dict[str, Any]) -> None:
        signed = d["paths"]["/v2/gen-ai/indexing_jobs/{indexing_job_uuid}/details_signed_url"]["get"]
        signed["operationId"] = "get_indexing_job_report_url"  # the module is renamed
        d["components"]["schemas"]["CreateIndexingJobRequest"]["required"] = ["knowledge_base_uuid"]
        d["components"]["parameters"]["Page"]["schema"]["default"] = 1
        d["paths"]["/v2/gen-ai/indexing_jobs"]["get"]["parameters"].append(
            {"name": "region", "in": "query", "required": True, "schema": {"type": "string"}}
        )

    _mutate_and_generate(repo, "digitalocean", "digitalocean-genai.yaml", mutate)
    _, do = _digitalocean(repo)
    assert not [str(c) for c in do.changes if c.check_id.startswith("python-api-")]
    effects = {(c.check_id, e.kind, e.name, e.parameter) for c in do.changes for e in c.python}
    assert effects == {
        ("api-operation-id-removed", "removed", "get_indexing_job_details_signed_url", None),
        (
            "request-property-became-required",
            "parameter-became-required",
            "CreateIndexingJobRequest",
            "knowledge_base_uuid",
        ),
        ("request-parameter-default-value-added", "parameter-default-changed", "list_indexing_jobs.sync", "page"),
        ("new-required-request-parameter", "parameter-added-required", "list_indexing_jobs.sync", "region"),
    }
    assert all(c.bump is Bump.MAJOR for c in do.changes if c.python)
    data = json.loads(render_json(check_breaking(repo, "main")))
    (spec_data,) = [s for s in data["specs"] if s["client"] == "digitalocean"]
    assert spec_data["python_api"] == "compared"
    assert {p["name"] for c in spec_data["changes"] for p in c["python"]} >= {"CreateIndexingJobRequest"}


def _api(kind: str, path: str, object_kind: str, parameter: str | None = None, old: str | None = None) -> ApiChange:
    return ApiChange(kind, path, user_name(path), object_kind, f"{path} {kind}", "", parameter=parameter, old=old)


@pytest.mark.parametrize(
    ("mutate", "api", "check_id"),
    [
        (
            lambda d: (
                d["components"]["schemas"].pop("IndexingJobDetailsSignedUrl")
                and d["paths"]["/v2/gen-ai/indexing_jobs/{indexing_job_uuid}/details_signed_url"]["get"]["responses"][
                    "200"
                ]["content"]["application/json"].update(schema={"type": "object"})
            ),
            _api("removed", "models.IndexingJobDetailsSignedUrl", "class"),
            "api-schema-removed",
        ),
        (
            lambda d: d["paths"]["/v2/gen-ai/indexing_jobs/{uuid}"]["get"].update(tags=["jobs"]),
            _api("removed", "api.indexing_jobs.get_indexing_job", "module"),
            "api-tag-removed",
        ),
        (
            lambda d: d["paths"].pop("/v2/gen-ai/indexing_jobs/{uuid}/cancel"),
            _api("removed", "api.indexing_jobs.cancel_indexing_job", "module"),
            "api-path-removed-without-deprecation",
        ),
        (
            lambda d: d["components"]["schemas"]["CreateIndexingJobRequest"]["properties"].pop("data_source_uuids"),
            _api(
                "removed", "models.create_indexing_job_request.CreateIndexingJobRequest.data_source_uuids", "attribute"
            ),
            "request-property-removed",
        ),
        (
            lambda d: d["paths"]["/v2/gen-ai/indexing_jobs"]["get"]["parameters"].pop(),
            _api("parameter-removed", "api.indexing_jobs.list_indexing_jobs.sync", "function", "per_page"),
            "request-parameter-removed",
        ),
        (
            lambda d: d["paths"]["/v2/gen-ai/indexing_jobs/{uuid}/cancel"]["put"]["requestBody"].update(required=True),
            _api("parameter-became-required", "api.indexing_jobs.cancel_indexing_job.sync", "function", "body"),
            "request-body-became-required",
        ),
    ],
    ids=["schema-removed", "tag-removed", "operation-removed", "request-field-removed", "parameter-removed", "body"],
)
def test_join_finds_the_spec_change_behind_each_kind_of_python_change(
    mutate: Callable[[dict[str, Any]], Any], api: ApiChange, check_id: str
) -> None:
    old, new = spec("digitalocean"), spec("digitalocean")
    mutate(new)
    joined = join(classify(old, new), [api])
    assert [c.check_id for c in joined if c.python] == [check_id]
    assert not [c for c in joined if c.check_id.startswith("python-api-")]
