"""A tour of the ``anyjob`` command line against the three vendor simulators: no credentials, well under a minute.

    python scripts/demo.py

It starts the Veryfront, Dispersed and DigitalOcean simulators in this process, on loopback ports, with clocks running
20 times faster than real time (DigitalOcean's rate limits lifted, since a 20x clock would spend them in seconds),
points anyjob at them through the environment variables it reads, and runs the CLI's `main` as a user would run
``anyjob``: list, get, cancel of running jobs, wait for a newly submitted job at each vendor until it finishes, and
the exit codes of a few failures. On a terminal, wait shows a live progress bar; without one (CI), a line per change.

Exits 0 when every step ended with the exit code it should have, 1 otherwise, so CI can run it as a smoke test.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shlex
import sys
from collections.abc import Sequence
from typing import Any

import httpx2
from anyjob.cli import main
from anyjob.testing import DigitalOceanSimulator, DispersedSimulator, RealClock, VeryfrontSimulator
from dispersed_client.signing import DispersedAuth

SPEED = 20.0
VENDORS = ("veryfront", "dispersed", "digitalocean")
WAIT_OPTIONS = ["--poll-interval", "0.25", "--max-poll-interval", "0.5", "--timeout", "30"]

surprises: list[str] = []


def heading(text: str) -> None:
    print(f"\n=== {text} " + "=" * max(3, 100 - len(text)), flush=True)


def anyjob(*args: str, expect: int = 0) -> int:
    """Run `anyjob args` as a user would (output goes straight to this terminal) and check its exit code."""
    print(f"\n$ anyjob {shlex.join(args)}", flush=True)
    code = main(list(args))
    sys.stdout.flush()
    sys.stderr.flush()
    note = "" if code == expect else f"   <- expected {expect}"
    print(f"(exit {code}){note}", flush=True)
    if code != expect:
        surprises.append(f"anyjob {shlex.join(args)}: exit {code}, expected {expect}")
    return code


def anyjob_json(*args: str) -> Any:
    """Run `anyjob args --json` quietly and parse its stdout, as a script would."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main([*args, "--json"])
    if code != 0:
        raise SystemExit(f"demo: anyjob {shlex.join(args)} --json failed with exit {code}")
    return json.loads(out.getvalue())


def configure(vf: VeryfrontSimulator, ds: DispersedSimulator, do: DigitalOceanSimulator) -> None:
    """The environment variables anyjob reads (`Config.from_env`), pointing at the simulators."""
    os.environ.update({
        **vf.credentials, "VERYFRONT_API_URL": vf.base_url, "VERYFRONT_PROJECT_SLUG": vf.project.slug,
        **ds.credentials, "DISPERSED_API_URL": ds.base_url,
        **do.credentials, "DIGITALOCEAN_API_URL": do.base_url,
    })


def submit(vendor: str, vf: VeryfrontSimulator, ds: DispersedSimulator, do: DigitalOceanSimulator) -> str:
    """Submit a job through the vendor's own API (anyjob does not create jobs) and return its anyjob reference.

    Each simulator queues a new job for 5 s and runs it for 60 s (simulated): about 3 s of real time at 20x.
    """
    body: dict[str, Any]
    if vendor == "veryfront":
        body = {"name": "demo: ingest the docs", "target": "task:knowledge-ingest",
                "config": {"paths": [f"docs/chapter-{n}.md" for n in range(1, 7)]}}
        response = httpx2.post(f"{vf.base_url}/projects/{vf.project.slug}/jobs", json=body,
                              headers={"Authorization": f"Bearer {vf.token}"})
        response.raise_for_status()
        return f"veryfront:{vf.project.slug}/{response.json()['id']}"
    if vendor == "dispersed":
        body = {"task": "BATCH", "title": "demo: render a shot", "max_timeout_run_ms": 3_600_000,
                "parameters": {"type": "docker", "parameters": {"image": "otoy/octane-render", "tag": "2024.1"}}}
        keys = ds.credentials
        response = httpx2.post(f"{ds.base_url}/v1/jobs", json=body,
                              auth=DispersedAuth(keys["DISPERSED_PUBLIC_KEY"], keys["DISPERSED_SECRET_KEY"]))
        response.raise_for_status()
        return f"dispersed:{response.json()['uuid']}"
    knowledge_base = sorted(do.knowledge_bases)[0]
    response = httpx2.post(f"{do.base_url}/v2/gen-ai/indexing_jobs", json={"knowledge_base_uuid": knowledge_base},
                          headers={"Authorization": f"Bearer {do.token}"})
    response.raise_for_status()
    return f"digitalocean:{response.json()['job']['uuid']}"


def first_ref(jobs: Sequence[dict[str, Any]]) -> str:
    if not jobs:
        raise SystemExit("demo: a simulator has no job in the state this step needs")
    return str(jobs[0]["ref"])


def tour(vf: VeryfrontSimulator, ds: DispersedSimulator, do: DigitalOceanSimulator) -> None:
    heading("1. list: every vendor's jobs, in one vocabulary of states")
    for vendor in VENDORS:
        anyjob("list", vendor)
    anyjob("list", "digitalocean", "--state", "failed", "--state", "cancelled")

    heading("2. get: one job, several jobs across vendors, and JSON for scripts")
    running = {vendor: first_ref(anyjob_json("list", vendor, "--state", "running")) for vendor in VENDORS}
    finished = {vendor: first_ref(anyjob_json("list", vendor, "--state", "succeeded")) for vendor in VENDORS}
    anyjob("get", running["veryfront"])
    anyjob("get", *finished.values())
    anyjob("get", running["digitalocean"], "--json")

    heading("3. cancel: the running job at each vendor, in one call (Jobs.cancel_many)")
    anyjob("cancel", *running.values(), "--reason", "anyjob demo", "--concurrency", "3")
    anyjob("get", running["dispersed"])  # Dispersed shows CANCELLING for a moment, then CANCELLED
    anyjob("cancel", finished["veryfront"], expect=1)  # a job that already ended cannot be cancelled

    heading("4. wait: a job submitted just now at each vendor, until it finishes (about 3 s each)")
    for vendor in VENDORS:
        ref = submit(vendor, vf, ds, do)
        print(f"\n(submitted {ref} through the vendor's own API)")
        anyjob("wait", ref, *WAIT_OPTIONS)

    heading("5. exit codes: 1 a failed job, 2 a bad reference, 3 a timeout")
    failed = first_ref(anyjob_json("list", "dispersed", "--state", "failed"))
    anyjob("wait", failed, expect=1)
    anyjob("get", "dispersed:not-a-uuid", expect=2)
    queued = submit("digitalocean", vf, ds, do)
    anyjob("wait", queued, "--timeout", "1", "--poll-interval", "0.25", "--json", expect=3)


def run() -> int:
    print(f"anyjob demo: three vendor simulators on loopback, clocks at {SPEED:g}x real time; no credentials needed")
    with (
        VeryfrontSimulator(clock=RealClock(speed=SPEED)) as vf,
        DispersedSimulator(clock=RealClock(speed=SPEED)) as ds,
        DigitalOceanSimulator(clock=RealClock(speed=SPEED), hourly_limit=None, minute_limit=None) as do,
    ):
        configure(vf, ds, do)
        for sim in (vf, ds, do):
            print(f"  {sim.vendor:<13} {sim.base_url}")
        tour(vf, ds, do)
    heading("done")
    if surprises:
        print("Steps that did not end as expected:\n  " + "\n  ".join(surprises))
        return 1
    print("Every step ended with the exit code it should have.")
    return 0


if __name__ == "__main__":
    sys.exit(run())
