"""Checked-in files of reviewed changes and differences.

- `specs/accepted-breaking-changes.yaml`: spec changes accepted without the version bump their level calls for.
- `specs/<spec>.upstream-accepted.yaml`: known differences between our spec and the vendor's, each with its reason.

Both are YAML with a top-level `accepted:` list. An entry names what it accepts by `id` (a check id; `kind` in the
upstream file), `operation` ("GET /v2/things/{id}") and `location` (as printed in the reports), and says why in
`reason` (required). `operation`, `location` and, in the breaking file, `spec` default to `*`; upstream entries may
also match the two sides' values with `ours` and `theirs` (as printed in the report). In every pattern `*` matches any
run of characters and nothing else is special.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml


class AcceptedFileError(Exception):
    """An accepted-changes file is malformed."""


def wildcard(pattern: str, text: str) -> bool:
    """`*` matches any run of characters; everything else matches itself."""
    regex = ".*".join(re.escape(part) for part in pattern.split("*"))
    return re.fullmatch(regex, text, flags=re.DOTALL) is not None


@dataclass(frozen=True)
class AcceptedEntry:
    id: str
    reason: str
    operation: str = "*"
    location: str = "*"
    spec: str = "*"
    ours: str = "*"
    theirs: str = "*"

    def matches(
        self, check_id: str, operation: str, location: str, spec: str = "", ours: str = "", theirs: str = ""
    ) -> bool:
        return (
            wildcard(self.id, check_id)
            and wildcard(self.operation, operation)
            and wildcard(self.location, location)
            and (not spec or wildcard(self.spec, spec))
            and wildcard(self.ours, ours)
            and wildcard(self.theirs, theirs)
        )

    def describe(self) -> str:
        parts = [self.id, self.spec, self.operation, self.location]
        parts += [f"ours={self.ours}", f"theirs={self.theirs}"]
        return " ".join(p for p in parts if p != "*" and not p.endswith("=*"))


def parse_accepted(data: Any, where: str, *, key: str = "id") -> list[AcceptedEntry]:
    if data is None:
        return []
    items = data.get("accepted") if isinstance(data, dict) else data
    if items is None:
        return []
    if not isinstance(items, list):
        raise AcceptedFileError(f"{where}: `accepted` must be a list")
    entries = []
    allowed = {key, "reason", "operation", "location"} | ({"spec"} if key == "id" else {"ours", "theirs"})
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise AcceptedFileError(f"{where}: accepted[{i}] must be a mapping")
        unknown = set(item) - allowed
        if unknown:
            raise AcceptedFileError(f"{where}: accepted[{i}] has unknown key(s) {', '.join(sorted(unknown))}")
        for field in (key, "reason"):
            if not isinstance(item.get(field), str) or not item[field].strip():
                raise AcceptedFileError(f"{where}: accepted[{i}] needs a non-empty `{field}`")
        for field in ("operation", "location", "spec", "ours", "theirs"):
            if field in item and not isinstance(item[field], str):
                raise AcceptedFileError(f"{where}: accepted[{i}].{field} must be a string")
        entries.append(
            AcceptedEntry(
                id=item[key].strip(),
                reason=" ".join(item["reason"].split()),
                operation=item.get("operation", "*"),
                location=item.get("location", "*"),
                spec=item.get("spec", "*"),
                ours=item.get("ours", "*"),
                theirs=item.get("theirs", "*"),
            )
        )
    return entries


def load_accepted(path: Path, *, key: str = "id") -> list[AcceptedEntry]:
    """The entries of an accepted file (none when the file does not exist)."""
    if not path.is_file():
        return []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise AcceptedFileError(f"{path}: not valid YAML: {exc}") from exc
    return parse_accepted(data, str(path), key=key)


def find(
    entries: Sequence[AcceptedEntry],
    check_id: str,
    operation: str,
    location: str,
    spec: str = "",
    ours: str = "",
    theirs: str = "",
) -> AcceptedEntry | None:
    return next((e for e in entries if e.matches(check_id, operation, location, spec, ours, theirs)), None)
