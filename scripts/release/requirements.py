"""The facade's requirements on the clients: which they are (codegen.toml's projects), their ranges, and keeping
them in step with codegen.toml. Standard library only: `nox -s generate` runs `python -m scripts.release
sync-clients` with nothing but the generator installed."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from .packages import FACADE_DIRECTORY, PackageError, client_projects, normalize
from .versions import Range, VersionError

FACADE_PYPROJECT = f"{FACADE_DIRECTORY}/pyproject.toml"
_REQUIREMENT_LINE = re.compile(r'^(?P<head>\s*")(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)(?P<spec>[^";\[]*)(?P<tail>".*)$')


def client_ranges(pyproject_text: str, *, strict: bool = True, projects: frozenset[str] | None = None
                  ) -> dict[str, Range]:
    """The facade's requirement on each client (the projects of codegen.toml, or `projects`), by normalised project
    name. A requirement that is not `>=X,<Y` is an error, or, with `strict=False` (an older version of the file), left
    out."""
    clients = projects if projects is not None else client_projects()
    data = tomllib.loads(pyproject_text)
    found = {}
    for requirement in data.get("project", {}).get("dependencies", []):
        match = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)\s*([^;\[]*)$", requirement.strip())
        if match and normalize(match[1]) in clients:
            try:
                found[normalize(match[1])] = Range.parse(match[2])
            except VersionError as exc:
                if not strict:
                    continue
                raise PackageError(f"{FACADE_PYPROJECT}: requirement {requirement!r}: {exc}") from exc
    return found


# -- the facade requires every client ----------------------------------------------------------------------------------

_SOURCES_HEADER = re.compile(r"^\[tool\.uv\.sources\]\s*$", re.MULTILINE)


def sync_clients(root: Path, *, dry_run: bool = False) -> list[str]:
    """Make the facade require every client of codegen.toml (a new client at `>=<its version>,<next breaking>`) and
    take it from the uv workspace; drop a workspace client that codegen.toml no longer has. Returns what changed
    (nothing when in step). `nox -s generate` runs it, then `uv lock`: adding a vendor's client to codegen.toml is all
    it takes for the facade to require it."""
    pyproject_path = root / FACADE_PYPROJECT
    text = pyproject_path.read_text(encoding="utf-8")
    codegen = tomllib.loads((root / "codegen.toml").read_text(encoding="utf-8"))["clients"]
    wanted = {normalize(str(t["project"])): (str(t["project"]), str(t["version"])) for t in codegen.values()}
    data = tomllib.loads(text)
    sources = data.get("tool", {}).get("uv", {}).get("sources", {})
    present = client_ranges(text, projects=frozenset(wanted))
    stale = sorted(name for name, source in sources.items()
                   if isinstance(source, dict) and source.get("workspace") and normalize(name) not in wanted)
    changes: list[str] = []
    lines = text.splitlines(keepends=True)
    for name in stale:
        lines = [line for line in lines if not re.match(rf'^\s*"?{re.escape(name)}[\s"=<>~!]', line)]
        changes.append(f"anyjob: no longer requires {name} (not in codegen.toml)")
    text = "".join(lines)
    for key, (project, version) in wanted.items():
        if key in present:
            continue
        rng = Range.for_version(version)
        text = _insert_requirement(text, f'    "{project}{rng}",\n')
        if normalize(project) not in {normalize(n) for n in sources}:
            text = _insert_source(text, f"{project} = {{ workspace = true }}\n")
        changes.append(f"anyjob: requires {project}{rng} (new in codegen.toml), from the uv workspace")
    if changes and not dry_run:
        pyproject_path.write_text(text, encoding="utf-8")
    return changes


def _insert_requirement(text: str, line: str) -> str:
    """`line` after the facade's last client requirement (or first in its dependencies)."""
    lines = text.splitlines(keepends=True)
    projects = client_projects_in(text)
    after = None
    for i, current in enumerate(lines):
        match = _REQUIREMENT_LINE.match(current.rstrip("\n"))
        if match and normalize(match["name"]) in projects:
            after = i
        elif after is None and re.match(r"^dependencies\s*=\s*\[", current):
            after = i
    if after is None:
        raise PackageError(f"{FACADE_PYPROJECT}: no dependencies list")
    return "".join([*lines[: after + 1], line, *lines[after + 1:]])


def _insert_source(text: str, line: str) -> str:
    """`line` at the end of the [tool.uv.sources] table (made if missing)."""
    header = _SOURCES_HEADER.search(text)
    if header is None:
        return text.rstrip("\n") + "\n\n[tool.uv.sources]\n" + line
    following = re.compile(r"^\[", re.MULTILINE).search(text, header.end())
    end = following.start() if following else len(text)
    block = text[header.end():end].rstrip("\n") + "\n"
    rest = text[end:]
    return text[: header.end()] + block + line + ("\n" + rest if rest else "")


def client_projects_in(pyproject_text: str) -> frozenset[str]:
    """The normalised names of the facade's requirements that come from the uv workspace (its clients)."""
    sources = tomllib.loads(pyproject_text).get("tool", {}).get("uv", {}).get("sources", {})
    return frozenset(normalize(n) for n, s in sources.items() if isinstance(s, dict) and s.get("workspace"))
