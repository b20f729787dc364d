"""Which packages changed since their last release tag, and the tags to push to release them.

A package is released by pushing the tag `<project>-v<version>` (`.github/workflows/release.yml` builds and publishes
exactly that package). For each package this compares the working tree's directory with the package's newest tag:

    never released       no tag yet: push <project>-v<version>
    ready                the version is above the last tag's: push <project>-v<version>
    unchanged            nothing in its directory changed since the tag
    needs a version      files changed since the tag but the version is the tag's: bump it before releasing
    behind               the version is below the last tag's (an error)

Tags are listed clients first, then anyjob, the order to push them in: anyjob's requirements must be on the index
before it is.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .packages import REPO_ROOT, Package, load
from .versions import VersionError, parse


class GitError(Exception):
    pass


def _git(root: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise GitError(f"git {' '.join(args)}: {done.stderr.strip() or f'exit {done.returncode}'}")
    return done.stdout


@dataclass(frozen=True)
class PackagePlan:
    package: Package
    last_tag: str | None
    last_version: str | None
    changed_files: tuple[str, ...]

    @property
    def status(self) -> str:
        if self.last_version is None:
            return "never released"
        if parse(self.package.version) < parse(self.last_version):
            return "behind"
        if parse(self.package.version) > parse(self.last_version):
            return "ready"
        return "needs a version" if self.changed_files else "unchanged"

    @property
    def tag_to_push(self) -> str | None:
        return self.package.tag if self.status in ("never released", "ready") else None


def last_tag(root: Path, project: str) -> tuple[str, str] | None:
    """The newest `<project>-v<version>` tag, by version, and its version."""
    pattern = re.compile(rf"^{re.escape(project)}-v(\d+\.\d+\.\d+)$")
    found = []
    for tag in _git(root, "tag", "--list", f"{project}-v*").split():
        match = pattern.match(tag)
        if match:
            try:
                found.append((parse(match[1]), tag, match[1]))
            except VersionError:
                continue
    if not found:
        return None
    _, tag, version = max(found)
    return tag, version


def plan(root: Path = REPO_ROOT) -> list[PackagePlan]:
    plans = []
    for package in load(root):
        last = last_tag(root, package.project)
        changed: tuple[str, ...] = ()
        if last is not None:
            # Against the working tree, so uncommitted edits count too.
            diff = _git(root, "diff", "--name-only", last[0], "--", package.directory)
            changed = tuple(line for line in diff.splitlines() if line)
        plans.append(PackagePlan(package, last[0] if last else None, last[1] if last else None, changed))
    return plans


def render(plans: list[PackagePlan]) -> str:
    lines = []
    width = max(len(p.package.project) for p in plans) if plans else 0
    for p in plans:
        since = f"since {p.last_tag}" if p.last_tag else "no release tag yet"
        detail = f"{len(p.changed_files)} file(s) changed {since}" if p.last_tag else since
        lines.append(f"{p.package.project:<{width}}  {p.package.version:<8} {p.status:<15} {detail}")
        for name in p.changed_files[:10]:
            lines.append(f"{'':<{width}}    {name}")
        if len(p.changed_files) > 10:
            lines.append(f"{'':<{width}}    ... and {len(p.changed_files) - 10} more")
    tags = [p.tag_to_push for p in plans if p.tag_to_push]
    lines.append("")
    if tags:
        lines.append("Tags to push, in this order (.github/workflows/release.yml publishes each tag's package):")
        lines += [f"  git tag -a {tag} -m {tag} && git push origin {tag}" for tag in tags]
    else:
        lines.append("Nothing to release: every package's version has its tag.")
    stale = [p.package.project for p in plans if p.status == "needs a version"]
    if stale:
        lines.append(f"Changed without a new version (bump before releasing): {', '.join(stale)}")
    behind = [p.package.project for p in plans if p.status == "behind"]
    if behind:
        lines.append(f"Version below its last tag: {', '.join(behind)}")
    return "\n".join(lines)
