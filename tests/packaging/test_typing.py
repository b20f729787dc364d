"""mypy --strict passes over scripts/release (the release workflow and `nox -s generate -- --bump` run it)."""

from __future__ import annotations

from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parents[2]


def test_release_tooling_passes_mypy_strict(tmp_path: Path) -> None:
    out, err, status = api.run(
        ["--strict", "--no-incremental", "--cache-dir", str(tmp_path / "cache"), str(ROOT / "scripts" / "release")]
    )
    assert status == 0, out + err
