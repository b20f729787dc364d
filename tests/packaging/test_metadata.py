"""Every package's metadata, README, changelog and license; the workspace and its lock; the facade's client bounds."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.version import Version

from scripts.release import packages as packages_module
from scripts.release.versions import bump_breaking
from tests.conftest import CODEGEN

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = packages_module.load(ROOT)
CLIENTS = [p for p in PACKAGES if not p.is_facade]
FACADE = next(p for p in PACKAGES if p.is_facade)


def pyproject(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.fixture(params=PACKAGES, ids=[p.project for p in PACKAGES])
def package(request: pytest.FixtureRequest) -> packages_module.Package:
    return request.param  # type: ignore[no-any-return]


def test_there_are_three_clients_and_the_facade() -> None:
    assert [p.project for p in PACKAGES] == [
        "veryfront-client",
        "dispersed-client",
        "digitalocean-genai-client",
        "anyjob",
    ]


def test_metadata_is_complete(package: packages_module.Package) -> None:
    directory = ROOT / package.directory
    project = pyproject(directory / "pyproject.toml")["project"]
    assert project["license"] == "MIT"
    assert project["license-files"] == ["LICENSE"]
    assert (directory / "LICENSE").read_text() == (ROOT / "LICENSE").read_text()
    assert project["requires-python"] == ">=3.11"
    assert "urls" not in project  # the repository has no public home yet: name no address we do not own
    assert {"Typing :: Typed", "Programming Language :: Python :: 3.11", "Intended Audience :: Developers"} <= set(
        project["classifiers"]
    )
    assert project["readme"] == "README.md"
    build = pyproject(directory / "pyproject.toml")["build-system"]
    assert any(r.startswith("hatchling>=1.27") for r in build["requires"])  # PEP 639 license metadata


def test_readme_states_the_install_lines_and_the_version_policy(package: packages_module.Package) -> None:
    readme = (ROOT / package.directory / "README.md").read_text(encoding="utf-8")
    assert f"pip install {package.project}" in readme
    assert f"pip install ./{package.directory}" in readme or f'"./{package.directory}[testing]"' in readme
    assert "## Versions" in readme


def test_changelog_has_an_entry_for_the_current_version(package: packages_module.Package) -> None:
    changelog = (ROOT / package.directory / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## {re.escape(package.version)}\s*$", changelog, re.MULTILINE), package.version
    assert "## Unreleased" not in changelog


def test_client_versions_and_directories_match_codegen_toml() -> None:
    for client in CODEGEN.clients.values():
        package = next(p for p in CLIENTS if p.project == client.project)
        assert package.version == client.version
        assert client.directory.name == client.project  # README install lines (pip install ./clients/<project>)


def test_facade_version_is_the_same_in_pyproject_and_in_the_package() -> None:
    init = (ROOT / "facade/src/anyjob/__init__.py").read_text(encoding="utf-8")
    assert f'__version__ = "{FACADE.version}"' in init


def facade_client_requirements() -> dict[str, Requirement]:
    project = pyproject(ROOT / "facade/pyproject.toml")["project"]
    requirements = [Requirement(r) for r in project["dependencies"]]
    return {r.name: r for r in requirements if r.name in {c.project for c in CLIENTS}}


def test_the_facade_requires_every_client() -> None:
    assert set(facade_client_requirements()) == {c.project for c in CLIENTS}


@pytest.mark.parametrize("client", CLIENTS, ids=[c.project for c in CLIENTS])
def test_facade_bounds_admit_this_repository_and_exclude_the_next_breaking_release(
    client: packages_module.Package,
) -> None:
    specifier: SpecifierSet = facade_client_requirements()[client.project].specifier
    v = Version(client.version)
    assert specifier.contains(str(v)), "the tests run anyjob against this version: the range must admit it"
    assert specifier.contains(f"{v.major}.{v.minor}.{v.micro + 1}"), "a patch release of the client must be admitted"
    assert not specifier.contains(bump_breaking(client.version)), "the next breaking release must be excluded"
    assert not specifier.contains("99.0.0")


def test_workspace_members_are_exactly_the_packages() -> None:
    members = pyproject(ROOT / "pyproject.toml")["tool"]["uv"]["workspace"]["members"]
    found = {p.parent.relative_to(ROOT).as_posix() for m in members for p in ROOT.glob(f"{m}/pyproject.toml")}
    assert found == {p.directory for p in PACKAGES}


def test_uv_lock_records_every_package_at_its_version() -> None:
    lock = pyproject(ROOT / "uv.lock")
    assert sorted(lock["manifest"]["members"]) == sorted(p.project for p in PACKAGES)
    locked = {p["name"]: p for p in lock["package"]}
    for package in PACKAGES:
        assert locked[package.project]["version"] == package.version
        assert locked[package.project]["source"] == {"editable": package.directory}
    # In the workspace anyjob takes the clients from their directories: uv records no version range for them (and
    # does not check one), which is why the bounds test above and `nox -s tests` (non-editable installs) do.
    anyjob_requires = {d["name"]: d for d in locked["anyjob"]["metadata"]["requires-dist"]}
    for client in CLIENTS:
        assert anyjob_requires[client.project].get("editable") == client.directory


def test_the_test_group_pins_the_generator_as_codegen_toml_does() -> None:
    group = pyproject(ROOT / "pyproject.toml")["dependency-groups"]["test"]
    assert f"openapi-python-client=={CODEGEN.pins.openapi_python_client}" in group
    assert f"ruff=={CODEGEN.pins.ruff}" in group
