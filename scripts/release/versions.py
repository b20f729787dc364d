"""Versions and the ranges the facade requires its clients in: `>=X.Y.Z,<next breaking`.

The policy (README.md, "Versions"): a breaking change bumps the major version, or the minor one while the major is 0.
So the next breaking release after 0.1.4 is 0.2.0 and after 1.3.0 is 2.0.0, and the range that admits a client version
and every compatible release after it is `>=0.1.4,<0.2` or `>=1.3.0,<2`. Standard library only: the release workflow
and `nox -s generate` run this without third-party packages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_VERSION = re.compile(r"^(\d+)\.(\d+)(?:\.(\d+))?$")


class VersionError(ValueError):
    """Not a MAJOR.MINOR[.PATCH] version, or not a range of the form this repository writes."""


def parse(version: str) -> tuple[int, int, int]:
    match = _VERSION.match(version.strip())
    if match is None:
        raise VersionError(f"version {version!r} is not MAJOR.MINOR.PATCH")
    return int(match[1]), int(match[2]), int(match[3] or 0)


def next_breaking(version: str) -> str:
    """The first version that may break users of `version`: 0.1.4 -> 0.2, 1.3.0 -> 2 (as a range's upper bound)."""
    major, minor, _ = parse(version)
    return f"0.{minor + 1}" if major == 0 else f"{major + 1}"


def bump_breaking(version: str) -> str:
    """`version` with a breaking bump: 0.1.4 -> 0.2.0, 1.3.0 -> 2.0.0."""
    major, minor, _ = parse(version)
    return f"0.{minor + 1}.0" if major == 0 else f"{major + 1}.0.0"


def is_breaking(old: str, new: str) -> bool:
    """Whether `new` is a breaking release after `old` under the policy (0.x: a minor bump; else a major one)."""
    return parse(new) >= parse(bump_breaking(old))


@dataclass(frozen=True)
class Range:
    """`>=lower,<upper`, the only form of requirement the facade uses for a client."""

    lower: str
    upper: str

    @classmethod
    def for_version(cls, version: str) -> Range:
        """The range that admits `version` and its compatible successors, and excludes the next breaking release."""
        major, minor, patch = parse(version)
        return cls(f"{major}.{minor}.{patch}", next_breaking(version))

    @classmethod
    def parse(cls, text: str) -> Range:
        parts = sorted(p.strip() for p in text.split(","))
        lower = [p[2:].strip() for p in parts if p.startswith(">=")]
        upper = [p[1:].strip() for p in parts if p.startswith("<") and not p.startswith("<=")]
        if len(parts) != 2 or len(lower) != 1 or len(upper) != 1:
            raise VersionError(f"{text!r} is not a range of the form '>=X.Y.Z,<A.B'")
        parse(lower[0])
        parse(upper[0])
        return cls(lower[0], upper[0])

    def admits(self, version: str) -> bool:
        return parse(self.lower) <= parse(version) < parse(self.upper)

    def __str__(self) -> str:
        return f">={self.lower},<{self.upper}"
