"""Compare our hand-written spec with the vendor's published one, for the operations our spec covers.

Operations are matched by method and normalised path, parameters by location and name (path ones by position), bodies
by media type and schemas by structure -- never by operationId or schema name, which differ between the two. Compared:
operations, parameters, request bodies, response statuses and media types, response headers, properties, types and
formats, enum values, required-ness, nullability, oneOf/anyOf members, and also defaults, constraints (minimum,
maxLength, pattern, ...) and deprecation flags. Descriptions, examples, summaries, tags and names are not compared.

Every difference is reported. One is *blocking* when it makes our client incompatible with the vendor's contract:

- a request our client can send that upstream does not accept (a parameter, field, media type or enum value upstream
  lacks; a type upstream does not accept; `null` where upstream forbids it; leaving out something upstream requires),
- a response upstream can send that our client does not accept (a field we require that upstream may leave out, an enum
  value, type, `null`, success status or media type our spec does not allow),
- an operation of ours that upstream does not have.

For constraints, only a request bound upstream has tighter than ours is blocking (generated clients do not validate
what they receive); defaults and deprecation flags never are.

Where our client is only stricter in what it sends (it always sends a body upstream makes optional, a `format: uuid`
upstream does not have) or more lenient in what it accepts (a field upstream never sends, kept optional), or lacks an
optional capability upstream has, the difference is reported but not blocking. Each difference can be accepted with a
reason in `specs/<spec>.upstream-accepted.yaml` (see `accepted.py`).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator, Sequence
from contextvars import ContextVar
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from .accepted import AcceptedEntry, find
from .checks import CHECKS, Level
from .classify import _constraint_check, type_direction
from .markdown import markdown_cell
from .openapi import Document, Header, Loader, Node, Operation, as_document, operations, view
from .schemadiff import SchemaDiff, diff_schemas, render_path, type_label
from .unchanged import Unchanged


@dataclass(frozen=True)
class Difference:
    kind: str
    operation: str  # our "METHOD /path"
    location: str
    ours: str
    theirs: str
    text: str
    blocking: bool
    accepted: str | None = None  # the reason, when the accepted-differences file covers it

    @property
    def fingerprint(self) -> str:
        """A short id that stays the same for the same difference from run to run (oasdiff's scheme for changes:
        the first 12 hex digits of a SHA-256 over what the difference is, never over when it was seen)."""
        text = f"{self.kind}:{self.operation}:{self.location}:{self.ours}:{self.theirs}"
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "fingerprint": self.fingerprint}

    def __str__(self) -> str:
        flag = "accepted" if self.accepted else "BLOCKING" if self.blocking else "differs"
        return f"{flag:8} {self.kind}  {self.operation} {self.location}: {self.text}"


def compare_upstream(ours: dict[str, Any] | Document, theirs: dict[str, Any] | Document) -> list[Difference]:
    """Every difference between our spec and upstream's, for the operations our spec has."""
    ours_doc = _single_choices_as_all_of(as_document(ours, "ours"))
    theirs_doc = _single_choices_as_all_of(as_document(theirs, "upstream"))
    our_ops, their_ops = operations(ours_doc), operations(theirs_doc)
    result: list[Difference] = []
    # one comparer for the whole run: each pair of schemas compared once, whatever number of operations reach it
    token = _DIFFER.set(SchemaDiff(Unchanged(ours_doc, theirs_doc)))
    try:
        _compare_operations(our_ops, their_ops, result)
    finally:
        _DIFFER.reset(token)
    return result


_DIFFER: ContextVar[SchemaDiff | None] = ContextVar("upstream_differ", default=None)


def _compare_operations(
    our_ops: dict[tuple[str, str], Operation], their_ops: dict[tuple[str, str], Operation], result: list[Difference]
) -> None:
    for key, op in our_ops.items():
        other = their_ops.get(key)
        if other is None:
            result.append(
                Difference(
                    "operation-missing-upstream",
                    op.label,
                    "operation",
                    "present",
                    "absent",
                    "upstream has no such operation",
                    True,
                )
            )
        else:
            result.extend(_operation(op, other))


def _single_choices_as_all_of(doc: Document) -> Document:
    """`doc` with every `oneOf` / `anyOf` of one member spelt `allOf`: exactly (or any) one of one schema is that
    schema. Generated specs wrap references so (OpenAI's `items: {oneOf: [$ref]}`), hand-written ones do not; spelt
    alike, the two compare by meaning. (Only here: the breaking check still sees a variant removed down to one.)"""

    def rewrite(value: Any) -> Any:
        if isinstance(value, list):
            return [rewrite(item) for item in value]
        if not isinstance(value, dict):
            return value
        out = {key: rewrite(item) for key, item in value.items()}
        for kind in ("oneOf", "anyOf"):
            members = out.get(kind)
            if isinstance(members, list) and len(members) == 1:
                del out[kind]
                out["allOf"] = [*(out.get("allOf") or []), members[0]]
        return out

    return Loader().from_dict(rewrite(doc.root), doc.uri)


def uncovered_operations(ours: dict[str, Any] | Document, theirs: dict[str, Any] | Document) -> list[str]:
    """Upstream operations our spec does not cover (not compared)."""
    our_ops = operations(as_document(ours, "ours"))
    return [op.label for key, op in operations(as_document(theirs, "upstream")).items() if key not in our_ops]


def _diff(kind: str, op: Operation, where: str, ours: str, theirs: str, text: str, blocking: bool) -> Difference:
    return Difference(kind, op.label, where, ours, theirs, text, blocking)


def _operation(ours: Operation, theirs: Operation) -> Iterator[Difference]:
    for key, param in ours.parameters.items():
        other = theirs.parameters.get(key)
        where = param.label
        if other is None:
            yield _diff(
                "parameter-only-in-ours",
                ours,
                where,
                "present",
                "absent",
                "upstream does not have this parameter",
                True,
            )
            continue
        if param.required != other.required:
            yield _diff(
                "parameter-required-differs",
                ours,
                where,
                _req(param.required),
                _req(other.required),
                f"{_req(param.required)} in ours, {_req(other.required)} upstream",
                other.required and not param.required,
            )
        yield from _schemas(param.schema, other.schema, ours, where, request=True, parameter=True)
    for key, param in theirs.parameters.items():
        if key not in ours.parameters:
            yield _diff(
                "parameter-only-upstream",
                ours,
                param.label,
                "absent",
                _req(param.required),
                f"upstream has this {_req(param.required)} parameter, our spec does not",
                param.required,
            )
    yield from _bodies(ours, theirs)
    yield from _responses(ours, theirs)


def _req(required: bool) -> str:
    return "required" if required else "optional"


def _nullable(nullable: bool) -> str:
    return "nullable" if nullable else "not nullable"


def _bodies(ours: Operation, theirs: Operation) -> Iterator[Difference]:
    ob, tb = ours.request_body, theirs.request_body
    if ob is None and tb is None:
        return
    if ob is None and tb is not None:
        yield _diff(
            "request-body-only-upstream",
            ours,
            "request body",
            "absent",
            _req(tb.required),
            f"upstream takes a {_req(tb.required)} request body, our spec none",
            tb.required,
        )
        return
    if tb is None:
        yield _diff(
            "request-body-only-in-ours",
            ours,
            "request body",
            "present",
            "absent",
            "upstream takes no request body",
            True,
        )
        return
    assert ob is not None
    if ob.required != tb.required:
        yield _diff(
            "request-body-required-differs",
            ours,
            "request body",
            _req(ob.required),
            _req(tb.required),
            f"the request body is {_req(ob.required)} in ours, {_req(tb.required)} upstream",
            tb.required and not ob.required,
        )
    for media, schema in ob.content.items():
        where = f"request body {media}"
        if media not in tb.content:
            yield _diff(
                "request-media-type-only-in-ours",
                ours,
                where,
                "present",
                "absent",
                "upstream does not accept this media type",
                True,
            )
        else:
            yield from _schemas(schema, tb.content[media], ours, where, request=True)
    for media in tb.content:
        if media not in ob.content:
            where = f"request body {media}"
            yield _diff(
                "request-media-type-only-upstream",
                ours,
                where,
                "absent",
                "present",
                "upstream also accepts this media type",
                False,
            )


def _responses(ours: Operation, theirs: Operation) -> Iterator[Difference]:
    for status in theirs.responses:
        if status not in ours.responses:
            covered = not status.startswith("2") and "default" in ours.responses
            yield _diff(
                "response-status-only-upstream",
                ours,
                f"response {status}",
                "absent",
                "present",
                "upstream documents this status, our spec does not" + (" (our `default` covers it)" if covered else ""),
                not covered,
            )
    for status, response in ours.responses.items():
        other = theirs.responses.get(status)
        where = f"response {status}"
        if other is None:
            yield _diff(
                "response-status-only-in-ours",
                ours,
                where,
                "present",
                "absent",
                "upstream does not document this status",
                False,
            )
            continue
        for media in other.content:
            if media not in response.content:
                yield _diff(
                    "response-media-type-only-upstream",
                    ours,
                    f"{where} {media}",
                    "absent",
                    "present",
                    "upstream may answer with this media type, our spec does not list it",
                    True,
                )
        for media, schema in response.content.items():
            if media not in other.content:
                yield _diff(
                    "response-media-type-only-in-ours",
                    ours,
                    f"{where} {media}",
                    "present",
                    "absent",
                    "upstream does not list this media type",
                    False,
                )
            else:
                yield from _schemas(schema, other.content[media], ours, f"{where} {media}", request=False)
        yield from _headers(response.headers, other.headers, ours, status)


def _headers(ours: dict[str, Header], theirs: dict[str, Header], op: Operation, status: str) -> Iterator[Difference]:
    for key, header in ours.items():
        where = f"response {status} header {header.name}"
        other = theirs.get(key)
        if other is None:
            yield _diff(
                "response-header-only-in-ours",
                op,
                where,
                _req(header.required),
                "absent",
                "upstream does not document this header",
                header.required,
            )
            continue
        if header.required != other.required:
            yield _diff(
                "response-header-required-differs",
                op,
                where,
                _req(header.required),
                _req(other.required),
                f"{_req(header.required)} in ours, {_req(other.required)} upstream",
                header.required and not other.required,
            )
        ov, tv = view(header.schema), view(other.schema)
        if (ov.types, ov.format) != (tv.types, tv.format):
            direction = type_direction((ov.types, ov.format), (tv.types, tv.format))
            yield _diff(
                "response-header-type-differs",
                op,
                where,
                type_label((ov.types, ov.format)),
                type_label((tv.types, tv.format)),
                f"`{type_label((ov.types, ov.format))}` in ours, `{type_label((tv.types, tv.format))}` upstream",
                direction != "narrowed",
            )
    for key, header in theirs.items():
        if key not in ours:
            where = f"response {status} header {header.name}"
            yield _diff(
                "response-header-only-upstream",
                op,
                where,
                "absent",
                _req(header.required),
                "upstream documents this header, our spec does not",
                False,
            )


def _schemas(
    ours: Node | None,
    theirs: Node | None,
    op: Operation,
    base: str,
    *,
    request: bool,
    parameter: bool = False,
) -> Iterator[Difference]:
    """Schema deltas from ours to theirs, as differences; `request` says which way compatibility runs."""
    differ = _DIFFER.get()
    for d in differ.diff(ours, theirs) if differ is not None else diff_schemas(ours, theirs):
        prop = render_path(d.path)
        where = base + (f": {prop}" if prop else "")
        noun = "parameter" if parameter and not prop else "property"
        subject = f"`{prop}`" if prop else ("the parameter" if parameter else "the body")
        kind = d.kind
        if kind == "property-removed":
            if (request and d.read_only) or (not request and d.write_only):
                continue
            yield _diff(
                "property-only-in-ours",
                op,
                where,
                _req(d.required),
                "absent",
                f"{subject} ({_req(d.required)}) is in our spec, not upstream's",
                request or d.required,
            )
        elif kind == "property-added":
            if (request and d.read_only) or (not request and d.write_only):
                continue
            yield _diff(
                "property-only-upstream",
                op,
                where,
                "absent",
                _req(d.required),
                f"upstream has {subject} ({_req(d.required)}), our spec does not",
                request and d.required,
            )
        elif kind in ("became-required", "became-optional"):
            theirs_required = kind == "became-required"
            yield _diff(
                "property-required-differs",
                op,
                where,
                _req(not theirs_required),
                _req(theirs_required),
                f"{subject} is {_req(not theirs_required)} in ours, {_req(theirs_required)} upstream",
                theirs_required if request else not theirs_required,
            )
        elif kind == "type":
            direction = type_direction(d.old, d.new)
            ok = direction == "widened" if request else direction == "narrowed"
            yield _diff(
                f"{noun}-type-differs",
                op,
                where,
                type_label(d.old),
                type_label(d.new),
                f"{subject} is `{type_label(d.old)}` in ours, `{type_label(d.new)}` upstream",
                not ok,
            )
        elif kind == "nullable":
            yield _diff(
                f"{noun}-nullable-differs",
                op,
                where,
                _nullable(d.old),
                _nullable(d.new),
                f"{subject} is {_nullable(d.old)} in ours, {_nullable(d.new)} upstream",
                (d.old and not d.new) if request else (d.new and not d.old),
            )
        elif kind in ("enum-added", "enum-removed", "became-enum", "enum-dropped"):
            yield _enum(kind, d.old, d.new, op, where, subject, noun, request)
        elif kind in ("variant-added", "variant-removed"):
            only_upstream = kind == "variant-added"
            label = d.new if only_upstream else d.old
            yield _diff(
                f"{noun}-variants-differ",
                op,
                where,
                "absent" if only_upstream else str(label),
                str(label) if only_upstream else "absent",
                f"{subject}: {d.keyword} member {label} only {'upstream' if only_upstream else 'in ours'}",
                (not only_upstream) if request else only_upstream,
            )
        elif kind == "constraint":
            # Blocking only when upstream bounds a request tighter than we do: the vendor would reject what our client
            # sends. The generated clients never validate constraints on what they receive.
            check = _constraint_check("request-property", d) if request else None
            ours_value = "none" if d.old is None else str(d.old)
            theirs_value = "none" if d.new is None else str(d.new)
            yield _diff(
                f"{noun}-constraint-differs",
                op,
                where,
                f"{d.keyword}: {ours_value}",
                f"{d.keyword}: {theirs_value}",
                f"{subject}: {d.keyword} is {ours_value} in ours, {theirs_value} upstream",
                check is not None and CHECKS[check].level is not Level.INFO,
            )
        elif kind == "default":
            yield _diff(
                f"{noun}-default-differs",
                op,
                where,
                d.old or "none",
                d.new or "none",
                f"{subject}: default {d.old or 'none'} in ours, {d.new or 'none'} upstream",
                False,
            )
        elif kind == "deprecated":
            yield _diff(
                f"{noun}-deprecated-differs",
                op,
                where,
                "deprecated" if d.old else "not deprecated",
                "deprecated" if d.new else "not deprecated",
                f"{subject} is {'deprecated' if d.old else 'not deprecated'} in ours, "
                f"{'deprecated' if d.new else 'not deprecated'} upstream",
                False,
            )


def _enum(
    kind: str, old: Any, new: Any, op: Operation, where: str, subject: str, noun: str, request: bool
) -> Difference:
    def values(items: Sequence[Any]) -> str:
        return ", ".join(f"`{v}`" for v in items)

    if kind == "enum-added":  # values only upstream
        return _diff(
            f"{noun}-enum-differs",
            op,
            where,
            "absent",
            values(new),
            f"{subject}: value(s) {values(new)} only upstream",
            not request,
        )
    if kind == "enum-removed":  # values only in ours
        return _diff(
            f"{noun}-enum-differs",
            op,
            where,
            values(old),
            "absent",
            f"{subject}: value(s) {values(old)} only in ours",
            request,
        )
    if kind == "became-enum":  # upstream restricts, ours does not
        return _diff(
            f"{noun}-enum-differs",
            op,
            where,
            "any value",
            values(new),
            f"{subject}: upstream allows only {values(new)}",
            request,
        )
    return _diff(
        f"{noun}-enum-differs",
        op,
        where,
        values(old),
        "any value",
        f"{subject}: ours allows only {values(old)}, upstream any value",
        not request,
    )


# --- results and reports --------------------------------------------------------------------------------------------


@dataclass
class UpstreamReport:
    vendor: str
    spec: str
    source: str
    differences: list[Difference]
    uncovered: list[str] = field(default_factory=list)
    unused_accepted: list[AcceptedEntry] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # the documents the upstream spec spans (bundled into one)

    @property
    def failing(self) -> list[Difference]:
        return [d for d in self.differences if d.blocking and not d.accepted]

    @property
    def open(self) -> list[Difference]:
        return [d for d in self.differences if not d.accepted]

    def exit_code(self, strict: bool = False) -> int:
        return 1 if (self.open if strict else self.failing) else 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "vendor": self.vendor,
            "spec": self.spec,
            "source": self.source,
            "differences": [d.to_dict() for d in self.differences],
            "blocking": len(self.failing),
            "accepted": sum(1 for d in self.differences if d.accepted),
            "uncovered_upstream_operations": self.uncovered,
            "upstream_files": self.files,
            "unused_accepted_entries": [asdict(e) for e in self.unused_accepted],
        }


def apply_accepted(
    differences: Sequence[Difference], entries: Sequence[AcceptedEntry]
) -> tuple[list[Difference], list[AcceptedEntry]]:
    """The differences with `accepted` set where an entry covers them, and the entries that covered nothing."""
    used: set[int] = set()
    result = []
    for diff in differences:
        entry = find(entries, diff.kind, diff.operation, diff.location, ours=diff.ours, theirs=diff.theirs)
        if entry is not None:
            used.add(id(entry))
            diff = replace(diff, accepted=entry.reason)
        result.append(diff)
    return result, [e for e in entries if id(e) not in used]


def render_text(report: UpstreamReport, *, verbose: bool = False) -> str:
    """Open differences one by one, grouped by operation; accepted ones counted per reason (all of them with
    `verbose`)."""
    lines = [
        f"{report.vendor}: {report.spec} vs upstream {report.source}: {len(report.differences)} difference(s), "
        f"{sum(1 for d in report.differences if d.accepted)} accepted, {len(report.failing)} blocking"
    ]
    by_op: dict[str, list[Difference]] = {}
    for diff in report.differences:
        if verbose or not diff.accepted:
            by_op.setdefault(diff.operation, []).append(diff)
    for op, diffs in by_op.items():
        lines.append(f"  {op}")
        for d in diffs:
            flag = "accepted" if d.accepted else "BLOCKING" if d.blocking else "differs"
            lines.append(f"    {flag:8} {d.kind}  {d.location}: {d.text}")
            if d.accepted:
                lines.append(f"             reason: {d.accepted}")
    if not verbose:
        for (kind, reason), count in _accepted_groups(report.differences).items():
            lines.append(f"  accepted {count:3} x {kind}: {reason}")
    if report.uncovered:
        lines.append(f"  not compared: {len(report.uncovered)} upstream operation(s) our spec does not cover")
    for entry in report.unused_accepted:
        lines.append(f"  note: accepted entry matches nothing any more: {entry.describe()}")
    if report.failing:
        lines.append(
            f"FAIL: {len(report.failing)} blocking difference(s): fix {report.spec}, or record each with a reason in "
            "its upstream-accepted file"
        )
    return "\n".join(lines)


def _accepted_groups(differences: Sequence[Difference]) -> dict[tuple[str, str], int]:
    groups: dict[tuple[str, str], int] = {}
    for d in differences:
        if d.accepted:
            groups[(d.kind, d.accepted)] = groups.get((d.kind, d.accepted), 0) + 1
    return groups


def render_json(report: UpstreamReport) -> str:
    return json.dumps(report.to_dict(), indent=2)


def render_markdown(report: UpstreamReport) -> str:
    status = "FAIL" if report.failing else "ok"
    files = f" ({len(report.files)} files bundled)" if len(report.files) > 1 else ""
    lines = [
        f"### Upstream drift: {report.vendor} ({status})",
        "",
        f"`{report.spec}` compared with `{report.source}`{files}: {len(report.differences)} difference(s), "
        f"{sum(1 for d in report.differences if d.accepted)} accepted, **{len(report.failing)} blocking**.",
        "",
    ]
    if report.open:
        lines += [
            "| | kind | operation | location | ours | upstream | fingerprint |",
            "|---|---|---|---|---|---|---|",
        ]
        for d in report.open:
            flag = "**blocking**" if d.blocking else "differs"
            cells = [
                flag,
                f"`{d.kind}`",
                f"`{markdown_cell(d.operation)}`",
                markdown_cell(d.location),
                markdown_cell(d.ours),
                markdown_cell(d.theirs),
                f"`{d.fingerprint}`",
            ]
            lines.append("| " + " | ".join(cells) + " |")
        lines.append("")
    groups = _accepted_groups(report.differences)
    if groups:
        lines += [
            "<details><summary>Accepted differences</summary>",
            "",
            "| count | kind | reason |",
            "|---|---|---|",
            *(f"| {count} | `{kind}` | {markdown_cell(reason)} |" for (kind, reason), count in groups.items()),
            "",
            "</details>",
            "",
        ]
    return "\n".join(lines)


# --- the drift issue ------------------------------------------------------------------------------------------------

FINGERPRINTS_MARKER = "anyjob-upstream-fingerprints"
_FINGERPRINTS = re.compile(rf"<!--\s*{FINGERPRINTS_MARKER}:([0-9a-f,\s]*)-->")


def reported_fingerprints(body: str) -> set[str]:
    """The fingerprints an issue body says it has reported (in its hidden HTML comment)."""
    found: set[str] = set()
    for match in _FINGERPRINTS.finditer(body):
        found.update(f for f in re.split(r"[,\s]+", match[1]) if f)
    return found


def issue_body(report: UpstreamReport, previous_body: str = "") -> str | None:
    """The body of the vendor's drift issue when an unaccepted difference appeared that `previous_body` has not
    reported yet; None when there is nothing new (so a difference is reported once, however often the check runs).
    The body is the Markdown report, followed by a hidden comment listing every fingerprint reported so far."""
    known = reported_fingerprints(previous_body)
    current = {d.fingerprint for d in report.open}
    new = current - known
    if not new:
        return None
    fresh = [d for d in report.open if d.fingerprint in new]
    lines = [
        f"Our spec `{report.spec}` and {report.vendor}'s published one differ in {len(report.open)} way(s) that no "
        f"entry of the upstream-accepted file covers; {len(fresh)} new since this issue was last updated:",
        "",
        *(f"- `{d.fingerprint}` {d.operation} {d.location}: {d.text}" for d in fresh),
        "",
        "Fix the spec (and regenerate the client), or accept each difference with a reason in "
        f"`{report.spec.rsplit('.', 1)[0]}.upstream-accepted.yaml`.",
        "",
        render_markdown(report),
        f"<!-- {FINGERPRINTS_MARKER}: {', '.join(sorted(known | current))} -->",
        "",
    ]
    return "\n".join(lines)
