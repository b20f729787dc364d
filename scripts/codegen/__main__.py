"""Command line of the pipeline: `python -m scripts.codegen {generate,drift} [client ...]`."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from . import config as config_module
from .postprocess import PatchError
from .render import GenerationError, render
from .tree import compare, short_diff, sync


def generate(names: list[str], config_path: Path) -> int:
    config = config_module.load(config_path)
    for client in config.select(names):
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / "fresh"
            render(client, config, fresh)
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
                f"  seeded   {client.directory.relative_to(config.root) / rel} (kept file: edit it by hand from now on)"
            )
    return 0


def drift(names: list[str], config_path: Path) -> int:
    config = config_module.load(config_path)
    drifted = []
    for client in config.select(names):
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / "fresh"
            render(client, config, fresh)
            diff = compare(client.directory, fresh, client.keep)
            missing_kept = [k for k in client.keep if k.endswith(".py") and not (client.directory / k).is_file()]
            if not diff and not missing_kept:
                print(f"{client.name}: in step with {client.spec.relative_to(config.root)}")
                continue
            drifted.append(client.name)
            where = client.directory.relative_to(config.root)
            print(f"{client.name}: DRIFT between {client.spec.relative_to(config.root)} and {where} ({diff.summary()})")
            for rel in diff.changed:
                print(f"  changed: {where / rel}")
                print("    " + short_diff(client.directory, fresh, rel).replace("\n", "\n    ").rstrip())
            for rel in diff.added:
                print(f"  missing from the committed client (the spec would generate it): {where / rel}")
            for rel in diff.removed:
                print(f"  committed but no longer generated (or added by hand outside the keep list): {where / rel}")
            for rel in missing_kept:
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
    parser = argparse.ArgumentParser(prog="python -m scripts.codegen", description=__doc__)
    parser.add_argument("command", choices=("generate", "drift"))
    parser.add_argument("clients", nargs="*", help="client names from codegen.toml (default: all)")
    parser.add_argument("--config", type=Path, default=config_module.CONFIG_PATH, help="path to codegen.toml")
    args = parser.parse_args(argv)
    try:
        command = generate if args.command == "generate" else drift
        return command(args.clients, args.config)
    except (config_module.ConfigError, GenerationError, PatchError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
