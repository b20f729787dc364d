"""The package a release tag names: `veryfront-client-v0.2.0` -> clients/veryfront-client at version 0.2.0."""

from __future__ import annotations

import re
from pathlib import Path

from .packages import REPO_ROOT, Package, by_project, normalize

TAG = re.compile(r"^(?P<project>[a-z0-9][a-z0-9-]*?)-v(?P<version>\d+\.\d+\.\d+)$")


class TagError(Exception):
    """The tag is malformed, names no package of this repository, or its version is not the one inside."""


def resolve(tag: str, root: Path = REPO_ROOT) -> Package:
    match = TAG.match(tag)
    if match is None:
        raise TagError(f"tag {tag!r} is not <project>-v<MAJOR.MINOR.PATCH>, e.g. veryfront-client-v0.2.0")
    packages = by_project(root)
    package = packages.get(normalize(match["project"]))
    if package is None:
        raise TagError(f"tag {tag!r} names {match['project']!r}, which is none of {', '.join(sorted(packages))}")
    if package.version != match["version"]:
        raise TagError(
            f"tag {tag!r} says {match['version']} but {package.directory}/pyproject.toml has version "
            f"{package.version}: tag the commit that has the version, or fix the tag"
        )
    return package
