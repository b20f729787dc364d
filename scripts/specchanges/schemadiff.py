"""Structural differences between two schemas, with no judgement attached.

`SchemaDiff(...).diff(old, new)` walks both schemas in step (properties by name, array items, additionalProperties,
subschemas, oneOf/anyOf members matched by identity) and yields `Delta`s: a property added or removed,
required-ness, type/format, nullability, enum values, members of a composition, deprecation, defaults and constraints.
The classifier (`classify.py`) and the upstream comparison (`upstream.py`) give the same deltas different meanings.

**Compared once, reported everywhere.** Every pair of schemas reached through a `$ref` is compared once per
`SchemaDiff`: its deltas are kept with paths relative to it and replayed wherever the pair is reached (each operation,
each property that embeds the component); a pair whose comparison found nothing, in itself or in anything it reaches,
is never walked again. A recursive schema is cut where a pair recurs on one descent, as before.

**Compositions by identity.** The members of a oneOf/anyOf are matched by what they are, never by position: the same
`$ref` target; the same discriminator value; the same structure (annotations aside); the same title; and, as oasdiff
does, the one inline member left on each side. A member that is a `$ref` to a composition stays one member (it is not
flattened into the parent's list), and a schema that *is* one of the other side's members (X against
`anyOf: [X, string]`) is matched with that member, so that dropping the `string` branch reads as exactly that.

Each delta also carries `model`, its path from the nearest component schema (`IndexingJob.phase`), which names the
generated model class and attribute a client user sees.

A path is a tuple of segments: property names, `[]` for array items, `{}` for additionalProperties and `<Label>` for a
oneOf/anyOf member or a subschema; `render_path` spells it `jobs[].status`, `result<ValueResult>.value`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from .openapi import ANNOTATIONS, SUBSCHEMA_KEYWORDS, Node, SchemaView, SpecError, canonical, shape, view
from .unchanged import Unchanged

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


_PROPERTY_KINDS = frozenset({"property-added", "property-removed", "became-required", "became-optional"})

PairKey = tuple[str, str]  # (old schema's key, new schema's key)


@dataclass(frozen=True)
class _Own:
    """A delta about the root schema of a compared pair: it is named after the component in force where the pair is
    used (the property that embeds an enum), so its `model` is filled in at each use."""

    delta: Delta


@dataclass(frozen=True)
class _Sub:
    """Another compared pair, at `path` below the pair that holds this item; `anchor` is the naming anchor in force
    there, relative to the holder."""

    path: tuple[str, ...]
    pair: PairKey
    anchor: Anchor


_Item = Delta | _Own | _Sub


class _Outer:
    """The anchor of a pair's root schema: the user's, not known while the pair is compared."""


_OUTER = _Outer()


class SchemaDiff:
    """Compares the schemas of two documents; one instance per pair of documents (see the module docstring)."""

    def __init__(self, unchanged: Unchanged | None = None) -> None:
        self._unchanged = unchanged  # pairs provably the same text in both documents are skipped outright
        self._memo: dict[PairKey, list[_Item]] = {}
        self._parents: dict[PairKey, set[PairKey]] = {}
        self._dirty: set[PairKey] = set()  # pairs with a delta in themselves or in a pair they reach

    @property
    def pairs_compared(self) -> int:
        return len(self._memo)

    @property
    def pairs_changed(self) -> int:
        return len(self._dirty)

    def diff(self, old: Node | None, new: Node | None, path: tuple[str, ...] = ()) -> list[Delta]:
        """Every delta from the schema at `old` to the one at `new`, with paths below `path`."""
        items: list[_Item] = []
        self._child(old, new, (), None, None, items)
        out: list[Delta] = []
        self._expand(items, path, None, frozenset(), out)
        return out

    # --- comparing ----------------------------------------------------------------------------------------------

    def _child(
        self,
        old: Node | None,
        new: Node | None,
        path: tuple[str, ...],
        anchor: Anchor,
        owner: PairKey | None,
        out: list[_Item],
    ) -> None:
        """Compare a pair of schemas found at `path`: a named one (reached through a `$ref` on either side) once and
        by reference, an inline one in place."""
        if len(path) > MAX_DEPTH or (self._unchanged is not None and self._unchanged.same(old, new)):
            return
        ov, nv = view(old), view(new)
        if ov.name or nv.name:
            pair = (ov.key, nv.key)
            if pair not in self._memo:
                items: list[_Item] = []
                self._memo[pair] = items  # visible at once: a recursive schema refers back to it
                self._compare(ov, nv, (), _OUTER, pair, items)
                if any(type(item) is not _Sub for item in items):
                    self._mark(pair)
            if owner is not None:
                self._parents.setdefault(pair, set()).add(owner)
                if pair in self._dirty:
                    self._mark(owner)
            out.append(_Sub(path, pair, anchor))
        else:
            self._compare(ov, nv, path, anchor, owner, out)

    def _mark(self, pair: PairKey) -> None:
        todo = [pair]
        while todo:
            current = todo.pop()
            if current not in self._dirty:
                self._dirty.add(current)
                todo.extend(self._parents.get(current, ()))

    def _expand(
        self, items: list[_Item], prefix: tuple[str, ...], outer: Anchor, stack: frozenset[PairKey], out: list[Delta]
    ) -> None:
        for item in items:
            if type(item) is Delta:
                out.append(replace(item, path=prefix + item.path) if prefix else item)
            elif type(item) is _Own:
                delta = item.delta
                path = prefix + delta.path
                out.append(replace(delta, path=path, model=model_path(outer, path)))
            else:
                assert isinstance(item, _Sub)
                if item.pair in stack or item.pair not in self._dirty:
                    continue
                path = prefix + item.path
                if len(path) > MAX_DEPTH:
                    continue
                anchor = None if item.anchor is None else (item.anchor[0], item.anchor[1] + len(prefix))
                self._expand(self._memo[item.pair], path, anchor, stack | {item.pair}, out)

    def _compare(
        self,
        ov: SchemaView,
        nv: SchemaView,
        path: tuple[str, ...],
        anchor: Anchor | _Outer,
        owner: PairKey | None,
        out: list[_Item],
    ) -> None:
        # Deltas about this schema itself are named from the enclosing component (`IndexingJob.phase`); its
        # properties and children from this one when it is a component itself.
        name = nv.name or ov.name
        inner: Anchor = (name, len(path)) if name else (None if isinstance(anchor, _Outer) else anchor)

        def own(delta: Delta) -> None:
            if isinstance(anchor, _Outer):
                out.append(_Own(delta))
            else:
                out.append(replace(delta, model=model_path(anchor, delta.path)))

        old_members, new_members, stands_in = _alternatives(ov, nv)
        read_only, write_only = ov.read_only or nv.read_only, ov.write_only or nv.write_only
        list_of_types = _list_of_types(ov, nv)
        if list_of_types is not None:
            # a scalar type became a oneOf/anyOf of scalar types, or back: one change (oasdiff's list-of-types), not
            # a type change plus members added or removed
            own(Delta("list-of-types", path, list_of_types[0], list_of_types[1], schema=name or ""))
            old_members = new_members = []
            ov, nv = replace(ov, types=frozenset(), format=None), replace(nv, types=frozenset(), format=None)
        if stands_in:
            # One side is a member of the other's composition: that member pair is compared below; the two
            # schemas' own structures are not (a component's fields are not "removed" by listing it in an anyOf).
            if ov.nullable != nv.nullable:
                own(Delta("nullable", path, ov.nullable, nv.nullable, schema=name or ""))
        else:
            for delta in _own(ov, nv, path):
                own(replace(delta, schema=name or "", read_only=read_only, write_only=write_only))
            if ov.stability != nv.stability:
                own(
                    Delta(
                        "lifecycle",
                        path,
                        (ov.deprecated, ov.sunset, ov.stability),
                        (nv.deprecated, nv.sunset, nv.stability),
                    )
                )
            for delta in _keywords(ov, nv, path):
                own(replace(delta, schema=name or ""))
            for keyword in SUBSCHEMA_KEYWORDS:  # if/then/else, not, contains, ...: compared structurally, like oasdiff
                o_sub, n_sub = ov.subschemas.get(keyword), nv.subschemas.get(keyword)
                if o_sub is not None and n_sub is not None:
                    self._child(o_sub, n_sub, (*path, f"<{keyword}>"), inner, owner, out)
            for keyword, o_map in ov.subschema_maps.items():
                n_map = nv.subschema_maps.get(keyword, {})
                for key in o_map.keys() & n_map.keys():
                    self._child(o_map[key], n_map[key], (*path, f"<{keyword}:{key}>"), inner, owner, out)
            for o, n in _match(_list_members(ov.prefix_items), _list_members(nv.prefix_items)):
                self._child(o.node, n.node, (*path, f"<prefixItems:{n.position}>"), inner, owner, out)
            self._properties(ov, nv, path, inner, owner, out)
            if ov.items is not None and nv.items is not None:
                self._child(ov.items, nv.items, (*path, "[]"), inner, owner, out)
            if ov.additional is not None and nv.additional is not None:
                self._child(ov.additional, nv.additional, (*path, "{}"), inner, owner, out)
        if (old_members or new_members) and not (_accepts(ov, nv) and _accepts(nv, ov)):
            self._variants(ov, nv, old_members, new_members, path, inner, owner, own, out)

    def _properties(
        self,
        ov: SchemaView,
        nv: SchemaView,
        path: tuple[str, ...],
        inner: Anchor,
        owner: PairKey | None,
        out: list[_Item],
    ) -> None:
        names = list(ov.properties) + [n for n in nv.properties if n not in ov.properties]
        for prop in names:
            o, n = ov.properties.get(prop), nv.properties.get(prop)
            sub = (*path, prop)
            if o is None and n is not None:
                v = view(n)
                out.append(
                    Delta(
                        "property-added",
                        sub,
                        model=model_path(inner, sub),
                        required=prop in nv.required,
                        read_only=v.read_only,
                        write_only=v.write_only,
                        has_default=v.has_default,
                    )
                )
            elif n is None and o is not None:
                v = view(o)
                out.append(
                    Delta(
                        "property-removed",
                        sub,
                        required=prop in ov.required,
                        read_only=v.read_only,
                        write_only=v.write_only,
                        model=model_path(inner, sub),
                    )
                )
            elif o is not None and n is not None:
                v_old, v_new = view(o), view(n)
                for flag, old_flag, new_flag in (
                    ("read-only", v_old.read_only, v_new.read_only),
                    ("write-only", v_old.write_only, v_new.write_only),
                ):
                    if old_flag != new_flag:
                        out.append(
                            Delta(
                                flag,
                                sub,
                                old_flag,
                                new_flag,
                                model=model_path(inner, sub),
                                required=prop in ov.required,
                            )
                        )
                if (prop in ov.required) != (prop in nv.required):
                    out.append(
                        Delta(
                            "became-required" if prop in nv.required else "became-optional",
                            sub,
                            model=model_path(inner, sub),
                            read_only=v_old.read_only or v_new.read_only,
                            write_only=v_old.write_only or v_new.write_only,
                            has_default=v_new.has_default,
                        )
                    )
                self._child(o, n, sub, inner, owner, out)
        # A name in `required` without a property schema on either side is not compared (as oasdiff): nothing says
        # what the field is, and specs list such names by mistake more often than on purpose.

    def _variants(
        self,
        ov: SchemaView,
        nv: SchemaView,
        old: list[_Member],
        new: list[_Member],
        path: tuple[str, ...],
        inner: Anchor,
        owner: PairKey | None,
        own: Callable[[Delta], None],
        out: list[_Item],
    ) -> None:
        pairs = _match(old, new)
        paired_old = {id(o) for o, _ in pairs}
        paired_new = {id(n) for _, n in pairs}
        kind = nv.variant_kind or ov.variant_kind
        left_old = [o for o in old if id(o) not in paired_old]
        left_new = [n for n in new if id(n) not in paired_new]
        # Members regrouped under a composition of their own on one side (OpenAI's EvalItem.content: `oneOf: [string,
        # InputTextContent, ...]` became `oneOf: [$ref: EvalItemContentItem, ...]`, that member a oneOf of the old
        # members and more): the old members are found in the group, and what the group adds or drops is reported
        # inside it. Only for members left unmatched: a $ref to a composition matched as itself stays one member.
        nested: list[tuple[_Member, _Member, tuple[str, ...]]] = []
        for side in ("new", "old"):
            for group in list(left_new if side == "new" else left_old):
                members = _group_members(group)
                others = left_old if side == "new" else left_new
                if not members or not others:
                    continue
                inner_pairs = _match(others, members) if side == "new" else _match(members, others)
                if not inner_pairs:
                    continue
                (left_new if side == "new" else left_old).remove(group)
                at = (*path, f"<{group.label}>")
                matched = {id(m) for pair in inner_pairs for m in pair}
                for m in members:
                    if id(m) not in matched:
                        change = "variant-added" if side == "new" else "variant-removed"
                        label_old, label_new = (None, m.label) if side == "new" else (m.label, None)
                        own(Delta(change, at, label_old, label_new, keyword=group.view.variant_kind or kind))
                for o, n in inner_pairs:
                    others.remove(o if side == "new" else n)
                    nested.append((o, n, (*at, f"<{(n if side == 'new' else o).label}>")))
        for o in left_old:
            own(Delta("variant-removed", path, o.label, None, keyword=ov.variant_kind or kind))
        for n in left_new:
            own(Delta("variant-added", path, None, n.label, keyword=nv.variant_kind or kind))
        compared = [(o, n, (*path, f"<{n.label}>")) for o, n in sorted(pairs, key=lambda p: p[1].position)]
        for o, n, sub in compared + nested:
            if not (ov.nullable and nv.nullable):
                self._child(o.node, n.node, sub, inner, owner, out)
                continue
            # null passes the composition itself on both sides: whether one member also lets it through changes
            # nothing (OpenAI 323f9d0 -> 18b17d4 dropped a member's `nullable: true` under a nullable oneOf)
            items: list[_Item] = []
            self._child(o.node, n.node, sub, inner, owner, items)
            out.extend(i for i in items if not (type(i) is Delta and i.kind == "nullable" and i.path == sub))


def _group_members(member: _Member) -> list[_Member]:
    """The members of `member` when it is nothing but a composition (a oneOf/anyOf with no keyword of its own)."""
    v = member.view
    if not v.variants or v.types or v.properties or v.enum is not None or v.items is not None:
        return []
    return _members(v, v.discriminator)


def diff_schemas(old: Node | None, new: Node | None, path: tuple[str, ...] = ()) -> Iterator[Delta]:
    """The deltas from `old` to `new` (a one-off comparison; use one `SchemaDiff` for many schemas of two
    documents)."""
    return iter(SchemaDiff().diff(old, new, path))


# --- a schema's own deltas ------------------------------------------------------------------------------------------


def _own(ov: SchemaView, nv: SchemaView, path: tuple[str, ...]) -> Iterator[Delta]:
    """Deltas about the schema itself (not its properties or items)."""
    if (ov.types, ov.format) != (nv.types, nv.format):
        yield Delta("type", path, (ov.types, ov.format), (nv.types, nv.format))
    if ov.nullable != nv.nullable and not _untyped(ov) and not _untyped(nv):
        # a schema without a type accepts anything, null included: giving it a type is a type change, not a
        # change of nullability (oasdiff too)
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


_SUBSCHEMA_IDS = {
    "if": "if",
    "then": "then",
    "else": "else",
    "contains": "contains",
    "propertyNames": "property-names",
    "unevaluatedItems": "unevaluated-items",
    "unevaluatedProperties": "unevaluated-properties",
    "contentSchema": "content-schema",
}
_MAP_IDS = {"patternProperties": "pattern-property", "dependentSchemas": "dependent-schema"}


def _keywords(ov: SchemaView, nv: SchemaView, path: tuple[str, ...]) -> Iterator[Delta]:
    """Keywords that are not compared structurally here but whose presence or value is a change of its own
    (oasdiff's subschema, const, content, discriminator and allOf checks)."""
    for keyword, name in _SUBSCHEMA_IDS.items():
        was, now = keyword in ov.subschemas, keyword in nv.subschemas
        if was != now:
            yield Delta("keyword-added" if now else "keyword-removed", path, keyword=name)
    for keyword, name in _MAP_IDS.items():
        o_map, n_map = ov.subschema_maps.get(keyword, {}), nv.subschema_maps.get(keyword, {})
        for key in sorted(n_map.keys() - o_map.keys()):
            yield Delta(f"{name}-added", path, None, key, keyword=key)
        for key in sorted(o_map.keys() - n_map.keys()):
            yield Delta(f"{name}-removed", path, key, None, keyword=key)
    for kind, label, _annotation in _unmatched(ov.prefix_items, nv.prefix_items):
        yield Delta(
            f"prefix-items-{kind}", path, label if kind == "removed" else None, label if kind == "added" else None
        )
    o_dep, n_dep = ov.values.get("dependentRequired"), nv.values.get("dependentRequired")
    o_dep, n_dep = o_dep if isinstance(o_dep, dict) else {}, n_dep if isinstance(n_dep, dict) else {}
    for key in sorted(n_dep.keys() - o_dep.keys(), key=str):
        yield Delta("dependent-required-added", path, None, _words(n_dep[key]), keyword=str(key))
    for key in sorted(o_dep.keys() - n_dep.keys(), key=str):
        yield Delta("dependent-required-removed", path, _words(o_dep[key]), None, keyword=str(key))
    for key in sorted(o_dep.keys() & n_dep.keys(), key=str):
        if sorted(map(str, o_dep[key] or ())) != sorted(map(str, n_dep[key] or ())):
            yield Delta("dependent-required-changed", path, _words(o_dep[key]), _words(n_dep[key]), keyword=str(key))
    if ov.has_const or nv.has_const:
        old_const = canonical(ov.const) if ov.has_const else None
        new_const = canonical(nv.const) if nv.has_const else None
        if old_const != new_const:
            kind = "const-added" if old_const is None else "const-removed" if new_const is None else "const-changed"
            yield Delta(kind, path, old_const, new_const)
    for keyword, name in (("contentEncoding", "content-encoding"), ("contentMediaType", "content-media-type")):
        if ov.values.get(keyword) != nv.values.get(keyword):
            yield Delta(f"{name}-changed", path, ov.values.get(keyword), nv.values.get(keyword))
    yield from _discriminator(ov, nv, path)
    o_ext, n_ext = ov.values.get("x-extensible-enum"), nv.values.get("x-extensible-enum")
    if isinstance(o_ext, list):
        kept = {canonical(v) for v in n_ext} if isinstance(n_ext, list) else set()
        removed = tuple(v for v in o_ext if canonical(v) not in kept)
        if removed and isinstance(n_ext, list):
            yield Delta("extensible-enum-removed", path, removed, None)
    if ov.identity is not None and ov.identity == nv.identity and (ov.wrapper or nv.wrapper):
        return  # the same schema, wrapped or not (`$ref: X` and `allOf: [X]` + a description): a matter of spelling
    for kind, label, annotation in _unmatched(ov.all_of, nv.all_of, all_of=True):
        yield Delta(
            f"all-of-{kind}",
            path,
            label if kind == "removed" else None,
            label if kind == "added" else None,
            keyword=annotation,
        )


def _unmatched(
    old_nodes: tuple[Node, ...], new_nodes: tuple[Node, ...], *, all_of: bool = False
) -> Iterator[tuple[str, str, str | None]]:
    """("removed" or "added", label, annotation-only mark) for each member of a list of subschemas that the other
    side has no match for (matched by identity, like oneOf members)."""
    old, new = _list_members(old_nodes), _list_members(new_nodes)
    pairs = _match(old, new)
    paired = {id(m) for pair in pairs for m in pair}
    for kind, members in (("removed", old), ("added", new)):
        for m in members:
            if id(m) not in paired:
                yield kind, (m.all_of_label if all_of else m.label), _annotation_only(m)


def _words(values: Any) -> str:
    return ", ".join(str(v) for v in values) if isinstance(values, list) else str(values)


def _annotation_only(member: _Member) -> str | None:
    """ "annotation-only" for an allOf member that constrains nothing (a title, a description): adding or removing
    it changes no payload."""
    value = member.node.value
    if isinstance(value, dict) and "$ref" not in value and all(k in ANNOTATIONS or k in ("default",) for k in value):
        return "annotation-only"
    return None


def _discriminator(ov: SchemaView, nv: SchemaView, path: tuple[str, ...]) -> Iterator[Delta]:
    if not ov.has_discriminator and not nv.has_discriminator:
        return
    if not ov.has_discriminator:
        yield Delta("discriminator-added", path, None, nv.discriminator)
        return
    if not nv.has_discriminator:
        yield Delta("discriminator-removed", path, ov.discriminator, None)
        return
    if ov.discriminator != nv.discriminator:
        yield Delta("discriminator-property-name-changed", path, ov.discriminator, nv.discriminator)
    added = tuple(k for k in nv.mapping if k not in ov.mapping)
    removed = tuple(k for k in ov.mapping if k not in nv.mapping)
    if added:
        yield Delta("discriminator-mapping-added", path, None, added)
    if removed:
        yield Delta("discriminator-mapping-deleted", path, removed, None)
    for key in ov.mapping:
        if key in nv.mapping and ov.mapping[key] != nv.mapping[key]:
            yield Delta("discriminator-mapping-changed", path, ov.mapping[key], nv.mapping[key], keyword=str(key))


def _scalar_types(v: SchemaView) -> tuple[tuple[str, ...], bool] | None:
    """oasdiff's "list of types" reading of a schema: its one type, or the types of a oneOf/anyOf whose members are
    each a bare scalar type (null members read as nullability, not as a type); None for anything else."""
    raw = v.raw if isinstance(v.raw, dict) else {}
    if "not" in raw or v.all_of or v.properties:
        return None
    if "type" in raw and not v.variants:
        return (tuple(sorted(v.types)), False) if v.types else None
    if not v.variants:
        return None
    types: list[str] = []
    for member in v.variants:
        m = view(member)
        m_raw = m.raw if isinstance(m.raw, dict) else {}
        if m.is_null_only:
            continue
        if len(m.types) != 1 or m.properties or m.variants or m.all_of or "type" not in m_raw:
            return None
        types.extend(m.types)
    return (tuple(sorted(set(types))), True) if types else None


def _list_of_types(ov: SchemaView, nv: SchemaView) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    old, new = _scalar_types(ov), _scalar_types(nv)
    if old is None or new is None or not (old[1] or new[1]) or old[0] == new[0]:
        return None
    return old[0], new[0]


def _untyped(v: SchemaView) -> bool:
    """No `type` (nor enum, const or composition) anywhere: JSON Schema then accepts any value, null included
    (`properties` alone only constrain objects)."""
    return not v.typed


def _enum(ov: SchemaView, nv: SchemaView, path: tuple[str, ...]) -> Iterator[Delta]:
    old_enum = None if ov.enum_is_const else ov.enum  # a `const` is compared as a const (`_keywords`)
    new_enum = None if nv.enum_is_const else nv.enum
    if old_enum is None and new_enum is None:
        return
    if old_enum is None:
        yield Delta("became-enum", path, None, new_enum)
        return
    if new_enum is None:
        yield Delta("enum-dropped", path, old_enum, None)
        return
    old_keys = {canonical(v) for v in old_enum}
    new_keys = {canonical(v) for v in new_enum}
    added = tuple(v for v in new_enum if canonical(v) not in old_keys)
    removed = tuple(v for v in old_enum if canonical(v) not in new_keys)
    if added:
        yield Delta("enum-added", path, None, added)
    if removed:
        yield Delta("enum-removed", path, removed, None)


# --- members of a composition ---------------------------------------------------------------------------------------


@dataclass(eq=False)
class _Member:
    node: Node
    view: SchemaView
    position: int
    tag: str | None  # discriminator value

    @property
    def label(self) -> str:
        if self.view.name or self.tag:
            return str(self.view.name or self.tag)
        title = self.node.get("title")
        if isinstance(title, str) and title:
            return title
        if self.view.types:
            return type_label((self.view.types, self.view.format)) + (" enum" if self.view.enum else "")
        return f"#{self.position + 1}"

    @property
    def inline(self) -> bool:
        return self.view.identity is None

    @property
    def all_of_label(self) -> str:
        ref = self.node.get("$ref")
        return str(ref) if isinstance(ref, str) else f"#/allOf/{self.position}"


def _members(parent: SchemaView, discriminator: str | None) -> list[_Member]:
    """The members of `parent`'s composition, each with its discriminator value: from the mapping, else from the
    one value its `discriminator` property allows (the property name either side declares: a discriminator added
    to a oneOf does not change which member is which)."""
    by_target = {str(target).rsplit("/", 1)[-1]: value for value, target in parent.mapping.items()}
    result = []
    for position, node in enumerate(parent.variants):
        v = view(node)
        tag = by_target.get(v.name or "") if v.name else None
        if tag is None and discriminator and discriminator in v.properties:
            prop = view(v.properties[discriminator])
            if prop.enum is not None and len(prop.enum) == 1:
                tag = str(prop.enum[0])
        result.append(_Member(node, v, position, tag))
    return result


def _list_members(nodes: tuple[Node, ...]) -> list[_Member]:
    return [_Member(node, view(node), position, None) for position, node in enumerate(nodes)]


def _itself(v: SchemaView) -> _Member:
    """`v` as a one-member list: the member a nullable wrapper wraps, or the schema itself."""
    node = v.node
    assert node is not None
    return _Member(node, view(node), 0, None)


def _alternatives(ov: SchemaView, nv: SchemaView) -> tuple[list[_Member], list[_Member], bool]:
    """The members to match on each side, and whether one side stands in as a single member of the other's list.

    A side with no composition, or whose composition is a component the other side lists (`X`, itself a oneOf,
    against `anyOf: [X, string]`), counts as that one member; the member pair is then compared in place of the two
    schemas themselves."""
    if not ov.variants and not nv.variants:
        return [], [], False
    discriminator = nv.discriminator or ov.discriminator
    old, new = _members(ov, discriminator), _members(nv, discriminator)
    stands_in = False
    if ov.identity is None or ov.identity != nv.identity:
        old_ids = {m.view.identity for m in old}
        new_ids = {m.view.identity for m in new}
        if nv.identity and nv.identity in old_ids and nv.identity not in new_ids:
            new, stands_in = [_itself(nv)], True
        elif ov.identity and ov.identity in new_ids and ov.identity not in old_ids:
            old, stands_in = [_itself(ov)], True
    if not stands_in and bool(ov.variants) != bool(nv.variants):
        # a plain schema against a composition: it stands in for the member it matches (`type: string` against
        # `oneOf: [string, array]` is that list without the array)
        plain = nv if ov.variants else ov
        if plain.types or plain.properties:
            alone = [_itself(plain)]
            if _match(old, alone) if ov.variants else _match(alone, new):
                old, new, stands_in = (old, alone, True) if ov.variants else (alone, new, True)
    return old, new, stands_in


def _match(old: list[_Member], new: list[_Member]) -> list[tuple[_Member, _Member]]:
    """Pairs of the same member on both sides, by identity, never by position."""
    pairs: list[tuple[_Member, _Member]] = []
    left_old, left_new = list(old), list(new)

    def pair_by(key: Callable[[_Member], Any], allowed: Callable[[_Member, _Member], bool] = lambda o, n: True) -> None:
        for o in list(left_old):
            k = key(o)
            if k is None:
                continue
            match = next((n for n in left_new if key(n) == k and allowed(o, n)), None)
            if match is not None:
                pairs.append((o, match))
                left_old.remove(o)
                left_new.remove(match)

    pair_by(lambda m: m.view.identity)  # the same $ref target
    pair_by(lambda m: m.tag)  # the same discriminator value
    pair_by(lambda m: shape(m.node) if m.inline else None)  # the same inline structure
    pair_by(lambda m: m.node.get("title") if m.inline and isinstance(m.node.get("title"), str) else None)
    # the same structure through a $ref: a member moved into a component, or a component renamed, is the same member
    # (the component's own removal is reported on its own, as `api-schema-removed`)
    pair_by(_content)
    # members renamed and changed at once (OpenAI's `InputText` becoming `InputTextContent` with a default added):
    # the property that fixes each member's kind (`type: {enum: [input_text]}`, the same values in the same member
    # on both sides, different values in each member of a list) says which is which, as a discriminator would
    tag = _implicit_tag(left_old, left_new)
    if tag is not None:
        pair_by(lambda m: _fixed(m).get(tag))
    # what is left: inline members (or an inline member and a new component) alike in type, items and property
    # names, one of a kind on each side; then, as oasdiff does, the one inline member left on each side
    counts_old = Counter(_outline(m) for m in left_old)
    counts_new = Counter(_outline(m) for m in left_new)
    pair_by(
        lambda m: _outline(m) if counts_old[_outline(m)] == 1 and counts_new[_outline(m)] == 1 else None,
        lambda o, n: o.inline or n.inline,
    )
    inline_old = [m for m in left_old if m.inline]
    inline_new = [m for m in left_new if m.inline]
    if len(inline_old) == 1 and len(inline_new) == 1:
        pairs.append((inline_old[0], inline_new[0]))
    return pairs


def _fixed(member: _Member) -> dict[str, str]:
    """The properties of an object member whose values are listed (`const`, `enum`): each with the set of values."""
    fixed = {}
    for name, prop in member.view.properties.items():
        enum = view(prop).enum
        if enum:
            fixed[name] = "|".join(sorted(canonical(v) for v in enum))
    return fixed


def _implicit_tag(old: list[_Member], new: list[_Member]) -> str | None:
    """A property that tells members apart on both sides without a discriminator: its values listed in members of
    both lists, different values in each member of a list. The one that covers most members."""
    best: tuple[int, str] | None = None
    fixed_old, fixed_new = [_fixed(m) for m in old], [_fixed(m) for m in new]
    names = {n for f in fixed_old for n in f} & {n for f in fixed_new for n in f}
    for name in sorted(names):
        values_old = [f[name] for f in fixed_old if name in f]
        values_new = [f[name] for f in fixed_new if name in f]
        if len(set(values_old)) == len(values_old) and len(set(values_new)) == len(values_new):
            covered = len(values_old) + len(values_new)
            if best is None or covered > best[0]:
                best = (covered, name)
    return best[1] if best else None


_PRIMITIVES = frozenset({"string", "integer", "number", "boolean"})


def _accepts(wide: SchemaView, narrow: SchemaView, depth: int = 0) -> bool:
    """Whether `wide` accepts every value `narrow` does; False when unsure. For compositions that accept the same
    values however they are arranged (`anyOf: [string, string enum]` against `anyOf: [$ref: Ids, string enum]`, where
    `Ids` is `anyOf: [string, ...]`: any string either way), which are no change on the wire. oneOf is read as anyOf,
    as the generated clients read it."""
    if depth > 4 or (narrow.nullable and not wide.nullable):
        return False
    if narrow.variants:  # every member of narrow's list (its own keywords can only narrow it further)
        return all(_accepts(wide, view(m), depth + 1) for m in narrow.variants)
    if wide.variants:  # one member of wide's list, when wide adds no keyword of its own
        free = not (wide.types or wide.enum is not None or wide.properties or wide.items or wide.constraints)
        return free and any(_accepts(view(m), narrow, depth + 1) for m in wide.variants)
    if not narrow.types or not narrow.types <= _PRIMITIVES or narrow.properties or narrow.items is not None:
        return False  # objects and arrays are compared member by member instead
    return (
        bool(wide.types)
        and all(t in wide.types or (t == "integer" and "number" in wide.types) for t in narrow.types)
        and (wide.enum is None or (narrow.enum is not None and {canonical(v) for v in narrow.enum} <= _keys(wide.enum)))
        and (not wide.constraints or wide.constraints == narrow.constraints)
        and (wide.format is None or wide.format == narrow.format)
    )


def _keys(values: tuple[Any, ...]) -> set[str]:
    return {canonical(v) for v in values}


def _content(member: _Member) -> str:
    """The structure of a member, through its `$ref`."""
    try:
        return shape(member.node.resolve())
    except SpecError:  # an unresolvable member matches nothing by structure
        return shape(member.node)


def _outline(member: _Member, depth: int = 0) -> str:
    """A member's rough kind: its types, whether it is an enum, its items' outline, its property names."""
    v = member.view
    parts = [",".join(sorted(v.types)) or "any", "enum" if v.enum is not None else ""]
    if v.items is not None and depth < 3:
        parts.append("[" + _outline(_Member(v.items, view(v.items), 0, None), depth + 1) + "]")
    if v.properties:
        parts.append("{" + ",".join(sorted(v.properties)) + "}")
    return ";".join(parts)
