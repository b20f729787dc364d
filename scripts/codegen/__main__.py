"""Command line of the pipeline: `python -m scripts.codegen {generate,drift} [client ...]`.

Each client's `codegen.lock.json` records the digest of everything its tree is made from (spec, templates, pipeline
code, generator and ruff pins, generator options) and the sha256 of every generated file. So:

- `generate` skips a client whose recorded inputs are today's and whose files are the recorded ones (`--force`
  regenerates anyway), and regenerates the others in parallel, one process per client ($CODEGEN_JOBS at most);
- `drift` passes a client in the same state without regenerating it: a hand edit, an added or deleted file, or an
  input changed since the last generation (a stale tree) all break the record, and the client is then regenerated
  and compared byte for byte, for the diff. `--full` (and CI, where `CI` is set) regenerates every client and
  compares it byte for byte whatever the record says: the proof that the pipeline reproduces the committed trees.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from . import config as config_module
from .config import ClientConfig, CodegenConfig
from .postprocess import PatchError
from .render import GenerationError, check_pins, inputs, inputs_digest, render
from .tree import LOCK_NAME, compare, file_hashes, short_diff, sync


def recorded_state(client: ClientConfig, config: CodegenConfig) -> str | None:
    """None when the client's tree is what its lock records and the lock records today's inputs; else why not."""
    lock_path = client.directory / LOCK_NAME
    try:
        lock = json.loads(lock_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "no readable codegen.lock.json"
    if not isinstance(lock, dict) or not isinstance(lock.get("files"), dict) or not lock["files"]:
        return "codegen.lock.json records no file hashes"
    if lock.get("inputs_sha256") != inputs_digest(inputs(client, config)):
        return "inputs changed since the last generation"
    if file_hashes(client.directory, client.keep) != lock["files"]:
        return "files differ from the ones recorded"
    return None


def _render_one(client: ClientConfig, config: CodegenConfig, dest: str) -> None:
    render(client, config, Path(dest))


def _jobs(count: int) -> int:
    """How many clients to generate at once: $CODEGEN_JOBS, else one per CPU."""
    wanted = os.environ.get("CODEGEN_JOBS", "")
    return max(1, min(count, int(wanted) if wanted.isdigit() else os.cpu_count() or 1))


@contextmanager
def rendered(clients: list[ClientConfig], config: CodegenConfig) -> Iterator[dict[str, Path]]:
    """Fresh trees of `clients`, generated in parallel (one process per client, as many at once as there are CPUs:
    most of the time goes to the generator and ruff, each a process of its own)."""
    with tempfile.TemporaryDirectory(prefix="codegen-") as tmp:
        dests = {c.name: Path(tmp) / c.name / "fresh" for c in clients}
        if _jobs(len(clients)) == 1:
            for client in clients:
                render(client, config, dests[client.name])
        else:
            check_pins(config)
            with ProcessPoolExecutor(max_workers=_jobs(len(clients))) as pool:
                futures = [pool.submit(_render_one, c, config, str(dests[c.name])) for c in clients]
                for future in futures:
                    future.result()  # the first failure, in config order
        yield dests


def generate(names: list[str], config_path: Path, *, force: bool = False) -> int:
    config = config_module.load(config_path)
    selected = config.select(names)
    stale = [c for c in selected if force or recorded_state(c, config) is not None]
    for client in selected:
        if client not in stale:
            print(f"{client.name}: unchanged (inputs and files as codegen.lock.json records them)")
    with rendered(stale, config) as fresh_trees:
        for client in stale:
            fresh = fresh_trees[client.name]
            diff = compare(client.directory, fresh, client.keep)
            client.directory.mkdir(parents=True, exist_ok=True)
            sync(client.directory, fresh, client.keep)
            seeded = [k for k in client.keep if not (client.directory / k).exists() and (fresh / k).is_file()]
            for rel in seeded:  # a new client starts from the generator's version of a kept file
                shutil.copyfile(fresh / rel, client.directory / rel)
            print(f"{client.name}: {diff.summary()}")
            for label, files in (("changed", diff.changed), ("added", diff.added), ("removed", diff.removed)):
                for rel in files:
                    print(f"  {label:8} {client.directory.relative_to(config.root) / rel}")
            for rel in seeded:
                print(
                    f"  seeded   {client.directory.relative_to(config.root) / rel} "
                    "(kept file: edit it by hand from now on)"
                )
    return 0


def drift(names: list[str], config_path: Path, *, full: bool = False) -> int:
    config = config_module.load(config_path)
    selected = config.select(names)
    missing_kept = {
        c.name: [k for k in c.keep if k.endswith(".py") and not (c.directory / k).is_file()] for c in selected
    }
    to_render = [c for c in selected if full or missing_kept[c.name] or recorded_state(c, config) is not None]
    drifted = []
    with rendered(to_render, config) as fresh_trees:
        for client in selected:
            spec = client.spec.relative_to(config.root)
            if client not in to_render:
                print(f"{client.name}: in step with {spec}")
                continue
            fresh = fresh_trees[client.name]
            diff = compare(client.directory, fresh, client.keep)
            if not diff and not missing_kept[client.name]:
                print(f"{client.name}: in step with {spec}")
                continue
            drifted.append(client.name)
            where = client.directory.relative_to(config.root)
            print(f"{client.name}: DRIFT between {spec} and {where} ({diff.summary()})")
            for rel in diff.changed:
                print(f"  changed: {where / rel}")
                print("    " + short_diff(client.directory, fresh, rel).replace("\n", "\n    ").rstrip())
            for rel in diff.added:
                print(f"  missing from the committed client (the spec would generate it): {where / rel}")
            for rel in diff.removed:
                print(f"  committed but no longer generated (or added by hand outside the keep list): {where / rel}")
            for rel in missing_kept[client.name]:
                print(f"  kept file listed in codegen.toml is missing: {where / rel}")
    if drifted:
        print(
            f"\nDrift in {', '.join(drifted)}. If the spec change is intended, run `nox -s generate` and commit the "
            "result; if a generated file was edited by hand, move the change into the spec, the templates or "
            "scripts/codegen/postprocess.py."
        )
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.codegen", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("command", choices=("generate", "drift"))
    parser.add_argument("clients", nargs="*", help="client names from codegen.toml (default: all)")
    parser.add_argument("--config", type=Path, default=config_module.CONFIG_PATH, help="path to codegen.toml")
    parser.add_argument("--force", action="store_true", help="generate: regenerate even clients recorded as current")
    parser.add_argument(
        "--full",
        action="store_true",
        default=bool(os.environ.get("CI")),
        help="drift: regenerate every client and compare byte for byte (the default where CI is set)",
    )
    args = parser.parse_args(argv)
    try:
        if args.command == "generate":
            return generate(args.clients, args.config, force=args.force)
        return drift(args.clients, args.config, full=args.full)
    except (config_module.ConfigError, GenerationError, PatchError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
