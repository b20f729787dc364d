"""Parity with oasdiff's own checker tests: the cases, how they are read, and the figure.

Each file in `oasdiff_cases/` holds cases written here by hand from one of oasdiff's checker test files
(github.com/oasdiff/oasdiff, `checker/*_test.go`; named in the file's `source`, or a case's own `source`): for each
oasdiff test, two small
documents of our own that make the change the test makes, and the check ids oasdiff's test asserts. Nothing of
oasdiff's is copied (its tests mutate its own fixtures in Go; these documents are written to the same effect).

A case:

    - test: TestRequestPropertyMarkedRequired      # the oasdiff test (or `Test/subtest`)
      request:                                     # shorthand: the body schema of POST /test, old and new
        old: {type: object, properties: {name: {type: string}}}
        new: {type: object, properties: {name: {type: string}}, required: [name]}
      expect: [request-property-became-required]   # what oasdiff's test asserts

Shorthands (any mix): `request` (POST /test body, `required: false` to make it optional), `response` (GET /test 200
JSON body), `param` (a parameter of GET /test; `null` for none), `paths` and `components` (the same in both, or
`{old, new}`),
`old`/`new` for whole documents (merged over the skeleton), and `files: {old: {path: document}, new: ...}` for
other files the documents' relative `$ref`s point into. `scope` says which of our changes the test's
assertion covers: a list of ids (oasdiff's test ran a single check, which reports only those), `breaking` (every
ERR and WARN: `CheckBackwardCompatibility`) or `all` (every level); `breaking_only: true` keeps only ERR and WARN of
the listed ids (a single check run with `CheckBackwardCompatibility`). Every case runs on 2026-01-01 (oasdiff's
tests compute dates from the real date; ours are written as dates); `policy` sets oasdiff's options (`Policy`).

Tests of oasdiff's own machinery in those files (a check called with a nil config, message formatting) are listed
under `not_encoded` with the reason; with a local clone of oasdiff (`$OASDIFF_GIT`), `uncovered()` names any test of
a covered file that is neither a case nor listed.

A case agrees when our changes within its scope have exactly the ids it expects (`match: includes`: at least those,
for an oasdiff test that only asserts that a change is among the ones reported). A case marked `deviation: <why>`
is one where we disagree on purpose; it must disagree (or the mark goes), and docs/spec-changes.md lists it.

    python -m tests.specchanges.oasdiff_parity      # the figure, per file, and every deviation
"""

from __future__ import annotations

import copy
import datetime
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from scripts.specchanges import Level, classify
from scripts.specchanges.classify import Policy
from scripts.specchanges.openapi import load_document

CASES_DIR = Path(__file__).parent / "oasdiff_cases"
TARGET = 0.98
OASDIFF_GIT_VARIABLE = "OASDIFF_GIT"  # a local clone of github.com/oasdiff/oasdiff, to check nothing was left out
DEFAULT_OASDIFF_GIT = Path("/work/.mirror/oasdiff+oasdiff/repo")
TODAY = datetime.date(2026, 1, 1)  # "now" for every case (oasdiff's tests use the real date; ours must not drift)


@dataclass(frozen=True)
class Case:
    file: str  # the cases file (stem)
    source: str  # the oasdiff test file it was written from
    test: str
    old: dict[str, Any]
    new: dict[str, Any]
    scope: tuple[str, ...] | str
    breaking_only: bool  # the test asked for ERR and WARN only (`CheckBackwardCompatibility`) of a single check
    expect: frozenset[str]
    deviation: str | None
    includes: bool  # oasdiff's test only asserts that these ids are among the changes (`requireChange`)
    files: dict[str, dict[str, Any]]  # side -> {relative path: document}: other files the spec's $refs point into
    today: datetime.date | None
    policy: Policy

    @property
    def name(self) -> str:
        return f"{self.file}::{self.test}"


@dataclass(frozen=True)
class Result:
    case: Case
    ours: frozenset[str]  # our check ids within the case's scope
    everything: tuple[str, ...]  # all our changes, for diagnosis

    @property
    def agrees(self) -> bool:
        if self.case.includes:
            return self.case.expect <= self.ours
        return self.ours == self.case.expect


def _skeleton(version: str) -> dict[str, Any]:
    return {"openapi": version, "info": {"title": "parity case", "version": "1.0.0"}, "paths": {}}


def _merge(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for key, value in extra.items():
            out[key] = _merge(base.get(key), value) if key in base else copy.deepcopy(value)
        return out
    return copy.deepcopy(extra)


def _side(value: Any, side: str) -> Any:
    """`{old: a, new: b}` picks one side; anything else is the same on both."""
    if isinstance(value, dict) and set(value) <= {"old", "new"} and value:
        return value.get(side)
    return value


def build(raw: dict[str, Any], side: str) -> dict[str, Any]:
    """One side of a case as a whole OpenAPI document."""
    doc = _skeleton(str(raw.get("openapi", "3.0.3")))
    operations: dict[str, dict[str, Any]] = {}
    if "request" in raw:
        spec = raw["request"]
        schema = spec.get(side)
        operation: dict[str, Any] = {"operationId": "postTest", "responses": {"200": {"description": "ok"}}}
        if schema != "absent":
            media = spec.get("media", "application/json")
            operation["requestBody"] = {
                "required": spec.get("required", True),
                "content": {media: {"schema": schema} if schema is not None else {}},
            }
        operations["post"] = operation
    if "response" in raw or "param" in raw:
        operation = {"operationId": "getTest", "responses": {"200": {"description": "ok"}}}
        if "response" in raw:
            spec = raw["response"]
            schema = spec.get(side)
            status = str(spec.get("status", "200"))
            media = spec.get("media", "application/json")
            content = {media: {"schema": schema} if schema is not None else {}}
            operation["responses"] = {status: {"description": "ok", "content": content}}
        if "param" in raw:
            parameter = raw["param"].get(side)
            operation["parameters"] = [parameter] if parameter else []
        operations["get"] = operation
    if operations:
        doc["paths"]["/test"] = operations
    paths = _side(raw.get("paths"), side)
    if paths:
        doc["paths"] = _merge(doc["paths"], paths)
    components = _side(raw.get("components"), side)
    if components:
        doc["components"] = copy.deepcopy(components)
    whole = raw.get(side)
    if isinstance(whole, dict):
        doc = _merge(doc, whole)
    return doc


def not_encoded(directory: Path = CASES_DIR) -> dict[str, dict[str, str]]:
    """{oasdiff test file: {test name: why it is not a case}} (tests of oasdiff's own machinery)."""
    found: dict[str, dict[str, str]] = {}
    for path in sorted(directory.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        found.setdefault(str(data["source"]), {}).update(data.get("not_encoded") or {})
    return found


def oasdiff_tests(git_dir: Path, source: str) -> list[str]:
    """The `func Test...` names of one oasdiff test file in a local clone of oasdiff."""
    text = subprocess.run(
        ["git", "-C", str(git_dir), "show", f"HEAD:{source}"], capture_output=True, text=True, check=True
    ).stdout
    return re.findall(r"^func (Test\w+)\(", text, re.M)


def uncovered(git_dir: Path, directory: Path = CASES_DIR) -> dict[str, list[str]]:
    """For each oasdiff test file the cases come from: its tests that are neither a case nor listed as not encoded."""
    cases = load_cases(directory)
    skipped = not_encoded(directory)
    encoded: dict[str, set[str]] = {}
    for case in cases:
        encoded.setdefault(case.source, set()).add(case.test.split("/", 1)[0])
    missing: dict[str, list[str]] = {}
    for source in sorted(set(encoded) | set(skipped)):
        names = oasdiff_tests(git_dir, source)
        left = [n for n in names if n not in encoded.get(source, set()) and n not in skipped.get(source, {})]
        if left:
            missing[source] = left
    return missing


def load_cases(directory: Path = CASES_DIR) -> list[Case]:
    cases: list[Case] = []
    for path in sorted(directory.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        default_scope = data.get("scope", "all")
        for raw in data["cases"]:
            scope = raw.get("scope", default_scope)
            breaking_only = bool(raw.get("breaking_only", data.get("breaking_only", False)))
            today = raw.get("today")
            cases.append(
                Case(
                    file=path.stem,
                    source=str(raw.get("source", data["source"])),
                    test=str(raw["test"]),
                    old=build(raw, "old"),
                    new=build(raw, "new"),
                    scope=tuple(scope) if isinstance(scope, list) else str(scope),
                    breaking_only=breaking_only,
                    expect=frozenset(raw.get("expect") or ()),
                    deviation=raw.get("deviation"),
                    includes=raw.get("match", data.get("match")) == "includes",
                    files=raw.get("files") or {},
                    today=today if isinstance(today, datetime.date) else None,
                    policy=Policy(**raw.get("policy", {})),
                )
            )
    return cases


def _documents(case: Case, tmp: Path) -> tuple[Any, Any]:
    """The two sides, as files on disk when the case spans several files (relative `$ref`s), as dicts otherwise."""
    if not case.files:
        return case.old, case.new
    loaded = []
    for side, root in (("old", case.old), ("new", case.new)):
        for rel, content in {"openapi.yaml": root, **case.files.get(side, {})}.items():
            path = tmp / side / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(yaml.safe_dump(content, sort_keys=False), encoding="utf-8")
        loaded.append(load_document(str(tmp / side / "openapi.yaml")))
    return loaded[0], loaded[1]


def run(case: Case) -> Result:
    with tempfile.TemporaryDirectory(prefix="oasdiff-case-") as tmp:
        old, new = _documents(case, Path(tmp))
        changes = classify(old, new, today=case.today or TODAY, policy=case.policy)
    if case.scope == "breaking" or case.breaking_only:
        changes = [c for c in changes if c.level in (Level.ERR, Level.WARN)]
    if case.scope in ("all", "breaking"):
        ours = {c.check_id for c in changes}
    else:
        ours = {c.check_id for c in changes if c.check_id in case.scope}
    return Result(case, frozenset(ours), tuple(str(c) for c in changes))


def evaluate(directory: Path = CASES_DIR) -> list[Result]:
    return [run(case) for case in load_cases(directory)]


def oasdiff_git() -> Path | None:
    named = os.environ.get(OASDIFF_GIT_VARIABLE)
    if named:
        return Path(named)
    return DEFAULT_OASDIFF_GIT if DEFAULT_OASDIFF_GIT.exists() else None


def main() -> int:
    results = evaluate()
    by_file: dict[str, list[Result]] = {}
    for result in results:
        by_file.setdefault(result.case.source, []).append(result)
    for source, rows in sorted(by_file.items()):
        agree = sum(r.agrees for r in rows)
        print(f"{agree:4}/{len(rows):<4} {source}")
    agree = sum(r.agrees for r in results)
    print(
        f"\n{len(results)} cases written from {len(by_file)} oasdiff checker test files; {agree} agree with oasdiff "
        f"({agree / len(results):.1%}; target {TARGET:.0%})"
    )
    skipped = not_encoded()
    count = sum(len(v) for v in skipped.values())
    print(f"{count} test(s) of those files are not cases: they test oasdiff's machinery, not a verdict")
    git_dir = oasdiff_git()
    if git_dir is None:
        print(f"(no oasdiff clone: set ${OASDIFF_GIT_VARIABLE} to check every test of those files is accounted for)")
    else:
        for source, names in uncovered(git_dir).items():
            print(f"  NOT ENCODED in {source}: {', '.join(names)}")
    for result in results:
        if not result.agrees:
            flag = "deviation" if result.case.deviation else "DISAGREES"
            print(f"  {flag}: {result.case.name} ({result.case.source})")
            print(f"    oasdiff: {sorted(result.case.expect)}  ours: {sorted(result.ours)}")
            if result.case.deviation:
                print(f"    why: {result.case.deviation}")
            elif "-v" in sys.argv:
                for line in result.everything:
                    print(f"      {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
