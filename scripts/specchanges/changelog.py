"""CHANGELOG.md entries for a client, written from the classified spec changes for the people who use the client.

Changes are grouped by section (breaking, may affect you, deprecated, added, other), identical sentences are merged
and followed by the client functions they concern (the generated module of an operation is its snake-cased
operationId; a parameter change names the call, `list_indexing_jobs.sync(per_page=...)`), and each says what to do.
A change that breaks Python code leads with the Python name it breaks, from the Python API diff, e.g.

    ### Breaking changes

    - `IndexingJobPhase.BATCH_JOB_PHASE_ERROR` was removed: the response field `IndexingJob.phase` no longer contains
      `BATCH_JOB_PHASE_ERROR` (`get_indexing_job`, `list_indexing_jobs`). What to do: compare with the raw string ...

New deprecations carry their sunset date (`x-sunset`) when the spec gives one.
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
    """How the changelog names the operation: the generated function's module (with the argument for a parameter
    change: `list_indexing_jobs.sync(per_page=...)`), else METHOD /path."""
    if not change.operation_id:
        return f"`{change.operation}`"
    module = _snake(change.operation_id)
    if change.param and change.location.split(" ", 1)[0] in ("query", "path", "header", "cookie"):
        return f"`{module}.sync({_snake(change.param)}=...)`"
    return f"`{module}`"


# What a user does about a change, by check id (a suffix match for families); `{param}` is the Python argument.
ADVICE: dict[str, str] = {
    "response-property-enum-value-added": "handle the new value; until you upgrade, it arrives as a member with "
    "`.is_known == False`.",
    "response-property-became-nullable": "handle `None` before using the field.",
    "response-body-became-nullable": "handle a `None` result.",
    "response-property-became-optional": "handle `UNSET` before using the field.",
    "response-required-property-removed": "stop reading the field; it is `UNSET` from now on.",
    "response-optional-property-removed": "stop reading the field; it is `UNSET` from now on.",
    "response-property-type-changed": "read the field as its new type.",
    "response-property-type-generalized": "read the field as its new type.",
    "new-required-request-parameter": "pass the new argument in every call.",
    "request-parameter-became-required": "pass the argument in every call.",
    "new-required-request-property": "set the field whenever you build the request model.",
    "request-property-became-required": "set the field whenever you build the request model.",
    "request-property-enum-value-removed": "stop sending the removed value(s).",
    "request-parameter-enum-value-removed": "stop passing the removed value(s).",
    "request-body-enum-value-removed": "stop sending the removed value(s).",
    "request-property-removed": "stop setting the field.",
    "request-parameter-removed": "stop passing the argument.",
    "request-path-parameter-renamed": "pass the argument positionally or under its new name.",
    "request-body-wrapped-in-one-of": "build the body as one of the new alternatives.",
    "type-changed": "send values of the new type.",
    "removed-without-deprecation": "stop calling it.",
    "removed-before-sunset": "stop calling it.",
    "endpoint-deprecated": "plan to move off the operation.",
    "endpoint-deprecated-with-sunset": "move off the operation before its sunset date.",
    "-deprecated": "plan to stop using it.",
    "-deprecated-with-sunset": "stop using it before its sunset date.",
}


def advice(change: Change) -> str:
    if change.check_id in ADVICE:
        return ADVICE[change.check_id]
    return next((text for suffix, text in ADVICE.items() if change.check_id.endswith(suffix)), "")


def section(change: Change) -> str:
    if change.level is Level.ERR or change.bump is Bump.MAJOR:
        return SECTIONS[0]
    if change.level is Level.WARN:
        return SECTIONS[1]
    if change.check_id.endswith(("-deprecated", "-deprecated-with-sunset")):
        return SECTIONS[2]
    if change.bump is Bump.MINOR:
        return SECTIONS[3]
    return SECTIONS[4]


def _summary(change: Change) -> str:
    """The change's sentence, with the sunset date of a deprecation when the sentence does not say it yet."""
    text = change.summary
    if change.sunset and change.sunset not in text:
        text = f"{text.rstrip('.')}; it may be removed on or after {change.sunset}."
    return text


def _lead(change: Change) -> str:
    """The sentence a change is listed under: its Python effect(s) first when it breaks Python code."""
    summary = _summary(change)
    if not change.python:
        return summary
    effects = " ".join(e.text for e in change.python)
    if change.check_id.startswith("python-api-") or all(e.object_kind == "function" for e in change.python):
        return effects  # the Python sentence says it all (the wire one would repeat it under the old name)
    return f"{effects.rstrip('.')}: {summary[0].lower()}{summary[1:]}"


def _what_to_do(change: Change) -> str:
    texts = [e.advice for e in change.python if e.advice] or ([advice(change)] if advice(change) else [])
    return " ".join(t[0].lower() + t[1:] if t and not t.startswith("`") else t for t in dict.fromkeys(texts))


def changelog_lines(changes: Sequence[Change]) -> dict[str, list[str]]:
    """Bullet lines per section (sections without changes left out)."""
    groups: dict[tuple[str, str], dict[str, list[str]]] = {}  # (section, sentence) -> operation -> statuses
    todo: dict[tuple[str, str], str] = {}
    for change in changes:
        key = (section(change), _lead(change))
        ops = groups.setdefault(key, {})
        todo.setdefault(key, _what_to_do(change))
        names_the_call = bool(change.python) and all(e.object_kind == "function" for e in change.python)
        if change.operation and not names_the_call:  # a Python effect on a function names the call itself
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
            what = todo[(where, summary)]
            if what:
                text += f" What to do: {what}"
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
