"""Many threads making their first calls at once: the registry and the generated clients load once, and no call fails
for it. CPython refuses a circular import that two threads start at the same time (`_DeadlockError`), and a generated
`models` package that imports every model was one circle of imports: before the registry imported each client under a
lock, `cancel_many`'s first calls failed that way now and then, with an error that had nothing to do with the job.
(The generated `models` packages now import each model when first used, which removes the circle itself; either fix
alone makes this test pass, and it fails without both.)

A first import happens once per process, so each round runs in a fresh interpreter's view: the round forgets the
generated packages (and that the registry imported them) before its threads start."""

from __future__ import annotations

import subprocess
import sys
import textwrap

ROUNDS = 12

SCRIPT = textwrap.dedent(
    """
    import sys, threading
    from contextlib import ExitStack
    from anyjob import VENDORS, Config, Jobs
    from anyjob import _vendors
    from anyjob.testing import simulator

    rounds = int(sys.argv[1])
    with ExitStack() as stack:
        sims = [stack.enter_context(simulator(vendor, jobs=8, seed=1)) for vendor in VENDORS]
        config = Config.from_env({name: value for sim in sims for name, value in sim.environment.items()})
        refs = [sim.ref(job_id) for sim in sims for job_id in sim.job_ids[:8]]
        clients = tuple(plugin.client for plugin in _vendors.plugins() if plugin.client)
        assert len(clients) == len(VENDORS), clients
        failures = []
        for _ in range(rounds):
            for name in [name for name in sys.modules if name.startswith(clients)]:
                del sys.modules[name]
            _vendors._CLIENTS_IMPORTED.clear()
            barrier = threading.Barrier(len(refs))
            with Jobs(config) as jobs:

                def first_call(ref):
                    barrier.wait()
                    try:
                        jobs.get(ref)
                    except Exception as exc:
                        failures.append(f"{ref}: {exc!r}")

                threads = [threading.Thread(target=first_call, args=(ref,)) for ref in refs]
                for thread in threads:
                    thread.start()
                for thread in threads:
                    thread.join()
        print(f"{rounds} rounds of {len(refs)} first calls across {len(VENDORS)} vendors")
        for failure in failures:
            print(failure)
        sys.exit(1 if failures else 0)
    """
)


def test_first_calls_from_many_threads_at_once_all_succeed() -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(ROUNDS)], capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    assert f"{ROUNDS} rounds of" in done.stdout


def test_the_registry_loads_once_when_threads_ask_for_it_at_once() -> None:
    """A thread that finds the registry half-loaded must wait for it, not see only the vendors loaded so far."""
    script = textwrap.dedent(
        """
        import threading
        from anyjob import _vendors
        barrier = threading.Barrier(16)
        seen = []

        def ask():
            barrier.wait()
            seen.append(_vendors.vendor_names())

        threads = [threading.Thread(target=ask) for _ in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(set(seen)) == 1 and len(seen) == 16, seen
        assert len(_vendors._BUILT_IN) == len(seen[0]), _vendors._BUILT_IN
        print(len(seen[0]), "vendors")
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
