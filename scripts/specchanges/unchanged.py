"""Which parts of two versions of a spec are provably the same, without comparing them schema by schema.

Consecutive versions of a vendor's spec differ in a handful of places: most components and operations are the same
text, and so are everything they reference. `Unchanged.same(old, new)` says so cheaply: the two values are equal as
parsed data (a deep comparison in C) *and* every `$ref` inside them, followed transitively, leads to a component that
is equal in both versions. Such a pair yields no change at all, so the classifier skips it; anything else is compared
in full. A component is the unit (`#/components/schemas/Job`, `#/components/parameters/PerPage`, a path item): a
`$ref` into part of one counts as a reference to all of it. References into other files are never taken as the same
(those specs are simply compared in full).
"""

from __future__ import annotations

from typing import Any

from .openapi import Document, Node


def _unit(ref: str) -> str | None:
    """The component a local `$ref` points into (`#/components/schemas/Job` for
    `#/components/schemas/Job/properties/x`), None for a reference into another file."""
    if not ref.startswith("#"):
        return None
    parts = ref.split("/")
    if len(parts) >= 4 and parts[1] == "components":
        return "/".join(parts[:4])
    if len(parts) >= 3 and parts[1] == "paths":
        return "/".join(parts[:3])
    return ref


def _refs(value: Any) -> set[str]:
    """The `$ref` strings anywhere in a parsed value."""
    found: set[str] = set()
    stack = [value]
    while stack:
        item = stack.pop()
        if type(item) is dict:
            ref = item.get("$ref")
            if type(ref) is str:
                found.add(ref)
            stack.extend(v for v in item.values() if type(v) is dict or type(v) is list)
        elif type(item) is list:
            stack.extend(v for v in item if type(v) is dict or type(v) is list)
    return found


class Unchanged:
    """Answers "is this pair of nodes provably the same in both documents?" for one pair of documents."""

    def __init__(self, old: Document, new: Document) -> None:
        self._old, self._new = old, new
        self._clean: dict[str, bool] = {}  # unit -> equal in both versions, and everything it reaches too
        self.skipped = 0  # pairs answered "the same" (for the benchmark)

    def same(self, old: Node | None, new: Node | None) -> bool:
        if old is None or new is None:
            return old is None and new is None
        if old.doc is not self._old or new.doc is not self._new:
            return False
        if old.value is not new.value and old.value != new.value:
            return False
        for ref in _refs(old.value):
            if not self._unit_clean(ref):
                return False
        self.skipped += 1
        return True

    def _unit_clean(self, ref: str) -> bool:
        start = _unit(ref)
        if start is None:
            return False
        known = self._clean.get(start)
        if known is not None:
            return known
        # Everything `start` reaches through units not yet known; dirty as soon as one differs.
        seen = {start}
        todo = [start]
        clean = True
        while todo and clean:
            unit = todo.pop()
            status = self._clean.get(unit)
            if status is True:
                continue
            if status is False:
                clean = False
                break
            old_value, new_value = self._lookup(self._old, unit), self._lookup(self._new, unit)
            if old_value is _ABSENT or new_value is _ABSENT or (old_value is not new_value and old_value != new_value):
                clean = False
                break
            for inner in _refs(old_value):
                target = _unit(inner)
                if target is None:
                    clean = False
                    break
                if target not in seen:
                    seen.add(target)
                    todo.append(target)
        if clean:
            for unit in seen:  # everything reached is the same in both, so each of them is clean by itself
                self._clean[unit] = True
        else:
            self._clean[start] = False
        return clean

    @staticmethod
    def _lookup(doc: Document, unit: str) -> Any:
        value: Any = doc.root
        for part in unit.split("/")[1:]:
            name = part.replace("~1", "/").replace("~0", "~")
            if isinstance(value, dict) and name in value:
                value = value[name]
            else:
                return _ABSENT
        return value


_ABSENT = object()
