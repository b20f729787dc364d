"""mypy --strict passes over each generated package and over the typed example in each client's README."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mypy import api

from scripts.codegen.config import ClientConfig


def mypy_strict(*targets: str, cache: Path) -> None:
    stdout, stderr, status = api.run(["--strict", "--no-incremental", "--cache-dir", str(cache), *targets])
    assert status == 0, stdout + stderr


def test_generated_package_passes_mypy_strict(client_config: ClientConfig, tmp_path: Path) -> None:
    mypy_strict("-p", client_config.package, cache=tmp_path / "cache")


def test_readme_example_passes_mypy_strict(client_config: ClientConfig, tmp_path: Path) -> None:
    readme = (client_config.directory / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.DOTALL)
    assert blocks, "each client README carries a typed example"
    example = tmp_path / f"{client_config.name}_example.py"
    example.write_text("\n".join(blocks), encoding="utf-8")
    mypy_strict(str(example), cache=tmp_path / "cache")


def test_anyjob_passes_mypy_strict(tmp_path: Path) -> None:
    mypy_strict("-p", "anyjob", cache=tmp_path / "cache")


def test_mypy_check_can_fail(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from veryfront_client.models import JobStatus\nx: int = JobStatus.WORKING\n")
    with pytest.raises(AssertionError, match="Incompatible types"):
        mypy_strict(str(bad), cache=tmp_path / "cache")
