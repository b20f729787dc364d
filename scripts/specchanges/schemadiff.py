"""Structural differences between two schemas, with no judgement attached.

`diff_schemas(old, new)` walks both schemas in step (properties by name, array items, additionalProperties, oneOf/anyOf
variants paired by component name, discriminator value, structure or position) and yields `Delta`s: a property added or
removed, required-ness, type/format, nullability, enum values, variants, deprecation, defaults and request constraints.
The classifier (`classify.py`) and the upstream comparison (`upstream.py`) give the same deltas different meanings.

Each delta also carries `model`, its path from the nearest component schema (`IndexingJob.phase`), which names the
generated model class and attribute a client user sees.

A path is a tuple of segments: property names, `[]` for array items, `{}` for additionalProperties and `<Label>` for a
oneOf/anyOf variant; `render_path` spells it `jobs[].status`, `result<ValueResult>.value`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from .openapi import SUBSCHEMA_KEYWORDS, Node, SchemaView, canonical, fingerprint, view

MAX_DEPTH = 40

TypeInfo = tuple[frozenset[str], str | None]  # (types without null, format)


@dataclass(frozen=True)
class Delta:
    kind: str
    path: tuple[str, ...]
    old: Any = None
    new: Any = None
    required: bool = False  # property-added / property-removed: required on the side that has it
    read_only: bool = False
    write_only: bool = False
    has_default: bool = False
    keyword: str | None = None  # the constraint keyword, or oneOf/anyOf for variant deltas
    model: str = ""  # the path from the nearest named (component) schema: "IndexingJob.phase"; "" without one
    schema: str = ""  # the component the changed schema itself is (an enum's `IndexingJobPhase`); "" when inline


def render_path(path: tuple[str, ...]) -> str:
    text = ""
    for segment in path:
        if segment in ("[]", "{}") or segment.startswith("<"):
            text += segment
        else:
            text += f".{segment}" if text else segment
    return text


def type_label(info: TypeInfo) -> str:
    types, fmt = info
    text = ", ".join(sorted(types)) if types else "any"
    return f"{text}/{fmt}" if fmt else text


Anchor = tuple[str, int] | None  # (component name, index in the path where it starts)


def model_path(anchor: Anchor, path: tuple[str, ...]) -> str:
    if anchor is None:
        return ""
    rest = render_path(path[anchor[1] :])
    if not rest:
        return anchor[0]
    return f"{anchor[0]}{rest}" if rest.startswith(("[", "{", "<")) else f"{anchor[0]}.{rest}"


def diff_schemas(
    old: Node | None,
    new: Node | None,
    path: tuple[str, ...] = (),
    _stack: frozenset[tuple[str, str]] = frozenset(),
    _anchor: Anchor = None,
) -> Iterator[Delta]:
    ov, nv = view(old), view(new)
    pair = (ov.key, nv.key)
    if pair in _stack or len(path) > MAX_DEPTH:  # recursive schema: this pair is already being compared further up
        return
    for delta in _compare(ov, nv, path, _stack | {pair}, _anchor):
        if not delta.model and delta.kind not in _PROPERTY_KINDS:
            delta = replace(delta, model=model_path(_anchor, delta.path))
        yield delta


_PROPERTY_KINDS = frozenset({"property-added", "property-removed", "became-required", "became-optional"})


def _compare(
    ov: SchemaView, nv: SchemaView, path: tuple[str, ...], stack: frozenset[tuple[str, str]], anchor: Anchor
) -> Iterator[Delta]:
    # Deltas about this schema itself are named from the enclosing component (`IndexingJob.phase`); its properties and
    # children from this one when it is a component itself.
    name = nv.name or ov.name
    inner: Anchor = (name, len(path)) if name else anchor
    read_only, write_only = ov.read_only or nv.read_only, ov.write_only or nv.write_only
    for delta in _own(ov, nv, path):
        yield replace(delta, schema=name or "", read_only=read_only, write_only=write_only)
    if ov.stability != nv.stability:
        yield Delta(
            "lifecycle", path, (ov.deprecated, ov.sunset, ov.stability), (nv.deprecated, nv.sunset, nv.stability)
        )
    for keyword in SUBSCHEMA_KEYWORDS:  # if/then/else, not, contains: compared structurally, like oasdiff
        o_sub, n_sub = ov.subschemas.get(keyword), nv.subschemas.get(keyword)
        if o_sub is not None and n_sub is not None:
            yield from diff_schemas(o_sub, n_sub, (*path, f"<{keyword}>"), stack, inner)

    names = list(ov.properties) + [n for n in nv.properties if n not in ov.properties]
    for name in names:
        o, n = ov.properties.get(name), nv.properties.get(name)
        sub = (*path, name)
        if o is None and n is not None:
            v = view(n)
            yield Delta(
                "property-added",
                sub,
                model=model_path(inner, sub),
                required=name in nv.required,
                read_only=v.read_only,
                write_only=v.write_only,
                has_default=v.has_default,
            )
        elif n is None and o is not None:
            v = view(o)
            yield Delta(
                "property-removed",
                sub,
                required=name in ov.required,
                read_only=v.read_only,
                write_only=v.write_only,
                model=model_path(inner, sub),
            )
        elif o is not None and n is not None:
            if (name in ov.required) != (name in nv.required):
                v_old, v_new = view(o), view(n)
                yield Delta(
                    "became-required" if name in nv.required else "became-optional",
                    sub,
                    model=model_path(inner, sub),
                    read_only=v_old.read_only or v_new.read_only,
                    write_only=v_old.write_only or v_new.write_only,
                    has_default=v_new.has_default,
                )
            yield from diff_schemas(o, n, sub, stack, inner)
    for prop in sorted((ov.required ^ nv.required) - set(names)):  # required names without a property schema
        sub = (*path, prop)
        kind = "became-required" if prop in nv.required else "became-optional"
        yield Delta(kind, sub, model=model_path(inner, sub))

    if ov.items is not None and nv.items is not None:
        yield from diff_schemas(ov.items, nv.items, (*path, "[]"), stack, inner)
    if ov.additional is not None and nv.additional is not None:
        yield from diff_schemas(ov.additional, nv.additional, (*path, "{}"), stack, inner)
    if ov.variants or nv.variants:
        yield from _variants(ov, nv, path, stack, inner)


def _own(ov: SchemaView, nv: SchemaView, path: tuple[str, ...]) -> Iterator[Delta]:
    """Deltas about the schema itself (not its properties or items)."""
    if (ov.types, ov.format) != (nv.types, nv.format):
        yield Delta("type", path, (ov.types, ov.format), (nv.types, nv.format))
    if ov.nullable != nv.nullable:
        yield Delta("nullable", path, ov.nullable, nv.nullable)
    yield from _enum(ov, nv, path)
    if ov.deprecated != nv.deprecated:
        yield Delta("deprecated", path, ov.deprecated, nv.deprecated, keyword=nv.sunset if nv.deprecated else None)
    old_default = canonical(ov.default) if ov.has_default else None
    new_default = canonical(nv.default) if nv.has_default else None
    if old_default != new_default:
        yield Delta("default", path, old_default, new_default)
    for keyword in sorted(set(ov.constraints) | set(nv.constraints)):
        if ov.constraints.get(keyword) != nv.constraints.get(keyword):
            yield Delta("constraint", path, ov.constraints.get(keyword), nv.constraints.get(keyword), keyword=keyword)


def _enum(ov: SchemaView, nv: SchemaView, path: tuple[str, ...]) -> Iterator[Delta]:
    if ov.enum is None and nv.enum is None:
        return
    if ov.enum is None:
        yield Delta("became-enum", path, None, nv.enum)
        return
    if nv.enum is None:
        yield Delta("enum-dropped", path, ov.enum, None)
        return
    old_keys = {canonical(v) for v in ov.enum}
    new_keys = {canonical(v) for v in nv.enum}
    added = tuple(v for v in nv.enum if canonical(v) not in old_keys)
    removed = tuple(v for v in ov.enum if canonical(v) not in new_keys)
    if added:
        yield Delta("enum-added", path, None, added)
    if removed:
        yield Delta("enum-removed", path, removed, None)


@dataclass
class _Variant:
    node: Node
    view: SchemaView
    position: int
    tag: str | None  # discriminator value
    shape: str

    @property
    def label(self) -> str:
        return self.view.name or self.tag or f"#{self.position + 1}"


def _variant_list(parent: SchemaView) -> list[_Variant]:
    by_target = {str(target).rsplit("/", 1)[-1]: value for value, target in parent.mapping.items()}
    result = []
    for position, node in enumerate(parent.variants):
        v = view(node)
        tag = by_target.get(v.name or "") if v.name else None
        if tag is None and parent.discriminator and parent.discriminator in v.properties:
            prop = view(v.properties[parent.discriminator])
            if prop.enum is not None and len(prop.enum) == 1:
                tag = str(prop.enum[0])
        result.append(_Variant(node, v, position, tag, fingerprint(node)))
    return result


def _variants(
    ov: SchemaView, nv: SchemaView, path: tuple[str, ...], stack: frozenset[tuple[str, str]], anchor: Anchor
) -> Iterator[Delta]:
    old, new = _variant_list(ov), _variant_list(nv)
    pairs: list[tuple[_Variant, _Variant]] = []
    keys: tuple[Callable[[_Variant], str | None], ...] = (lambda v: v.view.name, lambda v: v.tag, lambda v: v.shape)
    for key in keys:
        for o in list(old):
            k = key(o)
            if k is None:
                continue
            match = next((n for n in new if key(n) == k), None)
            if match is not None:
                pairs.append((o, match))
                old.remove(o)
                new.remove(match)
    if old and len(old) == len(new):  # what is left differs in name and shape: pair by position
        pairs.extend(zip(old, new, strict=True))
        old, new = [], []
    kind = nv.variant_kind or ov.variant_kind
    for o in old:
        yield Delta("variant-removed", path, o.label, None, keyword=ov.variant_kind or kind)
    for n in new:
        yield Delta("variant-added", path, None, n.label, keyword=nv.variant_kind or kind)
    for o, n in sorted(pairs, key=lambda p: p[1].position):
        yield from diff_schemas(o.node, n.node, (*path, f"<{n.label}>"), stack, anchor)
