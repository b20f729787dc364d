"""Client versions: which bump a set of changes calls for, and whether codegen.toml has it.

Policy: an ERR change needs a major bump, while the client is at 0.x a minor one; a WARN change, an additive change
(new operation, parameter, field, value, ...) or a deprecation needs at least a minor bump; any other change a patch.
A change covered by the accepted-changes file counts as a patch whatever its level.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .checks import Bump
from .classify import Change

_VERSION = re.compile(r"^(\d+)\.(\d+)(?:\.(\d+))?$")


class VersionError(ValueError):
    """A version that is not MAJOR.MINOR[.PATCH]."""


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int
    patch: int

    @classmethod
    def parse(cls, text: str) -> Version:
        match = _VERSION.match(text.strip())
        if match is None:
            raise VersionError(f"version {text!r} is not MAJOR.MINOR.PATCH")
        return cls(int(match[1]), int(match[2]), int(match[3] or 0))

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"


def bump(version: str, kind: Bump) -> str:
    """`version` bumped mechanically: major 1.4.2 -> 2.0.0, minor -> 1.5.0, patch -> 1.4.3, none -> 1.4.2."""
    v = Version.parse(version)
    if kind is Bump.MAJOR:
        return str(Version(v.major + 1, 0, 0))
    if kind is Bump.MINOR:
        return str(Version(v.major, v.minor + 1, 0))
    if kind is Bump.PATCH:
        return str(Version(v.major, v.minor, v.patch + 1))
    return str(v)


def bump_kind(old: str, new: str) -> Bump | None:
    """The bump that took `old` to `new`; None when `new` is lower than `old`."""
    o, n = Version.parse(old), Version.parse(new)
    if n < o:
        return None
    if n.major > o.major:
        return Bump.MAJOR
    if n.minor > o.minor:
        return Bump.MINOR
    if n.patch > o.patch:
        return Bump.PATCH
    return Bump.NONE


def required_bump(changes: Iterable[Change], current_version: str) -> Bump:
    """The smallest bump of `current_version` (the version the changes are made against) the changes call for."""
    kind = max((Bump.PATCH if c.accepted is not None else c.bump for c in changes), default=Bump.NONE)
    if kind is Bump.MAJOR and Version.parse(current_version).major == 0:
        return Bump.MINOR  # 0.x: breaking changes bump the minor version
    return kind


def next_version(current_version: str, changes: Iterable[Change]) -> str:
    return bump(current_version, required_bump(changes, current_version))


@dataclass(frozen=True)
class VersionCheck:
    base_version: str
    current_version: str
    required: Bump
    actual: Bump | None  # None: the version went down
    reason: str  # the change that drives `required` (empty when nothing is required)

    @property
    def ok(self) -> bool:
        return self.actual is not None and self.actual >= self.required

    @property
    def minimum_version(self) -> str:
        return bump(self.base_version, self.required)

    def message(self) -> str:
        if self.actual is None:
            return f"version went down from {self.base_version} to {self.current_version}"
        if self.ok:
            if self.required is Bump.NONE:
                return f"{self.base_version} -> {self.current_version}: no bump needed"
            moved = f"{self.base_version} -> {self.current_version} ({self.actual} bump)"
            return f"{moved} covers the {self.required} bump needed"
        return (
            f"needs a {self.required} bump ({self.reason}): {self.base_version} -> at least {self.minimum_version}, "
            f"but codegen.toml has {self.current_version}"
        )


def check_version(changes: Iterable[Change], base_version: str, current_version: str) -> VersionCheck:
    """Whether the move from `base_version` to `current_version` is enough for `changes`."""
    changes = list(changes)
    required = required_bump(changes, base_version)
    open_changes = [c for c in changes if c.accepted is None]
    driver = max(open_changes, key=lambda c: (c.bump, bool(c.python))) if required and open_changes else None
    reason = f"{driver.level.value} {driver.check_id}" if driver else "accepted changes" if required else ""
    if driver and driver.python and not driver.check_id.startswith("python-api-"):
        reason += f" that breaks Python code: `{driver.python[0].name}`"
    if driver and required is Bump.MINOR and driver.bump is Bump.MAJOR:
        reason += ", at 0.x"
    return VersionCheck(base_version, current_version, required, bump_kind(base_version, current_version), reason)
