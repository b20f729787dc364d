"""Versions: bumps, what a set of changes requires, and the check of codegen.toml's version both ways."""

from __future__ import annotations

import dataclasses

import pytest

from scripts.specchanges import Bump, Change, bump, bump_kind, check_version, next_version, required_bump
from scripts.specchanges.classify import make_change
from scripts.specchanges.semver import Version, VersionError


def change(check_id: str) -> Change:
    return make_change(check_id, None, "somewhere", prop="x", param="p", status="200", media="application/json")


BREAKING = change("response-required-property-removed")  # ERR
MAY_BREAK = change("response-property-enum-value-added")  # WARN
ADDITIVE = change("response-optional-property-added")  # INFO, adds to the API
COSMETIC_INFO = change("response-property-became-required")  # INFO, adds nothing


@pytest.mark.parametrize(
    ("version", "kind", "expected"),
    [
        ("1.4.2", Bump.MAJOR, "2.0.0"),
        ("1.4.2", Bump.MINOR, "1.5.0"),
        ("1.4.2", Bump.PATCH, "1.4.3"),
        ("1.4.2", Bump.NONE, "1.4.2"),
        ("0.1.0", Bump.MAJOR, "1.0.0"),
        ("0.1", Bump.PATCH, "0.1.1"),
    ],
)
def test_bump(version: str, kind: Bump, expected: str) -> None:
    assert bump(version, kind) == expected


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("1.0.0", "2.0.0", Bump.MAJOR),
        ("1.0.0", "1.1.0", Bump.MINOR),
        ("1.0.0", "1.0.1", Bump.PATCH),
        ("1.0.0", "1.0.0", Bump.NONE),
        ("0.1.0", "0.2.0", Bump.MINOR),
        ("1.2.0", "1.1.9", None),
    ],
)
def test_bump_kind(old: str, new: str, expected: Bump | None) -> None:
    assert bump_kind(old, new) == expected


def test_versions_must_be_numeric() -> None:
    with pytest.raises(VersionError):
        Version.parse("1.0.0rc1")


@pytest.mark.parametrize(
    ("changes", "version", "expected"),
    [
        ([], "1.0.0", Bump.NONE),
        ([COSMETIC_INFO], "1.0.0", Bump.PATCH),
        ([ADDITIVE], "1.0.0", Bump.MINOR),
        ([MAY_BREAK], "1.0.0", Bump.MINOR),
        ([BREAKING, ADDITIVE], "1.0.0", Bump.MAJOR),
        ([BREAKING], "0.3.1", Bump.MINOR),  # at 0.x, breaking changes bump the minor version
        ([ADDITIVE], "0.3.1", Bump.MINOR),
        ([COSMETIC_INFO], "0.3.1", Bump.PATCH),
        ([dataclasses.replace(BREAKING, accepted="reviewed")], "1.0.0", Bump.PATCH),
    ],
)
def test_required_bump(changes: list[Change], version: str, expected: Bump) -> None:
    assert required_bump(changes, version) == expected


def test_next_version() -> None:
    assert next_version("0.1.0", [BREAKING]) == "0.2.0"
    assert next_version("1.1.0", [BREAKING]) == "2.0.0"
    assert next_version("1.1.0", [ADDITIVE, COSMETIC_INFO]) == "1.2.0"
    assert next_version("1.1.0", [COSMETIC_INFO]) == "1.1.1"


@pytest.mark.parametrize(
    ("changes", "base", "current", "ok"),
    [
        # a breaking change needs a major bump (a minor one at 0.x) ...
        ([BREAKING], "1.2.3", "1.3.0", False),
        ([BREAKING], "1.2.3", "2.0.0", True),
        ([BREAKING], "0.1.0", "0.1.1", False),
        ([BREAKING], "0.1.0", "0.2.0", True),
        ([BREAKING], "0.1.0", "1.0.0", True),
        # ... an additive one at least a minor bump ...
        ([ADDITIVE], "1.2.3", "1.2.4", False),
        ([ADDITIVE], "1.2.3", "1.3.0", True),
        ([ADDITIVE], "0.1.0", "0.1.1", False),
        ([MAY_BREAK], "1.2.3", "1.2.4", False),
        # ... anything else a patch, and no change nothing
        ([COSMETIC_INFO], "1.2.3", "1.2.3", False),
        ([COSMETIC_INFO], "1.2.3", "1.2.4", True),
        ([], "1.2.3", "1.2.3", True),
        # a version never goes down
        ([], "1.2.3", "1.2.2", False),
    ],
)
def test_check_version_both_ways(changes: list[Change], base: str, current: str, ok: bool) -> None:
    result = check_version(changes, base, current)
    assert result.ok is ok, result.message()


def test_check_version_says_what_is_needed() -> None:
    result = check_version([ADDITIVE, BREAKING], "0.1.0", "0.1.0")
    assert not result.ok
    assert result.minimum_version == "0.2.0"
    assert result.message() == (
        "needs a minor bump (ERR response-required-property-removed, at 0.x): 0.1.0 -> at least 0.2.0, "
        "but codegen.toml has 0.1.0"
    )
    assert (
        check_version([ADDITIVE], "1.0.0", "1.1.0").message()
        == "1.0.0 -> 1.1.0 (minor bump) covers the minor bump needed"
    )
