"""Reading OpenAPI documents for comparison.

- `$ref`s are followed lazily: local ones (`#/components/...`), and ones into other files or URLs relative to the
  document that holds them (as in vendors' multi-file specs). A `Node` is a value together with the document it lives
  in, so a reference inside a referenced file resolves against that file.
- Operations are keyed by method and *normalised* path (`/jobs/{job_id}` and `/jobs/{uuid}` are the same operation);
  path parameters are keyed by their position in the path, so renaming one does not look like removing it.
- `view()` turns any schema into a `SchemaView`: types without "null", nullability in both 3.1 style
  (`type: [x, "null"]`, `oneOf`/`anyOf` with a `{type: "null"}` member, `const: null`, `null` in `enum`) and 3.0 style
  (`nullable: true`), `allOf` merged, `oneOf`/`anyOf` members split into variants, `const` read as a one-value enum,
  and a missing `type` inferred from `properties`/`items`/`enum` so that documents which leave it out compare equal to
  ones that spell it out.
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import functools
import json
import re
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import yamlload

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

# Keywords that never change what goes over the wire; a $ref's siblings made only of these are ignored.
ANNOTATIONS = frozenset(
    {"description", "summary", "title", "example", "examples", "$comment", "externalDocs", "xml", "$id", "$schema"}
)
CONSTRAINTS = (
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "minContains",
    "maxContains",
    "pattern",
)
_MISSING = object()
STABILITY_LEVELS = ("draft", "alpha", "beta", "stable")


class SpecError(Exception):
    """A document cannot be read, or a `$ref` in it cannot be resolved."""


# --- documents and nodes --------------------------------------------------------------------------------------------


def read_text(location: str, *, timeout: float = 30.0) -> str:
    """The text of a local file or an http(s) URL."""
    if location.startswith(("http://", "https://")):
        request = urllib.request.Request(location, headers={"User-Agent": "anyjob-specchanges"})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                data: bytes = response.read()
        except OSError as exc:  # URLError and socket errors are OSErrors
            raise SpecError(f"cannot fetch {location}: {exc}") from exc
        return data.decode("utf-8")
    try:
        return Path(location).read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(f"cannot read {location}: {exc}") from exc


def parse_text(text: str, where: str) -> Any:
    """`text` as `yaml.safe_load` reads it (JSON is YAML too), through libyaml's event stream where PyYAML has it
    (`yamlload`: six times faster than PyYAML's own C loader on a 3 MB spec)."""
    try:
        return yamlload.load(text)
    except yaml.YAMLError as exc:
        raise SpecError(f"{where} is not valid YAML/JSON: {exc}") from exc


@dataclass(eq=False)
class Document:
    """One parsed file. `uri` is an absolute file path, a URL, or a placeholder such as `<old>` for an in-memory dict
    (which then may only use local `#/...` references)."""

    uri: str
    root: Any
    loader: Loader = field(repr=False)
    # Each schema's normalised view, by the key of the node it was asked for: built once per document, however many
    # operations reach the schema.
    views: dict[str, SchemaView] = field(default_factory=dict, repr=False)
    shapes: dict[str, str] = field(default_factory=dict, repr=False)  # `shape()` of each schema asked for

    def node(self) -> Node:
        return Node(self.root, self, "")


class Loader:
    """Loads and caches the documents that references point into."""

    def __init__(self, read: Callable[[str], str] = read_text) -> None:
        self._read = read
        self._docs: dict[str, Document] = {}
        self.root_uri = ""  # the first document loaded: the one other files are named relative to

    def _add(self, doc: Document) -> Document:
        self._docs[doc.uri] = doc
        self.root_uri = self.root_uri or doc.uri
        return doc

    @property
    def uris(self) -> list[str]:
        """Every document loaded so far (the files a multi-file spec spans)."""
        return list(self._docs)

    def from_dict(self, root: Any, uri: str) -> Document:
        return self._add(Document(uri, root, self))

    def load(self, location: str) -> Document:
        uri = location if _is_url(location) else str(Path(location).resolve())
        if uri not in self._docs:
            self._add(Document(uri, parse_text(self._read(uri), uri), self))
        return self._docs[uri]

    def join(self, base: str, reference: str) -> str:
        if _is_url(base) or _is_url(reference):
            return urllib.parse.urljoin(base, reference)
        if base.startswith("<"):
            raise SpecError(f"external $ref {reference!r} in an in-memory document {base}; load it from a file instead")
        return str((Path(base).parent / reference).resolve())


def _is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def load_document(location: str, loader: Loader | None = None) -> Document:
    """Parse a spec from a file path or an http(s) URL."""
    return (loader or Loader()).load(location)


def as_document(spec: dict[str, Any] | Document, name: str) -> Document:
    if isinstance(spec, Document):
        return spec
    return Loader().from_dict(spec, f"<{name}>")


@dataclass(frozen=True, eq=False)
class Node:
    """A value inside a document, with its JSON pointer (used to name schemas and to detect recursion)."""

    value: Any
    doc: Document
    pointer: str

    @functools.cached_property
    def key(self) -> str:
        return f"{self.doc.uri}#{self.pointer}"

    def child(self, *keys: str | int) -> Node | None:
        node: Node | None = self
        for key in keys:
            if node is None:
                return None
            value = node.value
            if isinstance(value, dict) and key in value:
                node = Node(value[key], node.doc, f"{node.pointer}/{_escape(str(key))}")
            elif isinstance(value, list) and isinstance(key, int) and 0 <= key < len(value):
                node = Node(value[key], node.doc, f"{node.pointer}/{key}")
            else:
                return None
        return node

    def get(self, key: str, default: Any = None) -> Any:
        return self.value.get(key, default) if isinstance(self.value, dict) else default

    def children(self, key: str) -> list[Node]:
        """The elements of the list under `key` (empty when absent)."""
        node = self.child(key)
        if node is None or not isinstance(node.value, list):
            return []
        return [Node(v, self.doc, f"{node.pointer}/{i}") for i, v in enumerate(node.value)]

    def entries(self, key: str) -> list[tuple[str, Node]]:
        """The (name, node) pairs of the mapping under `key` (empty when absent)."""
        node = self.child(key)
        if node is None or not isinstance(node.value, dict):
            return []
        return [(str(k), Node(v, self.doc, f"{node.pointer}/{_escape(str(k))}")) for k, v in node.value.items()]

    def resolve(self) -> Node:
        """Follow `$ref` (repeatedly) to the node it names. Sibling keywords of a `$ref` are not merged here; `view`
        does that for schemas."""
        node = self
        seen: set[str] = set()
        while isinstance(node.value, dict) and isinstance(node.value.get("$ref"), str):
            if node.key in seen:
                raise SpecError(f"$ref loop at {node.key}")
            seen.add(node.key)
            node = node.follow()
        return node

    def follow(self) -> Node:
        """The target of this node's own `$ref` (one step)."""
        ref = self.value["$ref"]
        where, _, fragment = ref.partition("#")
        doc = self.doc if not where else self.doc.loader.load(self.doc.loader.join(self.doc.uri, where))
        target: Any = doc.root
        pointer = ""
        for part in (p for p in fragment.split("/") if p):
            name = urllib.parse.unquote(part).replace("~1", "/").replace("~0", "~")
            if isinstance(target, dict) and name in target:
                target = target[name]
            elif isinstance(target, list) and name.isdigit() and int(name) < len(target):
                target = target[int(name)]
            else:
                raise SpecError(f"unresolvable $ref {ref!r} in {self.doc.uri} at {self.pointer or '/'}")
            pointer = f"{pointer}/{_escape(name)}"
        return Node(target, doc, pointer)


def _escape(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


def location(node: Node) -> str:
    """Where a node is, the same in two versions of a spec: its pointer, after the file's path relative to the root
    document's directory when it lives in another file."""
    root = node.doc.loader.root_uri
    if node.doc.uri == root:
        return f"#{node.pointer}"
    base = root.rsplit("/", 1)[0] + "/" if root else ""
    uri = node.doc.uri
    return f"{uri[len(base) :] if base and uri.startswith(base) else uri}#{node.pointer}"


def ref_name(node: Node) -> str | None:
    """`Foo` for a node that is `{$ref: '#/components/schemas/Foo'}`."""
    ref = node.get("$ref")
    if not isinstance(ref, str):
        return None
    return ref.rstrip("/").rsplit("/", 1)[-1] or None


# --- operations -----------------------------------------------------------------------------------------------------


def normalise_path(path: str) -> str:
    return re.sub(r"\{[^}/]*\}", "{}", path)


def path_parameter_names(path: str) -> list[str]:
    return re.findall(r"\{([^}/]*)\}", path)


@dataclass
class Parameter:
    name: str
    location: str  # query, path, header, cookie
    required: bool
    schema: Node | None
    deprecated: bool
    node: Node
    sunset: str | None = None
    shared: bool = False  # declared on the path item, for all its operations
    declared_required: bool = False  # `required: true` written out (a path parameter is required even without it)

    @property
    def label(self) -> str:
        return f"{self.location} parameter {self.name}"


@dataclass
class Header:
    name: str
    required: bool
    schema: Node | None
    deprecated: bool


@dataclass
class RequestBody:
    required: bool
    content: dict[str, Node | None]  # media type -> schema


@dataclass
class Response:
    content: dict[str, Node | None]
    headers: dict[str, Header]  # by lower-cased name


@dataclass
class Operation:
    method: str  # upper case
    path: str
    operation_id: str | None
    deprecated: bool
    tags: tuple[str, ...]
    parameters: dict[tuple[str, str], Parameter]
    request_body: RequestBody | None
    responses: dict[str, Response]
    node: Node
    sunset: str | None = None  # x-sunset: the date from which the operation may be removed
    stability: str | None = None  # x-stability-level: draft, alpha, beta, stable (none: stable)
    shared_parameters: Node | None = None  # the path item's `parameters`, which apply to this operation too

    @property
    def key(self) -> tuple[str, str]:
        return (self.method, normalise_path(self.path))

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"


def parameter_key(param: Parameter, path: str) -> tuple[str, str]:
    """Path parameters by position (their names are normalised away), others by location and name (headers
    case-insensitively)."""
    if param.location == "path":
        names = path_parameter_names(path)
        return ("path", str(names.index(param.name)) if param.name in names else param.name)
    name = param.name.lower() if param.location == "header" else param.name
    return (param.location, name)


def _media_schemas(node: Node) -> dict[str, Node | None]:
    return {media: media_node.child("schema") for media, media_node in node.entries("content")}


def _parameter(node: Node) -> Parameter:
    param = node.resolve()
    schema = param.child("schema")
    if schema is None:  # `content` instead of `schema`
        media = param.entries("content")
        schema = media[0][1].child("schema") if media else None
    location = str(param.get("in", ""))
    return Parameter(
        name=str(param.get("name", "")),
        location=location,
        required=bool(param.get("required", location == "path")),
        declared_required=param.get("required") is True,
        schema=schema,
        deprecated=bool(param.get("deprecated", False)),
        node=param,
        sunset=_date_text(param.get("x-sunset")),
    )


def _response(node: Node) -> Response:
    resolved = node.resolve()
    headers: dict[str, Header] = {}
    for name, header_node in resolved.entries("headers"):
        header = header_node.resolve()
        schema = header.child("schema")
        if schema is None:
            media = header.entries("content")
            schema = media[0][1].child("schema") if media else None
        headers[name.lower()] = Header(
            name=name,
            required=bool(header.get("required", False)),
            schema=schema,
            deprecated=bool(header.get("deprecated", False)),
        )
    return Response(content=_media_schemas(resolved), headers=headers)


def operations(doc: Document) -> dict[tuple[str, str], Operation]:
    """Every operation of the document, by (METHOD, normalised path)."""
    result: dict[tuple[str, str], Operation] = {}
    for path, item_node in doc.node().entries("paths"):
        item = item_node.resolve()
        shared = [dataclasses.replace(_parameter(p), shared=True) for p in item.children("parameters")]
        for method in HTTP_METHODS:
            op = item.child(method)
            if op is not None:
                op = op.resolve()  # multi-file specs put operations in files of their own
            if op is None or not isinstance(op.value, dict):
                continue
            params: dict[tuple[str, str], Parameter] = {}
            for param in shared + [_parameter(p) for p in op.children("parameters")]:
                params[parameter_key(param, path)] = param  # operation-level ones override path-level ones
            body_node = op.child("requestBody")
            body = None
            if body_node is not None:
                resolved = body_node.resolve()
                body = RequestBody(required=bool(resolved.get("required", False)), content=_media_schemas(resolved))
            operation = Operation(
                method=method.upper(),
                path=path,
                operation_id=op.get("operationId"),
                deprecated=bool(op.get("deprecated", False)),
                tags=tuple(str(t) for t in op.get("tags") or ()),
                parameters=params,
                request_body=body,
                responses={str(status): _response(r) for status, r in op.entries("responses")},
                node=op,
                sunset=_date_text(op.get("x-sunset")),
                stability=_text_or_none(op.get("x-stability-level")),
                shared_parameters=item.child("parameters"),
            )
            result[operation.key] = operation
    return result


# --- schemas --------------------------------------------------------------------------------------------------------

# Keywords whose value is one schema, a map of schemas or a list of schemas, compared structurally (oasdiff's
# subschema checks); and plain-valued keywords compared as values.
SUBSCHEMA_KEYWORDS = (
    "if",
    "then",
    "else",
    "not",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "contentSchema",
)
SUBSCHEMA_MAP_KEYWORDS = ("patternProperties", "dependentSchemas")
VALUE_KEYWORDS = ("dependentRequired", "contentEncoding", "contentMediaType", "x-extensible-enum")


@dataclass
class SchemaView:
    """What a schema means for the wire, independent of how it is spelt. Views are cached per document and shared:
    never modify one (copy it with `dataclasses.replace`)."""

    key: str  # where the (resolved) schema lives; the same key twice on one descent means recursion
    name: str | None = None  # the component name it was reached through, if any
    types: frozenset[str] = frozenset()  # without "null"; empty means any type
    nullable: bool = False
    format: str | None = None
    enum: tuple[Any, ...] | None = None  # without null
    properties: dict[str, Node] = field(default_factory=dict)
    required: frozenset[str] = frozenset()
    items: Node | None = None
    additional: Node | None = None  # additionalProperties, when it is a schema
    additional_allowed: bool | None = None  # additionalProperties: true/false as written
    variants: tuple[Node, ...] = ()
    variant_kind: str | None = None  # "oneOf" or "anyOf"
    discriminator: str | None = None
    mapping: dict[str, str] = field(default_factory=dict)
    has_discriminator: bool = False
    deprecated: bool = False
    read_only: bool = False
    write_only: bool = False
    constraints: dict[str, Any] = field(default_factory=dict)
    default: Any = _MISSING
    const: Any = _MISSING  # also read as a one-value `enum`
    enum_is_const: bool = False  # `enum` holds only the `const` (no `enum` keyword)
    typed: bool = False  # the schema says something about its type (a type keyword, enum, const, ...)
    sunset: str | None = None  # x-sunset (a date), with `deprecated`
    stability: str | None = None  # x-stability-level
    subschemas: dict[str, Node] = field(default_factory=dict)  # SUBSCHEMA_KEYWORDS present
    subschema_maps: dict[str, dict[str, Node]] = field(default_factory=dict)  # SUBSCHEMA_MAP_KEYWORDS present
    prefix_items: tuple[Node, ...] = ()
    values: dict[str, Any] = field(default_factory=dict)  # VALUE_KEYWORDS present
    all_of: tuple[Node, ...] = ()  # the allOf members as written (their content is merged into this view)
    type_list: tuple[str, ...] = ()  # `type` as a list of several names (3.1), null included, as written
    # Identity, for matching the members of a composition: the location of the component a pure `$ref` (or a
    # `$ref` made nullable with `anyOf: [X, {type: null}]`) points to; None for an inline schema.
    identity: str | None = None
    # The node to compare when this view stands as one alternative among another side's oneOf/anyOf members: the
    # wrapped member of a nullable wrapper, the schema itself otherwise.
    node: Node | None = None
    raw: Any = None  # the schema object as written (after its $refs), for what the view normalises away
    # The view is another schema (`identity`) in a wrapper that changes nothing else on the wire: `allOf: [X]` with
    # annotations, `$ref: X` with `nullable: true` beside it, `allOf: [X, {nullable: true}]`, `anyOf: [X, null]`.
    wrapper: bool = False

    @property
    def has_default(self) -> bool:
        return self.default is not _MISSING

    @property
    def has_const(self) -> bool:
        return self.const is not _MISSING

    @property
    def is_null_only(self) -> bool:
        return self.nullable and not self.types and not self.properties and not self.variants and not self.enum


def _type_set(value: Any) -> tuple[frozenset[str], bool]:
    names = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
    return frozenset(str(n) for n in names if n != "null"), "null" in names


_WRAPPER_KEYS = ANNOTATIONS | {"allOf", "nullable", "deprecated", "readOnly", "writeOnly", "default"}


def view(node: Node | None, _depth: int = 0) -> SchemaView:
    """The normalised meaning of the schema at `node` (None or `true` mean "anything"), built once per node."""
    if node is None:
        return _NONE
    cache = node.doc.views
    key = node.key
    found = cache.get(key)
    if found is None:
        found = cache[key] = _build(node, _depth)
    return found


def _build(node: Node, _depth: int) -> SchemaView:
    if _depth > 64:
        raise SpecError(f"schema nesting too deep (a $ref loop?) at {node.key}")
    name: str | None = None
    site = node
    while isinstance(node.value, dict) and isinstance(node.value.get("$ref"), str):
        siblings = {
            k: v for k, v in node.value.items() if k != "$ref" and k not in ANNOTATIONS and not k.startswith("x-")
        }
        name = ref_name(node) or name
        target = node.follow()
        if siblings:  # 3.1: a $ref with sibling keywords is an allOf of the target and the siblings
            target_view = view(target, _depth + 1)
            merged = _merge(_build(Node(siblings, node.doc, node.pointer), _depth + 1), [target_view])
            merged.key, merged.name, merged.identity, merged.node = node.key, name, None, site
            if siblings == {"nullable": True}:  # 3.0's common (if not strictly valid) "nullable X": still X
                merged.identity, merged.wrapper, merged.nullable = location(target.resolve()), True, True
            return merged
        node = target
    value = node.value
    identity = location(node) if name else None
    if not isinstance(value, dict):
        return SchemaView(key=node.key, name=name, identity=identity, node=site)  # `true`, `{}`: anything

    types, nullable = _type_set(value.get("type"))
    typed = "type" in value
    nullable = nullable or value.get("nullable") is True
    enum: tuple[Any, ...] | None = None
    if "enum" in value and isinstance(value["enum"], list):
        typed = True
        nullable = nullable or None in value["enum"]
        enum = tuple(v for v in value["enum"] if v is not None)
    if "const" in value:
        typed = True
        if value["const"] is None:
            nullable = True
        else:
            enum = (value["const"],)

    discriminator = value.get("discriminator")
    constraints = {k: value[k] for k in CONSTRAINTS if k in value and value[k] != ""}  # pattern "" is no pattern
    # 3.0 boolean exclusiveMinimum/Maximum qualify minimum/maximum; 3.1 ones are numbers of their own.
    for flag, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if isinstance(constraints.get(flag), bool):
            if constraints.pop(flag) and bound in constraints:
                constraints[flag] = constraints.pop(bound)
    additional = node.child("additionalProperties")
    raw_type = value.get("type")
    result = SchemaView(
        key=node.key,
        name=name,
        types=types,
        nullable=nullable,
        format=value.get("format"),
        enum=enum,
        properties=dict(node.entries("properties")),
        required=frozenset(str(r) for r in value.get("required") or ()),
        items=node.child("items"),
        additional=additional if additional is not None and isinstance(additional.value, dict) else None,
        additional_allowed=additional.value if additional is not None and isinstance(additional.value, bool) else None,
        discriminator=discriminator.get("propertyName") if isinstance(discriminator, dict) else None,
        mapping=dict(discriminator.get("mapping") or {}) if isinstance(discriminator, dict) else {},
        has_discriminator=isinstance(discriminator, dict),
        deprecated=value.get("deprecated") is True,
        read_only=value.get("readOnly") is True,
        write_only=value.get("writeOnly") is True,
        constraints=constraints,
        default=value.get("default", _MISSING),
        const=value.get("const", _MISSING),
        enum_is_const="const" in value and "enum" not in value,
        typed=typed,
        sunset=_date_text(value.get("x-sunset")),
        stability=_text_or_none(value.get("x-stability-level")),
        subschemas={k: c for k in SUBSCHEMA_KEYWORDS if k in value and (c := node.child(k)) is not None},
        subschema_maps={k: dict(node.entries(k)) for k in SUBSCHEMA_MAP_KEYWORDS if isinstance(value.get(k), dict)},
        prefix_items=tuple(node.children("prefixItems")),
        values={k: value[k] for k in VALUE_KEYWORDS if k in value},
        all_of=tuple(node.children("allOf")),
        type_list=tuple(str(t) for t in raw_type) if isinstance(raw_type, list) and len(raw_type) > 1 else (),
        identity=identity,
        node=site,
        raw=value,
    )

    for kind in ("oneOf", "anyOf"):
        members = node.children(kind)
        if not members:
            continue
        member_views = [view(m, _depth + 1) for m in members]
        nulls = [v for v in member_views if v.is_null_only]
        others = [(m, v) for m, v in zip(members, member_views, strict=True) if not v.is_null_only]
        if nulls:
            result.nullable = True
            result.typed = True
        if nulls and len(others) == 1 and not result.types and not result.properties and not result.variants:
            # `oneOf: [X, {type: null}]` is a nullable X; it keeps X's identity, so that it matches X among the
            # members of another composition
            member_node, member = others[0]
            result = _merge(result, [member])
            result.nullable = True
            result.name = result.name or member.name
            result.identity = result.identity or member.identity
            result.wrapper = result.identity is not None
            result.node = member_node
        elif others and not result.variants:
            result.variants = tuple(m for m, _ in others)
            result.variant_kind = kind
            result.typed = True

    # `allOf: [X, {nullable: true}]` (OpenAI's 3.0 spelling of a nullable $ref): the marker makes X nullable
    markers = [m for m in result.all_of if _nullable_marker(m.value)]
    all_of = [view(m, _depth + 1) for m in result.all_of if not _nullable_marker(m.value)]
    if all_of:
        result = _merge(result, all_of)
        if len(all_of) == 1 and all_of[0].identity and all(k in _WRAPPER_KEYS or k.startswith("x-") for k in value):
            # `allOf: [X]` with a description (3.0's way to annotate a $ref) is X
            result.identity, result.name = all_of[0].identity, result.name or all_of[0].name
            result.wrapper = True
    if markers:
        result.nullable = True

    if not result.types and not result.variants:  # infer what documents commonly leave out
        if result.properties or result.additional is not None:
            result.types = frozenset({"object"})
        elif result.items is not None:
            result.types = frozenset({"array"})
        elif result.enum:
            result.types = frozenset({_json_type(v) for v in result.enum})
    return result


_NONE = SchemaView(key="<none>")


def _nullable_marker(value: Any) -> bool:
    """`{nullable: true}` alone (annotations aside): an allOf member that only lets null through."""
    return (
        isinstance(value, dict)
        and value.get("nullable") is True
        and all(k == "nullable" or k in ANNOTATIONS or k.startswith("x-") for k in value)
    )


def _date_text(value: Any) -> str | None:
    """x-sunset as text: YAML reads an unquoted 2026-06-30 as a date."""
    return None if value is None else str(value)


def _text_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _merge(own: SchemaView, members: list[SchemaView]) -> SchemaView:
    """`own` with `allOf: members` folded in."""
    merged = dataclasses.replace(
        own,
        properties=dict(own.properties),
        constraints=dict(own.constraints),
        subschemas=dict(own.subschemas),
        subschema_maps=dict(own.subschema_maps),
        values=dict(own.values),
    )
    typed_members = [m for m in members if m.typed or m.types]
    for member in members:
        if member.types:
            merged.types = member.types if not merged.types else merged.types & member.types
        merged.format = merged.format or member.format
        if member.enum is not None:
            merged.enum = member.enum if merged.enum is None else tuple(v for v in merged.enum if v in member.enum)
        if not merged.has_const and member.has_const:
            merged.const = member.const
        merged.enum_is_const = merged.enum_is_const or (member.enum_is_const and own.enum is None)
        for prop, sub in member.properties.items():
            merged.properties.setdefault(prop, sub)
        merged.required = merged.required | member.required
        merged.items = merged.items or member.items
        merged.additional = merged.additional or member.additional
        if merged.additional_allowed is None:
            merged.additional_allowed = member.additional_allowed
        if member.variants and not merged.variants:
            merged.variants, merged.variant_kind = member.variants, member.variant_kind
        if member.has_discriminator and not merged.has_discriminator:
            merged.discriminator, merged.mapping = member.discriminator, member.mapping
            merged.has_discriminator = True
        merged.deprecated = merged.deprecated or member.deprecated
        merged.sunset = merged.sunset or member.sunset
        merged.stability = merged.stability or member.stability
        for k, sub_node in member.subschemas.items():
            merged.subschemas.setdefault(k, sub_node)
        for k, sub_map in member.subschema_maps.items():
            merged.subschema_maps.setdefault(k, sub_map)
        merged.prefix_items = merged.prefix_items or member.prefix_items
        for k, v in member.values.items():
            merged.values.setdefault(k, v)
        merged.read_only = merged.read_only or member.read_only
        merged.write_only = merged.write_only or member.write_only
        for k, v in member.constraints.items():
            merged.constraints.setdefault(k, v)
        if not merged.has_default and member.has_default:
            merged.default = member.default
        merged.typed = merged.typed or member.typed
    if own.typed:
        # the schema's own type decides; allOf members can only narrow it (all must allow null for null to pass)
        merged.nullable = own.nullable and all(m.nullable for m in typed_members)
    elif typed_members:
        merged.nullable = own.nullable or all(m.nullable for m in typed_members)
    return merged


def canonical(value: Any) -> str:
    """A stable text form of a JSON value, to compare enum values and defaults of any type."""
    return json.dumps(value, sort_keys=True, default=str)


def shape(node: Node | None) -> str:
    """A structural digest of a schema, to match the inline members of a composition: annotations and `x-`
    extensions left out, a nested `$ref` as the reference text (not followed). Built once per node."""
    if node is None:
        return "null"
    cache = node.doc.shapes
    found = cache.get(node.key)
    if found is None:
        value = node.value
        if isinstance(value, dict) and isinstance(value.get("$ref"), str):
            found = "ref:" + value["$ref"]
        else:
            found = canonical(_strip(value))
        cache[node.key] = found
    return found


# Keywords that mean nothing when false (`nullable: false` is how many specs spell "not nullable").
_FALSE_BY_DEFAULT = frozenset(
    {"nullable", "deprecated", "readOnly", "writeOnly", "uniqueItems", "exclusiveMinimum", "exclusiveMaximum"}
)


def _strip(value: Any) -> Any:
    """A schema without its annotations (a property named `title` is kept: only schema keywords are dropped)."""
    if not isinstance(value, dict):
        return value
    if isinstance(value.get("$ref"), str):
        return {"$ref": value["$ref"]}
    out: dict[str, Any] = {}
    for key, item in value.items():
        if key in ANNOTATIONS or str(key).startswith("x-") or (item is False and key in _FALSE_BY_DEFAULT):
            continue
        if key in _SCHEMA_MAP_KEYS and isinstance(item, dict):
            out[key] = {name: _strip(sub) for name, sub in item.items()}
        elif key in _SCHEMA_LIST_KEYS and isinstance(item, list):
            out[key] = [_strip(sub) for sub in item]
        elif key in _SCHEMA_KEYS or key in SUBSCHEMA_KEYWORDS:
            out[key] = _strip(item)
        else:
            out[key] = item
    return out


# --- bundling -------------------------------------------------------------------------------------------------------

# The components section a $ref's target belongs in, from the key under which the $ref sits.
_SECTION_OF_KEY = {
    "parameters": "parameters",
    "requestBody": "requestBodies",
    "responses": "responses",
    "headers": "headers",
    "examples": "examples",
    "links": "links",
    "callbacks": "callbacks",
    "securitySchemes": "securitySchemes",
}
_COMPONENT_SECTIONS = frozenset({*_SECTION_OF_KEY.values(), "schemas"})
_SCHEMA_KEYS = frozenset(
    {"schema", "items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames"}
)
_SCHEMA_LIST_KEYS = frozenset({"allOf", "oneOf", "anyOf", "prefixItems"})
_SCHEMA_MAP_KEYS = frozenset({"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"})


def _external_refs(value: Any) -> Iterator[str]:
    """The file parts of the `$ref`s in a parsed document (`models/job.yml` of `models/job.yml#/Job`)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str) and not ref.startswith("#"):
                yield ref.partition("#")[0]
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def prefetch(doc: Document, *, workers: int = 16) -> int:
    """Load every file `doc` reaches, a level of references at a time, `workers` downloads at once (a vendor's spec
    can span a thousand files). Returns how many files were loaded."""
    loader = doc.loader
    seen = {doc.uri}
    frontier = [doc]
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        while frontier:
            targets = {loader.join(d.uri, ref) for d in frontier for ref in _external_refs(d.root)}
            new = sorted(targets - seen)
            seen.update(new)
            frontier = list(pool.map(loader.load, new))
    return len(seen)


def bundle(doc: Document) -> dict[str, Any]:
    """`doc` and every file its `$ref`s reach, as one document: each external target is copied once into the
    components section its use calls for (`#/components/schemas/<name>`, `.../parameters/<name>`, ...) and the
    reference rewritten to point there; a referenced path item or operation, or anything outside a components section,
    is inlined. References inside `doc` itself are kept.
    Raises SpecError naming the reference that cannot be fetched or resolved."""
    root = doc.root
    if not isinstance(root, dict):
        raise SpecError(f"{doc.uri} is not an OpenAPI document")
    out: dict[str, Any] = {}
    components: dict[str, dict[str, Any]] = {}
    for section, entries in (root.get("components") or {}).items():
        components[section] = dict(entries) if isinstance(entries, dict) else entries
    own = [(section, name) for section, entries in components.items() if isinstance(entries, dict) for name in entries]
    hoisted: dict[tuple[str, str], str] = {}

    def name_for(section: str, uri: str, pointer: str) -> str:
        base = (
            pointer.rstrip("/").rsplit("/", 1)[-1] if pointer.strip("/") else Path(urllib.parse.urlparse(uri).path).stem
        )
        base = (
            re.sub(r"[^A-Za-z0-9_.-]", "_", urllib.parse.unquote(base).replace("~1", "_").replace("~0", "_")) or "ref"
        )
        taken = components.setdefault(section, {})
        name, n = base, 2
        while name in taken:
            name, n = f"{base}_{n}", n + 1
        return name

    def walk(value: Any, where: Document, section: str, inline_refs: bool) -> Any:
        if isinstance(value, list):
            return [walk(v, where, section, inline_refs) for v in value]
        if not isinstance(value, dict):
            return value
        ref = value.get("$ref")
        if isinstance(ref, str) and (where is not doc or not ref.startswith("#")):
            target = Node(value, where, "").follow()  # one step; raises SpecError naming the ref
            if section not in _COMPONENT_SECTIONS or inline_refs:
                # path items, operations, and anything outside a components section (a description in another file,
                # x-codeSamples) have no components section of their own: inlined
                return walk(target.value, target.doc, section, inline_refs)
            key = (target.doc.uri, target.pointer)
            if key not in hoisted:
                name = name_for(section, target.doc.uri, target.pointer)
                hoisted[key] = f"#/components/{section}/{_escape(name)}"
                components[section][name] = None  # reserve the name before descending (recursive schemas)
                components[section][name] = walk(target.value, target.doc, section, inline_refs)
            rest = {k: walk(v, where, section, inline_refs) for k, v in value.items() if k != "$ref"}
            return {"$ref": hoisted[key], **rest}
        result: dict[str, Any] = {}
        for key, child in value.items():
            result[key] = walk(child, where, _child_section(section, key), inline_refs)
        return result

    for key, value in root.items():
        if key == "components":
            continue
        if key == "paths" and isinstance(value, dict):
            out[key] = {path: walk(item, doc, "pathItems", False) for path, item in value.items()}
        else:
            out[key] = walk(value, doc, "", False)
    for section, name in own:  # the document's own components, with their external refs bundled too
        components[section][name] = walk(components[section][name], doc, section, False)
    if components:
        out["components"] = components
    return out


def _child_section(section: str, key: str) -> str:
    """The section a value under `key` belongs to, given the section of its parent."""
    if section == "pathItems" and key not in ("parameters", "servers", "summary", "description"):
        return "operation" if key in HTTP_METHODS else section
    if section in ("schemas",) or key in _SCHEMA_KEYS:
        return "schemas"
    if key in _SCHEMA_LIST_KEYS or key in _SCHEMA_MAP_KEYS:
        return "schemas"
    if key == "content":
        return "media"
    return _SECTION_OF_KEY.get(key, section)
