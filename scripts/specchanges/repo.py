"""The repository side: specs and codegen.toml at a git base vs the working tree; the breaking check; the release step.

- `check_breaking(root, base)` compares every spec (each `[clients.*] spec` in codegen.toml, and any other YAML/JSON
  file under `specs/` with a top-level `openapi` key) at `base` with the working tree, classifies the changes, applies
  `specs/accepted-breaking-changes.yaml`, and checks each client's version in codegen.toml at `base` against the
  working tree's.
- `plan_release(root, base)` / `apply_release(root, plan)`: the version each changed client needs and its CHANGELOG.md
  entry; applying writes both (idempotent: a second run neither bumps again nor duplicates the entry).
- `check_upstream(vendor, source)`: our spec of a codegen.toml client vs the vendor's document, with the accepted
  differences of `specs/<spec>.upstream-accepted.yaml` applied.
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .accepted import AcceptedEntry, find, load_accepted
from .apichange import ApiError
from .changelog import changelog_entry, update_changelog
from .checks import Bump, Level
from .classify import Change, classify
from .join import join
from .openapi import Document, Loader, SpecError, bundle, parse_text, prefetch
from .semver import Version, VersionCheck, bump, check_version, required_bump
from .upstream import UpstreamReport, compare_upstream, uncovered_operations
from .upstream import apply_accepted as apply_upstream_accepted

REPO_ROOT = Path(__file__).resolve().parents[2]
ACCEPTED_BREAKING = "specs/accepted-breaking-changes.yaml"
DEFAULT_BASE_BRANCHES = ("main", "origin/main")


class RepoError(Exception):
    """git or codegen.toml trouble: an unknown ref, no merge-base, a malformed codegen.toml."""


# --- git ------------------------------------------------------------------------------------------------------------


def git(root: Path, *args: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise RepoError(f"cannot run git: {exc}") from exc
    if done.returncode != 0:
        raise RepoError(f"git {' '.join(args)}: {done.stderr.strip() or f'exit {done.returncode}'}")
    return done.stdout


def resolve_base(root: Path, base: str | None) -> str:
    """The commit to compare with: `base` itself, or by default the merge-base of HEAD with main (origin/main when
    there is no local main, as in CI checkouts)."""
    if base:
        return git(root, "rev-parse", "--verify", "--quiet", f"{base}^{{commit}}").strip()
    for branch in DEFAULT_BASE_BRANCHES:
        try:
            git(root, "rev-parse", "--verify", "--quiet", f"{branch}^{{commit}}")
        except RepoError:
            continue
        return git(root, "merge-base", "HEAD", branch).strip()
    raise RepoError(f"no base given and none of {', '.join(DEFAULT_BASE_BRANCHES)} exists; pass --base REF")


def show(root: Path, commit: str, path: str) -> str | None:
    """The file at `path` in `commit`, or None when it does not exist there."""
    try:
        return git(root, "show", f"{commit}:{path}")
    except RepoError:
        return None


def list_at(root: Path, commit: str, directory: str) -> list[str]:
    try:
        out = git(root, "ls-tree", "-r", "--name-only", commit, "--", directory)
    except RepoError:
        return []
    return [line for line in out.splitlines() if line]


# --- codegen.toml ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClientEntry:
    name: str
    spec: str  # repository-relative
    directory: str
    project: str
    version: str
    package: str = ""  # the import name; "" when codegen.toml does not say


def parse_codegen(text: str, where: str = "codegen.toml") -> dict[str, ClientEntry]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RepoError(f"{where}: {exc}") from exc
    clients: dict[str, ClientEntry] = {}
    for name, table in (data.get("clients") or {}).items():
        try:
            clients[name] = ClientEntry(
                name=name,
                spec=str(table["spec"]),
                directory=str(table["directory"]),
                project=str(table.get("project", name)),
                version=str(table["version"]),
                package=str(table.get("package", "")),
            )
        except (KeyError, TypeError) as exc:
            raise RepoError(f"{where}: [clients.{name}] lacks {exc}") from exc
    return clients


def set_client_version(text: str, client: str, version: str) -> str:
    """codegen.toml text with `[clients.<client>] version` set, everything else (comments, order) untouched."""
    header = re.search(rf"^\[clients\.{re.escape(client)}\]\s*$", text, re.MULTILINE)
    if header is None:
        raise RepoError(f"codegen.toml has no [clients.{client}] table")
    following = re.compile(r"^\[", re.MULTILINE).search(text, header.end())
    end = following.start() if following else len(text)
    table = text[header.end() : end]
    new_table, count = re.subn(r'^(version\s*=\s*)"[^"]*"', rf'\g<1>"{version}"', table, count=1, flags=re.MULTILINE)
    if count != 1:
        raise RepoError(f"codegen.toml: [clients.{client}] has no version line")
    return text[: header.end()] + new_table + text[end:]


# --- the breaking check ---------------------------------------------------------------------------------------------


@dataclass
class SpecReport:
    spec: str
    client: str | None
    status: str  # changed, unchanged, added, removed
    changes: list[Change] = field(default_factory=list)
    version: VersionCheck | None = None
    error: str | None = None
    python: str = ""  # how the Python API was compared: "compared", or why not

    @property
    def ok(self) -> bool:
        return self.error is None and (self.version is None or self.version.ok)

    @property
    def python_breaking(self) -> int:
        return sum(1 for c in self.changes if c.python)

    def counts(self) -> dict[str, int]:
        return {level.value: sum(1 for c in self.changes if c.level is level) for level in Level}

    def to_dict(self) -> dict[str, Any]:
        version = None
        if self.version is not None:
            version = {
                "base": self.version.base_version,
                "current": self.version.current_version,
                "required_bump": str(self.version.required),
                "actual_bump": str(self.version.actual) if self.version.actual is not None else "decreased",
                "minimum_version": self.version.minimum_version,
                "ok": self.version.ok,
                "message": self.version.message(),
            }
        return {
            "spec": self.spec,
            "client": self.client,
            "status": self.status,
            "ok": self.ok,
            "counts": self.counts(),
            "version": version,
            "error": self.error,
            "python_api": self.python,
            "changes": [c.to_dict() for c in self.changes],
        }


@dataclass
class BreakingReport:
    base: str
    specs: list[SpecReport]
    unused_accepted: list[AcceptedEntry] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(s.ok for s in self.specs)

    def to_dict(self) -> dict[str, Any]:
        return {
            "base": self.base,
            "ok": self.ok,
            "specs": [s.to_dict() for s in self.specs],
            "unused_accepted": [dataclasses.asdict(e) for e in self.unused_accepted],
        }


def _is_spec(text: str | None) -> bool:
    if text is None:
        return False
    try:
        data = parse_text(text, "spec")
    except SpecError:
        return False
    return isinstance(data, dict) and "openapi" in data


def _spec_paths(
    root: Path, base: str, old_clients: dict[str, ClientEntry], new_clients: dict[str, ClientEntry]
) -> list[str]:
    paths = [c.spec for c in new_clients.values()]
    paths += [c.spec for c in old_clients.values() if c.spec not in paths]
    candidates = list_at(root, base, "specs") + [
        p.relative_to(root).as_posix() for p in sorted((root / "specs").glob("**/*")) if p.is_file()
    ]
    for rel in candidates:
        if rel in paths or not rel.endswith((".yaml", ".yml", ".json")):
            continue
        disk = root / rel
        if _is_spec(disk.read_text(encoding="utf-8") if disk.is_file() else None) or _is_spec(show(root, base, rel)):
            paths.append(rel)
    return paths


def _load(text: str, uri: str) -> dict[str, Any]:
    data = parse_text(text, uri)
    if not isinstance(data, dict):
        raise SpecError(f"{uri} is not an OpenAPI document")
    return data


def spec_changes(root: Path, base: str, spec: str) -> tuple[str, list[Change]]:
    """(status, changes) of one spec from `base` to the working tree."""
    old_text = show(root, base, spec)
    disk = root / spec
    new_text = disk.read_text(encoding="utf-8") if disk.is_file() else None
    if old_text is None and new_text is None:
        return "unchanged", []
    if old_text is None:
        return "added", []
    if new_text is None:
        return "removed", []
    if old_text == new_text:
        return "unchanged", []
    loader = Loader()
    old = loader.from_dict(_load(old_text, f"{base[:12]}:{spec}"), f"<{base[:12]}:{spec}>")
    # The working-tree copy may use relative file $refs; the base copy only local ones (git blobs have no directory).
    new = loader.from_dict(_load(new_text, spec), str(disk.resolve()))
    return "changed", classify(old, new)


def _directory_changed(root: Path, commit: str, directory: str) -> bool:
    """Whether the working tree's `directory` differs from the commit's (tracked changes or new files)."""
    done = subprocess.run(
        ["git", "diff", "--quiet", commit, "--", directory], cwd=root, capture_output=True, check=False
    )
    if done.returncode not in (0, 1):
        return True  # cannot tell: compare
    return done.returncode == 1 or bool(
        git(root, "ls-files", "--others", "--exclude-standard", "--", directory).strip()
    )


def python_changes(root: Path, commit: str, client: ClientEntry, changes: list[Change]) -> tuple[list[Change], str]:
    """`changes` joined with the changes to the client's generated package from `commit` to the working tree, and a
    note on how the package was compared."""
    if not client.package:
        return changes, "not compared: codegen.toml names no package"
    if not _directory_changed(root, commit, client.directory):
        return changes, "compared"  # the same files on both sides: the same API
    from .pyapi import compare_package, package_at  # griffe: only when a client's package changed

    with package_at(root, commit, client.directory) as old_dir:
        new_dir = root / client.directory
        api = compare_package(old_dir, new_dir if new_dir.is_dir() else None, client.package)
    if not api.compared:
        return changes, f"not compared: {api.note}"
    return join(changes, api.changes), "compared"


def check_breaking(
    root: Path = REPO_ROOT, base: str | None = None, accepted_path: Path | None = None
) -> BreakingReport:
    commit = resolve_base(root, base)
    old_toml = show(root, commit, "codegen.toml")
    old_clients = parse_codegen(old_toml, f"codegen.toml at {commit[:12]}") if old_toml else {}
    new_toml = root / "codegen.toml"
    new_clients = parse_codegen(new_toml.read_text(encoding="utf-8")) if new_toml.is_file() else {}
    entries = load_accepted(accepted_path or root / ACCEPTED_BREAKING)
    used: set[int] = set()
    reports = []
    for spec in _spec_paths(root, commit, old_clients, new_clients):
        client = next((c for c in new_clients.values() if c.spec == spec), None) or next(
            (c for c in old_clients.values() if c.spec == spec), None
        )
        report = SpecReport(spec=spec, client=client.name if client else None, status="unchanged")
        try:
            report.status, changes = spec_changes(root, commit, spec)
            if client and client.name in old_clients and client.name in new_clients:
                changes, report.python = python_changes(root, commit, client, changes)
                if changes and report.status == "unchanged":
                    report.status = "changed"  # the generated package changed without a spec change
        except (SpecError, ApiError) as exc:
            report.error = str(exc)
            reports.append(report)
            continue
        for change in changes:
            entry = find(entries, change.check_id, change.operation, change.location, spec)
            if entry is not None:
                used.add(id(entry))
                change = dataclasses.replace(change, accepted=entry.reason)
            report.changes.append(change)
        if client and client.name in old_clients and client.name in new_clients:
            try:
                report.version = check_version(
                    report.changes, old_clients[client.name].version, new_clients[client.name].version
                )
            except ValueError as exc:
                report.error = str(exc)
        reports.append(report)
    return BreakingReport(commit, reports, [e for e in entries if id(e) not in used])


# --- releasing ------------------------------------------------------------------------------------------------------


@dataclass
class ClientRelease:
    client: str
    spec: str
    changelog: str  # repository-relative path of the client's CHANGELOG.md
    base_version: str
    current_version: str
    new_version: str
    required: Bump
    changes: list[Change]

    @property
    def entry(self) -> str:
        return changelog_entry(self.new_version, self.changes, intro=f"Changes to `{self.spec}`:")


def plan_release(
    root: Path = REPO_ROOT, base: str | None = None, accepted_path: Path | None = None
) -> list[ClientRelease]:
    """For each client whose spec changed since `base`: the version it needs and its changelog entry. The version is
    the base version bumped as the changes require, or the current one if that is already higher."""
    report = check_breaking(root, base, accepted_path)
    clients = parse_codegen((root / "codegen.toml").read_text(encoding="utf-8"))
    releases = []
    for spec in report.specs:
        if spec.error:
            raise RepoError(f"{spec.spec}: {spec.error}")
        if spec.status != "changed" or not spec.changes or spec.client not in clients or spec.version is None:
            continue
        client = clients[spec.client]
        base_version = spec.version.base_version
        required = required_bump(spec.changes, base_version)
        target = bump(base_version, required)
        new_version = max(target, client.version, key=Version.parse)
        releases.append(
            ClientRelease(
                client=client.name,
                spec=spec.spec,
                changelog=f"{client.directory}/CHANGELOG.md",
                base_version=base_version,
                current_version=client.version,
                new_version=new_version,
                required=required,
                changes=spec.changes,
            )
        )
    return releases


def apply_release(root: Path, releases: list[ClientRelease]) -> None:
    """Write each release's version into codegen.toml and its entry into the client's CHANGELOG.md."""
    toml_path = root / "codegen.toml"
    text = toml_path.read_text(encoding="utf-8")
    for release in releases:
        text = set_client_version(text, release.client, release.new_version)
        project = parse_codegen(text)[release.client].project
        update_changelog(root / release.changelog, release.new_version, release.entry, title=f"Changelog — {project}")
    toml_path.write_text(text, encoding="utf-8")


# --- upstream -------------------------------------------------------------------------------------------------------


def accepted_upstream_path(spec: Path) -> Path:
    """`specs/x.yaml` -> `specs/x.upstream-accepted.yaml`, the file beside the spec."""
    return spec.with_name(f"{spec.stem}.upstream-accepted.yaml")


def find_client(root: Path, vendor: str) -> ClientEntry:
    """A client of codegen.toml by name (`digitalocean`) or by its spec's file name (`digitalocean-genai`)."""
    clients = parse_codegen((root / "codegen.toml").read_text(encoding="utf-8"))
    for client in clients.values():
        if vendor in (client.name, Path(client.spec).stem, client.spec):
            return client
    raise RepoError(f"unknown vendor {vendor!r}; codegen.toml has {', '.join(clients)}")


def check_upstream(
    vendor: str, source: str, root: Path = REPO_ROOT, accepted_path: Path | None = None
) -> UpstreamReport:
    """Compare the spec of `vendor` (a client name from codegen.toml) with the upstream document at `source` (a file
    path or an http(s) URL) and apply the accepted-differences file beside the spec."""
    client = find_client(root, vendor)
    spec_path = root / client.spec
    loader = Loader()
    ours = loader.load(str(spec_path))
    theirs, files = load_bundled(source)
    entries = load_accepted(accepted_path or accepted_upstream_path(spec_path), key="kind")
    differences, unused = apply_upstream_accepted(compare_upstream(ours, theirs), entries)
    return UpstreamReport(
        vendor=client.name,
        spec=client.spec,
        source=source,
        differences=differences,
        uncovered=uncovered_operations(ours, theirs),
        unused_accepted=unused,
        files=files,
    )


def load_bundled(source: str) -> tuple[Document, list[str]]:
    """The document at `source` (a file or an http(s) URL) with every file its relative `$ref`s reach bundled into
    it, and the list of those files."""
    loader = Loader()
    document = loader.load(source)
    prefetch(document)  # fetch the files in parallel first; bundling then reads them from the loader's cache
    bundled = bundle(document)
    return Loader().from_dict(bundled, f"<bundled {source}>"), loader.uris
