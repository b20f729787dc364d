"""Classify every pair of consecutive versions of a spec in a git history: the classifier's regression run at a real
vendor's scale (OpenAI publishes its 2.9 MB spec in `openai/openai-openapi` and changes it about three times a day).

    python -m scripts.specchanges history [GIT_DIR] [--path openapi.yaml] [--since REV] [--until REV] [--limit N]

Each version is read once (`git show`) and compared with the previous *readable* one: a version that is not valid
YAML or whose `$ref`s do not resolve (a vendor's history has a few) is reported as unreadable and skipped, which is
the vendor's error, not ours. Any other exception while classifying is a bug here: it is counted, with its traceback,
and makes the run fail. Nothing is downloaded: point it at any local clone.
"""

from __future__ import annotations

import datetime
import os
import subprocess
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .classify import Change, classify
from .openapi import Document, Loader, SpecError, operations, parse_text

# A clone of a vendor's spec repository (e.g. openai/openai-openapi) is named by this variable or on the command line:
# nothing here knows where one lives on a given machine.
GIT_DIR_VARIABLE = "SPECCHANGES_HISTORY_GIT"


class HistoryError(Exception):
    """The git directory or a revision cannot be read."""


def default_git_dir() -> Path | None:
    """$SPECCHANGES_HISTORY_GIT, else None."""
    named = os.environ.get(GIT_DIR_VARIABLE)
    if named:
        return Path(named)
    return None


def _git(git_dir: Path, *args: str) -> str:
    done = subprocess.run(["git", "-C", str(git_dir), *args], capture_output=True, text=True)
    if done.returncode != 0:
        raise HistoryError(f"git {' '.join(args)} in {git_dir}: {done.stderr.strip()}")
    return done.stdout


def versions(git_dir: Path, path: str, *, since: str | None = None, until: str | None = None) -> list[str]:
    """The commits that change `path`, oldest first (`since` excluded, `until` included, as `git log A..B`)."""
    span = f"{since}..{until or 'HEAD'}" if since else (until or "HEAD")
    return _git(git_dir, "log", "--format=%h", "--reverse", span, "--", path).split()


def load_version(git_dir: Path, commit: str, path: str) -> Document:
    """The spec at `commit`, parsed (SpecError when the commit removed it or it is not valid YAML)."""
    try:
        text = _git(git_dir, "show", f"{commit}:{path}")
    except HistoryError as exc:
        raise SpecError(f"{path} at {commit} cannot be read: {exc}") from None
    return Loader().from_dict(parse_text(text, f"{path} at {commit}"), f"<{commit}>")


@dataclass
class PairResult:
    old: str
    new: str
    seconds: float
    changes: list[Change] = field(default_factory=list)
    error: str | None = None  # a traceback: a bug in the classifier

    def levels(self) -> Counter[str]:
        return Counter(c.level.value for c in self.changes)


@dataclass
class HistoryRun:
    git_dir: str
    path: str
    pairs: list[PairResult] = field(default_factory=list)
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # (commit, why)
    load_seconds: float = 0.0

    @property
    def exceptions(self) -> list[PairResult]:
        return [p for p in self.pairs if p.error is not None]

    @property
    def classify_seconds(self) -> float:
        return sum(p.seconds for p in self.pairs)

    def to_dict(self, *, details: bool = False) -> dict[str, Any]:
        return {
            "git_dir": self.git_dir,
            "path": self.path,
            "pairs_classified": len(self.pairs),
            "unreadable_versions": [{"commit": c, "why": why} for c, why in self.unreadable],
            "exceptions": len(self.exceptions),
            "load_seconds": round(self.load_seconds, 3),
            "classify_seconds": round(self.classify_seconds, 3),
            "pairs": [
                {
                    "old": p.old,
                    "new": p.new,
                    "seconds": round(p.seconds, 4),
                    "levels": dict(p.levels()),
                    "checks": dict(Counter(c.check_id for c in p.changes)),
                    **({"changes": [c.to_dict() for c in p.changes]} if details else {}),
                    **({"error": p.error} if p.error else {}),
                }
                for p in self.pairs
            ],
        }


def run_history(
    git_dir: Path,
    path: str,
    commits: list[str],
    *,
    today: datetime.date | None = None,
    on_pair: Callable[[PairResult], None] | None = None,
) -> HistoryRun:
    """Classify each version in `commits` (oldest first) against the previous readable one."""
    run = HistoryRun(str(git_dir), path)
    previous: tuple[str, Document] | None = None
    for commit, document, error in _documents(git_dir, path, commits, run):
        if error is not None:
            run.unreadable.append((commit, error))
            continue
        assert document is not None
        if previous is not None:
            started = time.perf_counter()
            try:
                result = PairResult(previous[0], commit, 0.0, classify(previous[1], document, today=today))
            except Exception:  # noqa: BLE001 - a crash on real input is what this run exists to find
                result = PairResult(previous[0], commit, 0.0, error=traceback.format_exc())
            result.seconds = time.perf_counter() - started
            run.pairs.append(result)
            if on_pair is not None:
                on_pair(result)
        previous = (commit, document)
    return run


def _documents(
    git_dir: Path, path: str, commits: list[str], run: HistoryRun
) -> Iterator[tuple[str, Document | None, str | None]]:
    for commit in commits:
        started = time.perf_counter()
        try:
            document = load_version(git_dir, commit, path)
            operations(document)  # every operation and its $refs resolvable, or the version is unreadable
        except SpecError as exc:
            run.load_seconds += time.perf_counter() - started
            yield commit, None, str(exc).splitlines()[0]
            continue
        run.load_seconds += time.perf_counter() - started
        yield commit, document, None
