"""Classify every change between two versions of a spec with oasdiff's check ids and levels.

`classify(old, new)` matches operations by method and normalised path, then compares parameters (path ones by
position), request bodies and responses per media type, response headers, and the schemas under them with
`schemadiff.diff_schemas`; each structural delta becomes a `Change` whose meaning depends on its direction (a field
that may now be absent breaks a client reading a response but not one writing a request). Descriptions, summaries,
examples, titles and `x-` extensions are never compared, so cosmetic edits yield nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from typing import Any

from .checks import _CONSTRAINT_IDS, CHECKS, Bump, Level
from .openapi import Document, Operation, Parameter, as_document, operations, path_parameter_names, view
from .schemadiff import Delta, TypeInfo, diff_schemas, render_path, type_label


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

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["level"] = self.level.value
        data["bump"] = str(self.bump)
        return data

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
    **fields: str,
) -> Change:
    """A change of `check_id`; `fields` fill its message. `model` (`IndexingJob.phase`) replaces the property path in
    the user-facing summary, so that one sentence covers a model wherever responses embed it."""
    check = CHECKS[check_id]
    values = _Fields(fields)
    if status is not None:
        values.setdefault("status", status)
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
    )


def classify(old: dict[str, Any] | Document, new: dict[str, Any] | Document) -> list[Change]:
    """Every client-relevant change from `old` to `new`, in document order (operations, then components)."""
    old_doc, new_doc = as_document(old, "old"), as_document(new, "new")
    old_ops, new_ops = operations(old_doc), operations(new_doc)
    new_paths = {path for _, path in new_ops}
    changes: list[Change] = []
    for key, op in old_ops.items():
        if key in new_ops:
            continue
        if key[1] not in new_paths:
            check = "api-path-removed-with-deprecation" if op.deprecated else "api-path-removed-without-deprecation"
        else:
            check = "api-removed-with-deprecation" if op.deprecated else "api-removed-without-deprecation"
        changes.append(make_change(check, op, "operation"))
    for key, op in new_ops.items():
        if key not in old_ops:
            changes.append(make_change("endpoint-added", op, "operation"))
        else:
            changes.extend(_operation(old_ops[key], op))
    old_schemas = (old_doc.root.get("components") or {}).get("schemas") or {}
    new_schemas = (new_doc.root.get("components") or {}).get("schemas") or {}
    for name in old_schemas:
        if name not in new_schemas:
            changes.append(make_change("api-schema-removed", None, f"components/schemas/{name}", name=name))
    return changes


# --- operations -----------------------------------------------------------------------------------------------------


def _operation(o: Operation, n: Operation) -> Iterator[Change]:
    if o.deprecated != n.deprecated:
        yield make_change("endpoint-deprecated" if n.deprecated else "endpoint-reactivated", n, "operation")
    if o.operation_id != n.operation_id:
        if o.operation_id:
            yield make_change(
                "api-operation-id-removed", n, "operation", old=o.operation_id, new=n.operation_id or "(none)"
            )
        else:
            yield make_change("api-operation-id-added", n, "operation", new=n.operation_id or "")
    for tag in o.tags:
        if tag not in n.tags:
            yield make_change("api-tag-removed", n, "operation", old=tag)
    for tag in n.tags:
        if tag not in o.tags:
            yield make_change("api-tag-added", n, "operation", new=tag)
    for old_name, new_name in zip(path_parameter_names(o.path), path_parameter_names(n.path), strict=False):
        if old_name != new_name:
            yield make_change(
                "request-path-parameter-renamed", n, f"path parameter {new_name}", old=old_name, new=new_name
            )
    yield from _parameters(o, n)
    yield from _request_body(o, n)
    yield from _responses(o, n)


def _parameters(o: Operation, n: Operation) -> Iterator[Change]:
    for key, param in o.parameters.items():
        if key not in n.parameters:
            yield make_change("request-parameter-removed", n, param.label, param=param.name, **{"in": param.location})
    for key, param in n.parameters.items():
        fields = {"param": param.name, "in": param.location}
        old = o.parameters.get(key)
        if old is None:
            if param.location == "path":
                check = "new-request-path-parameter"
            else:
                check = "new-required-request-parameter" if param.required else "new-optional-request-parameter"
            yield make_change(check, n, param.label, **fields)
            continue
        if old.required != param.required:
            check = "request-parameter-became-required" if param.required else "request-parameter-became-optional"
            yield make_change(check, n, param.label, **fields)
        if old.deprecated != param.deprecated:
            check = "request-parameter-deprecated" if param.deprecated else "request-parameter-reactivated"
            yield make_change(check, n, param.label, **fields)
        for delta in diff_schemas(old.schema, param.schema):
            change = _parameter_delta(delta, n, param) if not delta.path else _request_delta(delta, n, param.label)
            if change is not None:
                yield change


def _request_body(o: Operation, n: Operation) -> Iterator[Change]:
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
    for media in ob.content:
        if media not in nb.content:
            yield make_change("request-body-media-type-removed", n, f"request body {media}", media=media)
    for media, schema in nb.content.items():
        if media not in ob.content:
            yield make_change("request-body-media-type-added", n, f"request body {media}", media=media)
            continue
        for delta in diff_schemas(ob.content[media], schema):
            change = _request_delta(delta, n, f"request body {media}")
            if change is not None:
                yield change


def _is_success(status: str) -> bool:
    return status.startswith("2")


def _responses(o: Operation, n: Operation) -> Iterator[Change]:
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
        for media in old.content:
            if media not in response.content:
                yield make_change(
                    "response-media-type-removed", n, f"response {status} {media}", status=status, media=media
                )
        for media, schema in response.content.items():
            where = f"response {status} {media}"
            if media not in old.content:
                yield make_change("response-media-type-added", n, where, status=status, media=media)
                continue
            old_schema = old.content[media]
            if old_schema is not None and schema is None:
                yield make_change("response-body-media-type-schema-removed", n, where, status=status, media=media)
            elif old_schema is None and schema is not None:
                yield make_change("response-body-media-type-schema-added", n, where, status=status, media=media)
            else:
                for delta in diff_schemas(old_schema, schema):
                    change = _response_delta(delta, n, status, media)
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
            yield make_change(
                "response-header-type-changed",
                op,
                where,
                status=status,
                header=header.name,
                old=type_label((ov.types, ov.format)),
                new=type_label((nv.types, nv.format)),
            )
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
        suffix = "pattern-added" if old is None else "pattern-removed" if new is None else "pattern-changed"
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


def _response_delta(delta: Delta, op: Operation, status: str, media: str) -> Change | None:
    prop = render_path(delta.path)
    body = not delta.path
    where = f"response {status} {media}" + (f": {prop}" if prop else "")
    owner = "response-body" if body else "response-property"
    fields: dict[str, str] = {"prop": prop or "(body)", "media": media}

    def change(check: str, **extra: str) -> Change:
        return make_change(check, op, where, status=status, model=delta.model, **fields, **extra)

    kind = delta.kind
    if kind in ("property-added", "property-removed", "became-optional", "became-required") and delta.write_only:
        return None  # a write-only property never comes back in a response
    if kind == "property-added":
        return change("response-required-property-added" if delta.required else "response-optional-property-added")
    if kind == "property-removed":
        return change("response-required-property-removed" if delta.required else "response-optional-property-removed")
    if kind == "became-optional":
        return change("response-property-became-optional")
    if kind == "became-required":
        return change("response-property-became-required")
    if kind == "type":
        # as oasdiff: narrowing is "specialized" (INFO); a breaking change is "generalized" when the set of types
        # widened (integer -> number), "changed" otherwise (a format dropped or swapped, string -> integer)
        if type_direction(delta.old, delta.new) in ("narrowed", "same"):
            suffix = "specialized"
        else:
            suffix = "generalized" if type_axes(delta.old, delta.new)[0] == "widened" else "changed"
        return change(f"{owner}-type-{suffix}", **_type_fields(delta))
    if kind == "nullable":
        return change(f"{owner}-became-nullable" if delta.new else f"{owner}-became-not-nullable")
    if kind == "enum-added":
        return change("response-property-enum-value-added", values=_values(delta.new))
    if kind == "enum-dropped":
        return change("response-property-enum-value-added", values="values outside the former list")
    if kind == "enum-removed":
        check = "response-mediatype-enum-value-removed" if body else "response-property-enum-value-removed"
        return change(check, values=_values(delta.old))
    if kind == "became-enum":
        return change("response-property-enum-value-removed", values=f"values other than {_values(delta.new)}")
    if kind in ("variant-added", "variant-removed"):
        which = "one-of" if delta.keyword == "oneOf" else "any-of"
        verb = "added" if kind == "variant-added" else "removed"
        return change(f"{owner}-{which}-{verb}", variant=str(delta.new if kind == "variant-added" else delta.old))
    if kind == "deprecated" and not body:
        return change("response-property-deprecated" if delta.new else "response-property-reactivated")
    if kind == "default":
        return change(_default_check(owner, delta), old=_value(delta.old), new=_value(delta.new))
    return None  # response constraints, body-level deprecation: not compared


def _request_delta(delta: Delta, op: Operation, base: str) -> Change | None:
    prop = render_path(delta.path)
    body = not delta.path
    where = base + (f": {prop}" if prop else "")
    owner = "request-body" if body else "request-property"
    fields: dict[str, str] = {"prop": prop or "(body)"}

    def change(check: str, **extra: str) -> Change:
        return make_change(check, op, where, model=delta.model, **fields, **extra)

    kind = delta.kind
    if kind in ("property-added", "property-removed", "became-optional", "became-required") and delta.read_only:
        return None  # a read-only property is never sent
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
        suffix = "generalized" if type_direction(delta.old, delta.new) == "widened" else "changed"
        return change(f"{owner}-type-{suffix}", **_type_fields(delta))
    if kind == "nullable":
        return change(f"{owner}-became-nullable" if delta.new else f"{owner}-became-not-nullable")
    if kind == "enum-removed":
        return change(f"{owner}-enum-value-removed", values=_values(delta.old))
    if kind == "enum-added":
        return change("request-property-enum-value-added", values=_values(delta.new))
    if kind == "enum-dropped":
        return change("request-property-enum-value-added", values="any value (no longer a fixed list)")
    if kind == "became-enum":
        return change(f"{owner}-became-enum", values=_values(delta.new))
    if kind in ("variant-added", "variant-removed"):
        which = "one-of" if delta.keyword == "oneOf" else "any-of"
        verb = "added" if kind == "variant-added" else "removed"
        return change(f"{owner}-{which}-{verb}", variant=str(delta.new if kind == "variant-added" else delta.old))
    if kind == "deprecated" and not body:
        return change("request-property-deprecated" if delta.new else "request-property-reactivated")
    if kind == "default":
        return change(_default_check(owner, delta), old=_value(delta.old), new=_value(delta.new))
    if kind == "constraint":
        check = _constraint_check("request-property", delta)
        if check is not None:
            return change(check, old=str(delta.old), new=str(delta.new))
    return None


def _parameter_delta(delta: Delta, op: Operation, param: Parameter) -> Change | None:
    fields = {"param": param.name, "in": param.location}

    def change(check: str, **extra: str) -> Change:
        return make_change(check, op, param.label, **fields, **extra)

    kind = delta.kind
    if kind == "type":
        suffix = "generalized" if type_direction(delta.old, delta.new) == "widened" else "changed"
        return change(f"request-parameter-type-{suffix}", **_type_fields(delta))
    if kind == "nullable":
        return change("request-parameter-became-nullable" if delta.new else "request-parameter-became-not-nullable")
    if kind == "enum-removed":
        return change("request-parameter-enum-value-removed", values=_values(delta.old))
    if kind == "enum-added":
        return change("request-parameter-enum-value-added", values=_values(delta.new))
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
