"""mypy --strict passes over scripts/specchanges."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from mypy import api

from tests.specchanges.helpers import ROOT


@pytest.mark.skipif(
    importlib.util.find_spec("yaml-stubs") is None, reason="types-PyYAML is not installed (mypy needs PyYAML's stubs)"
)
def test_specchanges_passes_mypy_strict(tmp_path: Path) -> None:
    stdout, stderr, status = api.run(
        ["--strict", "--no-incremental", "--cache-dir", str(tmp_path / "cache"), str(ROOT / "scripts" / "specchanges")]
    )
    assert status == 0, stdout + stderr
