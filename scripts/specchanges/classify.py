"""Classify every change between two versions of a spec with oasdiff's check ids and levels.

`classify(old, new)` matches operations by method and normalised path, then compares parameters (path ones by
position), request bodies and responses per media type, response headers, and the schemas under them with
`schemadiff.diff_schemas`; each structural delta becomes a `Change` whose meaning depends on its direction (a field
that may now be absent breaks a client reading a response but not one writing a request). Descriptions, summaries,
examples, titles and `x-` extensions are never compared, so cosmetic edits yield nothing -- except the lifecycle
extensions oasdiff reads: `x-sunset` (a removal before the date is breaking) and `x-stability-level` (changes to
`draft`/`alpha` operations are left out; a stability change is reported).
"""

from __future__ import annotations

import datetime
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .checks import _CONSTRAINT_IDS, CHECKS, Bump, Level
from .openapi import (
    STABILITY_LEVELS,
    Document,
    Node,
    Operation,
    Parameter,
    as_document,
    operations,
    path_parameter_names,
    view,
)
from .schemadiff import Delta, SchemaDiff, TypeInfo, render_path, type_label
from .unchanged import Unchanged

if TYPE_CHECKING:
    from .apichange import ApiChange


@dataclass(frozen=True)
class Change:
    """One classified change. `operation` is "GET /path" ("" for document-level changes such as a removed schema);
    `location` is where in the operation ("response 200 application/json: job.status", "query parameter page",
    "request body application/json: name", "operation"). `accepted` holds the reason when a reviewed-changes entry
    covers the change."""

    check_id: str
    level: Level
    operation: str
    location: str
    text: str
    summary: str
    bump: Bump
    operation_id: str | None = None
    status: str | None = None
    accepted: str | None = None
    # What the generated Python package makes of it (for the join with the Python API diff and the changelog):
    model: str = ""  # "IndexingJob.phase": the model attribute the change is about
    schema: str = ""  # the component schema the changed value is (an enum's "IndexingJobPhase")
    values: tuple[str, ...] = ()  # enum values removed or added; (old, new) names for renames
    param: str = ""  # the parameter's name, for parameter changes
    sunset: str | None = None  # x-sunset of what was deprecated or removed
    python: tuple[ApiChange, ...] = field(default=(), compare=False)  # Python API changes this change explains

    def to_dict(self) -> dict[str, Any]:
        return {
            "check_id": self.check_id,
            "level": self.level.value,
            "operation": self.operation,
            "location": self.location,
            "text": self.text,
            "summary": self.summary,
            "bump": str(self.bump),
            "operation_id": self.operation_id,
            "status": self.status,
            "accepted": self.accepted,
            "model": self.model,
            "sunset": self.sunset,
            "python": [p.to_dict() for p in self.python],
        }

    def __str__(self) -> str:
        where = " ".join(p for p in (self.operation, self.location) if p)
        return f"{self.level.value:4} {self.check_id}  {where}: {self.text}"


class _Fields(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return f"{{{key}}}"


def make_change(
    check_id: str,
    operation: Operation | None,
    location: str,
    *,
    status: str | None = None,
    model: str = "",
    schema: str = "",
    raw_values: Any = (),  # Any: callers spread **fields (str values) next to it
    pname: str = "",
    sunset: str | None = None,
    **fields: str,
) -> Change:
    """A change of `check_id`; `fields` fill its message. `model` (`IndexingJob.phase`) replaces the property path in
    the user-facing summary, so that one sentence covers a model wherever responses embed it."""
    check = CHECKS[check_id]
    values = _Fields(fields)
    if status is not None:
        values.setdefault("status", status)
    if sunset is not None:
        values.setdefault("sunset", sunset)
    summary_values = _Fields({**values, "prop": model}) if model else values
    return Change(
        check_id=check_id,
        level=check.level,
        operation=operation.label if operation else "",
        location=location,
        text=check.text.format_map(values),
        summary=check.summary.format_map(summary_values),
        bump=check.bump,
        operation_id=operation.operation_id if operation else None,
        status=status,
        model=model,
        schema=schema,
        values=tuple(str(v) for v in raw_values),
        param=pname or fields.get("param", ""),
        sunset=sunset,
    )


@dataclass(frozen=True)
class Policy:
    """oasdiff's options that change verdicts. `beta_days`/`stable_days` (`--deprecation-days-beta`/`-stable`): how
    many days ahead a deprecated operation, parameter or property must announce its `x-sunset` (0, the default, asks
    for no sunset at all). `stability` (`--stability-level`): the least stable `x-stability-level` whose changes are
    reported (beta by default: changes to draft and alpha operations are left out)."""

    beta_days: int = 0
    stable_days: int = 0
    stability: str = "beta"

    def days(self, stability: str | None) -> int:
        level = stability or "stable"
        return self.beta_days if level == "beta" else self.stable_days if level == "stable" else 0

    def includes(self, stability: str | None) -> bool:
        return _rank(stability) >= _rank(self.stability)


@dataclass
class _Run:
    today: datetime.date
    policy: Policy
    differ: SchemaDiff
    unchanged: Unchanged


def classify(
    old: dict[str, Any] | Document,
    new: dict[str, Any] | Document,
    *,
    today: datetime.date | None = None,
    policy: Policy | None = None,
) -> list[Change]:
    """Every client-relevant change from `old` to `new`, in document order (operations, then components).

    `today` decides whether a removal comes before an announced `x-sunset` date (default: today, UTC); `policy` how
    far ahead a sunset must be announced (default: no requirement). As oasdiff does with its default `beta` stability
    threshold, changes to operations that are `x-stability-level: draft` or `alpha` in `new` (or, when removed, in
    `old`) are left out, except for the change of their stability level itself."""
    with _deep_recursion():
        return _classify(old, new, today=today, policy=policy)


@contextmanager
def _deep_recursion(limit: int = 20_000) -> Iterator[None]:
    """Room for long chains of distinct named schemas (A has a B has a C ...): each pair is compared once, depth
    first, and a generated spec's reference chains can run hundreds deep. The calls are Python to Python, which
    CPython 3.11+ runs without growing the C stack."""
    previous = sys.getrecursionlimit()
    sys.setrecursionlimit(max(previous, limit))
    try:
        yield
    finally:
        sys.setrecursionlimit(previous)


def _classify(
    old: dict[str, Any] | Document,
    new: dict[str, Any] | Document,
    *,
    today: datetime.date | None,
    policy: Policy | None,
) -> list[Change]:
    old_doc, new_doc = as_document(old, "old"), as_document(new, "new")
    old_ops, new_ops = operations(old_doc), operations(new_doc)
    new_paths = {path for _, path in new_ops}
    unchanged = Unchanged(old_doc, new_doc)
    run = _Run(
        today=today or datetime.datetime.now(datetime.UTC).date(),
        policy=policy or Policy(),
        differ=SchemaDiff(unchanged),  # each pair of schemas compared once, whatever number of operations reach it
        unchanged=unchanged,
    )
    changes: list[Change] = []
    for key, op in old_ops.items():
        if key not in new_ops:
            changes.extend(_removed(op, path_gone=key[1] not in new_paths, run=run))
    for key, op in new_ops.items():
        if key not in old_ops:
            changes.append(make_change("endpoint-added", op, "operation"))
        elif not _same_operation(old_ops[key], op, unchanged):
            changes.extend(_modified(old_ops[key], op, run))
    old_schemas = (old_doc.root.get("components") or {}).get("schemas") or {}
    new_schemas = (new_doc.root.get("components") or {}).get("schemas") or {}
    for name in old_schemas:
        if name not in new_schemas:
            changes.append(
                make_change("api-schema-removed", None, f"components/schemas/{name}", name=name, raw_values=(name,))
            )
    return changes


def _same_operation(o: Operation, n: Operation, unchanged: Unchanged) -> bool:
    """The same text at the same path, its shared parameters too, and everything it references unchanged."""
    shared = unchanged.same(o.shared_parameters, n.shared_parameters)
    return o.path == n.path and shared and unchanged.same(o.node, n.node)


def _valid_stability(op: Operation) -> bool:
    return op.stability is None or op.stability in STABILITY_LEVELS


class _BadDate(Exception):
    pass


def sunset_date(text: str) -> datetime.date:
    """An `x-sunset` as a date: `YYYY-MM-DD` or an RFC 3339 date-time (as oasdiff reads it); _BadDate otherwise."""
    try:
        if len(text) == 10:
            return datetime.date.fromisoformat(text)
        return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        raise _BadDate(text) from None


def _removed(op: Operation, *, path_gone: bool, run: _Run) -> Iterator[Change]:
    if not _valid_stability(op):
        yield _invalid_stability(op)
        return
    if not run.policy.includes(op.stability):
        return
    if not op.deprecated:
        check = "api-path-removed-without-deprecation" if path_gone else "api-removed-without-deprecation"
    elif not op.sunset:
        check = "api-path-removed-with-deprecation" if path_gone else "api-removed-with-deprecation"
    else:
        try:
            before = run.today < sunset_date(op.sunset)
        except _BadDate:
            yield make_change("api-path-sunset-parse", op, "operation", sunset=op.sunset)
            return
        if before:
            check = "api-path-removed-before-sunset" if path_gone else "api-removed-before-sunset"
        else:
            # removed on or after its sunset date: oasdiff reports nothing; we still say so, because the generated
            # module goes with it (a breaking release: see BUMP_OVERRIDES)
            check = "api-path-removed-with-deprecation" if path_gone else "api-removed-with-deprecation"
    yield make_change(check, op, "operation", sunset=op.sunset)


def _invalid_stability(op: Operation) -> Change:
    return make_change("api-invalid-stability-level", op, "operation", value=str(op.stability))


def _modified(o: Operation, n: Operation, run: _Run) -> Iterator[Change]:
    for op in (o, n):
        if not _valid_stability(op):
            yield _invalid_stability(op)
    if _valid_stability(o) and _valid_stability(n):
        yield from _stability(o, n, run.policy)
    if _valid_stability(n) and not run.policy.includes(n.stability):
        return  # draft or alpha now: its changes are not a contract yet
    yield from _operation(o, n, run)


def _before(today: datetime.date, sunset: str, *, strict: bool = False) -> bool:
    """Whether `today` is before the sunset date (an unparsable date counts as not reached, the safe side; `strict`
    raises _BadDate instead)."""
    try:
        return today < sunset_date(sunset)
    except _BadDate:
        if strict:
            raise
        return True


def _rank(stability: str | None) -> int:
    level = stability or "stable"
    return STABILITY_LEVELS.index(level) if level in STABILITY_LEVELS else len(STABILITY_LEVELS)


def _stability(o: Operation, n: Operation, policy: Policy) -> Iterator[Change]:
    if (o.stability or "stable") != (n.stability or "stable") and policy.includes(o.stability):
        # reported when the operation was within the threshold before (stable -> draft is; draft -> stable is not)
        decreased = _rank(n.stability) < _rank(o.stability)
        yield make_change(
            "api-stability-decreased" if decreased else "api-stability-increased",
            n,
            "operation",
            old=o.stability or "stable",
            new=n.stability or "stable",
        )


# --- operations -----------------------------------------------------------------------------------------------------


def _operation(o: Operation, n: Operation, run: _Run) -> Iterator[Change]:
    yield from _deprecation(o, n, run)
    if o.operation_id != n.operation_id:
        if o.operation_id:
            yield make_change(
                "api-operation-id-removed",
                n,
                "operation",
                raw_values=(o.operation_id, n.operation_id or ""),
                old=o.operation_id,
                new=n.operation_id or "(none)",
            )
        else:
            yield make_change("api-operation-id-added", n, "operation", new=n.operation_id or "")
    for tag in o.tags:
        if tag not in n.tags:
            yield make_change("api-tag-removed", n, "operation", raw_values=(tag,), old=tag)
    for tag in n.tags:
        if tag not in o.tags:
            yield make_change("api-tag-added", n, "operation", new=tag)
    for old_name, new_name in zip(path_parameter_names(o.path), path_parameter_names(n.path), strict=False):
        if old_name != new_name:
            yield make_change(
                "request-path-parameter-renamed",
                n,
                f"path parameter {new_name}",
                raw_values=(old_name, new_name),
                pname=old_name,
                old=old_name,
                new=new_name,
            )
    yield from _parameters(o, n, run)
    yield from _request_body(o, n, run)
    yield from _responses(o, n, run)


def _deprecation(o: Operation, n: Operation, run: _Run) -> Iterator[Change]:
    """oasdiff's APIDeprecationCheck and APISunsetChangedCheck."""
    if o.deprecated != n.deprecated:
        if not n.deprecated:
            yield make_change("endpoint-reactivated", n, "operation")
            return
        if not _valid_stability(n):
            return  # reported as an invalid stability level
        required = run.policy.days(n.stability)
        if not n.sunset:
            yield make_change("api-deprecated-sunset-missing" if required else "endpoint-deprecated", n, "operation")
            return
        try:
            date = sunset_date(n.sunset)
        except _BadDate:
            yield make_change("api-deprecated-sunset-parse", n, "operation", sunset=n.sunset)
            return
        if (date - run.today).days < required:
            yield make_change("api-sunset-date-too-small", n, "operation", sunset=n.sunset, days=str(required))
            return
        yield make_change("endpoint-deprecated-with-sunset", n, "operation", sunset=n.sunset)
        return
    if not n.deprecated or o.sunset == n.sunset:
        return
    if o.sunset and not n.sunset:
        yield make_change("sunset-deleted", n, "operation")
        return
    if not o.sunset or not n.sunset:
        return
    try:
        new_date = sunset_date(n.sunset)
        old_date = sunset_date(o.sunset)
    except _BadDate:
        yield make_change("api-path-sunset-parse", n, "operation", sunset=n.sunset)
        return
    if not _valid_stability(n):
        return
    if old_date > new_date and (new_date - run.today).days < run.policy.days(n.stability):
        yield make_change("api-sunset-date-changed-too-small", n, "operation", old=o.sunset, new=n.sunset)


def _parameters(o: Operation, n: Operation, run: _Run) -> Iterator[Change]:
    today, differ = run.today, run.differ
    for key, param in o.parameters.items():
        if key not in n.parameters:
            fields = {"param": param.name, "in": param.location}
            check = "request-parameter-removed"
            if param.deprecated and param.sunset:
                try:
                    before = _before(today, param.sunset, strict=True)
                except _BadDate:
                    yield make_change("request-parameter-sunset-parse", n, param.label, sunset=param.sunset, **fields)
                    continue
                check = (
                    "request-parameter-removed-before-sunset"
                    if before
                    else "request-parameter-removed-with-deprecation"
                )
            elif param.deprecated:
                check = "request-parameter-removed-with-deprecation"
            yield make_change(check, n, param.label, sunset=param.sunset, **fields)
    for key, param in n.parameters.items():
        fields = {"param": param.name, "in": param.location}
        old = o.parameters.get(key)
        if old is None:
            if param.location == "path":
                check = "new-request-path-parameter"
            elif param.shared and o.path == n.path:
                # declared on an existing path item, for all its operations (oasdiff's "default" parameters)
                which = "required" if param.required else "optional"
                check = f"new-{which}-request-default-parameter-to-existing-path"
            else:
                check = "new-required-request-parameter" if param.required else "new-optional-request-parameter"
            yield make_change(check, n, param.label, **fields)
            continue
        if old.required != param.required:
            check = "request-parameter-became-required" if param.required else "request-parameter-became-optional"
            yield make_change(check, n, param.label, **fields)
        yield from _parameter_lifecycle(old, param, n, run)
        for delta in differ.diff(old.schema, param.schema):
            if delta.kind == "default" and (old.declared_required or param.declared_required):
                continue  # a default never applies to a parameter that must be sent (oasdiff: nothing)
            if delta.path == ("[]",) and delta.kind == "constraint" and delta.keyword == "maxItems":
                change = _parameter_delta(delta, n, param)  # oasdiff reads an array parameter's items' maxItems too
            elif delta.path:
                change = _parameter_property_delta(delta, n, param)
            else:
                change = _parameter_delta(delta, n, param, old.schema)
            if change is not None:
                yield change


def _parameter_lifecycle(old: Parameter, new: Parameter, op: Operation, run: _Run) -> Iterator[Change]:
    """oasdiff's RequestParameterDeprecationCheck and RequestParameterSunsetChangedCheck (the operation's stability
    decides the deprecation policy)."""
    fields = {"param": new.name, "in": new.location}
    if old.deprecated != new.deprecated:
        if not new.deprecated:
            yield make_change("request-parameter-reactivated", op, new.label, **fields)
            return
        if not _valid_stability(op):
            return
        required = run.policy.days(op.stability)
        if not new.sunset:
            check = "request-parameter-deprecated-sunset-missing" if required else "request-parameter-deprecated"
            yield make_change(check, op, new.label, **fields)
            return
        try:
            date = sunset_date(new.sunset)
        except _BadDate:
            yield make_change("request-parameter-sunset-parse", op, new.label, sunset=new.sunset, **fields)
            return
        if (date - run.today).days < required:
            yield make_change(
                "request-parameter-sunset-date-too-small",
                op,
                new.label,
                sunset=new.sunset,
                days=str(required),
                **fields,
            )
            return
        yield make_change("request-parameter-deprecated", op, new.label, sunset=new.sunset, **fields)
        return
    if not new.deprecated or old.sunset == new.sunset:
        return
    if old.sunset and not new.sunset:
        yield make_change("request-parameter-sunset-deleted", op, new.label, **fields)
        return
    if not old.sunset or not new.sunset:
        return
    try:
        new_date, old_date = sunset_date(new.sunset), sunset_date(old.sunset)
    except _BadDate:
        yield make_change("request-parameter-sunset-parse", op, new.label, sunset=new.sunset, **fields)
        return
    if _valid_stability(op) and old_date > new_date and (new_date - run.today).days < run.policy.days(op.stability):
        yield make_change(
            "request-parameter-sunset-date-changed-too-small", op, new.label, old=old.sunset, new=new.sunset, **fields
        )


def _request_body(o: Operation, n: Operation, run: _Run) -> Iterator[Change]:
    differ = run.differ
    ob, nb = o.request_body, n.request_body
    if ob is None and nb is None:
        return
    if ob is None and nb is not None:
        yield make_change(
            "request-body-added-required" if nb.required else "request-body-added-optional", n, "request body"
        )
        return
    if nb is None:
        yield make_change("request-body-removed", n, "request body")
        return
    assert ob is not None
    if ob.required != nb.required:
        yield make_change(
            "request-body-became-required" if nb.required else "request-body-became-optional", n, "request body"
        )
    pairs, removed, added = _pair_media(ob.content, nb.content)
    for media in removed:
        yield make_change("request-body-media-type-removed", n, f"request body {media}", media=media)
    for media in added:
        yield make_change("request-body-media-type-added", n, f"request body {media}", media=media)
    for old_media, media in pairs:
        schema, old_schema = nb.content[media], ob.content[old_media]
        if old_schema is None and schema is not None:
            yield make_change("request-body-media-type-schema-added", n, f"request body {media}", media=media)
            continue
        if old_schema is not None and schema is None:
            yield make_change("request-body-media-type-schema-removed", n, f"request body {media}", media=media)
            continue
        if _wrapped_in_one_of(old_schema, schema):
            yield make_change("request-body-wrapped-in-one-of", n, f"request body {media}", pname="body")
            continue
        for delta in differ.diff(old_schema, schema):
            change = _request_delta(delta, n, f"request body {media}", media, run.policy, run.today)
            if change is not None:
                yield change


def _wrapped_in_one_of(old: Node | None, new: Node | None) -> bool:
    """An object body with properties that became a `oneOf` of alternatives (oasdiff reports this once, as
    `*-body-wrapped-in-one-of`, instead of the property and variant changes it implies)."""
    ov, nv = view(old), view(new)
    return bool(ov.properties and not ov.variants and nv.variants and nv.variant_kind == "oneOf" and not nv.properties)


def _is_success(status: str) -> bool:
    return status.startswith("2")


def _media_type(name: str) -> tuple[str, str, str, dict[str, str]] | None:
    """(type, subtype, suffix, parameters) of a media type name; None when it does not parse."""
    essence, _, rest = name.partition(";")
    kind, slash, sub = essence.strip().lower().partition("/")
    if not slash or not kind or not sub:
        return None
    subtype, _, suffix = sub.partition("+")
    if "+" in suffix:
        return None
    params = {}
    for part in rest.split(";"):
        key, eq, value = part.partition("=")
        if eq:
            params[key.strip().lower()] = value.strip().strip('"')
    return kind, subtype, suffix, params


def media_type_contained(old: str, new: str) -> bool:
    """oasdiff's IsMediaTypeNameContained: `new` is `old` or a specialisation of it (`application/json` ->
    `application/problem+json`)."""
    a, b = _media_type(old), _media_type(new)
    if a is None or b is None or a[0] != b[0]:
        return False
    if not a[2] and b[2] == a[1]:
        return True
    return a[1:3] == b[1:3]


def _pair_media(old: dict[str, Any], new: dict[str, Any]) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    """(pairs of the same media type on both sides, removed, added): a media type renamed into an equivalent one
    (`application/json` and `application/problem+json;q=1`) is the same content (oasdiff pairs them too)."""
    removed = [m for m in old if m not in new]
    added = [m for m in new if m not in old]
    pairs = [(m, m) for m in new if m in old]
    for name in list(added):
        match = next((r for r in removed if media_type_contained(r, name) or media_type_contained(name, r)), None)
        if match is not None:
            pairs.append((match, name))
            removed.remove(match)
            added.remove(name)
    return pairs, removed, added


def _responses(o: Operation, n: Operation, run: _Run) -> Iterator[Change]:
    differ = run.differ
    for status in o.responses:
        if status not in n.responses:
            check = "response-success-status-removed" if _is_success(status) else "response-non-success-status-removed"
            yield make_change(check, n, f"response {status}", status=status)
    for status, response in n.responses.items():
        old = o.responses.get(status)
        if old is None:
            check = "response-success-status-added" if _is_success(status) else "response-non-success-status-added"
            yield make_change(check, n, f"response {status}", status=status)
            continue
        pairs, removed, added = _pair_media(old.content, response.content)
        for media in removed:
            yield make_change(
                "response-media-type-removed", n, f"response {status} {media}", status=status, media=media
            )
        for media in added:
            yield make_change("response-media-type-added", n, f"response {status} {media}", status=status, media=media)
        for old_media, media in pairs:
            where = f"response {status} {media}"
            if old_media != media:
                if _media_type(old_media)[3] != _media_type(media)[3]:  # type: ignore[index]
                    suffix = "changed"
                else:
                    suffix = "specialized" if media_type_contained(old_media, media) else "generalized"
                yield make_change(
                    f"response-media-type-name-{suffix}", n, where, status=status, old=old_media, new=media
                )
            old_schema, schema = old.content[old_media], response.content[media]
            if old_schema is not None and schema is None:
                yield make_change("response-body-media-type-schema-removed", n, where, status=status, media=media)
            elif old_schema is None and schema is not None:
                yield make_change("response-body-media-type-schema-added", n, where, status=status, media=media)
            elif _wrapped_in_one_of(old_schema, schema):
                yield make_change("response-body-wrapped-in-one-of", n, where, status=status)
            else:
                for delta in differ.diff(old_schema, schema):
                    change = _response_delta(delta, n, status, media, run.policy, run.today)
                    if change is not None:
                        yield change
        yield from _headers(old.headers, response.headers, n, status)


def _headers(old: dict[str, Any], new: dict[str, Any], op: Operation, status: str) -> Iterator[Change]:
    for key, header in old.items():
        where = f"response {status} header {header.name}"
        if key not in new:
            check = "required-response-header-removed" if header.required else "optional-response-header-removed"
            yield make_change(check, op, where, status=status, header=header.name)
            continue
        current = new[key]
        if header.required and not current.required:
            yield make_change("response-header-became-optional", op, where, status=status, header=header.name)
        ov, nv = view(header.schema), view(current.schema)
        if (ov.types, ov.format) != (nv.types, nv.format):
            # a header's value is text: a type change is judged loosely typed, as a response (oasdiff)
            suffix = type_change_suffix((ov.types, ov.format), (nv.types, nv.format), request=False, strongly=False)
            yield make_change(
                f"response-header-type-{suffix}",
                op,
                where,
                status=status,
                header=header.name,
                old=type_label((ov.types, ov.format)),
                new=type_label((nv.types, nv.format)),
            )
        if ov.nullable != nv.nullable and ov.typed and nv.typed:
            check = "response-header-became-nullable" if nv.nullable else "response-header-became-not-nullable"
            yield make_change(check, op, where, status=status, header=header.name)
    for key, header in new.items():
        if key not in old:
            where = f"response {status} header {header.name}"
            yield make_change("response-header-added", op, where, status=status, header=header.name)


# --- schema deltas --------------------------------------------------------------------------------------------------


def _is_subtype(sub: str, sup: str) -> bool:
    return sub == sup or (sub == "integer" and sup == "number")


def _covers(sup: frozenset[str], sub: frozenset[str]) -> bool:
    return all(any(_is_subtype(t, s) for s in sup) for t in sub)


_FORMAT_WIDENINGS = {("float", "double"), ("int32", "int64"), ("date", "date-time"), ("time", "date-time")}


def type_direction(old: TypeInfo, new: TypeInfo) -> str:
    """ "widened" (accepts every old value and more), "narrowed", "changed" (neither) or "same"."""
    axes = set(type_axes(old, new)) - {"same"}
    if not axes:
        return "same"
    return axes.pop() if len(axes) == 1 else "changed"


def type_axes(old: TypeInfo, new: TypeInfo) -> tuple[str, str]:
    """The direction of the type-set change and of the format change, each "same", "widened", "narrowed" or
    "changed"."""
    (ot, of), (nt, nf) = old, new
    if ot == nt:
        types = "same"
    elif not nt:
        types = "widened"
    elif not ot:
        types = "narrowed"
    elif _covers(nt, ot):
        types = "same" if _covers(ot, nt) else "widened"
    elif _covers(ot, nt):
        types = "narrowed"
    else:
        types = "changed"
    if of == nf:
        formats = "same"
    elif nf is None or (of, nf) in _FORMAT_WIDENINGS:
        formats = "widened"
    elif of is None or (nf, of) in _FORMAT_WIDENINGS:
        formats = "narrowed"
    else:
        formats = "changed"
    return types, formats


def _values(values: Iterable[Any]) -> str:
    return ", ".join(f"`{v}`" for v in values)


def _value(text: str | None) -> str:
    return f"`{text}`" if text is not None else "(none)"


def _default_check(prefix: str, delta: Delta) -> str:
    if delta.old is None:
        return f"{prefix}-default-value-added"
    if delta.new is None:
        return f"{prefix}-default-value-removed"
    return f"{prefix}-default-value-changed"


def _constraint_check(owner: str, delta: Delta) -> str | None:
    keyword, old, new = delta.keyword or "", delta.old, delta.new
    if keyword == "pattern":
        if old is None:
            suffix = "pattern-added"
        elif new is None:
            suffix = "pattern-removed"
        elif new in (".*", "^.*$"):
            suffix = "pattern-generalized"  # as oasdiff: the one generalisation it recognises
        else:
            suffix = "pattern-changed"
        return f"{owner}-{suffix}"
    if keyword not in _CONSTRAINT_IDS:
        return None
    tight, loose, set_ = _CONSTRAINT_IDS[keyword]
    upper = keyword.startswith(("max", "exclusiveMax"))
    if old is None:
        suffix = set_ or tight  # no "set" check (minLength, maxItems): a bound where there was none tightens
    elif new is None:
        suffix = loose
    elif not isinstance(old, int | float) or not isinstance(new, int | float):
        return None
    else:
        suffix = tight if (new < old if upper else new > old) else loose
    check = f"{owner}-{suffix}"
    return check if check in CHECKS else None


def _type_fields(delta: Delta) -> dict[str, str]:
    return {"old": type_label(delta.old), "new": type_label(delta.new)}


def strongly_typed(media: str) -> bool:
    """oasdiff: JSON bodies are strongly typed (1 is not "1"); in a text or form body a number may as well be a
    string, so turning a field into a string there is compatible."""
    return media == "application/json" or media.endswith("+json")


def _subtype(sub: str, sup: str) -> bool:
    return sub == sup or (sub == "integer" and sup == "number")


def _subset(sub: frozenset[str], sup: frozenset[str]) -> bool:
    return bool(sub) and all(any(_subtype(t, s) for s in sup) for t in sub)


_FORMAT_CONTAINED = {
    "number": {("double", "float")},
    "integer": {("int64", "int32"), ("bigint", "int32"), ("bigint", "int64")},
    "string": {("date-time", "date"), ("date-time", "time")},
}


def _format_contained(target_types: frozenset[str], to: str | None, came_from: str | None) -> bool:
    if not to:
        return True  # dropping a format accepts more
    if len(target_types) != 1:
        return False
    return (to, came_from or "") in _FORMAT_CONTAINED.get(next(iter(target_types)), set())


def _breaking_type_format(
    added: frozenset[str],
    deleted: frozenset[str],
    typed: bool,
    fmt: tuple[str | None, str | None] | None,
    target: frozenset[str],
    strongly: bool,
) -> bool:
    """oasdiff's rule for one direction (toward `target`): a type change is breaking unless the old type is a subtype
    of the new one (or, loosely typed, the new type is a string), a format change unless it drops the format or
    widens it (int32 -> int64, date -> date-time). Dropping the type altogether accepts anything."""
    if typed and not target:
        return False
    type_breaking = typed and not _contained(added, deleted, strongly=strongly)
    format_breaking = fmt is not None and not _format_contained(target, fmt[1], fmt[0])
    return type_breaking or format_breaking


def type_change_suffix(old: TypeInfo, new: TypeInfo, *, request: bool, strongly: bool) -> str:
    """oasdiff's verdict on a type/format change: `changed` (breaking), `generalized` or `specialized`, or
    `compatible` (a swap only a loosely typed media type tolerates). A request accepts what the new schema allows; a
    response returns it, so the response rule is the request rule with the two sides exchanged."""
    (ot, of), (nt, nf) = old, new
    typed = ot != nt
    fmt = (of, nf) if of != nf else None
    widened, narrowed = typed and _subset(ot, nt), typed and _subset(nt, ot)
    concrete = bool(ot) and bool(nt)
    if request:
        t_added, t_deleted = (frozenset(), frozenset()) if widened else (nt - ot, ot - nt)
        breaking = _breaking_type_format(t_added, t_deleted, typed and not widened, fmt, nt, strongly)
        if breaking:
            return "changed"
        return "compatible" if typed and concrete and not widened else "generalized"
    t_added, t_deleted = (frozenset(), frozenset()) if narrowed else (ot - nt, nt - ot)
    reverse_fmt = (nf, of) if fmt else None
    breaking = _breaking_type_format(t_added, t_deleted, typed and not narrowed, reverse_fmt, ot, strongly)
    if breaking:
        return "generalized" if widened else "changed"
    return "compatible" if typed and concrete and not narrowed else "specialized"


def _schema_keyword(delta: Delta, owner: str, *, request: bool) -> tuple[str, dict[str, str]] | None:
    """The check for a keyword delta (`schemadiff._keywords`, list-of-types, contains bounds), if oasdiff has one
    for `owner` (request-body, request-property, response-body, response-property)."""
    kind = delta.kind
    fields = {"old": _value(_text(delta.old)), "new": _value(_text(delta.new)), "key": f"`{delta.keyword}`"}
    if kind in ("keyword-added", "keyword-removed"):
        suffix = f"{delta.keyword}-{kind.rsplit('-', 1)[1]}"
    elif kind in ("all-of-added", "all-of-removed"):
        suffix = kind + ("-annotation-only" if delta.keyword else "")
        fields["variant"] = str(delta.new if kind == "all-of-added" else delta.old)
    elif kind == "list-of-types":
        gone, came = set(delta.old) - set(delta.new), set(delta.new) - set(delta.old)
        narrowed = bool(gone) if request else not came
        suffix = "list-of-types-narrowed" if narrowed else "list-of-types-widened"
        fields.update(old=_value(", ".join(delta.old)), new=_value(", ".join(delta.new)))
    elif kind == "constraint" and delta.keyword in ("minContains", "maxContains"):
        if not isinstance(delta.old, int | float) or not isinstance(delta.new, int | float):
            return None
        bound = "min" if delta.keyword == "minContains" else "max"
        suffix = f"{bound}-contains-{'increased' if delta.new > delta.old else 'decreased'}"
    elif kind.startswith(("pattern-property-", "dependent-", "prefix-items-", "const-", "content-", "discriminator-")):
        suffix = kind
    else:
        return None
    check = f"{owner}-{suffix}"
    return (check, fields) if check in CHECKS else None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, tuple | list):
        return ", ".join(str(v) for v in value)
    return str(value)


_RESPONSE_BOUNDS = {
    "maximum": ("max-increased", True),
    "minimum": ("min-decreased", False),
    "exclusiveMaximum": ("exclusive-max-increased", True),
    "exclusiveMinimum": ("exclusive-min-decreased", False),
    "maxLength": ("max-length-increased", True),
    "minLength": ("min-length-decreased", False),
    "minItems": ("min-items-decreased", False),
}


def _response_bound(owner: str, delta: Delta) -> str | None:
    """oasdiff's response bound checks: a bound loosened (or, for maxLength and minItems, dropped) means a client
    may receive values it never saw before."""
    keyword, old, new = delta.keyword or "", delta.old, delta.new
    if keyword == "pattern":
        if owner != "response-property":
            return None
        return f"{owner}-pattern-{'added' if old is None else 'removed' if new is None else 'changed'}"
    if keyword in ("maxLength", "minItems") and old is not None and new is None:
        return f"{owner}-{'max-length' if keyword == 'maxLength' else 'min-items'}-unset"
    if keyword not in _RESPONSE_BOUNDS or not isinstance(old, int | float) or not isinstance(new, int | float):
        return None
    suffix, upper = _RESPONSE_BOUNDS[keyword]
    return f"{owner}-{suffix}" if (new > old if upper else new < old) else None


def _property_deprecation(
    side: str, delta: Delta, op: Operation, policy: Policy | None, today: datetime.date | None
) -> tuple[str, str | None] | None:
    """oasdiff's Request/ResponsePropertyDeprecationCheck: the check for a property whose `deprecated` changed, and
    its sunset date (the operation's stability decides the policy)."""
    if not delta.new:
        return f"{side}-reactivated", None
    if not _valid_stability(op):
        return None
    required = policy.days(op.stability) if policy else 0
    sunset = delta.keyword
    if not sunset:
        return (f"{side}-deprecated-sunset-missing" if required else f"{side}-deprecated"), None
    try:
        date = sunset_date(sunset)
    except _BadDate:
        return f"{side}-deprecated-sunset-invalid", sunset
    if today is not None and (date - today).days < required:
        return f"{side}-sunset-date-too-small", sunset
    return f"{side}-deprecated-with-sunset", sunset


def _response_delta(
    delta: Delta,
    op: Operation,
    status: str,
    media: str,
    policy: Policy | None = None,
    today: datetime.date | None = None,
) -> Change | None:
    prop = render_path(delta.path)
    body = not delta.path
    where = f"response {status} {media}" + (f": {prop}" if prop else "")
    owner = "response-body" if body else "response-property"
    fields: dict[str, str] = {"prop": prop or "(body)", "media": media}

    def change(check: str, raw: Any = (), sunset: str | None = None, **extra: str) -> Change:
        return make_change(
            check,
            op,
            where,
            status=status,
            model=delta.model,
            schema=delta.schema,
            raw_values=raw,
            sunset=sunset,
            **fields,
            **extra,
        )

    kind = delta.kind
    if delta.write_only and kind in _WRITE_ONLY_RESPONSE:
        # a write-only property never comes back in a response (oasdiff: INFO under its own ids)
        if kind in ("property-added", "property-removed"):
            which = "required" if delta.required else "optional"
            verb = "added" if kind == "property-added" else "removed"
            return change(f"response-{which}-write-only-property-{verb}")
        if kind in ("became-optional", "became-required"):
            return change(f"response-write-only-property-{kind}")
        return change("response-write-only-property-enum-value-added", delta.new, values=_values(delta.new))
    if kind == "property-added":
        return change("response-required-property-added" if delta.required else "response-optional-property-added")
    if kind == "property-removed":
        return change("response-required-property-removed" if delta.required else "response-optional-property-removed")
    if kind == "became-optional":
        return change("response-property-became-optional")
    if kind == "became-required":
        return change("response-property-became-required")
    if kind == "type":
        suffix = type_change_suffix(delta.old, delta.new, request=False, strongly=strongly_typed(media))
        return change(f"{owner}-type-{suffix}", **_type_fields(delta))
    if kind in ("read-only", "write-only"):
        which = "required" if delta.required else "optional"
        return change(f"response-{which}-property-became-{'' if delta.new else 'not-'}{kind}")
    keyword = _schema_keyword(delta, owner, request=False)
    if keyword is not None:
        return change(keyword[0], **keyword[1])
    if kind == "constraint" and not delta.write_only:
        check = _response_bound(owner, delta)
        if check is not None:
            return change(check, old=str(delta.old), new=str(delta.new))
    if kind == "nullable":
        return change(f"{owner}-became-nullable" if delta.new else f"{owner}-became-not-nullable")
    if kind == "enum-added":
        return change("response-property-enum-value-added", delta.new, values=_values(delta.new))
    if kind == "enum-dropped":
        return change("response-property-enum-value-added", values="values outside the former list")
    if kind == "enum-removed":
        check = "response-mediatype-enum-value-removed" if body else "response-property-enum-value-removed"
        return change(check, delta.old, values=_values(delta.old))
    if kind == "became-enum":
        return change("response-property-enum-value-removed", values=f"values other than {_values(delta.new)}")
    if kind in ("variant-added", "variant-removed"):
        which = "one-of" if delta.keyword == "oneOf" else "any-of"
        verb = "added" if kind == "variant-added" else "removed"
        return change(f"{owner}-{which}-{verb}", variant=str(delta.new if kind == "variant-added" else delta.old))
    if kind == "deprecated" and not body:
        verdict = _property_deprecation("response-property", delta, op, policy, today)
        return change(verdict[0], sunset=verdict[1]) if verdict else None
    if kind == "lifecycle" and not body:
        return _stability_change("response-property", delta, change, policy)
    if kind == "default":
        return change(_default_check(owner, delta), old=_value(delta.old), new=_value(delta.new))
    return None  # body-level deprecation, bounds that narrow a response: nothing a client must handle


_WRITE_ONLY_RESPONSE = frozenset(
    {"property-added", "property-removed", "became-optional", "became-required", "enum-added"}
)


def _stability_change(owner: str, delta: Delta, change: Any, policy: Policy | None) -> Change | None:
    old_level, new_level = (delta.old[2] or "stable"), (delta.new[2] or "stable")
    if old_level == new_level:
        return None  # only the sunset moved: oasdiff judges property sunsets only with a grace period configured
    for level in (old_level, new_level):
        if level not in STABILITY_LEVELS:
            invalid: Change = change("api-invalid-stability-level", value=level)
            return invalid
    if not (policy or Policy()).includes(old_level):
        return None  # it was not part of the contract before (oasdiff gates on the level being left)
    decreased = _rank(new_level) < _rank(old_level)
    result: Change = change(
        f"{owner}-stability-{'decreased' if decreased else 'increased'}", old=old_level, new=new_level
    )
    return result


def _request_delta(
    delta: Delta,
    op: Operation,
    base: str,
    media: str = "application/json",
    policy: Policy | None = None,
    today: datetime.date | None = None,
) -> Change | None:
    prop = render_path(delta.path)
    body = not delta.path
    where = base + (f": {prop}" if prop else "")
    owner = "request-body" if body else "request-property"
    fields: dict[str, str] = {"prop": prop or "(body)"}

    def change(check: str, raw: Any = (), sunset: str | None = None, **extra: str) -> Change:
        return make_change(
            check, op, where, model=delta.model, schema=delta.schema, raw_values=raw, sunset=sunset, **fields, **extra
        )

    kind = delta.kind
    if kind in ("property-added", "property-removed", "became-optional", "became-required") and delta.read_only:
        return None  # a read-only property is never sent
    if delta.read_only and kind == "enum-removed":
        return change("request-read-only-property-enum-value-removed", delta.old, values=_values(delta.old))
    if delta.read_only and kind == "constraint":
        check = _constraint_check("request-property", delta)
        read_only = check.replace("request-property-", "request-read-only-property-", 1) if check else None
        if read_only in CHECKS:
            return change(read_only, old=str(delta.old), new=str(delta.new))
    if kind == "property-added":
        if not delta.required:
            return change("new-optional-request-property")
        return change(
            "new-required-request-property-with-default" if delta.has_default else "new-required-request-property"
        )
    if kind == "property-removed":
        return change("request-property-removed")
    if kind == "became-required":
        return change(
            "request-property-became-required-with-default" if delta.has_default else "request-property-became-required"
        )
    if kind == "became-optional":
        return change("request-property-became-optional")
    if kind == "type":
        if delta.read_only and not body:
            return None  # never sent
        suffix = type_change_suffix(delta.old, delta.new, request=True, strongly=strongly_typed(media))
        return change(f"{owner}-type-{suffix}", **_type_fields(delta))
    if kind in ("read-only", "write-only"):
        which = "required" if delta.required else "optional"
        return change(f"request-{which}-property-became-{'' if delta.new else 'not-'}{kind}")
    keyword = _schema_keyword(delta, owner, request=True)
    if keyword is not None:
        return change(keyword[0], **keyword[1])
    if kind == "extensible-enum-removed":
        return change("request-property-x-extensible-enum-value-removed", delta.old, values=_values(delta.old))
    if kind == "nullable":
        return change(f"{owner}-became-nullable" if delta.new else f"{owner}-became-not-nullable")
    if kind == "enum-removed":
        return change(f"{owner}-enum-value-removed", delta.old, values=_values(delta.old))
    if kind == "enum-added":
        return change("request-property-enum-value-added", delta.new, values=_values(delta.new))
    if kind == "enum-dropped":
        return change("request-property-enum-value-added", values="any value (no longer a fixed list)")
    if kind == "became-enum":
        return change(f"{owner}-became-enum", values=_values(delta.new))
    if kind in ("variant-added", "variant-removed"):
        which = "one-of" if delta.keyword == "oneOf" else "any-of"
        verb = "added" if kind == "variant-added" else "removed"
        return change(f"{owner}-{which}-{verb}", variant=str(delta.new if kind == "variant-added" else delta.old))
    if kind == "deprecated" and not body:
        verdict = _property_deprecation("request-property", delta, op, policy, today)
        return change(verdict[0], sunset=verdict[1]) if verdict else None
    if kind == "lifecycle" and not body:
        return _stability_change("request-property", delta, change, policy)
    if kind == "default":
        return change(_default_check(owner, delta), old=_value(delta.old), new=_value(delta.new))
    if kind == "constraint":
        check = _constraint_check(owner, delta)
        if check is not None:
            return change(check, old=str(delta.old), new=str(delta.new))
    return None


def _contained(to: frozenset[str], came_from: frozenset[str], *, strongly: bool) -> bool:
    """oasdiff's isTypeContained: whether values of the types `came_from` are read as valid under `to` (one type
    that is a subtype, or, loosely typed, anything read as a string)."""
    if len(to) == 1 and len(came_from) == 1 and _subtype(next(iter(came_from)), next(iter(to))):
        return True
    return not strongly and (not to or to == frozenset({"string"}))


def _type_or_format_breaking(old: TypeInfo, new: TypeInfo, strongly: bool) -> bool:
    """oasdiff's `typeOrFormatBreaking` toward `new` (no special case for a type dropped altogether)."""
    (ot, of), (nt, nf) = old, new
    type_breaking = ot != nt and not _contained(nt - ot, ot - nt, strongly=strongly)
    format_breaking = of != nf and not _format_contained(nt, nf, of)
    return type_breaking or format_breaking


def _parameter_property_delta(delta: Delta, op: Operation, param: Parameter) -> Change | None:
    """A change inside an object parameter's schema (a deepObject query parameter, an object in a header): only what
    oasdiff has a check for there (`request-parameter-property-*`, and for headers `*-header-property-*`)."""
    prop = render_path(delta.path)
    fields = {"param": param.name, "in": param.location, "prop": prop}

    def change(check: str, raw: Any = (), **extra: str) -> Change:
        return make_change(check, op, f"{param.label}: {prop}", raw_values=raw, **fields, **extra)

    kind = delta.kind
    if param.location == "header":  # oasdiff has ids of its own for the properties of an object in a header
        if kind == "property-added" and delta.required and not delta.read_only:
            return change("new-required-request-header-property")
        if kind == "became-required" and not delta.read_only:
            return change("request-header-property-became-required")
        if kind == "became-enum":
            return change("request-header-property-became-enum", values=_values(delta.new))
    if kind == "nullable":
        return change(f"request-parameter-property-became-{'nullable' if delta.new else 'not-nullable'}")
    if kind == "enum-removed":
        return change("request-parameter-property-enum-value-removed", delta.old, values=_values(delta.old))
    if kind == "enum-added":
        return change("request-parameter-property-enum-value-added", delta.new, values=_values(delta.new))
    if kind == "type":
        # how an object parameter is serialised is unknown: breaking either way is ERR, breaking one way only WARN
        strongly = _type_or_format_breaking(delta.old, delta.new, True)
        loosely = _type_or_format_breaking(delta.old, delta.new, False)
        suffix = "changed" if strongly != loosely else "specialized" if strongly else "generalized"
        return change(f"request-parameter-property-type-{suffix}", **_type_fields(delta))
    if kind == "list-of-types":
        narrowed = bool(set(delta.old) - set(delta.new))
        return change(f"request-parameter-property-list-of-types-{'narrowed' if narrowed else 'widened'}")
    return None


def _scalar_to_exploded_array(delta: Delta, param: Parameter, old_schema: Node | None) -> bool:
    """A scalar query or cookie parameter that became an array, sent form-exploded (the default), whose items accept
    every value the scalar did: a request with one value reads the same (oasdiff: generalized, with a comment)."""
    (old_types, _), (new_types, _) = delta.old, delta.new
    if new_types - old_types != frozenset({"array"}) or not old_types or param.location not in ("query", "cookie"):
        return False
    value = param.node.value if isinstance(param.node.value, dict) else {}
    if value.get("style", "form") != "form" or value.get("explode", True) is not True or param.schema is None:
        return False
    items = view(param.schema).items
    if items is None:
        return False
    item, base = view(items), view(old_schema)
    if not _contained(item.types, old_types, strongly=False):
        return False
    same_values = (item.constraints, item.enum, item.format) == (base.constraints, base.enum, base.format)
    return same_values and not item.properties and not item.variants


def _parameter_delta(delta: Delta, op: Operation, param: Parameter, old_schema: Node | None = None) -> Change | None:
    fields = {"param": param.name, "in": param.location}

    def change(check: str, raw: Any = (), **extra: str) -> Change:
        return make_change(check, op, param.label, raw_values=raw, **fields, **extra)

    kind = delta.kind
    if kind == "type":
        # a parameter's value is text on the wire (oasdiff: never strongly typed)
        breaking = _type_or_format_breaking(delta.old, delta.new, False)
        if breaking and _scalar_to_exploded_array(delta, param, old_schema):
            breaking = False  # `?id=1` is also a valid form-exploded array of one
        return change(f"request-parameter-type-{'changed' if breaking else 'generalized'}", **_type_fields(delta))
    if kind == "list-of-types":
        narrowed = bool(set(delta.old) - set(delta.new))
        return change(f"request-parameter-list-of-types-{'narrowed' if narrowed else 'widened'}")
    if kind == "extensible-enum-removed":
        return change("request-parameter-x-extensible-enum-value-removed", delta.old, values=_values(delta.old))
    if kind == "nullable":
        return change("request-parameter-became-nullable" if delta.new else "request-parameter-became-not-nullable")
    if kind == "enum-removed":
        return change("request-parameter-enum-value-removed", delta.old, values=_values(delta.old))
    if kind == "enum-added":
        return change("request-parameter-enum-value-added", delta.new, values=_values(delta.new))
    if kind == "enum-dropped":
        return change("request-parameter-enum-value-added", values="any value (no longer a fixed list)")
    if kind == "became-enum":
        return change("request-parameter-became-enum", values=_values(delta.new))
    if kind == "default":
        return change(_default_check("request-parameter", delta), old=_value(delta.old), new=_value(delta.new))
    if kind == "constraint":
        check = _constraint_check("request-parameter", delta)
        if check is not None:
            return change(check, old=str(delta.old), new=str(delta.new))
        return None
    if kind in ("variant-added", "variant-removed"):
        return _request_delta(delta, op, param.label)
    return None  # deprecation is read from the parameter object itself
