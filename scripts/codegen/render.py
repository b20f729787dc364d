"""Runs the pinned generator for one client and turns its output into the tree we commit."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from .config import ClientConfig, CodegenConfig
from .postprocess import add_generated_header, apply_patches
from .schemas import (
    SchemaCompileError,
    compile_spec,
    deep_object_parameters,
    load_spec,
    render_facts,
    render_module,
)

RUNTIME = Path(__file__).parent / "templates" / "runtime"

LOCK_NAME = "codegen.lock.json"


class GenerationError(Exception):
    """The generator failed or warned, or the installed tools are not the pinned ones."""


def check_pins(config: CodegenConfig) -> None:
    """Refuse to run with a generator or ruff other than the pinned ones: the output would not be reproducible."""
    for dist, pinned in (("openapi-python-client", config.pins.openapi_python_client), ("ruff", config.pins.ruff)):
        try:
            installed = version(dist)
        except PackageNotFoundError:
            installed = "not installed"
        if installed != pinned:
            raise GenerationError(
                f"{dist} {installed} is installed but codegen.toml pins {pinned}; run through nox (nox -s generate)"
            )


def sha256_of(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def lock_data(client: ClientConfig, config: CodegenConfig) -> dict[str, object]:
    templates = sorted(
        p for p in config.pins.templates.rglob("*") if p.is_file() and "__pycache__" not in p.parts
    )
    return {
        "comment": "Written by `nox -s generate`; `nox -s drift` checks it with the rest of the client.",
        "spec": client.spec.relative_to(config.root).as_posix(),
        "spec_sha256": hashlib.sha256(client.spec.read_bytes()).hexdigest(),
        "generator": f"openapi-python-client=={config.pins.openapi_python_client}",
        "formatter": f"ruff=={config.pins.ruff}",
        "templates_sha256": sha256_of(templates),
        "generator_config": client.generator_config(),
    }


def _run(cmd: list[str], cwd: Path, what: str) -> str:
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    output = proc.stdout + proc.stderr
    if proc.returncode != 0:
        raise GenerationError(f"{what} failed (exit {proc.returncode}):\n{output}")
    return output


def add_runtime(client: ClientConfig, package_dir: Path) -> None:
    """Files the generator has no template for: the response runtime every endpoint module imports
    (templates/runtime/), and the spec's response schemas compiled for strict validation."""
    for source in sorted(RUNTIME.glob("*.py")):
        shutil.copyfile(source, package_dir / source.name)
    try:
        (package_dir / "_response_schemas.py").write_text(render_module(client.spec), encoding="utf-8")
        _, responses = compile_spec(load_spec(client.spec))
    except SchemaCompileError as exc:
        raise GenerationError(f"{client.name}: {exc}") from None
    # Strict validation looks schemas up by (operation, status): a key no endpoint asks for would leave it unchecked.
    endpoints = "".join(p.read_text(encoding="utf-8") for p in sorted(package_dir.glob("api/**/*.py")))
    unused = [key for key in responses if not any(f'{read}(client, response, "{key[0]}", "{key[1]}")' in endpoints
                                                  for read in ("json_body", "jsonl_body"))]
    if unused:
        raise GenerationError(f"{client.name}: no endpoint module reads the response schemas {unused}")


def render(client: ClientConfig, config: CodegenConfig, dest: Path) -> None:
    """Write the full generated tree of `client` to `dest`, which must not exist yet."""
    check_pins(config)
    with tempfile.TemporaryDirectory(prefix=f"codegen-{client.name}-") as tmp:
        tmp_path = Path(tmp)
        generator_config = tmp_path / "config.json"
        generator_config.write_text(json.dumps(client.generator_config()), encoding="utf-8")
        out = tmp_path / "out"
        # The templates, plus this spec's facts that the generator's parser drops (deprecations), for the templates.
        templates = tmp_path / "templates"
        shutil.copytree(config.pins.templates, templates, ignore=shutil.ignore_patterns("__pycache__", "runtime"))
        try:
            (templates / "spec_facts.jinja").write_text(render_facts(client.spec), encoding="utf-8")
        except SchemaCompileError as exc:
            raise GenerationError(f"{client.name}: {exc}") from None
        generator = Path(sys.executable).with_name("openapi-python-client")
        output = _run(
            [
                str(generator),
                "generate",
                "--path",
                str(client.spec),
                "--output-path",
                str(out),
                "--config",
                str(generator_config),
                "--custom-template-path",
                str(templates),
                "--meta",
                "pdm",
                "--fail-on-warning",
            ],
            cwd=tmp_path,
            what=f"openapi-python-client for {client.name}",
        )
        if "Warning" in output:
            raise GenerationError(f"openapi-python-client warned for {client.name}:\n{output}")
        add_runtime(client, out / client.package)
        try:
            deep_objects = deep_object_parameters(load_spec(client.spec))
        except SchemaCompileError as exc:
            raise GenerationError(f"{client.name}: {exc}") from None
        apply_patches(out / client.package, deep_objects=deep_objects)
        ruff = [sys.executable, "-m", "ruff"]
        _run([*ruff, "check", "--fix-only", "--no-cache", "--quiet", "."], cwd=out, what="ruff check --fix")
        _run([*ruff, "format", "--no-cache", "--quiet", "."], cwd=out, what="ruff format")
        spec = client.spec.relative_to(config.root).as_posix()
        add_generated_header(
            out,
            f"Generated from {spec} by openapi-python-client {config.pins.openapi_python_client} "
            "(`nox -s generate`, see codegen.toml). Do not edit by hand.",
            keep=client.keep,
        )
        (out / LOCK_NAME).write_text(json.dumps(lock_data(client, config), indent=2) + "\n", encoding="utf-8")
        shutil.copytree(out, dest)
