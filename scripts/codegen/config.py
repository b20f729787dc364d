"""Reads codegen.toml: which spec makes which client, with which options, and what pins the generated output."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
CONFIG_PATH = REPO_ROOT / "codegen.toml"


class ConfigError(Exception):
    """codegen.toml is missing a key, names a client that does not exist, or points at a missing file."""


@dataclass(frozen=True)
class GeneratorPins:
    openapi_python_client: str
    ruff: str
    templates: Path


@dataclass(frozen=True)
class ClientConfig:
    name: str
    spec: Path
    directory: Path
    project: str
    package: str
    version: str
    keep: tuple[str, ...]
    options: dict[str, Any] = field(default_factory=dict)

    def generator_config(self) -> dict[str, Any]:
        """The openapi-python-client --config contents for this client."""
        return {
            **self.options,
            "project_name_override": self.project,
            "package_name_override": self.package,
            "package_version_override": self.version,
            # We run ruff ourselves, after post-processing, with the pinned version.
            "post_hooks": [],
        }


@dataclass(frozen=True)
class CodegenConfig:
    root: Path
    pins: GeneratorPins
    clients: dict[str, ClientConfig]

    def select(self, names: list[str] | tuple[str, ...]) -> list[ClientConfig]:
        """The clients named (all of them when `names` is empty), in config order."""
        names = names or tuple(self.clients)
        unknown = [n for n in names if n not in self.clients]
        if unknown:
            raise ConfigError(f"unknown client(s) {', '.join(unknown)}; codegen.toml has {', '.join(self.clients)}")
        selected = [self.clients[n] for n in names]
        for client in selected:
            if not client.spec.is_file():
                raise ConfigError(f"codegen.toml: [clients.{client.name}] spec {client.spec} does not exist")
        return selected


def _require(table: dict[str, Any], key: str, where: str) -> Any:
    try:
        return table[key]
    except KeyError:
        raise ConfigError(f"codegen.toml: [{where}] has no '{key}'") from None


def load(path: Path = CONFIG_PATH) -> CodegenConfig:
    root = path.parent
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    gen = _require(data, "generator", "generator")
    pins = GeneratorPins(
        openapi_python_client=_require(gen, "openapi-python-client", "generator"),
        ruff=_require(gen, "ruff", "generator"),
        templates=root / _require(gen, "templates", "generator"),
    )
    clients: dict[str, ClientConfig] = {}
    for name, table in _require(data, "clients", "clients").items():
        where = f"clients.{name}"
        client = ClientConfig(
            name=name,
            spec=root / _require(table, "spec", where),
            directory=root / _require(table, "directory", where),
            project=_require(table, "project", where),
            package=_require(table, "package", where),
            version=_require(table, "version", where),
            keep=tuple(table.get("keep", ())),
            options=dict(table.get("options", {})),
        )
        clients[name] = client
    return CodegenConfig(root=root, pins=pins, clients=clients)
