"""The breaking-change report as text (terminal), JSON (machines) and Markdown (a CI step summary)."""

from __future__ import annotations

import json

from .checks import Level
from .classify import Change
from .markdown import markdown_cell
from .repo import BreakingReport, SpecReport

_LEVEL_ORDER = {Level.ERR: 0, Level.WARN: 1, Level.INFO: 2}


def _sorted(changes: list[Change]) -> list[Change]:
    return sorted(changes, key=lambda c: _LEVEL_ORDER[c.level])  # stable: document order within a level


def _counts(spec: SpecReport) -> str:
    counts = spec.counts()
    text = ", ".join(f"{counts[level.value]} {level.value}" for level in Level)
    return text + (f"; {spec.python_breaking} break Python code" if spec.python_breaking else "")


def _verdict(spec: SpecReport) -> str:
    if spec.error:
        return f"ERROR: {spec.error}"
    if spec.version is None:
        return spec.status if spec.status != "changed" else "changed (no client version to check)"
    return ("ok: " if spec.version.ok else "FAIL: ") + spec.version.message()


def render_text(report: BreakingReport) -> str:
    lines = [f"Spec changes since {report.base[:12]}"]
    for spec in report.specs:
        name = f"{spec.client} ({spec.spec})" if spec.client else spec.spec
        if spec.status == "unchanged" and not spec.error:
            lines.append(f"  {name}: unchanged")
            continue
        lines.append(f"  {name}: {spec.status}; {_counts(spec)}; {_verdict(spec)}")
        if spec.python and spec.python != "compared":
            lines.append(f"    Python API {spec.python}")
        for change in _sorted(spec.changes):
            lines.append(f"    {change}")
            for effect in change.python:
                lines.append(f"         python: {effect}")
            if change.accepted:
                lines.append(f"         accepted: {change.accepted}")
    for entry in report.unused_accepted:
        lines.append(f"  note: accepted entry matches no change since the base: {entry.describe()}")
    failing = [s for s in report.specs if not s.ok]
    if failing:
        lines.append(
            "FAIL: "
            + "; ".join(
                f"{s.client or s.spec}: {s.error or (s.version.message() if s.version else '')}" for s in failing
            )
        )
        lines.append(
            "Bump the client's version in codegen.toml (`nox -s generate -- --bump` does it and writes the changelog), "
            "or, for a reviewed change, add it with a reason to specs/accepted-breaking-changes.yaml."
        )
    return "\n".join(lines)


def render_json(report: BreakingReport) -> str:
    return json.dumps(report.to_dict(), indent=2)


def render_markdown(report: BreakingReport) -> str:
    status = "ok" if report.ok else "FAIL"
    lines = [
        f"### API changes since `{report.base[:12]}` ({status})",
        "",
        "| client | spec | changes | version | result |",
        "|---|---|---|---|---|",
    ]
    for spec in report.specs:
        version = ""
        if spec.version is not None:
            version = f"{spec.version.base_version} → {spec.version.current_version}"
            if spec.version.required:
                version += f" (needs {spec.version.required}: ≥ {spec.version.minimum_version})"
        result = "ok" if spec.ok else "**FAIL**"
        changes = spec.status if spec.status != "changed" else _counts(spec)
        lines.append(f"| {spec.client or ''} | `{spec.spec}` | {changes} | {version} | {result} |")
    lines.append("")
    for spec in report.specs:
        if not spec.changes and not spec.error:
            continue
        lines += [f"<details><summary>{spec.client or spec.spec}: {len(spec.changes)} change(s)</summary>", ""]
        if spec.error:
            lines += [f"Error: {markdown_cell(spec.error)}", ""]
        if spec.changes:
            lines += [
                "| level | check | operation | location | change | Python effect |",
                "|---|---|---|---|---|---|",
            ]
            for change in _sorted(spec.changes):
                level = change.level.value + (" (accepted)" if change.accepted else "")
                effect = "<br>".join(markdown_cell(str(e)) for e in change.python) or "none"
                lines.append(
                    f"| {level} | `{change.check_id}` | `{markdown_cell(change.operation)}` "
                    f"| {markdown_cell(change.location)} | {markdown_cell(change.summary)} | {effect} |"
                )
            lines.append("")
        lines += ["</details>", ""]
    if not report.ok:
        lines.append(
            "Bump the client's version in `codegen.toml` (`nox -s generate -- --bump`), or record a reviewed change in "
            "`specs/accepted-breaking-changes.yaml`."
        )
        lines.append("")
    return "\n".join(lines)
