"""What the spec-change tools cost on a real vendor's scale (run by `nox -s bench`; printed, never asserted).

1. **OpenAI's spec** (2.9 MB, ~260 operations, deeply composed): loading two consecutive versions and classifying the
   pair, `nox -s upstream`'s comparison of one with the other, and the memory it takes. Read from a local git
   checkout of github.com/openai/openai-openapi (nothing is downloaded): `--git-dir DIR` or $SPECCHANGES_BENCH_GIT
   (nothing is looked for elsewhere), and `--commits OLD NEW` or
   $SPECCHANGES_BENCH_COMMITS="OLD NEW" (default: the two newest versions of openapi.yaml there). Without a
   checkout, this figure is skipped and says so.
2. **A synthetic spec** of the same size and shape, generated here (seeded, so every run measures the same
   documents): as many operations and component schemas, oneOf/anyOf of $refs that are compositions themselves,
   discriminators, nullable spellings, long descriptions; and a second version with the kinds of change a day
   upstream brings. Labelled synthetic: it needs no download, and is not OpenAI's spec.

    python -m benchmarks.specchanges [--git-dir DIR] [--commits OLD NEW] [--repeats N]
"""

from __future__ import annotations

import argparse
import copy
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.specchanges import classify  # noqa: E402
from scripts.specchanges.openapi import Document, Loader, parse_text  # noqa: E402
from scripts.specchanges.repo import check_upstream  # noqa: E402

SPEC_PATH = "openapi.yaml"


def _median(fn: Callable[[], Any], repeats: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeats):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def _load(text: str, name: str) -> Document:
    return Loader().from_dict(parse_text(text, name), f"<{name}>")


def _peak_memory(fn: Callable[[], Any]) -> float:
    """MiB allocated at the peak of `fn` (tracemalloc: Python objects only, and slower while it traces)."""
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def measure_pair(old_text: str, new_text: str, label: str, repeats: int) -> dict[str, float]:
    """Load both versions and classify the pair, `repeats` times; the medians."""
    load_s, _ = _median(lambda: (_load(old_text, "old"), _load(new_text, "new")), repeats)
    classify_times, changes = [], []
    for _ in range(repeats):
        old, new = _load(old_text, "old"), _load(new_text, "new")  # fresh documents: nothing cached from last time
        started = time.perf_counter()
        changes = classify(old, new)
        classify_times.append(time.perf_counter() - started)
    classify_s = statistics.median(classify_times)
    peak = _peak_memory(lambda: classify(_load(old_text, "old"), _load(new_text, "new")))
    size = (len(old_text.encode()) + len(new_text.encode())) / 2 / 2**20
    print(
        f"  {label}: {size:.1f} MB per version; load both {load_s:.2f} s + classify {classify_s:.2f} s "
        f"= {load_s + classify_s:.2f} s per pair (target <= 2 s; median of {repeats}); {len(changes)} changes"
    )
    rss = _rss_mib()
    print(f"    memory: peak {peak:.0f} MiB of Python objects for the pair (tracemalloc); process RSS {rss:.0f} MiB")
    return {"load": load_s, "classify": classify_s, "peak_mib": peak}


def measure_upstream(old_text: str, new_text: str, repeats: int, label: str) -> None:
    """`nox -s upstream -- <vendor> <file>`'s work: our spec (the older version, as a client of a scratch codegen.toml)
    against the vendor's (the newer one), in process and through the command line (a new interpreter, as nox runs
    it, without nox's own start-up)."""
    with tempfile.TemporaryDirectory(prefix="bench-upstream-") as tmp:
        root = Path(tmp)
        (root / "specs").mkdir()
        (root / "specs" / "vendor.yaml").write_text(old_text, encoding="utf-8")
        (root / "theirs.yaml").write_text(new_text, encoding="utf-8")
        (root / "codegen.toml").write_text(
            '[generator]\nopenapi-python-client = "0"\nruff = "0"\ntemplates = "t"\n\n'
            '[clients.vendor]\nspec = "specs/vendor.yaml"\ndirectory = "clients/vendor"\nproject = "vendor-client"\n'
            'package = "vendor_client"\nversion = "0.1.0"\n',
            encoding="utf-8",
        )
        in_process, report = _median(lambda: check_upstream("vendor", str(root / "theirs.yaml"), root), repeats)
        command = [sys.executable, "-m", "scripts.specchanges", "--repo", str(root), "upstream", "vendor"]
        command.append(str(root / "theirs.yaml"))

        def cli() -> None:
            done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
            if done.returncode not in (0, 1):  # 1: blocking differences, which two versions do have
                raise RuntimeError(f"{' '.join(command)} failed:\n{done.stderr}")

        whole, _ = _median(cli, repeats)
    print(
        f"  upstream comparison, {label}: {in_process:.2f} s in process, "
        f"{whole:.2f} s as a command (target for `nox -s upstream` <= 10 s); {len(report.differences)} differences"
    )


# --- OpenAI's spec from a local checkout ----------------------------------------------------------------------------


def _git(git_dir: Path, *args: str) -> str:
    return subprocess.run(["git", "--git-dir", str(git_dir), *args], capture_output=True, text=True, check=True).stdout


def published_spec_figures(git_dir: Path | None, commits: list[str] | None, repeats: int) -> None:
    print("OpenAI's published spec (github.com/openai/openai-openapi, two consecutive versions):")
    if git_dir is None or not git_dir.exists():
        print(
            "  SKIPPED: no local checkout of openai/openai-openapi (set $SPECCHANGES_BENCH_GIT or pass --git-dir); "
            "see the synthetic figure below"
        )
        return
    if not commits:
        commits = list(reversed(_git(git_dir, "log", "-2", "--format=%h", "--", SPEC_PATH).split()))
    old_commit, new_commit = commits
    texts = [_git(git_dir, "show", f"{c}:{SPEC_PATH}") for c in (old_commit, new_commit)]
    print(f"  {git_dir}, {SPEC_PATH} at {old_commit} -> {new_commit}")
    measure_pair(texts[0], texts[1], "classify", repeats)
    measure_upstream(texts[0], texts[1], repeats, "the older version as our spec, the newer as upstream's")


# --- a synthetic spec of the same size and shape ----------------------------------------------------------------------

WORDS = (
    "the model request response token input output stream file image audio tool call function message content "
    "object list value type status created identifier parameter default maximum number text format json schema"
).split()


def _words(rng: random.Random, count: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(count))


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def synthetic_spec(operations: int = 288, schemas: int = 1420, seed: int = 16) -> dict[str, Any]:
    """A spec shaped like OpenAI's (figures of openai-openapi in 2026: 1,422 component schemas, 1,137 of them objects
    with 4.4 properties on average, 131 unions, 1.55 $refs per schema, reference chains 2.2 deep on average and 12 at
    most; 288 operations): objects with enums and nullable fields (`nullable`, `anyOf [X, null]`), arrays of $refs,
    unions (`oneOf`/`anyOf` of $refs, some tagged by a discriminator, some with a member that is a union itself);
    long descriptions. Each schema gets a depth (most shallow, a few 10 deep) and refers only to shallower ones."""
    rng = random.Random(seed)
    depth_of: dict[str, int] = {}
    names = []
    for i in range(schemas):
        name = f"Schema{i:04d}"
        depth = 0
        while depth < 10 and rng.random() < 0.45:
            depth += 1
        depth_of[name] = depth
        names.append(name)
    kinds = {n: ("union" if depth_of[n] > 0 and rng.random() < 0.1 else "object") for n in names}
    objects = [n for n in names if kinds[n] == "object"]

    def shallower(name: str, kind: str | None = None) -> str | None:
        pool = [m for m in names if depth_of[m] < depth_of[name] and (kind is None or kinds[m] == kind)]
        return rng.choice(pool) if pool else None

    components: dict[str, Any] = {}
    for name in names:
        if kinds[name] == "union":
            members = list(dict.fromkeys(m for m in (shallower(name, "object") for _ in range(rng.randint(2, 5))) if m))
            nested = shallower(name, "union") if rng.random() < 0.2 else None
            union: dict[str, Any] = {
                rng.choice(["oneOf", "anyOf"]): [_ref(m) for m in members + ([nested] if nested else [])]
            }
            if not nested and rng.random() < 0.4:
                union["discriminator"] = {
                    "propertyName": "type",
                    "mapping": {f"kind_{m}": _ref(m)["$ref"] for m in members},
                }
            components[name] = union
            continue
        properties: dict[str, Any] = {
            "type": {"type": "string", "enum": [f"kind_{name}"], "description": "The object type."},
            "id": {"type": "string", "description": _words(rng, 12)},
        }
        for p in range(rng.randint(1, 6)):
            roll = rng.random()
            target = shallower(name) if roll < 0.3 else None
            if target and roll < 0.15:
                prop: dict[str, Any] = {"anyOf": [_ref(target), {"type": "null"}]}
            elif target:
                prop = {"type": "array", "items": _ref(target)}
            elif roll < 0.55:
                prop = {"type": rng.choice(["string", "integer", "number", "boolean"])}
            elif roll < 0.7:
                prop = {"type": "string", "enum": [_words(rng, 1) + str(k) for k in range(rng.randint(2, 8))]}
            elif roll < 0.85:
                prop = {"type": "string", "nullable": True, "maxLength": rng.randint(8, 4096)}
            else:
                prop = {"type": "object", "additionalProperties": {"type": "string"}}
            prop["description"] = _words(rng, rng.randint(8, 60))
            properties[f"field_{p}"] = prop
        components[name] = {
            "type": "object",
            "title": f"{name} object",
            "description": _words(rng, rng.randint(20, 120)),
            "properties": properties,
            "required": ["type", "id"],
        }
    paths: dict[str, Any] = {}
    tops = sorted(names, key=lambda n: -depth_of[n])[: max(1, schemas // 4)]
    for index in range(operations):
        path = f"/resource{index // 4}" + ("" if index % 4 < 2 else "/{id}")
        method = ("post", "get", "get", "delete")[index % 4]
        operation: dict[str, Any] = {
            "operationId": f"operation{index}",
            "summary": _words(rng, 6),
            "description": _words(rng, rng.randint(40, 400)),
            "responses": {
                "200": {"description": "OK", "content": {"application/json": {"schema": _ref(rng.choice(tops))}}}
            },
        }
        if "{id}" in path:
            operation["parameters"] = [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]
        if method == "post":
            body = rng.choice([n for n in tops if kinds[n] == "object"] or objects)
            operation["requestBody"] = {"required": True, "content": {"application/json": {"schema": _ref(body)}}}
        paths.setdefault(path, {})[method] = operation
    return {
        "openapi": "3.0.0",
        "info": {"title": "synthetic", "version": "1.0.0"},
        "paths": paths,
        "components": {"schemas": components},
    }


def synthetic_change(spec: dict[str, Any], seed: int = 17) -> dict[str, Any]:
    """The next version: a day's worth of upstream changes (fields added, enum values added and removed, a union
    member added or removed, nullability, a property made required, an operation added)."""
    rng = random.Random(seed)
    new = copy.deepcopy(spec)
    schemas = new["components"]["schemas"]
    objects = [n for n, s in schemas.items() if "properties" in s]
    unions = [n for n, s in schemas.items() if "properties" not in s]
    for name in rng.sample(objects, min(25, len(objects))):
        schemas[name]["properties"][f"added_{rng.randint(0, 99)}"] = {"type": "string", "description": "New."}
    for name in rng.sample(objects, min(10, len(objects))):
        for prop in schemas[name]["properties"].values():
            if "enum" in prop and len(prop["enum"]) > 1 and prop is not schemas[name]["properties"]["type"]:
                prop["enum"] = prop["enum"][1:] + ["added_value"]
                break
    for name in rng.sample(unions, min(6, len(unions))):
        members = schemas[name].get("oneOf") or schemas[name].get("anyOf")
        if len(members) > 2 and "discriminator" not in schemas[name]:
            members.pop(rng.randrange(len(members)))
        else:
            members.reverse()  # no change: members are matched by identity
    for name in rng.sample(objects, min(8, len(objects))):
        field = next((k for k in schemas[name]["properties"] if k.startswith("field_")), None)
        if field:
            schemas[name]["required"].append(field)
            schemas[name]["properties"][field].pop("nullable", None)
    new["paths"]["/added"] = {
        "get": {"operationId": "added", "responses": {"200": {"description": "OK"}}},
    }
    return new


def synthetic_figures(repeats: int) -> None:
    print("A synthetic spec of the same size and shape (generated here; not OpenAI's spec):")
    spec = synthetic_spec()
    old_text = yaml.safe_dump(spec, sort_keys=False, width=120)
    new_text = yaml.safe_dump(synthetic_change(spec), sort_keys=False, width=120)
    operations = sum(len(item) for item in spec["paths"].values())
    print(f"  {operations} operations, {len(spec['components']['schemas'])} component schemas")
    measure_pair(old_text, new_text, "classify", repeats)
    measure_upstream(old_text, new_text, repeats, "the first version as our spec, the second as upstream's")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.specchanges", description=__doc__)
    env_git = os.environ.get("SPECCHANGES_BENCH_GIT")
    default_git = Path(env_git) if env_git else None
    env_commits = os.environ.get("SPECCHANGES_BENCH_COMMITS", "").split()
    parser.add_argument("--git-dir", type=Path, default=default_git, help="a git dir of openai/openai-openapi")
    parser.add_argument("--commits", nargs=2, metavar=("OLD", "NEW"), default=env_commits or None)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--skip-synthetic", action="store_true")
    args = parser.parse_args(argv)
    print("Spec changes at a vendor's scale (scripts/specchanges; load = YAML + indexing, classify = the comparison)")
    published_spec_figures(args.git_dir, args.commits, args.repeats)
    if not args.skip_synthetic:
        synthetic_figures(args.repeats)
    return 0


if __name__ == "__main__":
    sys.exit(main())
