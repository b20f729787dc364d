"""Sessions for the anyjob monorepo.

    nox                     # the checks CI runs: lint, drift, tests, wheels
    nox -s generate         # regenerate every client from specs/ (nox -s generate -- veryfront for one;
                            # -- --bump also sets versions and changelogs from the spec changes)
    nox -s breaking         # classify spec changes since main; fail on a missing version bump
    nox -s upstream -- digitalocean tests/data/digitalocean-genai-upstream.yaml   # our spec vs the vendor's
    nox -s drift            # fail if a committed client differs from what its spec generates
    nox -s tests            # pytest: specs, clients, pipeline, typing
    nox -s wheels           # build each client as a wheel and import it from a fresh virtualenv
    nox -s bench            # performance figures: simulator capacity, anyjob vs raw httpx and vendor SDKs
    nox -s demo             # the anyjob command line against the three simulators

Everything that shapes generated code is pinned in codegen.toml; this file reads the pins from there.
"""

from __future__ import annotations

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
TEST_REQUIREMENTS = [
    "pytest>=8",
    # hypothesis-jsonschema 0.23.1 (the newest) uses a private hypothesis API that 6.170 removed.
    "hypothesis>=6.100,<=6.155.2",
    "hypothesis-jsonschema>=0.23.1",
    "jsonschema>=4.22",
    "openapi-spec-validator>=0.7",
    "pyyaml>=6",
    "mypy>=1.10",
    "schemathesis>=4.0,<5",
    "requests>=2.31",
    "types-PyYAML",
    "griffe>=1.5",  # the Python API diff of the spec-change tests
]

# The spec-change tools (scripts/specchanges): YAML, and griffe for the Python API of the generated clients.
SPECCHANGES_REQUIREMENTS = ["pyyaml>=6", "griffe>=1.5"]

# The vendor SDKs the benchmark compares against (DigitalOcean's); only the bench session installs them.
BENCH_REQUIREMENTS = ["gradient==3.12.2", "pydo==0.44.0"]

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["lint", "drift", "tests", "wheels"]
nox.options.reuse_existing_virtualenvs = True


@nox.session(python="3.11")
def generate(session: nox.Session) -> None:
    """Regenerate clients from their specs and print what changed (posargs: client names).

    `-- --bump` first sets each changed client's version from the classification of its spec changes since the
    merge-base with main, and writes a CHANGELOG.md entry per client.
    """
    session.install(*GENERATOR_PINS)
    clients = [arg for arg in session.posargs if arg != "--bump"]
    if "--bump" in session.posargs:
        session.install(*SPECCHANGES_REQUIREMENTS)
        session.run("python", "-m", "scripts.specchanges", "release")
    session.run("python", "-m", "scripts.codegen", "generate", *clients)


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


@nox.session(python="3.11")
def lint(session: nox.Session) -> None:
    """ruff over the hand-written code (the generated clients are formatted by the pipeline)."""
    session.install(f"ruff=={CODEGEN['generator']['ruff']}")
    session.run("ruff", "check", "scripts", "tests", "benchmarks", "facade", "noxfile.py")


@nox.session(python="3.11")
def drift(session: nox.Session) -> None:
    """Fail, with a short diff, when committed clients differ from what specs + generator + templates produce."""
    session.install(*GENERATOR_PINS)
    session.run("python", "-m", "scripts.codegen", "drift", *session.posargs)


@nox.session(python="3.11")
def tests(session: nox.Session) -> None:
    """Run the test suite against the clients installed as packages (posargs go to pytest)."""
    session.install(*TEST_REQUIREMENTS, *GENERATOR_PINS)
    # Non-editable installs: the tests see each client exactly as `pip install clients/<name>` gives it to users.
    session.install(*CLIENT_DIRS, f"{FACADE_DIR}[testing]")
    session.install("--force-reinstall", "--no-deps", *CLIENT_DIRS, FACADE_DIR)
    session.run("pytest", *session.posargs)


@nox.session(python="3.11")
def bench(session: nox.Session) -> None:
    """Print performance figures and ratios (never asserted in tests): simulator capacity; anyjob vs raw httpx and
    the vendor SDKs."""
    session.install(*CLIENT_DIRS, f"{FACADE_DIR}[testing]")
    session.install("--force-reinstall", "--no-deps", *CLIENT_DIRS, FACADE_DIR)
    if BENCH_REQUIREMENTS:
        session.install(*BENCH_REQUIREMENTS)
    session.run("python", "-m", "benchmarks.simulator_capacity")
    session.run("python", "-m", "benchmarks.facade")


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
