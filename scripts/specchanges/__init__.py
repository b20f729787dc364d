"""Spec change classification, client versioning and upstream drift for the specs in specs/.

The check ids and levels follow oasdiff's (github.com/oasdiff/oasdiff: `checker/rules.go`, `checker/localizations_src/
en/messages.yaml`): ERR breaks clients, WARN may break them, INFO is compatible. The classifier is written here, in
Python, because oasdiff itself could not be installed in this environment (no Go module proxy; npm has only a
placeholder package). Its ids and levels were checked against oasdiff's rule table; `checks.ANYJOB_CHECKS` lists the
ids that are ours (a renamed path parameter, which renames a generated function's argument; array-size bounds of
request properties, which oasdiff checks for parameters only; `python-api-*`, a change to a generated package that no
spec change explains). docs/spec-changes.md has the table of deliberate deviations.

Wire-compatible is not Python-compatible: `pyapi` compares each generated client's package at the base and in the
working tree with griffe, and `join` attaches each Python API change to the spec changes that explain it; the version
gate then takes the stronger verdict (a change that breaks Python code needs a breaking bump).

Python API:

    classify(old, new, today=None) -> list[Change]     # two OpenAPI documents (dicts or loaded Documents)
    pyapi.api_changes(old, new) -> list[ApiChange]     # two griffe Modules: what can break code using the package
    join(changes, api_changes) -> list[Change]         # each change with its Python effect, bump raised
    required_bump(changes, current_version) -> Bump    # NONE < PATCH < MINOR < MAJOR; 0.x: breaking -> MINOR
    bump(version, kind) -> str                         # "0.1.0", Bump.MINOR -> "0.2.0"
    check_version(changes, base_version, current_version) -> VersionCheck
    changelog_entry(version, changes) -> str           # a "## <version>" CHANGELOG.md section in plain words
    compare_upstream(ours, theirs) -> list[Difference] # our spec vs the vendor's, for the operations we cover
    bundle(document) -> dict                           # a multi-file spec as one document
    issue_body(report, previous_body) -> str | None    # the drift issue's body, when a difference is new
    check_breaking(root, base) -> BreakingReport        # every spec at a git base vs the working tree, with versions
    plan_release(root, base) / apply_release(root, releases)   # versions and changelogs from the changes
    check_upstream(vendor, source) -> UpstreamReport   # with specs/<spec>.upstream-accepted.yaml applied

Command line (exit codes: 0 ok, 1 check failed, 2 error; see `--help`):

    python -m scripts.specchanges breaking [--base REF] [--format text|json|markdown] [--summary PATH]
    python -m scripts.specchanges upstream <vendor> <file-or-url> [--format ...] [--summary PATH] [--strict]
        [--bundle FILE] [--report FILE] [--previous-issue FILE --issue-body FILE]
    python -m scripts.specchanges release [--base REF] [--dry-run]

Modules: `openapi` (documents, $refs, operations, normalised schema views, bundling), `schemadiff` (structural
deltas), `checks` (ids, levels, wording, bumps), `classify`, `pyapi` (the Python API diff), `join`, `semver`,
`apichange` (`ApiChange`, without griffe: only the breaking check and releases need griffe), `accepted` (the
accepted-changes files), `changelog`, `upstream` (comparison, fingerprints, the drift issue), `repo`
(git, codegen.toml, the breaking check, releasing), `report` (text, JSON, Markdown).
"""

from __future__ import annotations

from .accepted import AcceptedEntry, load_accepted
from .apichange import ApiChange, ApiError
from .changelog import changelog_entry, update_changelog
from .checks import CHECKS, Bump, Check, Level
from .classify import Change, classify
from .join import join
from .openapi import Document, Loader, SpecError, bundle, load_document
from .repo import (
    BreakingReport,
    ClientRelease,
    SpecReport,
    apply_release,
    check_breaking,
    check_upstream,
    plan_release,
)
from .semver import Version, VersionCheck, bump, bump_kind, check_version, next_version, required_bump
from .upstream import Difference, UpstreamReport, compare_upstream, issue_body

__all__ = [
    "CHECKS",
    "AcceptedEntry",
    "ApiChange",
    "ApiError",
    "BreakingReport",
    "Bump",
    "Change",
    "Check",
    "ClientRelease",
    "Difference",
    "Document",
    "Level",
    "Loader",
    "SpecError",
    "SpecReport",
    "UpstreamReport",
    "Version",
    "VersionCheck",
    "apply_release",
    "bump",
    "bundle",
    "bump_kind",
    "changelog_entry",
    "check_breaking",
    "check_upstream",
    "check_version",
    "classify",
    "compare_upstream",
    "issue_body",
    "join",
    "load_accepted",
    "load_document",
    "next_version",
    "plan_release",
    "required_bump",
    "update_changelog",
]
