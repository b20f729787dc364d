"""The packages of this repository, in the order they are published: the clients, then the facade that needs them."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
FACADE_DIRECTORY = "facade"


class PackageError(Exception):
    """codegen.toml or a package's pyproject.toml is missing or says something this tooling cannot use."""


@dataclass(frozen=True)
class Package:
    project: str  # the distribution name: pip install <project>
    directory: str  # repository-relative
    version: str  # from the package's pyproject.toml, which is what gets built
    is_facade: bool = False

    @property
    def tag(self) -> str:
        """The git tag that releases this version: `veryfront-client-v0.2.0`."""
        return f"{self.project}-v{self.version}"

    @property
    def dist_name(self) -> str:
        """The name in the sdist's and the wheel's file names (PEP 625/427): `veryfront_client`."""
        return normalize(self.project).replace("-", "_")


def normalize(name: str) -> str:
    """PEP 503 normalised project name."""
    return re.sub(r"[-_.]+", "-", name).lower()


def read_pyproject(path: Path) -> dict[str, object]:
    try:
        project = tomllib.loads(path.read_text(encoding="utf-8"))["project"]
    except (OSError, tomllib.TOMLDecodeError, KeyError) as exc:
        raise PackageError(f"{path}: no readable [project] table ({exc})") from exc
    if not isinstance(project, dict):
        raise PackageError(f"{path}: [project] is not a table")
    return project


def load(root: Path = REPO_ROOT) -> list[Package]:
    """Every package: the clients of codegen.toml in its order, then the facade (when the tree has one)."""
    try:
        codegen = tomllib.loads((root / "codegen.toml").read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise PackageError(f"codegen.toml: {exc}") from exc
    found = []
    for name, table in codegen.get("clients", {}).items():
        directory = str(table.get("directory", ""))
        if not directory:
            raise PackageError(f"codegen.toml: [clients.{name}] has no directory")
        project = read_pyproject(root / directory / "pyproject.toml")
        found.append(Package(str(project["name"]), directory, str(project["version"])))
    facade = root / FACADE_DIRECTORY / "pyproject.toml"
    if facade.is_file():
        project = read_pyproject(facade)
        found.append(Package(str(project["name"]), FACADE_DIRECTORY, str(project["version"]), is_facade=True))
    return found


def client_projects(root: Path = REPO_ROOT) -> frozenset[str]:
    """The normalised distribution names of the clients in codegen.toml (what the facade requires)."""
    return frozenset(normalize(p.project) for p in load(root) if not p.is_facade)


def by_project(root: Path = REPO_ROOT) -> dict[str, Package]:
    return {normalize(p.project): p for p in load(root)}
