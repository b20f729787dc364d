"""A tour of the ``anyjob`` command line against every registered vendor's simulator: no credentials, under a
minute.

    python scripts/demo.py

It starts one simulator per vendor in this process, on loopback ports, with job clocks running 20 times faster than
real time (rate budgets stay on wall time, so every Retry-After and reset means what it says), points anyjob at them
through the environment variables each prints (`python -m anyjob.testing serve` prints the same), and runs the CLI's
`main` as a user would run ``anyjob``: list, get, cancel of running jobs, wait for a job started just now at each
vendor until it finishes, and the exit codes of a few failures. On a terminal, wait shows a live progress bar; without
one (CI), a line per change. Every vendor comes from the registry: a vendor added with its plugin and simulator is in
the tour too.

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

from anyjob import vendor_names
from anyjob.cli import main
from anyjob.testing import RealClock, VendorSimulator, simulator

SPEED = 20.0
JOBS = 8  # seeded per vendor: enough for every state the tour picks
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


def refs_in(vendor: str, state: str) -> list[str]:
    """The refs of `vendor`'s jobs in `state`, as a script would read them from `anyjob list --json`."""
    return [str(job["ref"]) for job in anyjob_json("list", vendor, "--state", state)]


def first_in(vendors: Sequence[str], state: str) -> dict[str, str]:
    """One job in `state` per vendor that has one."""
    found = {vendor: refs_in(vendor, state) for vendor in vendors}
    return {vendor: refs[0] for vendor, refs in found.items() if refs}


def tour(sims: dict[str, VendorSimulator]) -> None:
    vendors = list(sims)
    heading("1. list: every vendor's jobs, in one vocabulary of states")
    for vendor in vendors:
        anyjob("list", vendor)
    anyjob("list", vendors[-1], "--state", "failed", "--state", "cancelled")

    heading("2. get: one job, several jobs across vendors, and JSON for scripts")
    running = first_in(vendors, "running")
    finished = first_in(vendors, "succeeded")
    if not running or not finished:
        raise SystemExit("demo: the seeded simulators have no running or no succeeded job")
    anyjob("get", next(iter(running.values())))
    anyjob("get", *finished.values())
    anyjob("get", next(iter(running.values())), "--json")

    heading("3. cancel: the running job at each vendor, in one call (Jobs.cancel_many)")
    anyjob("cancel", *running.values(), "--reason", "anyjob demo", "--concurrency", str(len(running)))
    anyjob("get", *running.values())  # CANCELLING where a vendor takes its time over a cancel, else CANCELLED
    anyjob("cancel", next(iter(finished.values())), expect=1)  # a job that already ended cannot be cancelled

    heading("4. wait: a job started just now at each vendor, until it finishes (about 3 s each)")
    for sim in sims.values():
        ref = sim.ref(sim.new_job())
        print(f"\n(started {ref} at the vendor)")
        anyjob("wait", ref, *WAIT_OPTIONS)

    heading("5. exit codes: 1 a failed job, 2 a bad reference, 3 a timeout")
    failed = first_in(vendors, "failed")
    if failed:
        anyjob("wait", next(iter(failed.values())), expect=1)
    anyjob("get", f"{vendors[0]}:not a job id", expect=2)
    sim = sims[vendors[0]]
    anyjob("wait", sim.ref(sim.new_job()), "--timeout", "1", "--poll-interval", "0.25", "--json", expect=3)


def run() -> int:
    names = vendor_names()
    print(f"anyjob demo: {len(names)} vendor simulators on loopback, job clocks at {SPEED:g}x real time; no "
          "credentials needed")
    with contextlib.ExitStack() as stack:
        sims = {name: stack.enter_context(simulator(name, clock=RealClock(speed=SPEED), rate_clock=RealClock(),
                                                    jobs=JOBS)) for name in names}
        for sim in sims.values():
            os.environ.update(sim.environment)  # what anyjob reads (`Config.from_env`)
            print(f"  {sim.vendor:<13} {sim.base_url}")
        tour(sims)
    heading("done")
    if surprises:
        print("Steps that did not end as expected:\n  " + "\n  ".join(surprises))
        return 1
    print("Every step ended with the exit code it should have.")
    return 0


if __name__ == "__main__":
    sys.exit(run())
