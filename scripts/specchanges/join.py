"""Join the Python API diff (`pyapi`) with the spec-level classification (`classify`).

Each Python API change is explained by the spec changes that share a key with it, and then travels with them: the spec
change keeps its oasdiff check id and level, gains its Python effect, and calls for a breaking bump (the stronger
verdict). A Python API change no spec change explains (a template change, a renamed generated name) is reported on its
own under an anyjob id, `python-api-<kind>`, at ERR.

Keys name the generated object both sides talk about, compared with `pyapi.norm` (case and separators ignored, so the
schema `IndexingJobPhase`, the class `IndexingJobPhase` and the module `indexing_job_phase` agree):

    ("enum", Class, value) / ("enum-value", value)   an enum member
    ("attr", Class, attribute)                      a model attribute (removed)
    ("ctor", Class, argument)                       a model constructor argument (now required)
    ("ctor-default", Class, argument)               its default
    ("class", Class)                                a model class or its module
    ("op", operation module)                        an operation module (`get_indexing_job`)
    ("tag", tag package)                            an `api/<tag>` package
    ("param", operation module, argument)           an argument of the operation's functions
"""

from __future__ import annotations

import ast
import dataclasses
from collections.abc import Iterable

from .apichange import ApiChange, norm
from .checks import CHECKS, Bump
from .classify import Change, make_change

Key = tuple[str, ...]

_ENUM_REMOVED = ("enum-value-removed", "mediatype-enum-value-removed")
_PROPERTY_REMOVED = frozenset(
    {
        "request-property-removed",
        "response-optional-property-removed",
        "response-required-property-removed",
        "response-optional-write-only-property-removed",
        "response-required-write-only-property-removed",
    }
)
_BECAME_REQUIRED = frozenset(
    {
        "new-required-request-property",
        "new-required-request-property-with-default",
        "request-property-became-required",
        "request-property-became-required-with-default",
        "response-property-became-required",
        "response-required-property-added",
        "response-write-only-property-became-required",
        "response-required-write-only-property-added",
    }
)
_OPERATION_GONE = frozenset(
    {
        "api-path-removed-without-deprecation",
        "api-path-removed-with-deprecation",
        "api-path-removed-before-sunset",
        "api-removed-without-deprecation",
        "api-removed-with-deprecation",
        "api-removed-before-sunset",
    }
)
_PARAMETER = frozenset(
    {
        "request-parameter-removed",
        "request-parameter-removed-with-deprecation",
        "request-parameter-removed-before-sunset",
        "request-parameter-became-required",
        "new-required-request-parameter",
        "new-request-path-parameter",
        "request-parameter-default-value-added",
        "request-parameter-default-value-changed",
        "request-parameter-default-value-removed",
        "request-path-parameter-renamed",
    }
)
_BODY = frozenset(
    {
        "request-body-added-required",
        "request-body-removed",
        "request-body-became-required",
        "request-body-wrapped-in-one-of",
    }
)


def _model(change: Change) -> tuple[str, str] | None:
    """("IndexingJob", "tokens") for a change whose model path is one class and one attribute."""
    if not change.model or any(c in change.model for c in "[]{}<>"):
        return None
    cls, _, attr = change.model.rpartition(".")
    return (cls, attr) if cls and "." not in cls else None


def spec_keys(change: Change) -> set[Key]:
    check = change.check_id
    keys: set[Key] = set()
    if check.endswith(_ENUM_REMOVED):
        for value in change.values:
            keys.add(("enum-value", value))
            if change.schema:
                keys.add(("enum", norm(change.schema), value))
    model = _model(change)
    if model and check in _PROPERTY_REMOVED:
        keys.add(("attr", norm(model[0]), norm(model[1])))
    if model and check in _BECAME_REQUIRED:
        keys.add(("ctor", norm(model[0]), norm(model[1])))
    if model and "-property-default-value-" in check:
        keys.add(("ctor-default", norm(model[0]), norm(model[1])))
    if check == "api-schema-removed":
        keys.update(("class", norm(name)) for name in change.values)
    if check in _OPERATION_GONE and change.operation_id:
        keys.add(("op", norm(change.operation_id)))
    if check == "api-operation-id-removed" and change.values:
        keys.add(("op", norm(change.values[0])))
    if check == "api-tag-removed" and change.values:
        keys.add(("tag", norm(change.values[0])))
        if change.operation_id:
            keys.add(("op", norm(change.operation_id)))
    if check in _PARAMETER and change.operation_id and change.param:
        keys.add(("param", norm(change.operation_id), norm(change.param)))
    if check in _BODY and change.operation_id:
        keys.add(("param", norm(change.operation_id), "body"))
    return keys


def _literal(text: str | None) -> str | None:
    if text is None:
        return None
    try:
        return str(ast.literal_eval(text))
    except (ValueError, SyntaxError):
        return text


def api_keys(api: ApiChange) -> set[Key]:
    parts = api.path.split(".")
    keys: set[Key] = set()
    if api.object_kind == "enum-member" and api.kind in ("removed", "renamed"):
        value = _literal(api.old) if api.kind == "removed" else None
        if value is not None:
            keys.add(("enum-value", value))
            keys.add(("enum", norm(parts[-2]), value))
    elif api.object_kind == "attribute" and api.kind == "removed" and len(parts) >= 2:
        keys.add(("attr", norm(parts[-2]), norm(parts[-1])))
    elif api.object_kind == "constructor" and api.parameter:
        cls = parts[-2]
        kind = "ctor-default" if api.kind == "parameter-default-changed" else "ctor"
        keys.add((kind, norm(cls), norm(api.parameter)))
    elif api.kind == "removed" and parts and parts[0] == "models":
        keys.add(("class", norm(parts[-1])))
    elif api.kind == "removed" and parts and parts[0] == "api":
        if len(parts) == 3:
            keys.add(("op", norm(parts[2])))
        elif len(parts) == 2:
            keys.add(("tag", norm(parts[1])))
    elif api.object_kind == "function" and parts[0] == "api" and len(parts) >= 4 and api.parameter:
        keys.add(("param", norm(parts[2]), norm(api.parameter)))
        if api.new and api.kind == "parameter-renamed":
            keys.add(("param", norm(parts[2]), norm(api.new)))
    return keys


def join(changes: Iterable[Change], api: Iterable[ApiChange]) -> list[Change]:
    """The spec changes with the Python API changes they explain attached (and their bump raised to major), followed
    by the Python API changes nothing explains."""
    changes = list(changes)
    indexed = [(change, spec_keys(change)) for change in changes]
    attached: dict[int, list[ApiChange]] = {}
    orphans: list[ApiChange] = []
    for api_change in api:
        keys = api_keys(api_change)
        matched = [i for i, (_, spec) in enumerate(indexed) if keys & spec]
        if not matched:
            orphans.append(api_change)
        for i in matched:
            attached.setdefault(i, []).append(api_change)
    result = []
    for i, change in enumerate(changes):
        effects = attached.get(i)
        if effects:
            change = dataclasses.replace(change, python=tuple(effects), bump=Bump.MAJOR)
        result.append(change)
    for api_change in orphans:
        check_id = f"python-api-{api_change.kind}"
        if check_id not in CHECKS:
            check_id = "python-api-removed"
        orphan = make_change(check_id, None, f"python {api_change.path}", text=api_change.text)
        result.append(dataclasses.replace(orphan, python=(api_change,), model=api_change.name))
    return result
