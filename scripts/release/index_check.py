"""Install by name from a real package index: what a user of the published packages gets (`nox -s index`).

    python -m scripts.release.index_check [--workdir DIR]

Runs in an environment that has pypiserver, twine and uv (the nox session installs them), and:

1. builds every package of the repository (sdist, then the wheel from the sdist, as the release workflow does),
   checks them (`twine check --strict`, scripts/release/distcheck.py);
2. starts pypiserver on 127.0.0.1 (an ephemeral port; no fallback to another index) and uploads them with twine;
3. creates a fresh virtualenv and installs `anyjob[testing]` into it BY NAME: our names from the local index only,
   third-party dependencies from the default public index (uv's first-index strategy: a name the local index has is
   never looked up elsewhere, so nobody who registers one of our names on a public index gets installed);
4. checks that each installed distribution is the very wheel built in step 1 (its RECORD), imported from
   site-packages, at the version in this repository, and that the `anyjob` command runs;
5. runs the demo (scripts/demo.py) with that virtualenv's Python, outside the repository;
6. proves the bounds: uploads a compatible (0.1.1-style patch) and a breaking (next 0.x minor) build of a client;
   an upgrade takes the patch and never the breaking one, and asking for the breaking one next to anyjob is refused;
7. proves the index order: a second loopback index plays a public index where someone registered our client's name
   with a higher version; with the local index first (first-index) the decoy is never chosen, while uv's
   `unsafe-best-match` -- what pip's --extra-index-url does -- would have taken it.

Exits 0 when every step passed; prints the failing step and exits 1 otherwise.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from . import distcheck
from .packages import REPO_ROOT, Package, load
from .versions import bump_breaking, parse

LOCAL_INDEX = "anyjob-local"  # the name of our index in uv's --index NAME=URL


class StepFailed(Exception):
    pass


def step(title: str) -> None:
    print(f"\n--- {title}", flush=True)


def run(cmd: Sequence[str | Path], *, cwd: Path | None = None, check: bool = True, quiet: bool = False,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    shown = " ".join(str(c) if "\n" not in str(c) and len(str(c)) < 100 else "'<script>'" for c in cmd)
    print(f"$ {shown}", flush=True)
    done = subprocess.run([str(c) for c in cmd], cwd=cwd, capture_output=True, text=True, check=False, env=env)
    output = (done.stdout + done.stderr).rstrip()
    if output and not quiet:
        print(output, flush=True)
    if check and done.returncode != 0:
        if quiet:
            print(output, flush=True)
        raise StepFailed(f"{shown}: exit {done.returncode}")
    return done


def uv(*args: str | Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return run([sys.executable, "-m", "uv", *args], **kwargs)  # type: ignore[arg-type]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def pypiserver(packages: Path, log: Path) -> Iterator[str]:
    """A real index serving `packages` on 127.0.0.1; yields its base URL. Uploads need no password; unknown names
    get a 404 (no fallback redirect to a public index)."""
    for _attempt in range(3):  # the port is free when picked; another process could take it before the server does
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        with log.open("a", encoding="utf-8") as log_file:
            server = subprocess.Popen(
                [sys.executable, "-m", "pypiserver", "run", "--host", "127.0.0.1", "--port", str(port),
                 "-a", ".", "-P", ".", "--disable-fallback", "--server", "wsgiref", str(packages)],
                stdout=log_file, stderr=subprocess.STDOUT,
            )
        try:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and server.poll() is None:
                try:
                    with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
                        if response.status == 200:
                            break
                except (urllib.error.URLError, ConnectionError, TimeoutError):
                    time.sleep(0.2)
            if server.poll() is not None:
                continue  # it exited (the port was taken): try another
            print(f"pypiserver serving {packages} at {url} (pid {server.pid})", flush=True)
            yield url
            return
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
    raise StepFailed(f"pypiserver did not start; see {log}")


def build(package: Package, source: Path, out: Path) -> list[Path]:
    """sdist, then the wheel built from that sdist (so a file missing from the sdist breaks the wheel here too)."""
    out.mkdir(parents=True)
    uv("build", "--quiet", "--no-cache", "--no-sources", "--out-dir", out, source, quiet=True)
    return sorted(p for p in out.iterdir() if not p.name.startswith("."))  # uv writes a .gitignore there


def record(wheel: Path) -> set[str]:
    """The wheel's RECORD lines for the package's own files (path,hash,size), the installed copy's must equal them."""
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/RECORD"))
        lines = archive.read(name).decode("utf-8").splitlines()
    return {line for line in lines if line and ".dist-info/" not in line.split(",")[0]}


def installed_record(python: Path, project: str) -> set[str]:
    code = (
        "import importlib.metadata as m, sys; "
        f"print(m.distribution({project!r}).read_text('RECORD'))"
    )
    lines = run([python, "-c", code], quiet=True).stdout.splitlines()
    return {line for line in lines if line and ".dist-info/" not in line.split(",")[0] and not line.startswith("..")}


def installed_names(python: Path) -> set[str]:
    """The normalised names of every distribution installed in `python`'s environment."""
    code = "import importlib.metadata as m\nfor d in m.distributions(): print(d.metadata['Name'])"
    return {re.sub(r"[-_.]+", "-", line.strip()).lower() for line in run([python, "-c", code], quiet=True)
            .stdout.splitlines() if line.strip()}


def installed_versions(python: Path, projects: Sequence[str]) -> dict[str, str | None]:
    code = (
        "import importlib.metadata as m, json, sys\n"
        "out = {}\n"
        f"for name in {list(projects)!r}:\n"
        "    try: out[name] = m.version(name)\n"
        "    except m.PackageNotFoundError: out[name] = None\n"
        "print(json.dumps(out))"
    )
    import json

    result: dict[str, str | None] = json.loads(run([python, "-c", code], quiet=True).stdout)
    return result


def install(python: Path, index: str, *requirements: str, extra: Sequence[str] = (), check: bool = True,
            quiet: bool = False) -> subprocess.CompletedProcess[str]:
    """uv pip install from our index first (first-index: our names only from there), public index after it."""
    return uv(
        "pip", "install", "--python", python, "--no-cache",
        "--index", f"{LOCAL_INDEX}={index}/simple/", "--index-strategy", "first-index",
        *extra, *requirements, check=check, quiet=quiet,
    )


def rebuild_with_version(package: Package, version: str, work: Path) -> Path:
    """A copy of a client's source with another version in its pyproject.toml, built as a wheel (the repository is
    untouched)."""
    source = work / f"{package.project}-{version}-src"
    shutil.copytree(REPO_ROOT / package.directory, source, ignore=shutil.ignore_patterns("dist", "build", "*.egg-info"))
    pyproject = source / "pyproject.toml"
    text, count = re.subn(r'^version = "[^"]*"', f'version = "{version}"', pyproject.read_text(), count=1,
                          flags=re.MULTILINE)
    if count != 1:
        raise StepFailed(f"{pyproject}: no version line")
    pyproject.write_text(text)
    out = work / f"dist-{package.project}-{version}"
    uv("build", "--quiet", "--no-cache", "--no-sources", "--wheel", "--out-dir", out, source, quiet=True)
    (wheel,) = out.glob("*.whl")
    return wheel


def check(work: Path) -> None:
    packages = load()
    probe = next(p for p in packages if not p.is_facade)  # the client the bounds and decoy steps play with
    facade = next(p for p in packages if p.is_facade)

    step("1. build every package (sdist + wheel) and check the distributions")
    dists: dict[str, list[Path]] = {}
    for package in packages:
        dists[package.project] = build(package, REPO_ROOT / package.directory, work / "dist" / package.project)
        print(f"{package.project} {package.version}: {', '.join(p.name for p in dists[package.project])}")
        problems = distcheck.check(work / "dist" / package.project, package)
        if problems:
            raise StepFailed("distribution checks:\n  " + "\n  ".join(problems))
    all_files = [f for files in dists.values() for f in files]
    run([sys.executable, "-m", "twine", "check", "--strict", *all_files])

    served = work / "index"
    served.mkdir()
    with pypiserver(served, work / "pypiserver.log") as index:
        step("2. upload every package to the loopback index with twine")
        run([sys.executable, "-m", "twine", "upload", "--non-interactive", "--disable-progress-bar",
             "--repository-url", f"{index}/", "-u", "anyjob", "-p", "loopback", *all_files], quiet=True)
        for package in packages:
            with urllib.request.urlopen(f"{index}/simple/{package.project}/", timeout=10) as response:
                page = response.read().decode()
            for file in dists[package.project]:
                if file.name not in page:
                    raise StepFailed(f"the index does not list {file.name} under /simple/{package.project}/")
        print(f"the index lists {len(all_files)} files of {len(packages)} projects")

        step('3. a fresh virtualenv; install "anyjob[testing]" by name')
        venv = work / "venv"
        uv("venv", "--quiet", "--python", sys.executable, venv)
        python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
        install(python, index, "anyjob[testing]")

        step("4. what got installed is what we built, from site-packages, at this repository's versions")
        versions = installed_versions(python, [p.project for p in packages] + ["starlette", "uvicorn"])
        print(versions)
        for package in packages:
            if versions[package.project] != package.version:
                raise StepFailed(f"{package.project}: installed {versions[package.project]}, built {package.version}")
            wheel = next(f for f in dists[package.project] if f.suffix == ".whl")
            if installed_record(python, package.project) != record(wheel):
                raise StepFailed(f"{package.project}: the installed files are not those of {wheel.name}")
        if not (versions["starlette"] and versions["uvicorn"]):
            raise StepFailed("the [testing] extra's dependencies were not installed")
        tree = installed_names(python)
        if "httpx" in tree or "httpcore" in tree:  # the unmaintained stack: httpx2 and httpcore2 replace them
            raise StepFailed(f"anyjob[testing] installed httpx/httpcore: {sorted(tree)}")
        print(f"{len(tree)} distributions installed; none is httpx or httpcore (httpx2: {'httpx2' in tree})")
        outside = work / "outside"  # neither the repository nor its scripts/ on sys.path
        outside.mkdir()
        module = probe.dist_name
        imports = f"import anyjob, {module}; print(anyjob.__file__, {module}.__file__)"
        where = run([python, "-c", imports], cwd=outside).stdout
        if str(REPO_ROOT) in where or "site-packages" not in where:
            raise StepFailed(f"imported from the wrong place: {where}")
        run([python.parent / "anyjob", "--version"], cwd=outside)
        print(f"every distribution installed is the wheel built in step 1 ({len(packages)} packages)")

        step("5. the demo, against the installed packages")
        demo = outside / "demo.py"
        shutil.copyfile(REPO_ROOT / "scripts" / "demo.py", demo)
        started = time.monotonic()
        done = run([python, demo], cwd=outside, check=False, quiet=True)
        tail = "\n".join(done.stdout.splitlines()[-3:])
        print(f"{tail}\n(demo exit {done.returncode} in {time.monotonic() - started:.1f}s)")
        if done.returncode != 0:
            print(done.stdout[-4000:] + done.stderr[-4000:])
            raise StepFailed("the demo failed against the installed packages")

        step(f"6. the bounds: a compatible and a breaking {probe.project} on the index")
        major, minor, patch = parse(probe.version)
        compatible = f"{major}.{minor}.{patch + 1}"
        breaking = bump_breaking(probe.version)
        uploads = [rebuild_with_version(probe, v, work) for v in (compatible, breaking)]
        run([sys.executable, "-m", "twine", "upload", "--non-interactive", "--disable-progress-bar",
             "--repository-url", f"{index}/", "-u", "anyjob", "-p", "loopback", *uploads], quiet=True)
        install(python, index, "anyjob[testing]", extra=["--upgrade"])
        after = installed_versions(python, [probe.project])[probe.project]
        if after != compatible:
            raise StepFailed(f"an upgrade of anyjob {facade.version} installed {probe.project} {after}, "
                             f"expected the compatible {compatible} (and never the breaking {breaking})")
        print(f"upgrade: {probe.project} {probe.version} -> {after}; {breaking} is on the index and was not taken")
        refused = install(python, index, f"anyjob=={facade.version}", f"{probe.project}=={breaking}", check=False,
                          quiet=True)
        message = refused.stdout + refused.stderr
        if refused.returncode == 0 or probe.project not in message or "unsatisfiable" not in message:
            print(message)
            raise StepFailed(f"anyjob {facade.version} next to {probe.project} {breaking} was not refused")
        print("refused, as it must be:\n  " + "\n  ".join(line for line in message.splitlines() if line.strip()))
        if installed_versions(python, [probe.project])[probe.project] != compatible:
            raise StepFailed("the refused install changed the virtualenv")

    step("7. index order: a decoy index with a higher version of our client's name")
    decoy_dir = work / "decoy"
    decoy_dir.mkdir()
    shutil.copy(rebuild_with_version(probe, "99.0.0", work), decoy_dir)
    empty = work / "empty-venv"
    uv("venv", "--quiet", "--python", sys.executable, empty)
    with pypiserver(served, work / "pypiserver.log") as index, pypiserver(decoy_dir, work / "decoy.log") as decoy:
        def resolve(strategy: str) -> str:
            done = uv("pip", "install", "--dry-run", "--no-deps", "--no-cache", "--python", empty,
                      "--index", f"{LOCAL_INDEX}={index}/simple/", "--index", f"public={decoy}/simple/",
                      "--index-strategy", strategy, probe.project, quiet=True)
            match = re.search(rf"\+ {probe.project}==(\S+)", done.stdout + done.stderr)
            if match is None:
                raise StepFailed(f"no {probe.project} version in uv's dry run:\n{done.stdout}{done.stderr}")
            return match[1]

        safe, unsafe = resolve("first-index"), resolve("unsafe-best-match")
        print(f"first-index (ours): {probe.project}=={safe}; unsafe-best-match (like pip's --extra-index-url): "
              f"{probe.project}=={unsafe}")
        if safe == "99.0.0" or unsafe != "99.0.0":
            raise StepFailed("the index order does not protect our names as it should")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.release.index_check", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workdir", type=Path, help="scratch directory (default: a new temporary one, removed)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    with contextlib.ExitStack() as stack:
        work = args.workdir or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="anyjob-index-")))
        if args.workdir:
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir(parents=True)
        try:
            check(work)
        except StepFailed as exc:
            print(f"\nFAILED: {exc}", flush=True)
            return 1
    print(f"\nindex check passed in {time.monotonic() - started:.0f}s: built, served, installed by name, demo run, "
          "bounds and index order proven", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
