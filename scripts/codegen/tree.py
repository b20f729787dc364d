"""Comparing a committed client tree with a freshly generated one."""

from __future__ import annotations

import difflib
import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path

# Build and tool by-products that may sit in a working tree but are never part of a client.
_IGNORED_DIRS = {"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache", "build", "dist"}


def _ignored(rel: Path) -> bool:
    return any(part in _IGNORED_DIRS or part.endswith(".egg-info") for part in rel.parts) or rel.suffix == ".pyc"


def list_files(root: Path, keep: tuple[str, ...] = ()) -> dict[str, Path]:
    """Generated files under `root` by relative POSIX path: everything except kept and ignored files."""
    if not root.is_dir():
        return {}
    kept = set(keep)
    files = {}
    for path in root.rglob("*"):
        rel = path.relative_to(root)
        if path.is_file() and not _ignored(rel) and rel.as_posix() not in kept:
            files[rel.as_posix()] = path
    return dict(sorted(files.items()))


LOCK_NAME = "codegen.lock.json"  # written last, holding the hashes of the others


def file_hashes(root: Path, keep: tuple[str, ...] = ()) -> dict[str, str]:
    """sha256 of every generated file under `root` (kept, ignored files and the lock itself left out)."""
    return {
        rel: hashlib.sha256(path.read_bytes()).hexdigest()
        for rel, path in list_files(root, keep).items()
        if rel != LOCK_NAME
    }


@dataclass(frozen=True)
class TreeDiff:
    added: tuple[str, ...]  # in the fresh tree only
    removed: tuple[str, ...]  # in the committed tree only
    changed: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)

    def summary(self) -> str:
        if not self:
            return "unchanged"
        parts = [
            f"{len(v)} {k}"
            for k, v in (("changed", self.changed), ("added", self.added), ("removed", self.removed))
            if v
        ]
        return ", ".join(parts)


def compare(committed: Path, fresh: Path, keep: tuple[str, ...]) -> TreeDiff:
    old, new = list_files(committed, keep), list_files(fresh, keep)
    return TreeDiff(
        added=tuple(sorted(new.keys() - old.keys())),
        removed=tuple(sorted(old.keys() - new.keys())),
        changed=tuple(sorted(k for k in old.keys() & new.keys() if old[k].read_bytes() != new[k].read_bytes())),
    )


def short_diff(committed: Path, fresh: Path, rel: str, max_lines: int = 30) -> str:
    """A unified diff of one file, committed -> regenerated, cut to `max_lines` lines."""

    def lines(path: Path) -> list[str]:
        return path.read_text(encoding="utf-8", errors="replace").splitlines(keepends=True) if path.is_file() else []

    diff = list(
        difflib.unified_diff(lines(committed / rel), lines(fresh / rel), f"committed/{rel}", f"regenerated/{rel}")
    )
    if len(diff) > max_lines:
        diff = diff[:max_lines] + [f"... ({len(diff) - max_lines} more diff lines)\n"]
    return "".join(diff)


def sync(target: Path, fresh: Path, keep: tuple[str, ...]) -> None:
    """Make `target` hold exactly the fresh generated files, leaving kept and ignored files alone."""
    for rel, path in list_files(target, keep).items():
        if not (fresh / rel).is_file():
            path.unlink()
    for rel, path in list_files(fresh, keep).items():
        dest = target / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, dest)
    for directory in sorted((p for p in target.rglob("*") if p.is_dir()), reverse=True):
        if not any(directory.iterdir()):
            directory.rmdir()
