"""CHANGELOG.md entries for a client, written from the classified spec changes for the people who use the client.

Changes are grouped by section (breaking, may affect you, deprecated, added, other), identical sentences are merged
and followed by the client functions they concern (the generated module of an operation is its snake-cased
operationId), e.g.

    ### Breaking changes

    - The response field `job.uuid` may now be `null`: `get_indexing_job`, `list_indexing_jobs`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from .checks import Bump, Level
from .classify import Change

SECTIONS = ("Breaking changes", "Changes that may affect your code", "Deprecated", "Added", "Other changes")


def _snake(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()).strip("_")


def function_name(change: Change) -> str:
    """How the changelog names the operation: the generated function's module, else METHOD /path."""
    return f"`{_snake(change.operation_id)}`" if change.operation_id else f"`{change.operation}`"


def section(change: Change) -> str:
    if change.level is Level.ERR or change.bump is Bump.MAJOR:
        return SECTIONS[0]
    if change.level is Level.WARN:
        return SECTIONS[1]
    if change.check_id.endswith("-deprecated"):
        return SECTIONS[2]
    if change.bump is Bump.MINOR:
        return SECTIONS[3]
    return SECTIONS[4]


def changelog_lines(changes: Sequence[Change]) -> dict[str, list[str]]:
    """Bullet lines per section (sections without changes left out)."""
    groups: dict[tuple[str, str], dict[str, list[str]]] = {}  # (section, summary) -> operation -> statuses
    for change in changes:
        ops = groups.setdefault((section(change), change.summary), {})
        if change.operation:
            statuses = ops.setdefault(function_name(change), [])
            if change.status and change.status not in statuses:
                statuses.append(change.status)
    lines: dict[str, list[str]] = {}
    for name in SECTIONS:
        for (where, summary), ops in groups.items():
            if where != name:
                continue
            show_status = any(not s.startswith("2") for statuses in ops.values() for s in statuses)
            shared = {tuple(st) for st in ops.values()}
            if show_status and len(shared) == 1:  # the same statuses everywhere: say them once
                items = list(ops)
                tail = f" (responses {', '.join(shared.pop())})"
            else:
                items = [f"{op} ({', '.join(st)})" if show_status and st else op for op, st in ops.items()]
                tail = ""
            text = summary
            if items:
                text = f"{summary.rstrip('.')}: {', '.join(items)}{tail}."
            lines.setdefault(name, []).append(f"- {text}")
    return lines


def changelog_entry(version: str, changes: Sequence[Change], *, intro: str | None = None) -> str:
    """A `## <version>` section listing `changes` in words a client user understands."""
    parts = [f"## {version}", ""]
    if intro:
        parts += [intro, ""]
    sections = changelog_lines(changes)
    if not sections:
        parts += ["No change to the API this client talks to.", ""]
    for name, lines in sections.items():
        parts += [f"### {name}", "", *lines, ""]
    return "\n".join(parts).rstrip() + "\n"


def update_changelog(path: Path, version: str, entry: str, *, title: str | None = None) -> None:
    """Put `entry` into the changelog at `path`: replacing an existing `## <version>` section (so running a release
    twice does not add it twice), else above the newest entry, below the title."""
    text = path.read_text(encoding="utf-8") if path.is_file() else f"# {title or 'Changelog'}\n"
    heading = re.compile(rf"^## {re.escape(version)}\s*$", re.MULTILINE)
    match = heading.search(text)
    if match:
        following = re.compile(r"^## ", re.MULTILINE).search(text, match.end())
        end = following.start() if following else len(text)
        text = text[: match.start()] + entry + ("\n" if following else "") + text[end:]
    else:
        first = re.compile(r"^## ", re.MULTILINE).search(text)
        if first:
            text = text[: first.start()] + entry + "\n" + text[first.start() :]
        else:
            text = text.rstrip("\n") + "\n\n" + entry
    path.write_text(text, encoding="utf-8")
