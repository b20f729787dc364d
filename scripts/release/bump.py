"""A client release for a reason outside its spec: a new HTTP stack, a template change that alters the public API.

`nox -s generate -- --bump` versions clients from their spec changes; a change that reaches every client through the
pipeline (its templates, its dependencies) has no spec change to classify, yet can break users just the same. This
is its release step, with the same effects: each client's version in codegen.toml and a CHANGELOG.md entry, and the
facade in lockstep when a client leaves the range it requires (`lockstep.follow`).

    python -m scripts.release bump --level breaking --change "Built on httpx2 ..." [--change ...] [client ...]

Versions are computed from the version at the base (the merge-base with main, or `--base`), so a second run before the
release changes nothing.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from scripts.specchanges.changelog import update_changelog
from scripts.specchanges.repo import set_client_version, show

from . import lockstep
from .packages import PackageError
from .versions import bump_breaking, parse

LEVELS = ("breaking", "minor", "patch")
_HEADINGS = {"breaking": "Breaking changes", "minor": "Added", "patch": "Fixed"}


@dataclass(frozen=True)
class ManualRelease:
    """One client's release (what `lockstep.follow` reads: client, new_version, entry)."""

    client: str
    project: str
    changelog: str  # repository-relative
    old_version: str
    new_version: str
    entry: str


def bumped(version: str, level: str) -> str:
    major, minor, patch = parse(version)
    if level == "breaking":
        return bump_breaking(version)
    if level == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def entry_for(version: str, level: str, changes: list[str]) -> str:
    bullets = [f"- {change.strip()}" for change in changes]
    return "\n".join([f"## {version}", "", f"### {_HEADINGS[level]}", "", *bullets]) + "\n"


def plan(root: Path, clients: list[str], level: str, changes: list[str], base: str | None) -> list[ManualRelease]:
    """The release of each client in `clients` (every client when empty): the base version bumped by `level`, or the
    current version if that is already at least as high."""
    if level not in LEVELS:
        raise PackageError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    if not changes or not all(c.strip() for c in changes):
        raise PackageError("say what changed for users: at least one non-empty --change")
    codegen = tomllib.loads((root / "codegen.toml").read_text(encoding="utf-8"))["clients"]
    unknown = sorted(set(clients) - set(codegen))
    if unknown:
        raise PackageError(f"unknown client(s) {', '.join(unknown)}; codegen.toml has {', '.join(codegen)}")
    base_commit = lockstep._resolve_base(root, base)
    base_toml = show(root, base_commit, "codegen.toml") if base_commit else None
    base_clients = tomllib.loads(base_toml).get("clients", {}) if base_toml else {}
    releases = []
    for name in clients or list(codegen):
        table = codegen[name]
        current = str(table["version"])
        at_base = str(base_clients.get(name, {}).get("version", current))
        new = max(bumped(at_base, level), current, key=parse)
        releases.append(ManualRelease(name, str(table["project"]), f"{table['directory']}/CHANGELOG.md", current, new,
                                      entry_for(new, level, changes)))
    return releases


def apply(root: Path, releases: list[ManualRelease]) -> None:
    toml_path = root / "codegen.toml"
    text = toml_path.read_text(encoding="utf-8")
    for release in releases:
        text = set_client_version(text, release.client, release.new_version)
        update_changelog(root / release.changelog, release.new_version, release.entry,
                         title=f"Changelog — {release.project}")
    toml_path.write_text(text, encoding="utf-8")


def run(root: Path, clients: list[str], level: str, changes: list[str], base: str | None, dry_run: bool) -> None:
    releases = plan(root, clients, level, changes, base)
    verb = "would set" if dry_run else "set"
    for release in releases:
        print(f"{release.client}: {release.old_version} -> {release.new_version} ({level}); {verb} codegen.toml")
        print(f"  {release.changelog}:")
        print("    " + release.entry.rstrip("\n").replace("\n", "\n    "))
    if not dry_run:
        apply(root, releases)
    lockstep.follow(root, releases, base, dry_run=dry_run)
