"""YAML (and JSON) to Python values, fast on multi-megabyte specs, with PyYAML's `safe_load` semantics.

PyYAML's `CSafeLoader` parses in C (libyaml) but builds every node object and then every value in Python: on OpenAI's
2.9 MB spec, 1.6 s, of which reading libyaml's events is 0.15 s. `load()` reads libyaml's event stream directly and
builds the values in one loop, resolving each distinct plain scalar once (a spec repeats `type`, `string`,
`description` tens of thousands of times) with PyYAML's own resolver rules and constructors, so the result is the
value `yaml.safe_load` gives (but see below): the same YAML 1.1 booleans, numbers, nulls and dates.

One deliberate difference: an anchor defined a second time is allowed, and an alias refers to its latest definition,
as the YAML specification says ("anchors need not be unique within a serialization"); PyYAML refuses such a file, and
49 versions of OpenAI's published spec are one.

Anything unusual -- an explicit tag, a merge key (`<<`), a non-scalar mapping key, a second document -- falls back to
PyYAML's loader (libyaml's when PyYAML has it, the pure-Python one otherwise), as does a PyYAML built without libyaml.
Errors are PyYAML's `yaml.YAMLError`s either way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

CParser: Any
try:  # PyYAML built with libyaml
    from yaml._yaml import CParser
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    CParser = None

SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
HAS_LIBYAML = CParser is not None

_STR = "tag:yaml.org,2002:str"
_PLAIN_TAGS = frozenset(f"tag:yaml.org,2002:{name}" for name in ("null", "bool", "int", "float", "timestamp", "str"))


class _Unusual(Exception):
    """Something the fast path does not build itself: PyYAML's loader takes over."""


class _Scalars:
    """Plain scalars resolved as SafeLoader resolves them (Resolver's implicit rules, SafeConstructor's constructors),
    each distinct text once."""

    def __init__(self) -> None:
        self._cache: dict[str, Any] = {}
        self._constructor = SafeConstructor()
        self._resolvers = Resolver.yaml_implicit_resolvers

    def plain(self, text: str) -> Any:
        try:
            return self._cache[text]
        except KeyError:
            pass
        tag = _STR
        for candidate, pattern in self._resolvers.get(text[:1], []) + self._resolvers.get(None, []):
            if pattern.match(text):
                tag = candidate
                break
        if tag not in _PLAIN_TAGS:
            raise _Unusual(tag)  # merge keys, `=`, `!`...: PyYAML decides
        value: Any = text
        if tag != _STR:
            value = self._constructor.yaml_constructors[tag](self._constructor, ScalarNode(tag, text))
        self._cache[text] = value
        return value


def load(text: str) -> Any:
    """The value of the first document in `text` (None for an empty stream), as `yaml.safe_load(text)` would give."""
    if CParser is None:
        return yaml.load(text, Loader=SAFE_LOADER)
    try:
        return _load_events(text)
    except _Unusual:
        return yaml.load(text, Loader=SAFE_LOADER)


def _load_events(text: str) -> Any:
    parser = CParser(text)
    scalars = _Scalars()
    anchors: dict[str, Any] = {}
    # Each open collection: (the dict or list, the anchor to record, the pending mapping key or a marker).
    stack: list[list[Any]] = []
    no_key = stack  # a sentinel no key can be
    result: Any = None
    done = False
    get_event: Callable[[], Any] = parser.get_event  # libyaml's events, untyped
    try:
        while True:
            event = get_event()
            kind = type(event).__name__
            if kind == "ScalarEvent":
                if event.tag is not None:
                    raise _Unusual(event.tag)
                value: Any = scalars.plain(event.value) if event.implicit[0] and not event.style else event.value
                if event.anchor is not None:
                    anchors[event.anchor] = value
            elif kind == "MappingStartEvent" or kind == "SequenceStartEvent":
                if event.tag is not None:
                    raise _Unusual(event.tag)
                container: Any = {} if kind == "MappingStartEvent" else []
                if event.anchor is not None:
                    anchors[event.anchor] = container
                stack.append([container, no_key])
                continue
            elif kind == "MappingEndEvent" or kind == "SequenceEndEvent":
                value = stack.pop()[0]
            elif kind == "AliasEvent":
                if event.anchor not in anchors:
                    raise _Unusual(event.anchor)  # PyYAML raises its own error for an unknown alias
                value = anchors[event.anchor]
            elif kind == "DocumentEndEvent":
                done = True
                continue
            elif kind == "StreamEndEvent":
                return result
            else:  # StreamStart, DocumentStart
                if done:
                    raise _Unusual("more than one document")  # PyYAML's error
                continue
            if not stack:
                result = value
                continue
            top = stack[-1]
            target = top[0]
            if type(target) is list:
                target.append(value)
            elif top[1] is no_key:
                if isinstance(value, dict | list):
                    raise _Unusual("a collection as a mapping key")
                top[1] = value
            else:
                target[top[1]] = value
                top[1] = no_key
    finally:
        parser.dispose()
