"""What a change to a generated package's public API is (`ApiChange`), without griffe: the spec-change tools that do
not compare Python APIs (`upstream`, `classify`) import this, not `pyapi`, and so need only PyYAML."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any


class ApiError(Exception):
    """A client package cannot be extracted from git or loaded."""


@dataclass(frozen=True)
class ApiChange:
    """One change to the public API of a generated package. All of them can break user code.

    `kind`: removed, renamed, parameter-removed, parameter-renamed, parameter-added-required,
    parameter-became-required, parameter-default-changed, parameter-moved, parameter-kind-changed, kind-changed,
    return-changed, base-removed. `path` is the dotted path inside the package (`models.indexing_job_phase.
    IndexingJobPhase.BATCH_JOB_PHASE_ERROR`); `name` what user code writes; `object_kind` module, class, function,
    attribute, enum-member or constructor."""

    kind: str
    path: str
    name: str
    object_kind: str
    text: str
    advice: str
    parameter: str | None = None
    old: str | None = None
    new: str | None = None
    functions: tuple[str, ...] = ()  # the operation functions sharing this change (sync, asyncio, ...)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "path": self.path,
            "name": self.name,
            "object_kind": self.object_kind,
            "text": self.text,
            "advice": self.advice,
            "parameter": self.parameter,
            "old": self.old,
            "new": self.new,
        }

    def __str__(self) -> str:
        return f"{self.text} {self.advice}".strip()


_NON_ALNUM = re.compile(r"[^a-z0-9]")


def norm(name: str) -> str:
    """A name compared across spellings: `IndexingJobPhase`, `indexing_job_phase` and `indexing-job-phase` agree."""
    return _NON_ALNUM.sub("", name.lower())
