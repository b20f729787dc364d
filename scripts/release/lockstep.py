"""Keep the facade in lockstep with the clients it requires.

`anyjob` requires each client within a range that excludes the client's next breaking release
(`veryfront-client>=0.1.0,<0.2`). When the release step (`python -m scripts.specchanges release`, run by
`nox -s generate -- --bump`) gives a client a version outside that range, `follow` raises the range to the new version,
gives the facade a breaking version bump of its own (its `Job.model` is the client's model, so a breaking client is a
breaking facade), and writes the facade's CHANGELOG.md entry, in the same change:

    veryfront-client 0.1.0 -> 0.2.0 (a breaking spec change)
    facade/pyproject.toml      "veryfront-client>=0.1.0,<0.2" -> "veryfront-client>=0.2.0,<0.3"; version 0.1.0 -> 0.2.0
    facade/src/anyjob/__init__.py   __version__ = "0.2.0"
    facade/CHANGELOG.md        ## 0.2.0 -- Breaking changes -- Requires veryfront-client >=0.2.0,<0.3 ...

It is idempotent (a second run changes nothing) and computes the facade's version from its version at the base (the
last release), so two clients breaking before one release bump the facade once. A client release that the range
still admits (a patch, or a minor at 1.x) changes nothing here.
"""

from __future__ import annotations

import re
import subprocess
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from scripts.specchanges.changelog import update_changelog
from scripts.specchanges.repo import RepoError, resolve_base

from . import requirements
from .packages import FACADE_DIRECTORY, PackageError, client_projects, normalize
from .requirements import _REQUIREMENT_LINE
from .versions import Range, bump_breaking, parse

FACADE_PYPROJECT = f"{FACADE_DIRECTORY}/pyproject.toml"
FACADE_INIT = f"{FACADE_DIRECTORY}/src/anyjob/__init__.py"
FACADE_CHANGELOG = f"{FACADE_DIRECTORY}/CHANGELOG.md"

_VERSION_LINE = re.compile(r'^(version\s*=\s*)"([^"]*)"', re.MULTILINE)
_DUNDER_VERSION = re.compile(r'^(__version__\s*=\s*)"([^"]*)"', re.MULTILINE)


__all__ = ["FacadeRelease", "LockstepError", "RequirementChange", "client_ranges", "follow", "set_range"]


class LockstepError(RepoError):
    """The facade's pyproject.toml does not have the shape this tooling rewrites (a RepoError, so that the release
    command reports it as an error, exit 2)."""


class ClientReleaseLike(Protocol):
    """What `follow` needs of a client release (scripts.specchanges.repo.ClientRelease has it)."""

    @property
    def client(self) -> str: ...  # the codegen.toml name: veryfront

    @property
    def new_version(self) -> str: ...

    @property
    def entry(self) -> str: ...  # the client's changelog entry for new_version


@dataclass(frozen=True)
class RequirementChange:
    project: str
    old: Range
    new: Range
    version: str  # the client version that called for it
    breaking_lines: tuple[str, ...]  # the client changelog's "Breaking changes" bullets, when the release has them


@dataclass(frozen=True)
class FacadeRelease:
    base_version: str
    old_version: str
    new_version: str
    changes: tuple[RequirementChange, ...]
    entry: str  # the facade's CHANGELOG.md section


def client_ranges(pyproject_text: str, *, strict: bool = True, projects: frozenset[str] | None = None
                  ) -> dict[str, Range]:
    """`requirements.client_ranges`, its refusals as LockstepError (what the release command reports)."""
    try:
        return requirements.client_ranges(pyproject_text, strict=strict, projects=projects)
    except PackageError as exc:
        raise LockstepError(str(exc)) from exc


def set_range(pyproject_text: str, project: str, new: Range) -> str:
    """The pyproject text with the dependency line of `project` set to `new`; comments and layout untouched."""
    lines = pyproject_text.splitlines(keepends=True)
    hits = 0
    for i, line in enumerate(lines):
        match = _REQUIREMENT_LINE.match(line.rstrip("\n"))
        if match and normalize(match["name"]) == normalize(project):
            lines[i] = f"{match['head']}{match['name']}{new}{match['tail']}" + ("\n" if line.endswith("\n") else "")
            hits += 1
    if hits != 1:
        raise LockstepError(f"{FACADE_PYPROJECT}: expected one requirement line for {project}, found {hits}")
    return "".join(lines)


def set_version(text: str, pattern: re.Pattern[str], version: str, where: str) -> str:
    new, count = pattern.subn(rf'\g<1>"{version}"', text, count=1)
    if count != 1:
        raise LockstepError(f"{where}: no version line")
    return new


def breaking_lines(entry: str) -> tuple[str, ...]:
    """The bullets under "### Breaking changes" in a client changelog entry."""
    lines, inside = [], False
    for line in entry.splitlines():
        if line.startswith("### "):
            inside = line.strip() == "### Breaking changes"
        elif inside and line.startswith("- "):
            lines.append(line[2:].strip())
    return tuple(lines)


def facade_entry(version: str, changes: Sequence[RequirementChange], all_ranges: dict[str, tuple[Range, Range]]) -> str:
    """The facade's changelog section: every client range that moved since the base, with the client's reasons."""
    reasons = {normalize(c.project): c for c in changes}
    bullets = []
    for project, (old, new) in sorted(all_ranges.items()):
        change = reasons.get(project)
        lines = change.breaking_lines if change else ()
        why = (
            "has breaking changes, and `Job.model` of its vendor's jobs is that client's model"
            if lines
            else "is outside the range anyjob was released with (a 0.x minor release may break)"
        )
        bullets.append(
            f"- Requires `{project}{new}` (was `{old}`): {project} {new.lower} {why}. "
            f"See clients/{project}/CHANGELOG.md."
        )
        bullets += [f"  - {line}" for line in lines]
    parts = [f"## {version}", "", "### Breaking changes", "", *bullets]
    return "\n".join(parts).rstrip() + "\n"


def _resolve_base(root: Path, base: str | None) -> str | None:
    try:
        return resolve_base(root, base)
    except RepoError:
        if base:
            raise
        return None


def _git_show(root: Path, base: str | None, path: str) -> str | None:
    if not base:
        return None
    done = subprocess.run(["git", "show", f"{base}:{path}"], cwd=root, capture_output=True, text=True, check=False)
    return done.stdout if done.returncode == 0 else None


def follow(
    root: Path,
    releases: Sequence[ClientReleaseLike],
    base: str | None = None,
    *,
    dry_run: bool = False,
    quiet: bool = False,
) -> FacadeRelease | None:
    """Raise the facade's client ranges that `releases` fall outside, its version and its changelog (see the module
    docstring). `base` is the git ref of the last release, as for the client releases (default: the merge-base with
    main; with none, the facade's current version counts as the released one). Prints what it does unless `quiet`.
    Returns None, and writes nothing, when no range needs to move."""
    pyproject_path = root / FACADE_PYPROJECT
    if not pyproject_path.is_file():
        return None
    echo: Callable[[str], None] = (lambda _line: None) if quiet else print
    base = _resolve_base(root, base)
    codegen = tomllib.loads((root / "codegen.toml").read_text(encoding="utf-8"))
    text = pyproject_path.read_text(encoding="utf-8")
    projects = client_projects(root)
    ranges = client_ranges(text, projects=projects)
    changes = []
    for release in releases:
        project = str(codegen["clients"][release.client].get("project", release.client))
        old = ranges.get(normalize(project))
        if old is None or old.admits(release.new_version):
            continue
        if parse(release.new_version) < parse(old.lower):
            raise LockstepError(f"{project} {release.new_version} is below the facade's range {old}")
        new = Range.for_version(release.new_version)
        text = set_range(text, project, new)
        changes.append(RequirementChange(project, old, new, release.new_version, breaking_lines(release.entry)))
    if not changes:
        return None

    current = str(tomllib.loads(text)["project"]["version"])
    base_text = _git_show(root, base, FACADE_PYPROJECT)
    base_version = str(tomllib.loads(base_text)["project"]["version"]) if base_text else current
    new_version = max(bump_breaking(base_version), current, key=parse)
    text = set_version(text, _VERSION_LINE, new_version, FACADE_PYPROJECT)

    # Every range that moved since the base (earlier runs for this release included), from what it was at the base;
    # a range this run moved and the base does not have in our form (or there is no base) is shown from before this run.
    base_ranges = client_ranges(base_text, strict=False, projects=projects) if base_text else {}
    moved = {
        project: (base_ranges[project], rng)
        for project, rng in client_ranges(text, projects=projects).items()
        if project in base_ranges and base_ranges[project] != rng
    }
    for change in changes:
        moved.setdefault(normalize(change.project), (change.old, change.new))
    entry = facade_entry(new_version, changes, moved)
    result = FacadeRelease(base_version, current, new_version, tuple(changes), entry)

    verb = "would set" if dry_run else "set"
    for change in changes:
        echo(f"anyjob: requires {change.project}{change.new} (was {change.old}); {verb} {FACADE_PYPROJECT}")
    echo(f"anyjob: {current} -> {new_version} (breaking, in lockstep with its clients); {verb} {FACADE_PYPROJECT}")
    echo(f"  {FACADE_CHANGELOG}:")
    echo("    " + entry.rstrip("\n").replace("\n", "\n    "))
    if dry_run:
        return result

    pyproject_path.write_text(text, encoding="utf-8")
    init = root / FACADE_INIT
    if init.is_file():
        init.write_text(set_version(init.read_text(encoding="utf-8"), _DUNDER_VERSION, new_version, FACADE_INIT))
    update_changelog(root / FACADE_CHANGELOG, new_version, entry, title="Changelog — anyjob")
    return result
