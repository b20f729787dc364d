"""The regeneration pipeline: post-processing patches, tree comparison, determinism and the drift check, both ways."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from scripts.codegen import __main__ as codegen_main
from scripts.codegen import config as codegen_config
from scripts.codegen.__main__ import main, recorded_state
from scripts.codegen.postprocess import (
    Patch,
    PatchError,
    deep_object_query_parameters,
    property_deprecations,
    rename_bracketed_query_parameters,
    warn_deprecated_properties,
)
from scripts.codegen.render import LOCK_NAME, render
from scripts.codegen.schemas import SchemaCompileError, deep_object_parameters
from scripts.codegen.tree import compare, file_hashes, list_files
from tests.conftest import CODEGEN

# --- post-processing, unit level -------------------------------------------------------------------------------------


def test_patch_with_an_exact_count_fails_loudly_when_the_generator_output_changes() -> None:
    patch = Patch(why="w", glob="client.py", pattern="    token: str\n", replacement="x", count=1)
    assert patch.apply("    token: str\n", "client.py") == "x"
    with pytest.raises(PatchError, match="expected 1 match"):
        patch.apply("    token: str | None\n", "client.py")


def test_bracketed_query_parameters_get_snake_case_names_and_keep_wire_names() -> None:
    source = (
        "def f(filterstatus: str, filtertask: T) -> None:\n"
        '    params["filter[status]"] = filterstatus\n'
        "    json_filtertask = filtertask.value\n"
        '    params["filter[task]"] = json_filtertask\n'
        "    unrelated_filterstatus = 1\n"
    )
    renamed = rename_bracketed_query_parameters(source, "m.py")
    assert 'params["filter[status]"] = filter_status' in renamed
    assert "def f(filter_status: str, filter_task: T)" in renamed
    assert "json_filter_task = filter_task.value" in renamed
    assert "unrelated_filterstatus" not in renamed or "unrelated_filter_status" in renamed
    with pytest.raises(PatchError):
        rename_bracketed_query_parameters('    params["filter[status]"] = something_else\n', "m.py")


def test_deep_object_query_parameters_are_sent_with_brackets() -> None:
    # The generator ignores `style: deepObject` and merges the object's keys into the query as they are.
    source = (
        "if not isinstance(json_metadata, Unset):\n"
        "    params.update(json_metadata)\n"
    )
    fixed = deep_object_query_parameters(source, "m.py", {"metadata": "metadata"})
    namespace: dict[str, object] = {"json_metadata": {"team": "a b", "k": "v"}, "params": {}, "Unset": type(None)}
    exec(fixed, namespace)  # noqa: S102 - the generated statement, run as generated code would run it
    assert namespace["params"] == {"metadata[team]": "a b", "metadata[k]": "v"}
    with pytest.raises(PatchError, match="found 0"):
        deep_object_query_parameters("    params.update(json_other)\n", "m.py", {"metadata": "metadata"})
    with pytest.raises(PatchError, match="f-string"):
        deep_object_query_parameters(source, "m.py", {"metadata": 'meta"data'})


def _spec_with_query_parameter(parameter: dict[str, object]) -> dict[str, object]:
    return {"paths": {"/things": {"get": {"operationId": "listThings", "parameters": [
        {"name": "page", "in": "query", "schema": {"type": "integer"}}, parameter]}}}}


def test_deep_object_parameters_are_read_from_the_spec_and_must_be_flat_maps() -> None:
    flat = {"name": "metadata", "in": "query", "style": "deepObject", "explode": True,
            "schema": {"type": "object", "additionalProperties": {"type": "string"}}}
    assert deep_object_parameters(_spec_with_query_parameter(flat)) == {"list_things": {"metadata": "metadata"}}
    assert deep_object_parameters(_spec_with_query_parameter({**flat, "style": "form"})) == {}
    nested = {**flat, "schema": {"type": "object", "additionalProperties": {"type": "object"}}}
    with pytest.raises(SchemaCompileError, match="scalar"):
        deep_object_parameters(_spec_with_query_parameter(nested))
    with pytest.raises(SchemaCompileError, match="explode"):
        deep_object_parameters(_spec_with_query_parameter({**flat, "explode": False}))


# --- the committed clients -------------------------------------------------------------------------------------------


def test_every_generated_file_says_so_in_its_first_line(client_config: codegen_config.ClientConfig) -> None:
    spec = client_config.spec.relative_to(CODEGEN.root).as_posix()
    files = list_files(client_config.directory, client_config.keep)
    assert files
    for rel, path in files.items():
        if rel == LOCK_NAME:
            continue
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert "Generated from" in first and spec in first and "Do not edit" in first, rel


def test_lock_records_spec_hash_and_generator(client_config: codegen_config.ClientConfig) -> None:
    import hashlib

    lock = json.loads((client_config.directory / LOCK_NAME).read_text())
    assert lock["spec_sha256"] == hashlib.sha256(client_config.spec.read_bytes()).hexdigest()
    assert lock["generator"] == f"openapi-python-client=={CODEGEN.pins.openapi_python_client}"


def test_lock_records_every_generated_file_and_todays_inputs(client_config: codegen_config.ClientConfig) -> None:
    lock = json.loads((client_config.directory / LOCK_NAME).read_text())
    assert lock["files"] == file_hashes(client_config.directory, client_config.keep)
    assert LOCK_NAME not in lock["files"] and not set(client_config.keep) & set(lock["files"])
    assert recorded_state(client_config, CODEGEN) is None  # what lets drift and generate skip it


def test_kept_files_exist(client_config: codegen_config.ClientConfig) -> None:
    for rel in client_config.keep:
        assert (client_config.directory / rel).is_file(), rel


# --- generation and drift, end to end (needs the pinned generator: run through nox) -----------------------------------


def test_generation_is_byte_for_byte_deterministic(tmp_path: Path) -> None:
    client = CODEGEN.clients["veryfront"]
    render(client, CODEGEN, tmp_path / "one")
    render(client, CODEGEN, tmp_path / "two")
    assert not compare(tmp_path / "one", tmp_path / "two", ())
    assert list_files(tmp_path / "one")  # the comparison saw files


def test_drift_passes_on_the_committed_tree(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["drift"]) == 0
    out = capsys.readouterr().out
    assert all(f"{name}: in step" in out for name in CODEGEN.clients)


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    """A scratch copy of everything the pipeline reads, so tests can break it."""
    for rel in ("codegen.toml", "specs", "clients", CODEGEN.pins.templates.relative_to(CODEGEN.root).as_posix()):
        source = CODEGEN.root / rel
        if source.is_dir():
            shutil.copytree(source, tmp_path / rel, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "build"))
        else:
            shutil.copyfile(source, tmp_path / rel)
    return tmp_path


def drift(repo: Path, capsys: pytest.CaptureFixture[str], *clients: str) -> tuple[int, str]:
    code = main(["drift", *clients, "--config", str(repo / "codegen.toml")])
    return code, capsys.readouterr().out


def test_drift_passes_on_a_clean_copy(repo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert drift(repo_copy, capsys, "veryfront") == (0, "veryfront: in step with specs/veryfront.yaml\n")


def test_drift_fails_when_the_spec_changed_without_regenerating(
    repo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec_path = repo_copy / "specs/veryfront.yaml"
    spec = yaml.safe_load(spec_path.read_text())
    spec["components"]["schemas"]["JobLogs"]["properties"]["truncated"] = {"type": "boolean"}
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False))
    code, out = drift(repo_copy, capsys, "veryfront")
    assert code == 1
    assert "veryfront: DRIFT" in out
    assert "clients/veryfront-client/veryfront_client/models/job_logs.py" in out
    assert "+    truncated: bool | Unset = UNSET" in out  # the short diff
    assert "clients/veryfront-client/codegen.lock.json" in out


def test_drift_fails_when_a_generated_file_was_edited_by_hand(
    repo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = repo_copy / "clients/veryfront-client/veryfront_client/models/job.py"
    edited.write_text(edited.read_text().replace("class Job:", "class Job:  # quick fix"))
    code, out = drift(repo_copy, capsys, "veryfront")
    assert code == 1
    assert "changed: clients/veryfront-client/veryfront_client/models/job.py" in out
    assert "-class Job:  # quick fix" in out


def test_drift_fails_on_a_file_added_or_removed_by_hand(repo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    package = repo_copy / "clients/digitalocean-genai-client/digitalocean_genai_client"
    (package / "helpers.py").write_text("X = 1\n")
    (package / "errors.py").unlink()
    code, out = drift(repo_copy, capsys, "digitalocean")
    assert code == 1
    assert "no longer generated (or added by hand outside the keep list)" in out and "helpers.py" in out
    assert "missing from the committed client" in out and "errors.py" in out


def test_drift_respects_the_keep_list(repo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    signer = repo_copy / "clients/dispersed-client/dispersed_client/signing.py"
    signer.write_text(signer.read_text() + "\n# a maintainer's edit\n")
    (repo_copy / "clients/dispersed-client/README.md").write_text("# rewritten by hand\n")
    assert drift(repo_copy, capsys, "dispersed")[0] == 0


def test_generate_rewrites_generated_files_and_keeps_kept_ones(
    repo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    client_dir = repo_copy / "clients/dispersed-client"
    signer = client_dir / "dispersed_client/signing.py"
    signer_text = signer.read_text()
    (client_dir / "dispersed_client/models/job.py").write_text("broken\n")
    assert main(["generate", "dispersed", "--config", str(repo_copy / "codegen.toml")]) == 0
    out = capsys.readouterr().out
    assert "dispersed: 1 changed" in out and "models/job.py" in out
    assert signer.read_text() == signer_text
    assert drift(repo_copy, capsys, "dispersed")[0] == 0


def test_unknown_client_name_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["drift", "nosuchvendor"]) == 2
    assert "unknown client(s) nosuchvendor" in capsys.readouterr().err


def test_generation_fails_when_an_endpoint_would_not_read_its_compiled_response_schema(
    repo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Strict validation looks schemas up by (operation, status); a template that asked under another name would leave
    # every body unchecked, silently. The pipeline refuses to generate such a client.
    template = repo_copy / "scripts/codegen/templates/endpoint_module.py.jinja"
    text = template.read_text(encoding="utf-8")
    assert text.count('json_body(client, response, "{{ operation }}"') == 1
    template.write_text(text.replace('json_body(client, response, "{{ operation }}"',
                                     'json_body(client, response, "{{ operation }}_renamed"'), encoding="utf-8")
    assert main(["generate", "veryfront", "--config", str(repo_copy / "codegen.toml")]) == 2
    err = capsys.readouterr().err
    assert "veryfront: no endpoint module reads the response schemas" in err and "('get_job', '200')" in err


# --- skipping clients whose inputs and files are as recorded ----------------------------------------------------------


@pytest.fixture
def no_generator(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Fail any attempt to render a client; the names it was asked for."""
    asked: list[str] = []

    def refuse(client: codegen_config.ClientConfig, *args: object) -> None:
        asked.append(client.name)
        raise AssertionError(f"{client.name} was regenerated")

    monkeypatch.setattr(codegen_main, "render", refuse)
    monkeypatch.setenv("CODEGEN_JOBS", "1")
    monkeypatch.delenv("CI", raising=False)
    return asked


def test_drift_and_generate_skip_a_client_recorded_as_current(
    repo_copy: Path, capsys: pytest.CaptureFixture[str], no_generator: list[str]
) -> None:
    config = str(repo_copy / "codegen.toml")
    assert main(["drift", "--config", config]) == 0
    assert main(["generate", "--config", config]) == 0
    out = capsys.readouterr().out
    assert out.count("in step with") == len(CODEGEN.clients)
    assert out.count("unchanged (inputs and files as codegen.lock.json records them)") == len(CODEGEN.clients)
    assert no_generator == []


@pytest.mark.parametrize(
    ("edit", "why"),
    [
        ("models/job.py", "files differ from the ones recorded"),  # a hand edit
        ("helpers.py", "files differ from the ones recorded"),  # a file added by hand
        ("errors.py", "files differ from the ones recorded"),  # a file deleted by hand
        ("template", "inputs changed since the last generation"),  # a stale tree
    ],
)
def test_the_record_is_broken_by_any_edit_or_a_changed_input(repo_copy: Path, edit: str, why: str) -> None:
    config = codegen_config.load(repo_copy / "codegen.toml")
    client = config.clients["veryfront"]
    package = client.directory / client.package
    if edit == "models/job.py":
        (package / edit).write_text((package / edit).read_text() + "# fix\n")
    elif edit == "helpers.py":
        (package / edit).write_text("X = 1\n")
    elif edit == "errors.py":
        (package / edit).unlink()
    else:
        template = config.pins.templates / "str_enum.py.jinja"
        template.write_text(template.read_text() + "\n")
    assert recorded_state(client, config) == why


def test_full_drift_regenerates_even_when_the_record_says_current(
    repo_copy: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A hand edit whose new hash was written into the lock as well fools the record, not the full comparison, which
    # CI runs (where CI is set).
    client_dir = repo_copy / "clients/veryfront-client"
    edited = client_dir / "veryfront_client/models/job.py"
    edited.write_text(edited.read_text().replace("class Job:", "class Job:  # quick fix"))
    lock = json.loads((client_dir / LOCK_NAME).read_text())
    lock["files"] = file_hashes(client_dir, CODEGEN.clients["veryfront"].keep)
    (client_dir / LOCK_NAME).write_text(json.dumps(lock, indent=2) + "\n")
    monkeypatch.delenv("CI", raising=False)
    assert drift(repo_copy, capsys, "veryfront")[0] == 0
    monkeypatch.setenv("CI", "true")
    code, out = drift(repo_copy, capsys, "veryfront")
    assert code == 1 and "-class Job:  # quick fix" in out


def test_clients_are_generated_in_parallel_with_the_same_result(
    repo_copy: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CODEGEN_JOBS", "2")
    assert main(["generate", "--force", "--config", str(repo_copy / "codegen.toml")]) == 0
    out = capsys.readouterr().out
    assert all(f"{name}: unchanged" in out for name in CODEGEN.clients), out
    for name, client in CODEGEN.clients.items():
        assert not compare(client.directory, repo_copy / client.directory.relative_to(CODEGEN.root), client.keep), name


# --- deprecated properties warn ---------------------------------------------------------------------------------------


def test_deprecated_properties_are_found_in_components_and_their_all_of_members() -> None:
    spec = {
        "components": {
            "schemas": {
                "Base": {"properties": {"old": {"type": "string", "deprecated": True, "x-sunset": "2027-01-31"}}},
                "Job": {
                    "allOf": [{"$ref": "#/components/schemas/Base"}, {"properties": {"legacy": {"deprecated": True}}}],
                    "properties": {"fine": {"type": "string"}, "tokens": {"type": "integer", "deprecated": True}},
                },
                "Plain": {"properties": {"id": {"type": "string", "deprecated": False}}},
            }
        }
    }
    assert property_deprecations(spec) == {
        "Base": {"old": "2027-01-31"},
        "Job": {"tokens": "", "legacy": "", "old": "2027-01-31"},
    }
    spec["components"]["schemas"]["Plain"]["properties"]["inner"] = {
        "type": "object",
        "properties": {"gone": {"type": "string", "deprecated": True}},
    }
    with pytest.raises(PatchError, match="Plain.inner.gone is deprecated inside an inline object"):
        property_deprecations(spec)


def test_a_deprecated_property_whose_model_cannot_be_found_fails_loudly(tmp_path: Path) -> None:
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "job.py").write_text("@_attrs_define\nclass Job:\n    pass\n")
    with pytest.raises(PatchError, match="expected one attribute written to 'tokens' in to_dict, found \\[\\]"):
        warn_deprecated_properties(tmp_path, {"Job": {"tokens": ""}})
    with pytest.raises(PatchError, match="no model class Missing"):
        warn_deprecated_properties(tmp_path, {"Missing": {"tokens": ""}})


def test_a_deprecated_property_warns_when_user_code_reads_or_passes_it() -> None:
    import copy
    import pickle
    import warnings

    from digitalocean_genai_client.models.indexing_job import IndexingJob  # `tokens` is deprecated in the spec

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        job = IndexingJob.from_dict({"uuid": "u", "tokens": 5, "total_tokens": "5"})  # a response parses silently
        assert job.to_dict()["tokens"] == 5 and job == copy.copy(job) and "tokens=5" in repr(job)
        pickle.loads(pickle.dumps(job))
        assert job.total_tokens == "5"
        IndexingJob(uuid="u")  # not passing it
    with pytest.warns(DeprecationWarning, match=r"^IndexingJob.tokens is deprecated$") as read:
        assert job.tokens == 5
    assert read[0].filename == __file__  # pointed at the line that reads it
    with pytest.warns(DeprecationWarning, match=r"^IndexingJob.tokens is deprecated$") as passed:
        IndexingJob(uuid="u", tokens=1)
    assert passed[0].filename == __file__


def test_a_deprecated_property_warning_names_its_sunset(repo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec_path = repo_copy / "specs/digitalocean-genai.yaml"
    text = spec_path.read_text()
    marker = "          deprecated: true\n          description: Number of tokens."
    assert text.count(marker) == 1
    spec_path.write_text(text.replace(marker, "          deprecated: true\n          x-sunset: '2027-03-31'\n"
                                              "          description: Number of tokens."))
    assert main(["generate", "digitalocean", "--config", str(repo_copy / "codegen.toml")]) == 0
    model = repo_copy / "clients/digitalocean-genai-client/digitalocean_genai_client/models/indexing_job.py"
    assert "IndexingJob.tokens is deprecated and will be removed on 2027-03-31 (its sunset date)" in model.read_text()
