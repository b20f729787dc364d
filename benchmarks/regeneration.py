"""How long `nox -s generate drift` takes for every client together (run by `nox -s bench`; printed, never asserted).

Measured on a scratch copy of the checkout's tracked files, so that the working tree is never regenerated, with
nox's virtualenvs of this checkout reused (`--envdir`, `-R`: the figure is the pipeline's, not pip's):

- **cold**: every client regenerated (`-- --force`: what a change to the templates or the pipeline costs), then
  drift, which finds the trees as just recorded;
- **warm**: nothing changed since the last generation (inputs and files as each codegen.lock.json records them);
- **full drift** (CI): every client regenerated and compared byte for byte (`nox -s drift -- --full`).

    python -m benchmarks.regeneration [--nox "PYTHON -m nox"] [--repeats N]
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
def _copy(dest: Path) -> None:
    """The checkout's tracked files, as they are in the working tree (the pipeline's sessions read the noxfile,
    codegen.toml, specs, clients, scripts and the facade's pyproject.toml)."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for rel in filter(None, listed.decode().split("\0")):
        source = ROOT / rel
        if source.is_file():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, dest / rel)


def _timed(command: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False, env={**os.environ, "CI": ""})
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{shlex.join(command)} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.regeneration", description=__doc__)
    parser.add_argument("--nox", default=f"{shlex.quote(sys.executable)} -m nox", help="how to run nox")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    nox = shlex.split(args.nox)
    clients = tomllib.loads((ROOT / "codegen.toml").read_text(encoding="utf-8"))["clients"]
    print(f"Regeneration of every client together ({len(clients)}: {', '.join(clients)}; {os.cpu_count()} CPUs):")
    if subprocess.run([*nox, "--version"], capture_output=True, check=False).returncode != 0:
        print(f"  SKIPPED: cannot run nox as `{args.nox}` (pass --nox)")
        return 0
    envdir = ROOT / ".nox"
    common = ["--envdir", str(envdir), "-R"] if (envdir / "generate").is_dir() and (envdir / "drift").is_dir() else []
    with tempfile.TemporaryDirectory(prefix="bench-regeneration-") as tmp:
        work = Path(tmp)
        _copy(work)
        base = [*nox, "--no-color", *common]
        _timed([*base, "-s", "generate", "drift"], work)  # builds the virtualenvs if they were not there
        figures = {
            "cold (every client regenerated, then drift)": [*base, "-s", "generate", "drift", "--", "--force"],
            "warm (nothing changed)": [*base, "-s", "generate", "drift"],
            "full drift, as CI runs it (every client regenerated and compared)": [*base, "-s", "drift", "--", "--full"],
        }
        for label, command in figures.items():
            times = [_timed(command, work) for _ in range(args.repeats)]
            print(f"  nox -s {' '.join(command[len(base) + 1 :])}: {statistics.median(times):.1f} s  {label}")
    print("  target: <= 10 s for `nox -s generate drift` (virtualenvs reused; median of the runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
